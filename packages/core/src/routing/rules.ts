import type { ActorKind } from './actors.js';
import type { Difficulty } from './need.js';

/**
 * From a need to the kinds of help, in order, each with its reason: DOMAIN.md's articulation as a
 * table. The first rule whose `when` matches wins; an institution passes its own table to
 * `orient()`. A rule without `procedures` applies to every procedure; `difficulties: [null]`
 * matches a need whose difficulty was skipped.
 */
export interface RoutingRule {
  id: string;
  when: {
    procedures?: string[];
    bodies?: string[];
    difficulties?: Array<Difficulty | null>;
    cannotTravel?: boolean;
    /** The person said they are one of these publics (`Need.publics`: `young`, `senior`…). */
    publics?: string[];
  };
  /**
   * `'procedure'` expands to the procedure's own likely actors. `reason` says why, when it is not
   * the kind's own reason.
   */
  actors: Array<{
    kind: ActorKind | 'procedure';
    reason?: KindReason;
    /** For `body-counter`: the counters' typologies looked for, instead of the procedure's `counters`. */
    counters?: string[];
  }>;
}

/**
 * Why a kind of help is proposed, by code: each kind's own reason, or `explains` (an agent
 * explains the procedure or the letter). The words are in the message catalogue.
 */
export type KindReason = ActorKind | 'explains' | 'mission-locale';

export const ROUTING_RULES: RoutingRule[] = [
  {
    // A young person who cannot travel, registering as a job seeker: help without travelling
    // first, then their Mission locale (see 'young-job-seeker' below), whose card gives its phone
    // number: it accompanies them and registers them with France Travail. Without it, a young
    // person in Mauriac was offered France Services 14 km away and never the Mission locale 0.2 km
    // from home.
    id: 'young-job-seeker-cannot-travel',
    when: { procedures: ['france-travail-inscription'], publics: ['young'], cannotTravel: true },
    actors: [
      { kind: 'remote' },
      { kind: 'body-counter', reason: 'mission-locale', counters: ['ML'] },
      { kind: 'do-it-for-me' },
      { kind: 'admin-help' },
    ],
  },
  {
    id: 'cannot-travel',
    when: { cannotTravel: true },
    actors: [{ kind: 'remote' }, { kind: 'do-it-for-me' }, { kind: 'admin-help' }],
  },
  {
    id: 'situation',
    when: { difficulties: ['situation'] },
    actors: [{ kind: 'social-work' }, { kind: 'body-counter' }, { kind: 'admin-help' }, { kind: 'remote' }],
  },
  {
    // A young person (16–25) registering as a job seeker: the Mission locale accompanies them and
    // registers them with France Travail itself (loi n° 2023-1196 du 18 décembre 2023 pour le plein
    // emploi, art. 1er: the young people a Mission locale accompanies are registered as job seekers,
    // since 1 January 2025; service-public.fr, « Inscription à France Travail »). Its counter leads;
    // France Travail's own agencies and line stay with the procedure's other kinds of help.
    id: 'young-job-seeker',
    when: { procedures: ['france-travail-inscription'], publics: ['young'] },
    actors: [
      { kind: 'body-counter', reason: 'mission-locale', counters: ['ML'] },
      { kind: 'procedure' },
      { kind: 'remote' },
    ],
  },
  {
    // The MDPH itself receives the request (one form for every disability right, the AAH's
    // included): it comes right after the social assessment.
    id: 'disability-rights',
    when: { procedures: ['mdph-demande', 'aah'], difficulties: [null, 'understand'] },
    actors: [
      { kind: 'social-work' },
      { kind: 'body-counter' },
      { kind: 'admin-help' },
      { kind: 'do-it-for-me' },
      { kind: 'remote' },
    ],
  },
  {
    // RSA, ASPA and APA open rights that need a social assessment even when the person does not
    // say so; do-it-for-me comes right after, the body's counter (CAF, CARSAT, MSA…) last.
    id: 'rights-needing-social-work',
    when: {
      procedures: ['caf-rsa', 'retraite-aspa', 'apa'],
      difficulties: [null, 'understand'],
    },
    actors: [
      { kind: 'social-work' },
      { kind: 'admin-help' },
      { kind: 'do-it-for-me' },
      { kind: 'body-counter' },
      { kind: 'remote' },
    ],
  },
  {
    id: 'do-for-me',
    when: { difficulties: ['do-for-me'] },
    actors: [
      { kind: 'do-it-for-me' },
      { kind: 'admin-help' },
      { kind: 'body-counter' },
      { kind: 'social-work' },
      { kind: 'remote' },
    ],
  },
  {
    id: 'equipment',
    when: { difficulties: ['equipment'] },
    actors: [
      { kind: 'equipment' },
      { kind: 'admin-help' },
      { kind: 'digital-mediation' },
      { kind: 'remote' },
    ],
  },
  {
    id: 'learn',
    when: { difficulties: ['learn'] },
    actors: [{ kind: 'digital-mediation' }, { kind: 'admin-help' }, { kind: 'remote' }],
  },
  {
    id: 'understand',
    when: { difficulties: ['understand'] },
    actors: [
      { kind: 'admin-help', reason: 'explains' },
      { kind: 'body-counter' },
      { kind: 'digital-mediation' },
      { kind: 'remote' },
    ],
  },
  {
    id: 'default',
    when: {},
    actors: [{ kind: 'procedure' }, { kind: 'remote' }],
  },
];
