/**
 * What a place is, as data: which structures exist (a CCAS, a département's social service, a
 * France Services, a shelter…), what each one means for a person (which help it gives, whom it
 * is reserved to, whether its door is chosen by where the person lives), and the evidence that
 * makes a place one of them. `classify.ts` applies these tables; institutions read and extend
 * them like `legacy-v0-mapping.ts`. The evidence (typology codes, name patterns, annuaire types)
 * is in `classification-rules.ts`.
 *
 * Sources: DOMAIN.md's articulation of who helps with what; data·inclusion's typology codes
 * (`shared/data/mediation_numerique/vocabulaires/`, MIT); the annuaire de l'administration's
 * organism types (DILA, Licence Ouverte 2.0); the Code de l'action sociale et des familles for
 * CCAS/CIAS (art. L123-5: the commune's own residents) and the département's social service
 * (art. L123-2); the SIAO, which orients people without a home to the accommodation network
 * (art. L345-2-4); the naming codes of the SIAO listings that data·inclusion republishes (read in
 * `shared/data`'s data·inclusion file, `source: siao`); the confidentiality of the shelters for
 * women victims of violence (3919, Fédération nationale Solidarité Femmes).
 */

export const STRUCTURE_KINDS = [
  // Social work: evaluates a situation and opens rights.
  'ccas',
  'departement-social-service',
  'body-social-service',
  // Not social work, though often confused with it: community activities.
  'centre-social',
  // Help with procedures.
  'france-services',
  'aidants-connect',
  // Doors by territory.
  'town-hall',
  'departement-council',
  // The bodies' own counters.
  'caf',
  'cpam',
  'msa',
  'carsat',
  'urssaf',
  'france-travail',
  'tax-office',
  'prefecture',
  'mdph',
  'clic',
  'cidff',
  'adil',
  'legal-access',
  'youth-info',
  // Reserved to a public.
  'mission-locale',
  'cap-emploi',
  'residence',
  'women-shelter',
  'asylum-reception',
  'homeless-service',
  'care-service',
  'medico-social',
  'justice-service',
  'training-body',
  'insertion-employer',
  'private-firm',
  'childcare',
] as const;
export type StructureKind = (typeof STRUCTURE_KINDS)[number];

/** Where a claim comes from. */
export const CLAIM_EVIDENCES = [
  /** The source is the official list of that kind (France Services list, annuaire type). */
  'official-list',
  /** A data·inclusion typology code. */
  'typologie',
  /** A national programme of the v1 standard (the national export). */
  'programme',
  /** A national label of a legacy (v0) or data·inclusion file. */
  'label',
  /** Words of the place's name. */
  'name',
  /**
   * A category code its publisher writes in its names (`AG_CHRS_…` in Isère, `|GHL|`, `|MDPH|`
   * in Haute-Garonne, `[ADOMA]`): the publisher's own word, like a typology code.
   */
  'name-code',
  /** Who published the row (`source: siao`): the network it belongs to, nothing more precise. */
  'source',
] as const;
export type ClaimEvidence = (typeof CLAIM_EVIDENCES)[number];

/**
 * How sure a claim is. `certain`: an official list. `high`: a typology code, programme or name
 * code set by the publisher. `medium`: the name, or only the publishing network, says so.
 * `unconfirmed`: a label nobody checks (v0 files set "France Services" on any partner of a France
 * Services); kept and shown in `validate`, never used to route.
 */
export const CLAIM_CONFIDENCES = ['certain', 'high', 'medium', 'unconfirmed'] as const;
export type ClaimConfidence = (typeof CLAIM_CONFIDENCES)[number];

export const CLAIM_RANK: Record<ClaimConfidence, number> = { certain: 3, high: 2, medium: 1, unconfirmed: 0 };

/** A claim strong enough to route on (`unconfirmed` ones are only shown). */
export const usable = (claim: { confidence: ClaimConfidence }): boolean =>
  CLAIM_RANK[claim.confidence] >= CLAIM_RANK.medium;

/** Publics a place may be reserved to. Ids are a public contract (`Need.belongsTo`). */
export const RESTRICTED_PUBLICS = [
  /** Residents of that shelter, home, hostel or reception centre. */
  'residents',
  /** People followed by that care or medico-social service (ESAT, IME, SAVS, post-cure…). */
  'patients',
  /** Young people aged 16 to 25 (Missions locales). */
  'young-16-25',
  /** Job seekers with a recognised disability (Cap emploi). */
  'disabled-job-seekers',
  /** People under a justice measure (SPIP, PJJ). */
  'under-justice-supervision',
  /**
   * People without a home of their own, whom the SIAO's network (day centres, 115, reception
   * points, the associations that accompany them) receives and orients.
   */
  'without-home',
  /** The trainees, employees in insertion or clients of that structure (training body, firm). */
  'enrolled',
] as const;
export type RestrictedPublic = (typeof RESTRICTED_PUBLICS)[number];

/**
 * Whose door it is: chosen by where the person lives, not by distance. `around`: it serves the
 * communes around it, which no open data lists (a Mission locale): the person's is taken to be
 * the nearest of their département, and they are told to ask.
 */
export type Competence = 'commune' | 'departement' | 'around';

export interface StructureFacts {
  /** The kind of help it gives (routing/actors.ts ids); none: it is not offered for that reason alone. */
  helps?: 'social-work' | 'admin-help' | 'do-it-for-me';
  restrictedTo?: RestrictedPublic[];
  competence?: Competence;
  /** data·inclusion typology code written on places of this kind that have none. */
  typologie?: string;
  /**
   * It is reserved to its own people only for what it declares itself; a national programme
   * for everyone that it hosts (a conseiller numérique, Aidants Connect, France Services) opens
   * it to all (see `PUBLIC_PROGRAMMES`).
   */
  openedByProgrammes?: true;
  /**
   * Its address and position are never published: a shelter for women fleeing violence, whose
   * way in is a phone line (3919, 115), never a door found on a map (see `isConfidential`).
   */
  confidentialAddress?: true;
}

/** What each kind of structure means for the person in front of it. */
export const STRUCTURE_FACTS: Record<StructureKind, StructureFacts> = {
  ccas: { helps: 'social-work', competence: 'commune', typologie: 'CCAS' },
  'departement-social-service': { helps: 'social-work', competence: 'departement', typologie: 'DEPT' },
  'body-social-service': { helps: 'social-work', competence: 'departement' },
  'centre-social': { typologie: 'CS' },
  'france-services': { helps: 'admin-help', typologie: 'RFS' },
  'aidants-connect': { helps: 'do-it-for-me' },
  // No typology code: `MUNI` (any municipal service) would make every town hall an ID-card counter.
  'town-hall': { competence: 'commune' },
  'departement-council': { competence: 'departement', typologie: 'CD' },
  caf: { competence: 'departement', typologie: 'CAF' },
  cpam: { competence: 'departement', typologie: 'CPAM' },
  msa: { competence: 'departement', typologie: 'MSA' },
  carsat: { typologie: 'CARSAT' },
  urssaf: { typologie: 'URSSAF' },
  'france-travail': { competence: 'departement', typologie: 'FT' },
  'tax-office': { competence: 'departement', typologie: 'CFP' },
  prefecture: { competence: 'departement', typologie: 'PREF' },
  mdph: { competence: 'departement', typologie: 'MDPH' },
  clic: { typologie: 'CLIC' },
  cidff: { typologie: 'CIDFF' },
  adil: { competence: 'departement', typologie: 'ADIL' },
  'legal-access': { typologie: 'PAD' },
  'youth-info': { typologie: 'PIJ_BIJ' },
  // Each serves its communes (the Missions locales' network, unml.info): one door, not the ten nearest.
  'mission-locale': { restrictedTo: ['young-16-25'], competence: 'around', typologie: 'ML' },
  'cap-emploi': { restrictedTo: ['disabled-job-seekers'], typologie: 'CAP_EMPLOI' },
  residence: { restrictedTo: ['residents'] },
  'women-shelter': { restrictedTo: ['residents'], confidentialAddress: true },
  'asylum-reception': { restrictedTo: ['residents'] },
  'homeless-service': { restrictedTo: ['without-home'] },
  'care-service': { restrictedTo: ['patients'] },
  'medico-social': { restrictedTo: ['patients'] },
  'justice-service': { restrictedTo: ['under-justice-supervision'] },
  'training-body': { restrictedTo: ['enrolled'], openedByProgrammes: true },
  'insertion-employer': { restrictedTo: ['enrolled'], openedByProgrammes: true },
  'private-firm': { restrictedTo: ['enrolled'], openedByProgrammes: true },
  // A crèche's or a childminders' service's places are its enrolled families'.
  childcare: { restrictedTo: ['enrolled'] },
};

/**
 * National programmes whose charter is to receive anyone: a place that hosts one serves the
 * public there, whatever else it is (a training body hosting a conseiller numérique).
 */
export const PUBLIC_PROGRAMMES = [
  'Conseillers numériques',
  'Aidants Connect',
  'France Services',
  "Point d'accès numérique CAF",
  'Emmaüs Connect',
] as const;

/**
 * A town hall that is a part's, not the commune's own, by its name (folded): a delegated commune's
 * (« Mairie déléguée de Pugieu »), an annex (« Mairie annexe »), an associated commune's
 * (« Mairie associée de Lomme », filed under Lille's code: Lille resolved to it, 4 km from its
 * Hôtel de Ville).
 */
export const PART_TOWN_HALL = /\b(deleguee|annexe|associee)\b/;

/** Whether a place's address and position must never be published (see `confidentialAddress`). */
export function isConfidential(place: {
  claims?: readonly { kind: StructureKind; confidence: ClaimConfidence }[];
}): boolean {
  return (place.claims ?? []).some((c) => usable(c) && STRUCTURE_FACTS[c.kind].confidentialAddress);
}

/**
 * Whom a place serves by territory: the residents of its commune (CCAS, CIAS, town hall) or of its
 * département (its social service, the bodies' counters), from its usable claims. None: anyone.
 */
export function competenceOf(place: {
  claims?: readonly { kind: StructureKind; confidence: ClaimConfidence }[];
}): { scope: Competence; kind: StructureKind } | undefined {
  for (const claim of place.claims ?? []) {
    const scope = usable(claim) ? STRUCTURE_FACTS[claim.kind].competence : undefined;
    if (scope) return { scope, kind: claim.kind };
  }
  return undefined;
}
