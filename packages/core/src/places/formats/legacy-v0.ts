import { splitValues } from '../../text/normalize.js';
import { applyTarget, type Draft, emptyDraft, str } from '../draft.js';
import {
  V0_ACCESS_CONDITIONS,
  V0_LABELS,
  V0_PUBLICS,
  V0_SERVICES,
  V0_SUPPORT_MODES,
  type V1Target,
} from '../legacy-v0-mapping.js';
import { type ColumnsOf, copyFields } from './columns.js';

/** Columns only v0 files have (including the misspelt `conditions_access` of the CNFS export). */
export const V0_ONLY_COLUMNS = [
  'courriel',
  'cle_ban',
  'publics_accueillis',
  'conditions_acces',
  'conditions_access',
  'labels_nationaux',
  'labels_autres',
  'accessibilite',
];

const foldQuotes = (value: string) => value.replace(/[’`]/g, "'");

/** Finds a v0 value in a table: exact, then by the part before " : " (e.g. "Gratuit"). */
function lookup(table: Record<string, V1Target>, value: string): V1Target | undefined {
  const folded = foldQuotes(value);
  if (table[folded]) return table[folded];
  const head = folded.split(' : ')[0]?.toLowerCase();
  for (const [key, target] of Object.entries(table)) {
    if (key.split(' : ')[0]?.toLowerCase() === head) return target;
  }
  return undefined;
}

function mapField(
  draft: Draft,
  record: Record<string, unknown>,
  columns: string[],
  table: Record<string, V1Target>,
  warn: (m: string) => void,
): void {
  for (const column of columns) {
    const values = splitValues(record[column], ';');
    if (values.length === 0) continue;
    // The original wording is kept under the standard's v0 column name.
    const name = column === 'conditions_access' ? 'conditions_acces' : column;
    draft.legacy[name] = [...(draft.legacy[name] ?? []), ...values];
    for (const value of values) {
      const target = lookup(table, value);
      if (target) applyTarget(draft, target);
      else warn(`unknown ${name} value "${value.slice(0, 80)}" ignored`);
    }
  }
}

/**
 * v0 writes `;` between values and `courriel` for the standard's `courriels`; its other labels
 * and its accessibility sheet are read below, with the legacy values kept.
 */
const V0_FIELDS: ColumnsOf = {
  separator: ';',
  columns: { courriels: ['courriel'], autres_formations_labels: null, fiche_acces_libre: null },
};

export function readLegacyV0(record: Record<string, unknown>, warn: (m: string) => void): Draft {
  const draft = emptyDraft();
  const list = (key: string) => splitValues(record[key], ';');
  copyFields(draft, record, V0_FIELDS);
  mapField(draft, record, ['services'], V0_SERVICES, warn);
  mapField(draft, record, ['publics_accueillis'], V0_PUBLICS, warn);
  mapField(draft, record, ['conditions_acces', 'conditions_access'], V0_ACCESS_CONDITIONS, warn);
  mapField(draft, record, ['labels_nationaux'], V0_LABELS, warn);
  mapField(draft, record, ['modalites_accompagnement'], V0_SUPPORT_MODES, warn);
  const otherLabels = list('labels_autres');
  if (otherLabels.length) {
    draft.legacy.labels_autres = otherLabels;
    for (const label of otherLabels) {
      if (!draft.autres_formations_labels.includes(label)) draft.autres_formations_labels.push(label);
    }
  }
  const accessibility = str(record, 'accessibilite');
  if (accessibility) draft.fiche_acces_libre = accessibility;
  return draft;
}
