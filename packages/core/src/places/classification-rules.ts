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
   * Category codes a publisher writes in its names, as regular expressions on the name as
   * written, case-insensitive (`^AG_CHRS_`, `\|GHL\|`): evidence `name-code`, confidence `high`.
   */
  codes?: string[];
  /**
   * Regular expressions on the folded name (lower case, no accents, punctuation as spaces):
   * evidence `name`, confidence `medium`.
   */
  names?: string[];
  /** A name matching one of these is not this kind, whatever `names` says. */
  notNames?: string[];
  /** `names` are read only on rows of these publishers (abbreviations only they use: "RS", "ALT"). */
  namesFrom?: string[];
  /**
   * `name-code`: `names` are a publisher's category codes ("RS", "1er accueil" in SIAO listings),
   * confidence `high`, like `codes`; otherwise words of a name, `medium`.
   */
  evidence?: 'name-code';
  /** Rows these publishers list are this kind, when nothing more precise is known: evidence `source`, confidence `medium`. */
  sources?: string[];
  /** The claim holds only for a place that is also one of these (found by the rules above it). */
  requires?: StructureKind[];
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
      '\\bc c i? ?a s\\b',
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
      // The Haute-Savoie's « PMS » (pôles médico-sociaux: « PMS Thonon-Est », « PMS Novel-Plaine »),
      // its council's offices; one, listed with Aidants Connect, was offered 100 km away in Besançon.
      '^pms\\b',
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
  // The name is read without its town's ("Mairie de Vern-sur-Seiche" in Vern-sur-Seiche reads
  // "mairie de"; "MAIRIE VAL REVERMONT" in Val-Revermont, "mairie"): 147 town halls of the
  // national export were not known as such, and were offered for help with procedures to the
  // people of the next town (Vern-sur-Seiche's to Rennes).
  { kind: 'town-hall', names: ['^mairie(?: (?:de|d|du|des)\\b|$)', '^hotel de ville\\b'] },
  { kind: 'departement-council', typologies: ['CD'] },
  { kind: 'caf', typologies: ['CAF'] },
  { kind: 'cpam', typologies: ['CPAM'] },
  { kind: 'msa', typologies: ['MSA'] },
  { kind: 'france-travail', typologies: ['FT', 'PE'] },
  { kind: 'tax-office', typologies: ['CFP'] },
  { kind: 'prefecture', typologies: ['PREF'] },
  { kind: 'mdph', typologies: ['MDPH', 'MDA'] },
  {
    kind: 'cidff',
    typologies: ['CIDFF'],
    names: ['\\bcidff\\b', '\\bcentres? d information sur les droits des femmes\\b'],
  },
  { kind: 'legal-access', typologies: ['PAD'] },
  { kind: 'youth-info', typologies: ['PIJ_BIJ'] },
  { kind: 'mission-locale', typologies: ['ML'], names: ['\\bmissions? locales?\\b', '\\bmilo\\b'] },
  { kind: 'cap-emploi', typologies: ['CAP_EMPLOI'], names: ['\\bcap emploi\\b'] },
  {
    kind: 'residence',
    typologies: ['CHRS', 'CHU', 'RS_FJT', 'PENSION', 'OIL'],
    // Isère's SIAO ("AG_" then the scheme: allocation logement temporaire, CHRS, maison relais…)
    // and Haute-Garonne's ("|GHL|": gestion hébergement logement).
    // "|ASE|": aide sociale à l'enfance, children placed in a home.
    codes: ['^AG_(CHRS|CHU|MR|PF|RS|FJT|IML|HU)_', '\\|GHL\\|', '\\|ASE\\|'],
    names: [
      '\\bchrs\\b',
      '\\bcentres? d hebergement\\b',
      '\\bhebergement\\b',
      '\\bhebergement d urgence\\b',
      '\\blogements? (d urgence|temporaires?|accompagnes?|d insertion|passerelles?)\\b',
      '\\bappartements? d accueil\\b',
      '\\bmise a l abri\\b',
      '\\bstabilisation\\b',
      '\\bintermediation locative\\b',
      '\\bfoyers? de jeunes travailleurs\\b',
      '\\bfjt\\b',
      '\\bhabitat jeunes\\b',
      '\\bresidences? sociales?\\b',
      '\\bresidence accueil\\b',
      '\\bpensions? de famille\\b',
      '\\bmaisons? relais\\b',
      '\\bfoyers? (de )?travailleurs migrants\\b',
      '\\bftm\\b',
      '\\brhvs\\b',
      // Operators of migrant workers' hostels and social residences.
      '\\badoma\\b',
      '\\baftam\\b',
      '\\bcoallia\\b',
      '\\bfoyers? d hebergement\\b',
      '\\bfoyers? de vie\\b',
      '\\bfoyers? d accueil medicalises?\\b',
      // Child protection: children placed there by the ASE.
      '\\bfoyers? educatifs?\\b',
      '\\bfoyers? de l enfance\\b',
      '\\bmecs\\b',
      '\\bmaisons? d enfants\\b',
      '\\bmaison d accueil\\b',
      '\\behpad\\b',
      '\\bresidences? autonomie\\b',
    ],
    notNames: ['\\bcentre hospitalier\\b'],
  },
  {
    // The SIAO's codes for an establishment: résidence sociale, maison relais, pension de
    // famille, résidence accueil ("72-RS-Croix Rouge", "49 MR ABRI PROVIDENCE", "A&P PF St Quentin").
    kind: 'residence',
    names: ['\\brs\\b', '\\bmr\\b', '\\bpf\\b', '\\bra\\b'],
    namesFrom: ['siao'],
    evidence: 'name-code',
  },
  {
    // Allocation logement temporaire: flats a CCAS or an association lets for a few months, run
    // from its own office ("ALT CCAS PESSAC", "AG_ALT_CCASEybens" give the CCAS's address and
    // phone): the operator's door, reserved only where nothing says it is open to all. Elsewhere
    // "Alt numérique" is an association's name.
    kind: 'residence',
    names: ['\\balt\\b'],
    namesFrom: ['siao'],
  },
  {
    kind: 'asylum-reception',
    typologies: ['CADA', 'HUDA', 'CPH'],
    // Haute-Garonne's SIAO: "|DNA|", dispositif national d'accueil (asylum).
    codes: ['\\|DNA\\|'],
    names: [
      '\\bcada\\b',
      '\\bhuda\\b',
      '\\bprahda\\b',
      '\\bdemandeurs d asile\\b',
      '\\bpost asile\\b',
      '\\bcentres? provisoires? d hebergement\\b',
    ],
  },
  {
    // Centre d'accueil et d'orientation (people leaving camps, asylum seekers), in SIAO listings.
    kind: 'asylum-reception',
    names: ['\\bcao\\b'],
    namesFrom: ['siao'],
    evidence: 'name-code',
  },
  {
    kind: 'homeless-service',
    names: ['\\bacc?ueil de jour\\b', '\\bsamu social\\b', '\\bmaraudes?\\b', '\\bsiao\\b', '^115\\b'],
  },
  {
    // Day centres ("ADJ"), reception and orientation services, first reception points ("1er
    // accueil CIAS AJACCIO": the SIAO's first reception for people without a home, at the CIAS).
    kind: 'homeless-service',
    names: ['\\badj\\b', '\\bsao\\b', '\\bpremier accueil\\b', '\\b1er accueil\\b'],
    namesFrom: ['siao'],
    evidence: 'name-code',
  },
  {
    // The SIAO (service intégré d'accueil et d'orientation, CASF art. L345-2-4) lists the places
    // of the accommodation and insertion network for the people it orients: a row it publishes
    // with nothing more precise known is reserved to them.
    kind: 'homeless-service',
    sources: ['siao'],
  },
  {
    // Whatever the source says, a shelter for women fleeing violence is found by a phone line
    // (3919, 115), never on a map: the name says whom it shelters, another rule that it shelters.
    kind: 'women-shelter',
    names: [
      '\\bfemmes? (victimes?|battues?|en difficultes?|en detresse|en danger)\\b',
      '\\bviolences? (conjugales?|faites aux femmes|intrafamiliales?)\\b',
      '\\bsolidarites? femmes\\b',
      '\\bsos femmes\\b',
      '\\baccueil (des )?femmes\\b',
      '\\b(hebergement|foyer|maison) (de |des |pour )?femmes\\b',
      // Associations named for it: accueil des femmes en difficulté (Gironde, Hauts-de-Seine),
      // initiative autonome des femmes (Toulouse).
      '\\b(ap)?afed\\b',
      '\\bapiaf\\b',
    ],
    requires: ['residence', 'asylum-reception', 'homeless-service'],
  },
  {
    kind: 'care-service',
    typologies: ['CSAPA', 'CAARUD', 'CMP'],
    // Haute-Garonne's SIAO: "|OS|", offre de soins.
    codes: ['\\|OS\\|'],
    names: [
      '\\bcsapa\\b',
      '\\bcaarud\\b',
      '\\bcmp\\b',
      '\\bcentre medico psychologique\\b',
      '\\baddictologie\\b',
      '\\bpost cure\\b',
      '\\bappartements? de coordination therapeutique\\b',
      '\\blhss\\b',
      '\\bepsm\\b',
      '\\bcentre de reeducation\\b',
      '\\bcentre hospitalier\\b',
      '\\bhopital\\b',
      '\\bclinique\\b',
      '\\bpolyclinique\\b',
      '\\bhopital de jour\\b',
      // Rennes (Ille-et-Vilaine's listing, data·inclusion cd35): a rehabilitation hospital, home
      // nursing, occupational health, listed as help with procedures.
      '\\bmedecine physique et de readaptation\\b',
      '\\bpole mpr\\b',
      '\\bssiad\\b',
      '\\bservices? de soins infirmiers a domicile\\b',
      '\\bsante au travail\\b',
    ],
    // "Mairie de Surjoux-L'Hôpital" (its commune is Surjoux-Lhopital now).
    notNames: ['^mairie\\b'],
  },
  {
    kind: 'medico-social',
    // Haute-Garonne's SIAO: "|MDPH|", its disability sector (not the MDPH's own counter).
    codes: ['\\|MDPH\\|'],
    names: [
      '\\besat(itude)?\\b',
      '\\betablissements? et services? d aide par le travail\\b',
      '\\bitep\\b',
      '\\bime\\b',
      '\\binstituts? medico educatifs?\\b',
      '\\bimpro\\b',
      '\\bsavs\\b',
      '\\bservices? d accompagnement a la vie sociale\\b',
      '\\bsamsah\\b',
      '\\bsessad\\b',
      '\\beanm\\b',
      // Home-help services (SAAD): their clients' own help at home.
      '\\bsaad\\b',
      '\\bservices? d aide (et d accompagnement )?a domicile\\b',
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
      // Centres for the perpetrators of domestic violence (FNACAV's « SOS violences familiales »,
      // listed by Ille-et-Vilaine's data·inclusion rows as help with procedures in Paris): their
      // own public, often on a judge's order, never a public help desk.
      '\\bauteurs? de violences?\\b',
    ],
  },
  {
    // Organismes de formation (a web-development school, a training company, the GRETA, the
    // AFPA): what they declare is their trainees' course, not a door for everyone.
    kind: 'training-body',
    typologies: ['OF', 'AFPA', 'E2C', 'EPIDE'],
    names: ['\\bgreta\\b', '\\borganismes? de formation\\b', '\\becoles? de la (deuxieme|2e) chance\\b'],
  },
  {
    // Structures of insertion by economic activity: their support is for their own employees.
    kind: 'insertion-employer',
    typologies: ['ACI', 'ACIPHC', 'AI', 'EI', 'EITI', 'ETTI', 'GEIQ', 'EA', 'EATT'],
    // Haute-Garonne's SIAO: "|INS|", its insertion sector.
    codes: ['\\|INS\\|'],
    names: [
      '\\bchantiers? d insertion\\b',
      '\\bentreprises? d insertion\\b',
      '\\bassociations? intermediaires?\\b',
      '\\bgeiq\\b',
      '\\bentreprises? adaptees?\\b',
    ],
  },
  {
    // A company's legal form in its name: it serves its clients.
    kind: 'private-firm',
    names: [
      '\\b(sas|sasu|sarl|eurl)\\b',
      // Professional orders (the pharmacists', the physicians'): their members' body.
      '^(conseil (regional|departemental|national) de )?l? ?ordre (national |regional |departemental )?des\\b',
    ],
  },
  {
    // Rennes: a public crèche listed as help with procedures.
    kind: 'childcare',
    names: ['\\bcreches?\\b', '\\bmicro creches?\\b', '\\bmulti accueil\\b', '\\bhalte garderie\\b'],
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
