import type { StructureKind } from './classification.js';

/**
 * The evidence that makes a place one of the structures of classification.ts, as data: data·inclusion
 * typology codes, name patterns, and the annuaire de l'administration's organism types. Kept apart
 * from classification.ts so that the light entry (the widget) does not carry them: only readers do.
 */

export interface ClassificationRule {
  kind: StructureKind;
  /** data·inclusion typology codes (evidence `typologie`, confidence `high`). */
  typologies?: string[];
  /**
   * Regular expressions on the folded name (lower case, no accents, punctuation as spaces):
   * evidence `name`, confidence `medium`.
   */
  names?: string[];
  /** A name matching one of these is not this kind, whatever `names` says. */
  notNames?: string[];
}

/**
 * Typology codes and name patterns, in order: the first rules are the most specific. A place may
 * match several (a France Services run by a CCAS is both).
 */
export const CLASSIFICATION_RULES: ClassificationRule[] = [
  {
    kind: 'ccas',
    typologies: ['CCAS', 'CIAS'],
    names: [
      '\\bccas\\b',
      '\\bcias\\b',
      '\\bcentre (inter)?communal d action sociale\\b',
      '\\bcentre (inter)?communal de l action sociale\\b',
      // Paris, Marseille and Lyon: "Centre d'action sociale de la Ville de Paris" (CASVP).
      '\\bcentre d action sociale de la ville\\b',
      '\\bcasvp\\b',
      '\\bespaces? parisiens? des solidarites\\b',
    ],
  },
  {
    kind: 'departement-social-service',
    typologies: ['DEPT', 'MDS', 'CDAS', 'CMS'],
    names: [
      '\\bmaisons? (departementales? )?des? (la )?solidarites?\\b',
      '\\bmds\\b',
      '\\bmdsi\\b',
      '\\bcdas\\b',
      '\\beds\\b',
      '\\bespace departemental (des |de la )?(solidarites?|action sociale|insertion)\\b',
      '\\bcentre departemental d action sociale\\b',
      '\\bcms\\b',
      '\\bcentre medico social\\b',
      '\\bservice social departemental\\b',
      '\\bcirconscription (d action sociale|sociale|d intervention sociale)\\b',
      '\\bterritoire d action sociale\\b',
      '\\bpole (medico )?social (departemental|du departement)\\b',
      '\\bunite territoriale d action sociale\\b',
      // The Rhône's "Maisons du Rhône" and the Métropole de Lyon's "Maisons de la Métropole".
      '\\bmaisons? du rhone\\b',
      '\\bmaisons? de la metropole\\b',
    ],
    notNames: ['\\bhopital\\b', '\\bcentre hospitalier\\b'],
  },
  {
    kind: 'body-social-service',
    names: ['\\bservice social (de la |du )?(caf|cpam|carsat|msa|assurance maladie|cram)\\b'],
  },
  {
    kind: 'centre-social',
    typologies: ['CS', 'CSC', 'EVS'],
    names: [
      '\\bcentres? soci(al|aux)\\b',
      '\\bcentre socio culturel\\b',
      '\\bespace de vie sociale\\b',
      '\\bevs\\b',
    ],
  },
  { kind: 'town-hall', names: ['^mairie (de |d |du |des )', '^hotel de ville\\b'] },
  { kind: 'departement-council', typologies: ['CD'] },
  { kind: 'caf', typologies: ['CAF'] },
  { kind: 'cpam', typologies: ['CPAM'] },
  { kind: 'msa', typologies: ['MSA'] },
  { kind: 'france-travail', typologies: ['FT', 'PE'] },
  { kind: 'tax-office', typologies: ['CFP'] },
  { kind: 'prefecture', typologies: ['PREF'] },
  { kind: 'mdph', typologies: ['MDPH', 'MDA'] },
  { kind: 'cidff', typologies: ['CIDFF'] },
  { kind: 'legal-access', typologies: ['PAD'] },
  { kind: 'youth-info', typologies: ['PIJ_BIJ'] },
  { kind: 'mission-locale', typologies: ['ML'], names: ['\\bmissions? locales?\\b'] },
  { kind: 'cap-emploi', typologies: ['CAP_EMPLOI'], names: ['\\bcap emploi\\b'] },
  {
    kind: 'residence',
    typologies: ['CHRS', 'CHU', 'CPH', 'RS_FJT', 'PENSION'],
    names: [
      '\\bchrs\\b',
      '\\bcentre d hebergement\\b',
      '\\bhebergement d urgence\\b',
      '\\bfoyer de jeunes travailleurs\\b',
      '\\bfjt\\b',
      '\\bresidence sociale\\b',
      '\\bpension de famille\\b',
      '\\bmaison relais\\b',
      '\\behpad\\b',
      '\\bresidence autonomie\\b',
      '\\bfoyer d accueil medicalise\\b',
      '\\bfoyer de vie\\b',
    ],
  },
  {
    kind: 'asylum-reception',
    typologies: ['CADA', 'HUDA'],
    names: ['\\bcada\\b', '\\bhuda\\b', '\\bdemandeurs d asile\\b', '\\bprahda\\b'],
  },
  {
    kind: 'care-service',
    typologies: ['CSAPA', 'CAARUD', 'CMP'],
    names: [
      '\\bcsapa\\b',
      '\\bcaarud\\b',
      '\\bcmp\\b',
      '\\bcentre medico psychologique\\b',
      '\\baddictologie\\b',
      '\\bcentre hospitalier\\b',
      '\\bhopital\\b',
      '\\bclinique\\b',
      '\\bhopital de jour\\b',
    ],
  },
  {
    kind: 'justice-service',
    typologies: ['SPIP', 'PJJ'],
    names: [
      '\\bspip\\b',
      '\\binsertion et de probation\\b',
      '\\bprotection judiciaire de la jeunesse\\b',
      '\\bpjj\\b',
      '\\bmaison d arret\\b',
      '\\bcentre penitentiaire\\b',
      '\\bcentre de detention\\b',
    ],
  },
];

/**
 * The annuaire de l'administration's organism types (`type` of the 2017 flattened snapshot,
 * `pivot[].type_service_local` of the current export): what each is. Types not listed are
 * read but not classified; `superseded` types are reported and left out.
 */
export const ANNUAIRE_TYPES: Record<string, { kind?: StructureKind; superseded?: string }> = {
  mairie: { kind: 'town-hall' },
  paris_mairie: { kind: 'town-hall' },
  paris_mairie_arrondissement: { kind: 'town-hall' },
  mairie_mobile: { kind: 'town-hall' },
  cg: { kind: 'departement-council' },
  ccas: { kind: 'ccas' },
  cias: { kind: 'ccas' },
  caf: { kind: 'caf' },
  cpam: { kind: 'cpam' },
  msa: { kind: 'msa' },
  carsat: { kind: 'carsat' },
  cram: { kind: 'carsat' },
  urssaf: { kind: 'urssaf' },
  cicas: {},
  pole_emploi: { kind: 'france-travail' },
  france_travail: { kind: 'france-travail' },
  sip: { kind: 'tax-office' },
  sie: { kind: 'tax-office' },
  centre_impots_fonciers: {},
  prefecture: { kind: 'prefecture' },
  sous_pref: { kind: 'prefecture' },
  maison_handicapees: { kind: 'mdph' },
  mission_locale: { kind: 'mission-locale' },
  clic: { kind: 'clic' },
  cidf: { kind: 'cidff' },
  adil: { kind: 'adil' },
  permanence_juridique: { kind: 'legal-access' },
  mjd: { kind: 'legal-access' },
  cdad: { kind: 'legal-access' },
  cij: { kind: 'youth-info' },
  pif: {},
  apec: {},
  msap: {
    superseded:
      'Maison de services au public: the network became France Services (2020–2022); the official France Services list replaces these rows',
  },
};
