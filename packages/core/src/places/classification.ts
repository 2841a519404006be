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
 * (art. L123-2).
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
  'asylum-reception',
  'care-service',
  'justice-service',
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
] as const;
export type ClaimEvidence = (typeof CLAIM_EVIDENCES)[number];

/**
 * How sure a claim is. `certain`: an official list. `high`: a typology code or programme set by
 * the publisher. `medium`: the name says so. `unconfirmed`: a label nobody checks (v0 files set
 * "France Services" on any partner of a France Services); kept and shown in `validate`, never
 * used to route.
 */
export const CLAIM_CONFIDENCES = ['certain', 'high', 'medium', 'unconfirmed'] as const;
export type ClaimConfidence = (typeof CLAIM_CONFIDENCES)[number];

export const CLAIM_RANK: Record<ClaimConfidence, number> = { certain: 3, high: 2, medium: 1, unconfirmed: 0 };

/** A claim strong enough to route on (`unconfirmed` ones are only shown). */
export const usable = (claim: { confidence: ClaimConfidence }): boolean =>
  CLAIM_RANK[claim.confidence] >= CLAIM_RANK.medium;

/** Publics a place may be reserved to. Ids are a public contract (`Need.belongsTo`). */
export const RESTRICTED_PUBLICS = [
  /** Residents of that shelter, home or reception centre. */
  'residents',
  /** People followed by that care service. */
  'patients',
  /** Young people aged 16 to 25 (Missions locales). */
  'young-16-25',
  /** Job seekers with a recognised disability (Cap emploi). */
  'disabled-job-seekers',
  /** People under a justice measure (SPIP, PJJ). */
  'under-justice-supervision',
] as const;
export type RestrictedPublic = (typeof RESTRICTED_PUBLICS)[number];

/** Whose door it is: chosen by where the person lives, not by distance. */
export type Competence = 'commune' | 'departement';

export interface StructureFacts {
  /** The kind of help it gives (routing/actors.ts ids); none: it is not offered for that reason alone. */
  helps?: 'social-work' | 'admin-help' | 'do-it-for-me';
  restrictedTo?: RestrictedPublic[];
  competence?: Competence;
  /** data·inclusion typology code written on places of this kind that have none. */
  typologie?: string;
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
  'mission-locale': { restrictedTo: ['young-16-25'], typologie: 'ML' },
  'cap-emploi': { restrictedTo: ['disabled-job-seekers'], typologie: 'CAP_EMPLOI' },
  residence: { restrictedTo: ['residents'] },
  'asylum-reception': { restrictedTo: ['residents'] },
  'care-service': { restrictedTo: ['patients'] },
  'justice-service': { restrictedTo: ['under-justice-supervision'] },
};

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
