import { splitValues } from '../../text/normalize.js';
import { type Draft, emptyDraft } from '../draft.js';
import {
  ACCESS_MODES,
  FEES,
  NATIONAL_PROGRAMMES,
  PUBLICS,
  ROAMING,
  SERVICES,
  SPECIFIC_SUPPORT,
  SUPPORT_MODES,
  TRAINING_LABELS,
} from '../vocabulary.js';
import { type ColumnsOf, copyFields } from './columns.js';

/** Columns only the v1 standard has: their presence identifies the format. */
export const V1_ONLY_COLUMNS = [
  'courriels',
  'itinerance',
  'publics_specifiquement_adresses',
  'prise_en_charge_specifique',
  'frais_a_charge',
  'dispositif_programmes_nationaux',
  'formations_labels',
  'autres_formations_labels',
  'modalites_acces',
  'fiche_acces_libre',
];

/** Keeps the values of an enumeration, reporting the others. */
export function pickEnum<T extends string>(
  raw: unknown,
  allowed: readonly T[],
  field: string,
  warn: (message: string) => void,
  separator = '|',
): T[] {
  const picked: T[] = [];
  const known = (value: string) => (allowed as readonly string[]).includes(value);
  for (const value of splitValues(raw, separator)) {
    if (known(value)) {
      picked.push(value as T);
      continue;
    }
    // "A,B" where the standard writes "A|B": each value is read, and the separator is named.
    const parts = value.split(/\s*[,;]\s*/).filter(Boolean);
    if (parts.length > 1 && parts.every(known)) {
      picked.push(...(parts as T[]));
      warn(
        `${field} values separated by "${value.includes(';') ? ';' : ','}" instead of "${separator}": read as ${parts.length} values`,
      );
    } else warn(`unknown ${field} value "${value.slice(0, 80)}" ignored`);
  }
  return picked;
}

/** v1 names its columns as the standard's fields, with `|` between values. */
const V1_FIELDS: ColumnsOf = { separator: '|' };

export function readStandardV1(record: Record<string, unknown>, warn: (m: string) => void): Draft {
  const draft = emptyDraft();
  copyFields(draft, record, V1_FIELDS);
  draft.itinerance = pickEnum(record.itinerance, ROAMING, 'itinerance', warn);
  draft.services = pickEnum(record.services, SERVICES, 'services', warn);
  draft.publics_specifiquement_adresses = pickEnum(
    record.publics_specifiquement_adresses,
    PUBLICS,
    'publics_specifiquement_adresses',
    warn,
  );
  draft.prise_en_charge_specifique = pickEnum(
    record.prise_en_charge_specifique,
    SPECIFIC_SUPPORT,
    'prise_en_charge_specifique',
    warn,
  );
  draft.frais_a_charge = pickEnum(record.frais_a_charge, FEES, 'frais_a_charge', warn);
  draft.dispositif_programmes_nationaux = pickEnum(
    record.dispositif_programmes_nationaux,
    NATIONAL_PROGRAMMES,
    'dispositif_programmes_nationaux',
    warn,
  );
  draft.formations_labels = pickEnum(record.formations_labels, TRAINING_LABELS, 'formations_labels', warn);
  draft.modalites_acces = pickEnum(record.modalites_acces, ACCESS_MODES, 'modalites_acces', warn);
  draft.modalites_accompagnement = pickEnum(
    record.modalites_accompagnement,
    SUPPORT_MODES,
    'modalites_accompagnement',
    warn,
  );
  return draft;
}
