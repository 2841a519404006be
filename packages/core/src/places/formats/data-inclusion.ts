import { foldText, splitValues } from '../../text/normalize.js';
import { applyTarget, type Draft, emptyDraft, str } from '../draft.js';
import { V0_SERVICES, type V1Target } from '../legacy-v0-mapping.js';

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

export function readDataInclusion(record: Record<string, unknown>, warn: (m: string) => void): Draft {
  const draft = emptyDraft();
  Object.assign(draft, {
    id: str(record, 'id'),
    pivot: str(record, 'siret', 'rna'),
    nom: str(record, 'nom'),
    commune: str(record, 'commune'),
    code_postal: str(record, 'code_postal'),
    code_insee: str(record, 'code_insee'),
    adresse: str(record, 'adresse'),
    complement_adresse: str(record, 'complement_adresse'),
    latitude: record.latitude,
    longitude: record.longitude,
    typologie: splitValues(record.typologie, '|'),
    telephone: str(record, 'telephone'),
    courriels: splitValues(record.courriel, ';'),
    site_web: splitValues(record.site_web, ';'),
    horaires: str(record, 'horaires_ouverture'),
    presentation_resume: str(record, 'presentation_resume'),
    presentation_detail: str(record, 'presentation_detail'),
    source: str(record, 'source'),
    date_maj: str(record, 'date_maj').slice(0, 10),
    fiche_acces_libre: str(record, 'accessibilite'),
  });
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
