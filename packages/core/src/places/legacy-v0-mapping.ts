import type {
  Fee,
  NationalProgramme,
  Public,
  Service,
  SpecificSupport,
  SupportMode,
  TrainingLabel,
} from './vocabulary.js';

/**
 * How the legacy v0 vocabulary (schema v0.1.1, `;`-separated) maps to v1.0.2.
 * A v0 value with no v1 equivalent maps to an empty target: it is still kept in `legacy`.
 * Institutions read and extend this table; keep it as data.
 */
export interface V1Target {
  services?: Service[];
  publics?: Public[];
  support?: SpecificSupport[];
  fees?: Fee[];
  programmes?: NationalProgramme[];
  trainingLabels?: TrainingLabel[];
  otherLabels?: string[];
  supportModes?: SupportMode[];
  /**
   * "A ma place": the v0 tick said someone does the procedure for the person, but no
   * authorisation stood behind it. It is read as step-by-step accompaniment; only Aidants
   * Connect may act in the person's name (see classification.ts).
   */
  stepByStep?: boolean;
}

export const V0_SERVICES: Record<string, V1Target> = {
  'Devenir autonome dans les démarches administratives': {
    services: ['Aide aux démarches administratives'],
  },
  'Réaliser des démarches administratives avec un accompagnement': {
    services: ['Aide aux démarches administratives'],
  },
  'Accompagner les démarches de santé': { services: ['Aide aux démarches administratives'] },
  'Prendre en main un smartphone ou une tablette': {
    services: ['Maîtrise des outils numériques du quotidien'],
  },
  'Prendre en main un ordinateur': { services: ['Maîtrise des outils numériques du quotidien'] },
  'Utiliser le numérique au quotidien': {
    services: ['Maîtrise des outils numériques du quotidien'],
  },
  'Approfondir ma culture numérique': { services: ['Compréhension du monde numérique'] },
  'Promouvoir la citoyenneté numérique': { services: ['Compréhension du monde numérique'] },
  'Favoriser mon insertion professionnelle': {
    services: ['Insertion professionnelle via le numérique'],
  },
  'Créer et développer mon entreprise': {
    services: ['Insertion professionnelle via le numérique'],
  },
  'Accéder à une connexion internet': { services: ['Accès internet et matériel informatique'] },
  'Accéder à du matériel': { services: ['Accès internet et matériel informatique'] },
  "S'équiper en matériel informatique": {
    services: ['Acquisition de matériel informatique à prix solidaire'],
  },
  'Créer avec le numérique': { services: ['Loisirs et créations numériques'] },
  "Soutenir la parentalité et l'éducation avec le numérique": {
    services: ['Parentalité et éducation avec le numérique'],
  },
};

export const V0_PUBLICS: Record<string, V1Target> = {
  'Seniors (+ 65 ans)': { publics: ['Seniors'] },
  'Familles/enfants': { publics: ['Familles et/ou enfants'] },
  'Jeunes (16-26 ans)': { publics: ['Jeunes'] },
  'Uniquement femmes': { publics: ['Femmes'] },
  Adultes: {},
  'Public langues étrangères': { support: ['Langues étrangères (autres)'] },
  'Déficience visuelle': { support: ['Déficience visuelle'] },
  Surdité: { support: ['Surdité'] },
  'Handicaps psychiques : troubles psychiatriques donnant lieu à des atteintes comportementales': {
    support: ['Handicaps mentaux'],
  },
  "Handicaps mentaux : déficiences limitant les activités d'une personne": {
    support: ['Handicaps mentaux'],
  },
  "Personnes en situation d'illettrisme": { support: ['Illettrisme'] },
};

export const V0_ACCESS_CONDITIONS: Record<string, V1Target> = {
  'Gratuit : Je peux accéder gratuitement au lieu et à ses services': { fees: ['Gratuit'] },
  'Gratuit sous condition : La gratuité est conditionnée à des critères (situation familiale, convention avec un organisme social...)':
    { fees: ['Gratuit sous condition'] },
  "Payant : L'accès au lieu et/ou à ses services est payant": { fees: ['Payant'] },
  // The national voucher is handed out free (by a CCAS, the CAF, a library…): free on that
  // condition, in the v1 vocabulary's own words ("convention avec un organisme social").
  "Accepte le Pass numérique : Il est possible d'utiliser un Pass numérique pour accéder au lieu": {
    fees: ['Gratuit sous condition'],
  },
  // Membership costs something.
  "Adhésion : L'accès au lieu et/ou à ses services nécessite d'y adhérer": { fees: ['Payant'] },
};

export const V0_LABELS: Record<string, V1Target> = {
  'France Services': { programmes: ['France Services'] },
  CNFS: { programmes: ['Conseillers numériques'] },
  'Aidants Connect': { programmes: ['Aidants Connect'] },
  'Grandes écoles du numérique': { programmes: ['Grande école du numérique'] },
  'Point relais CAF': { programmes: ["Point d'accès numérique CAF"] },
  'Point numérique CAF': { programmes: ["Point d'accès numérique CAF"] },
  'Fabriques de Territoire': { trainingLabels: ['Fabriques de Territoire'] },
  APTIC: { otherLabels: ['APTIC'] },
  'Relais pôle emploi': { otherLabels: ['Relais pôle emploi'] },
  'French Tech': { otherLabels: ['French Tech'] },
  'Campus connecté': { otherLabels: ['Campus connecté'] },
};

export const V0_SUPPORT_MODES: Record<string, V1Target> = {
  "Seul : j'ai accès à du matériel et une connexion": { supportModes: ['En autonomie'] },
  "Avec de l'aide : je suis accompagné seul dans l'usage du numérique": {
    supportModes: ['Accompagnement individuel'],
  },
  "Dans un atelier : j'apprends collectivement à utiliser le numérique": {
    supportModes: ['Dans un atelier collectif'],
  },
  'A ma place : une personne habilitée fait les démarches à ma place': {
    supportModes: ['Accompagnement individuel'],
    stepByStep: true,
  },
};
