import type { Body } from '../procedures/types.js';
import type { Text } from '../text/types.js';

/** Situations that call for an emergency or specialised line. */
export const SITUATIONS = ['homeless', 'violence', 'child-danger', 'abuse', 'debt'] as const;
export type Situation = (typeof SITUATIONS)[number];

/**
 * Help without travelling: national lines and sites, and the territories' own bodies. Always part
 * of an orientation. Territories are département codes (971…988).
 */
export interface RemoteOption {
  id: string;
  name: string;
  /** Bodies this option serves; none means every need. */
  bodies?: Body[];
  /** Shown when the person's situation is the difficulty (all of them) or is one of these. */
  situations?: Situation[];
  /** Only in these territories. */
  territories?: string[];
  /** Not in these territories, where another body does the job. */
  notIn?: string[];
  phone?: string;
  url: string;
  description: Text;
}

/** Overseas collectivities with their own social security: no CAF, CPAM or CARSAT there. */
const OWN_SOCIAL_SECURITY = ['975', '986', '987', '988'];

export const REMOTE_OPTIONS: RemoteOption[] = [
  {
    id: 'solidarite-numerique',
    name: 'Solidarité Numérique',
    phone: '01 70 77 23 72',
    url: 'https://www.solidarite-numerique.fr/',
    description: {
      fr: 'Aide gratuite par téléphone pour les démarches en ligne et les outils numériques',
      en: 'Free phone help with online procedures and digital tools',
    },
  },
  {
    id: 'caf-3230',
    name: 'CAF',
    bodies: ['caf'],
    // Mayotte: family benefits are paid by the CSSM.
    notIn: [...OWN_SOCIAL_SECURITY, '976'],
    phone: '3230',
    url: 'https://www.caf.fr/nous-contacter',
    description: { fr: 'La CAF par téléphone (service gratuit + prix d’un appel)', en: 'The CAF by phone' },
  },
  {
    id: 'assurance-maladie-3646',
    name: 'Assurance Maladie',
    bodies: ['assurance-maladie'],
    notIn: [...OWN_SOCIAL_SECURITY, '976'],
    phone: '3646',
    url: 'https://www.ameli.fr/assure/adresses-et-contacts',
    description: {
      fr: 'L’Assurance Maladie par téléphone (service gratuit + prix d’un appel)',
      en: 'Health insurance by phone',
    },
  },
  {
    id: 'impots-0809401401',
    name: 'Impôts',
    bodies: ['impots'],
    phone: '0 809 401 401',
    url: 'https://www.impots.gouv.fr/contacts',
    description: { fr: 'Les impôts par téléphone (appel non surtaxé)', en: 'The tax office by phone' },
  },
  {
    id: 'france-travail-3949',
    name: 'France Travail',
    bodies: ['france-travail'],
    notIn: ['986', '987', '988'],
    phone: '3949',
    url: 'https://www.francetravail.fr/contact',
    description: {
      fr: 'France Travail par téléphone, y compris pour s’actualiser (service gratuit + prix d’un appel)',
      en: 'France Travail by phone, including the monthly update',
    },
  },
  {
    id: 'assurance-retraite-3960',
    name: 'Assurance retraite',
    bodies: ['retraite'],
    // Overseas départements: pensions are paid by the CGSS (Mayotte: the CSSM).
    notIn: [...OWN_SOCIAL_SECURITY, '971', '972', '973', '974', '976'],
    phone: '3960',
    url: 'https://www.lassuranceretraite.fr/',
    description: {
      fr: 'L’Assurance retraite par téléphone (service gratuit + prix d’un appel)',
      en: 'The pension fund by phone',
    },
  },
  {
    id: 'ants-3400',
    name: 'ANTS',
    bodies: ['ants'],
    phone: '34 00',
    url: 'https://ants.gouv.fr/nous-contacter',
    description: {
      fr: 'L’ANTS par téléphone (titres, permis, carte grise)',
      en: 'ANTS by phone (ID, licence, registration)',
    },
  },
  {
    id: 'anef-contact',
    name: 'Centre de contact citoyen de l’ANEF',
    bodies: ['interieur'],
    phone: '0 806 001 620',
    url: 'https://contacts-demarches.interieur.gouv.fr/',
    description: {
      fr: 'Titres de séjour et naturalisation en ligne : le centre de contact répond par téléphone et par formulaire ; en préfecture, le point d’accueil numérique aide à faire la demande',
      en: 'Residence permits and citizenship online: the contact centre answers by phone and form; at the préfecture, the digital help point helps with the request',
    },
  },
  {
    id: 'france-renov-0808800700',
    name: 'France Rénov’',
    bodies: ['renovation'],
    phone: '0 808 800 700',
    url: 'https://france-renov.gouv.fr/',
    description: {
      fr: 'Un conseiller France Rénov’ gratuit près de chez vous, par téléphone (appel gratuit)',
      en: 'A free France Rénov’ adviser near you, by phone (free call)',
    },
  },
  {
    id: 'antai-0811101010',
    name: 'ANTAI',
    bodies: ['antai'],
    phone: '0 811 10 10 10',
    url: 'https://www.antai.gouv.fr/',
    description: {
      fr: 'Les amendes par téléphone (0,06 €/min + prix d’un appel)',
      en: 'Fines by phone (0.06 €/min + call price)',
    },
  },
  {
    id: 'urssaf-3698',
    name: 'Urssaf — micro-entrepreneurs',
    bodies: ['urssaf'],
    phone: '3698',
    url: 'https://www.autoentrepreneur.urssaf.fr/',
    description: {
      fr: 'L’Urssaf des micro-entrepreneurs par téléphone (service gratuit + prix d’un appel)',
      en: 'The Urssaf for micro-entrepreneurs by phone',
    },
  },
  {
    id: 'cheque-energie-0805204805',
    name: 'Chèque énergie',
    bodies: ['energie'],
    phone: '0 805 204 805',
    url: 'https://chequeenergie.gouv.fr/',
    description: {
      fr: 'Le chèque énergie par téléphone (appel gratuit)',
      en: 'The energy cheque by phone (free call)',
    },
  },
];

const cgss = (departement: string, name: string, url: string): RemoteOption => ({
  id: `cgss-${departement}`,
  name,
  bodies: ['assurance-maladie', 'retraite'],
  territories: [departement],
  url,
  description: {
    fr: 'La caisse générale de sécurité sociale : assurance maladie et retraite de votre département',
    en: 'The general social security fund: health insurance and pensions in your département',
  },
});

/** The territories' own bodies, where the national ones do not serve (sources: each body's site). */
export const TERRITORY_OPTIONS: RemoteOption[] = [
  cgss('971', 'CGSS Guadeloupe', 'https://www.cgss-guadeloupe.fr/'),
  cgss('972', 'CGSS Martinique', 'https://cgss-martinique.fr/'),
  cgss('973', 'CGSS Guyane', 'https://www.cgss-guyane.fr/'),
  cgss('974', 'CGSS La Réunion', 'https://www.cgss.re/'),
  {
    id: 'cssm-976',
    name: 'Caisse de sécurité sociale de Mayotte (CSSM)',
    bodies: ['caf', 'assurance-maladie', 'retraite'],
    territories: ['976'],
    phone: '02 69 61 91 91',
    url: 'https://www.cssm.fr/',
    description: {
      fr: 'À Mayotte, la CSSM verse les prestations familiales, le RSA, l’assurance maladie et les retraites',
      en: 'In Mayotte, the CSSM pays family benefits, RSA, health insurance and pensions',
    },
  },
  {
    id: 'cps-975',
    name: 'Caisse de prévoyance sociale de Saint-Pierre-et-Miquelon',
    bodies: ['caf', 'assurance-maladie', 'retraite'],
    territories: ['975'],
    url: 'https://www.secuspm.com/',
    description: {
      fr: 'À Saint-Pierre-et-Miquelon, la CPS gère l’assurance maladie, les prestations familiales et les retraites',
      en: 'In Saint-Pierre-et-Miquelon, the CPS handles health insurance, family benefits and pensions',
    },
  },
  {
    id: 'cps-987',
    name: 'Caisse de prévoyance sociale (CPS)',
    bodies: ['caf', 'assurance-maladie', 'retraite'],
    territories: ['987'],
    url: 'https://www.cps.pf/',
    description: {
      fr: 'En Polynésie française, la CPS gère l’assurance maladie, les prestations familiales et les retraites',
      en: 'In French Polynesia, the CPS handles health insurance, family benefits and pensions',
    },
  },
  {
    id: 'cafat-988',
    name: 'CAFAT',
    bodies: ['caf', 'assurance-maladie', 'retraite', 'france-travail'],
    territories: ['988'],
    url: 'https://www.cafat.nc/',
    description: {
      fr: 'En Nouvelle-Calédonie, la CAFAT gère l’assurance maladie, les prestations familiales, les retraites et le chômage',
      en: 'In New Caledonia, the CAFAT handles health insurance, family benefits, pensions and unemployment',
    },
  },
];

/** Emergency and specialised lines, free, for a person whose situation is the difficulty. */
export const SITUATION_OPTIONS: RemoteOption[] = [
  {
    id: 'urgence-115',
    name: '115 — urgence sociale',
    situations: ['homeless'],
    notIn: OWN_SOCIAL_SECURITY,
    phone: '115',
    url: 'https://www.service-public.fr/particuliers/recherche?keyword=115%20urgence%20sociale',
    description: {
      fr: 'Sans abri ou à la rue ce soir : hébergement d’urgence, jour et nuit, appel gratuit',
      en: 'Homeless tonight: emergency shelter, day and night, free call',
    },
  },
  {
    id: 'violences-3919',
    name: '3919 — Violences Femmes Info',
    situations: ['violence'],
    phone: '3919',
    url: 'https://arretonslesviolences.gouv.fr/',
    description: {
      fr: 'Violences faites aux femmes : écoute et orientation, anonyme et gratuit, jour et nuit',
      en: 'Violence against women: listening and guidance, anonymous and free, day and night',
    },
  },
  {
    id: 'enfance-119',
    name: '119 — Allô Enfance en danger',
    situations: ['child-danger'],
    phone: '119',
    url: 'https://www.allo119.gouv.fr/',
    description: {
      fr: 'Un enfant en danger ou en risque de l’être : appel gratuit, jour et nuit',
      en: 'A child in danger or at risk: free call, day and night',
    },
  },
  {
    id: 'maltraitance-3977',
    name: '3977 — maltraitance',
    situations: ['abuse'],
    phone: '3977',
    url: 'https://3977.fr/',
    description: {
      fr: 'Maltraitance d’une personne âgée ou d’un adulte en situation de handicap : écoute et conseil',
      en: 'Abuse of an elderly or disabled adult: listening and advice',
    },
  },
  {
    id: 'banque-de-france-3414',
    name: 'Banque de France — surendettement',
    situations: ['debt'],
    notIn: OWN_SOCIAL_SECURITY,
    phone: '34 14',
    url: 'https://particuliers.banque-france.fr/',
    description: {
      fr: 'Dettes impossibles à rembourser : dossier de surendettement et orientation vers un Point conseil budget',
      en: 'Debts you cannot repay: over-indebtedness file and referral to a budget advice point',
    },
  },
];

const servesTerritory = (o: RemoteOption, departement: string | undefined) =>
  !departement
    ? !o.territories
    : (!o.territories || o.territories.includes(departement)) && !o.notIn?.includes(departement);

/**
 * Remote help for this need, where the person lives: the body's own line (or the territory's own
 * body), then the emergency lines the situation calls for, then the general help.
 */
export function remoteOptionsFor(
  body: Body | undefined,
  options: readonly RemoteOption[] = [...TERRITORY_OPTIONS, ...REMOTE_OPTIONS, ...SITUATION_OPTIONS],
  context: { departement?: string; situation?: boolean; situations?: readonly Situation[] } = {},
): RemoteOption[] {
  const here = options.filter((o) => servesTerritory(o, context.departement));
  const own = here.filter((o) => body && o.bodies?.includes(body));
  const asked = new Set(context.situations ?? []);
  const situational = here
    .filter((o) => o.situations && (context.situation || o.situations.some((s) => asked.has(s))))
    .sort(
      (a, b) =>
        Number(b.situations?.some((s) => asked.has(s))) - Number(a.situations?.some((s) => asked.has(s))),
    );
  return [...own, ...situational, ...here.filter((o) => !o.bodies && !o.situations)];
}

/**
 * Overseas collectivities where a body of the catalogue does not exist, and who does its job:
 * a procedure of that body is named there as not existing, with the territory's own body.
 */
export const ABSENT_BODIES: ReadonlyArray<{
  territories: string[];
  name: Text;
  bodies: Body[];
  instead: string;
  /** Procedures that do not exist there at all. */
  missing?: string[];
}> = [
  {
    territories: ['988'],
    name: { fr: 'en Nouvelle-Calédonie', en: 'in New Caledonia' },
    bodies: ['caf', 'assurance-maladie', 'retraite', 'france-travail'],
    instead: 'CAFAT',
    missing: ['caf-rsa', 'caf-prime-activite'],
  },
  {
    territories: ['987'],
    name: { fr: 'en Polynésie française', en: 'in French Polynesia' },
    bodies: ['caf', 'assurance-maladie', 'retraite', 'france-travail'],
    instead: 'CPS',
    missing: ['caf-rsa', 'caf-prime-activite'],
  },
  {
    territories: ['975'],
    name: { fr: 'à Saint-Pierre-et-Miquelon', en: 'in Saint-Pierre-et-Miquelon' },
    bodies: ['caf', 'assurance-maladie', 'retraite'],
    instead: 'CPS',
  },
  {
    territories: ['976'],
    name: { fr: 'à Mayotte', en: 'in Mayotte' },
    bodies: ['caf', 'assurance-maladie', 'retraite'],
    instead: 'CSSM',
  },
];
