import type { V1Target } from './legacy-v0-mapping.js';
import type {
  AccessMode,
  Fee,
  NationalProgramme,
  Public,
  Roaming,
  Service,
  SpecificSupport,
  SupportMode,
  TrainingLabel,
} from './vocabulary.js';

/**
 * What a format reader makes of one row before the shared checks: raw strings for the fields
 * that still need cleaning, and vocabulary already mapped to v1.
 */
export interface Draft {
  id?: string;
  pivot?: string;
  nom?: string;
  commune?: string;
  code_postal?: string;
  code_insee?: string;
  adresse?: string;
  complement_adresse?: string;
  latitude?: unknown;
  longitude?: unknown;
  typologie: string[];
  telephone?: string;
  courriels: string[];
  site_web: string[];
  horaires?: string;
  presentation_resume?: string;
  presentation_detail?: string;
  source?: string;
  itinerance: Roaming[];
  structure_parente?: string;
  date_maj?: string;
  services: Service[];
  publics_specifiquement_adresses: Public[];
  prise_en_charge_specifique: SpecificSupport[];
  frais_a_charge: Fee[];
  dispositif_programmes_nationaux: NationalProgramme[];
  formations_labels: TrainingLabel[];
  autres_formations_labels: string[];
  modalites_acces: AccessMode[];
  modalites_accompagnement: SupportMode[];
  fiche_acces_libre?: string;
  prise_rdv?: string;
  /** v0 "A ma place": accompanies step by step (no authorisation to act for the person behind it). */
  stepByStep: boolean;
  /** The annuaire's organism type, for rows of that source. */
  annuaireType?: string;
  /** Why rows of this kind are left out although well formed (an organism type that no longer exists). */
  superseded?: string;
  legacy: Record<string, string[]>;
  /** The format has no SIRET/RNA column at all (France Services): not a data problem. */
  noPivotColumn?: boolean;
}

export function emptyDraft(): Draft {
  return {
    typologie: [],
    courriels: [],
    site_web: [],
    itinerance: [],
    services: [],
    publics_specifiquement_adresses: [],
    prise_en_charge_specifique: [],
    frais_a_charge: [],
    dispositif_programmes_nationaux: [],
    formations_labels: [],
    autres_formations_labels: [],
    modalites_acces: [],
    modalites_accompagnement: [],
    stepByStep: false,
    legacy: {},
  };
}

function addUnique<T>(list: T[], values: readonly T[] | undefined): void {
  for (const value of values ?? []) if (!list.includes(value)) list.push(value);
}

/** Applies a v1 target of the mapping tables to a draft. */
export function applyTarget(draft: Draft, target: V1Target): void {
  addUnique(draft.services, target.services);
  addUnique(draft.publics_specifiquement_adresses, target.publics);
  addUnique(draft.prise_en_charge_specifique, target.support);
  addUnique(draft.frais_a_charge, target.fees);
  addUnique(draft.dispositif_programmes_nationaux, target.programmes);
  addUnique(draft.formations_labels, target.trainingLabels);
  addUnique(draft.autres_formations_labels, target.otherLabels);
  addUnique(draft.modalites_accompagnement, target.supportModes);
  if (target.stepByStep) draft.stepByStep = true;
}

/** Reads a record's value as a trimmed string ('' when absent). */
export function str(record: Record<string, unknown>, ...keys: string[]): string {
  for (const key of keys) {
    const value = record[key];
    if (value === null || value === undefined) continue;
    const text = Array.isArray(value) ? value.join('|') : String(value);
    if (text.trim()) return text.trim();
  }
  return '';
}
