import { foldText, splitValues } from '../../text/normalize.js';
import { applyTarget, type Draft, emptyDraft } from '../draft.js';
import { V0_SERVICES, type V1Target } from '../legacy-v0-mapping.js';
import { type ColumnsOf, copyFields } from './columns.js';

/**
 * data·inclusion "structures" export (schema v0): `siret`/`rna` instead of `pivot`,
 * `horaires_ouverture`, national labels and `thematiques` as slugs.
 */
export const DATA_INCLUSION_COLUMNS = ['siret', 'rna', 'horaires_ouverture', 'thematiques', 'lien_source'];

/** data·inclusion national label slugs with a v1 equivalent. */
export const DATA_INCLUSION_LABELS: Record<string, V1Target> = {
  'aidants-connect': { programmes: ['Aidants Connect'] },
  'conseiller-numerique': { programmes: ['Conseillers numériques'] },
  'france-service': { programmes: ['France Services'] },
  'france-services': { programmes: ['France Services'] },
  'croix-rouge': { programmes: ['La Croix Rouge'] },
  emmaus: { programmes: ['Emmaüs Connect'] },
  'emmaus-connect': { programmes: ['Emmaüs Connect'] },
  'grandes-ecoles-du-numerique': { programmes: ['Grande école du numérique'] },
  'point-numerique-caf': { programmes: ["Point d'accès numérique CAF"] },
  'promeneurs-du-net': { programmes: ['Promeneurs du net'] },
  'fabrique-de-territoire': { trainingLabels: ['Fabriques de Territoire'] },
};

/** `numerique--<slug of a v0 service>` thematiques map like the v0 services they name. */
const THEMATIQUES: Record<string, V1Target> = Object.fromEntries(
  Object.entries(V0_SERVICES).map(([label, target]) => [
    `numerique--${foldText(label).replace(/ /g, '-')}`,
    target,
  ]),
);

/**
 * data·inclusion's names for the standard's fields: a SIRET or an RNA as `pivot`, `courriel`,
 * `horaires_ouverture`, `accessibilite`; `;` between values, `|` in typologies. It has no parent
 * structure nor booking link; its other labels are read below.
 */
const DATA_INCLUSION_FIELDS: ColumnsOf = {
  separator: ';',
  separators: { typologie: '|' },
  columns: {
    pivot: ['siret', 'rna'],
    courriels: ['courriel'],
    horaires: ['horaires_ouverture'],
    fiche_acces_libre: ['accessibilite'],
    structure_parente: null,
    prise_rdv: null,
    autres_formations_labels: null,
  },
};

export function readDataInclusion(record: Record<string, unknown>, warn: (m: string) => void): Draft {
  const draft = emptyDraft();
  copyFields(draft, record, DATA_INCLUSION_FIELDS);
  draft.date_maj = (draft.date_maj ?? '').slice(0, 10);
  const labels = splitValues(record.labels_nationaux, ',');
  if (labels.length) draft.legacy.labels_nationaux = labels;
  for (const label of labels) {
    const target = DATA_INCLUSION_LABELS[label];
    if (target) applyTarget(draft, target);
  }
  const themes = splitValues(record.thematiques, ',');
  if (themes.length) draft.legacy.thematiques = themes;
  for (const theme of themes) {
    const target = THEMATIQUES[theme];
    if (target) applyTarget(draft, target);
    else if (theme.startsWith('numerique--')) warn(`unknown thematique "${theme.slice(0, 80)}" ignored`);
  }
  const otherLabels = splitValues(record.labels_autres, ',');
  draft.autres_formations_labels = otherLabels;
  return draft;
}
