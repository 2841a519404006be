import { splitValues } from '../../text/normalize.js';
import { type Draft, str } from '../draft.js';

/**
 * The standard's fields that the formats of the standard's family (v1, v0, data·inclusion) copy
 * as they are, before the shared checks: text, raw coordinates, and lists. Each is read from the
 * column of its own name unless a format says otherwise (see `ColumnsOf`); vocabulary fields are
 * each reader's own work (enumerations in v1, mapping tables in v0 and data·inclusion).
 */
const TEXT_FIELDS = [
  'id',
  'pivot',
  'nom',
  'commune',
  'code_postal',
  'code_insee',
  'adresse',
  'complement_adresse',
  'telephone',
  'horaires',
  'presentation_resume',
  'presentation_detail',
  'source',
  'structure_parente',
  'date_maj',
  'fiche_acces_libre',
  'prise_rdv',
] as const;
const RAW_FIELDS = ['latitude', 'longitude'] as const;
const LIST_FIELDS = ['typologie', 'courriels', 'site_web', 'autres_formations_labels'] as const;

type TextField = (typeof TEXT_FIELDS)[number];
type ListField = (typeof LIST_FIELDS)[number];
type CopiedField = TextField | ListField | (typeof RAW_FIELDS)[number];

/** How one format names the copied fields. */
export interface ColumnsOf {
  /** Between the values of a multi-valued column. */
  separator: string;
  /** A list column with a separator of its own. */
  separators?: Partial<Record<ListField, string>>;
  /**
   * The columns a field is read from when they are not named like it (the first non-empty one
   * wins); null when the format has no such column (the field stays empty).
   */
  columns?: Partial<Record<CopiedField, readonly string[] | null>>;
}

/** Copies a record's plain fields into a draft, as `format` names them. */
export function copyFields(draft: Draft, record: Record<string, unknown>, format: ColumnsOf): void {
  const columnsOf = (field: CopiedField) => {
    const named = format.columns?.[field];
    return named === undefined ? [field] : named;
  };
  const fields = draft as unknown as Record<CopiedField, unknown>;
  for (const field of TEXT_FIELDS) {
    const columns = columnsOf(field);
    if (columns) fields[field] = str(record, ...columns);
  }
  for (const field of RAW_FIELDS) {
    const [column] = columnsOf(field) ?? [];
    if (column) fields[field] = record[column];
  }
  for (const field of LIST_FIELDS) {
    const [column] = columnsOf(field) ?? [];
    if (column) fields[field] = splitValues(record[column], format.separators?.[field] ?? format.separator);
  }
}
