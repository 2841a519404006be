import { formatOpeningHours, parseWeekdayColumns } from '../../hours/weekly.js';
import { applyTarget, type Draft, emptyDraft, str } from '../draft.js';
import type { V1Target } from '../legacy-v0-mapping.js';
import type { AccessMode, Roaming } from '../vocabulary.js';

export const FRANCE_SERVICES_COLUMNS = ['id_fs', 'lib_fs'];

/**
 * What the France Services label guarantees at every site (charter of the network): help with
 * the procedures of the partner bodies, free of charge, with a computer in free access, by an
 * agent in person. The list has no such columns, so they come from the label.
 */
export const FRANCE_SERVICES_LABEL: V1Target = {
  services: ['Aide aux démarches administratives', 'Accès internet et matériel informatique'],
  fees: ['Gratuit'],
  programmes: ['France Services'],
  supportModes: ['Accompagnement individuel'],
};

const ROAMING_BY_FORMAT: Record<string, Roaming> = {
  Fixe: 'Fixe',
  'Fixe_antenne(s)': 'Fixe',
  Multisites: 'Fixe',
  Itinérante: 'Itinérant',
  Bus_équivalent: 'Itinérant',
};

/** `prise_rdv` is Oui/Non: "Non" means people may simply come in. */
const ACCESS_BY_APPOINTMENT: Record<string, AccessMode[]> = {
  Non: ['Se présenter', 'Téléphoner'],
  Oui: ['Téléphoner'],
};

const WEEKDAY_COLUMNS = [
  'h_lundi',
  'h_mardi',
  'h_mercredi',
  'h_jeudi',
  'h_vendredi',
  'h_samedi',
  'h_dimanche',
];

export function readFranceServices(
  record: Record<string, unknown>,
  warn: (m: string) => void,
  fileDate?: string,
): Draft {
  const draft = emptyDraft();
  Object.assign(draft, {
    id: `france-services-${str(record, 'id_fs')}`,
    nom: str(record, 'lib_fs'),
    commune: str(record, 'lib_com'),
    code_postal: str(record, 'code_postal'),
    code_insee: str(record, 'insee_com'),
    adresse: str(record, 'adresse'),
    complement_adresse: str(record, 'complement_adresse'),
    latitude: record.latitude,
    longitude: record.longitude,
    typologie: ['RFS'],
    telephone: str(record, 'telephone'),
    courriels: str(record, 'mail') ? [str(record, 'mail')] : [],
    presentation_detail: str(record, 'commentaire'),
    source: 'ANCT – France Services',
    date_maj: fileDate,
    noPivotColumn: true,
  });
  applyTarget(draft, FRANCE_SERVICES_LABEL);
  const roaming = ROAMING_BY_FORMAT[str(record, 'format_fs')];
  if (roaming) draft.itinerance = [roaming];
  const appointment = str(record, 'prise_rdv');
  if (appointment) {
    draft.legacy.prise_rdv = [appointment];
    if (ACCESS_BY_APPOINTMENT[appointment]) draft.modalites_acces = [...ACCESS_BY_APPOINTMENT[appointment]];
    else if (/^https?:/i.test(appointment)) draft.prise_rdv = appointment;
  }
  for (const key of ['type_fs', 'format_fs', 'groupe_fs', 'labellisation_fs']) {
    const value = str(record, key);
    if (value) draft.legacy[key] = [value];
  }
  const hours = parseWeekdayColumns(WEEKDAY_COLUMNS.map((column) => str(record, column)));
  if (!hours.ok) {
    warn(`opening hours not read: ${hours.reason}`);
    draft.horaires = WEEKDAY_COLUMNS.map((column) => str(record, column)).join(' | ');
  } else if (hours.hours) {
    draft.horaires = formatOpeningHours(hours.hours);
  }
  return draft;
}
