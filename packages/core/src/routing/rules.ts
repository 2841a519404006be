import type { Text } from '../text/types.js';
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
  };
  /** `'procedure'` expands to the procedure's own likely actors. */
  actors: Array<{ kind: ActorKind | 'procedure'; reason: Text }>;
}

/** The reason given for each kind when a rule expands the procedure's own actors. */
export const REASONS = {
  remote: {
    fr: 'Sans vous déplacer : une aide par téléphone ou en ligne',
    en: 'Without travelling: help by phone or online',
  },
  doForMe: {
    fr: 'Vous ne pouvez pas faire la démarche : un aidant habilité Aidants Connect peut la faire à votre place, avec votre accord',
    en: 'You cannot do it yourself: an authorised Aidants Connect helper can do it on your behalf, with your consent',
  },
  adminHelp: {
    fr: 'Un agent ou un médiateur vous aide à faire cette démarche',
    en: 'An agent or a mediator helps you with this procedure',
  },
  socialWork: {
    fr: 'Votre situation demande l’évaluation d’un travailleur social, qui peut ouvrir vos droits',
    en: 'Your situation needs a social worker’s assessment, who can open your rights',
  },
  learn: {
    fr: 'Pour apprendre à faire vos démarches seul : un médiateur numérique vous forme',
    en: 'To learn to do it yourself: a digital mediator trains you',
  },
  equipment: {
    fr: 'Pas d’ordinateur ou de connexion : un lieu en met à votre disposition',
    en: 'No computer or connection: a place lets you use one',
  },
  counter: {
    fr: 'L’accueil de l’organisme traite votre dossier directement',
    en: 'The body’s own counter handles your file directly',
  },
  understand: {
    fr: 'Un agent vous explique la démarche ou le courrier',
    en: 'An agent explains the procedure or the letter to you',
  },
  procedure: {
    fr: 'L’aide la plus adaptée à cette démarche',
    en: 'The most suitable help for this procedure',
  },
};

export const ROUTING_RULES: RoutingRule[] = [
  {
    id: 'cannot-travel',
    when: { cannotTravel: true },
    actors: [
      { kind: 'remote', reason: REASONS.remote },
      { kind: 'do-it-for-me', reason: REASONS.doForMe },
      { kind: 'admin-help', reason: REASONS.adminHelp },
    ],
  },
  {
    id: 'situation',
    when: { difficulties: ['situation'] },
    actors: [
      { kind: 'social-work', reason: REASONS.socialWork },
      { kind: 'body-counter', reason: REASONS.counter },
      { kind: 'admin-help', reason: REASONS.adminHelp },
      { kind: 'remote', reason: REASONS.remote },
    ],
  },
  {
    // RSA, ASPA and disability open rights that need a social assessment even when the person
    // does not say so; do-it-for-me comes right after.
    id: 'rights-needing-social-work',
    when: {
      procedures: ['caf-rsa', 'retraite-aspa', 'mdph-demande', 'aah', 'apa'],
      difficulties: [null, 'understand'],
    },
    actors: [
      { kind: 'social-work', reason: REASONS.socialWork },
      { kind: 'admin-help', reason: REASONS.adminHelp },
      { kind: 'do-it-for-me', reason: REASONS.doForMe },
      { kind: 'remote', reason: REASONS.remote },
    ],
  },
  {
    id: 'do-for-me',
    when: { difficulties: ['do-for-me'] },
    actors: [
      { kind: 'do-it-for-me', reason: REASONS.doForMe },
      { kind: 'admin-help', reason: REASONS.adminHelp },
      { kind: 'body-counter', reason: REASONS.counter },
      { kind: 'social-work', reason: REASONS.socialWork },
      { kind: 'remote', reason: REASONS.remote },
    ],
  },
  {
    id: 'equipment',
    when: { difficulties: ['equipment'] },
    actors: [
      { kind: 'equipment', reason: REASONS.equipment },
      { kind: 'admin-help', reason: REASONS.adminHelp },
      { kind: 'digital-mediation', reason: REASONS.learn },
      { kind: 'remote', reason: REASONS.remote },
    ],
  },
  {
    id: 'learn',
    when: { difficulties: ['learn'] },
    actors: [
      { kind: 'digital-mediation', reason: REASONS.learn },
      { kind: 'admin-help', reason: REASONS.adminHelp },
      { kind: 'remote', reason: REASONS.remote },
    ],
  },
  {
    id: 'understand',
    when: { difficulties: ['understand'] },
    actors: [
      { kind: 'admin-help', reason: REASONS.understand },
      { kind: 'body-counter', reason: REASONS.counter },
      { kind: 'digital-mediation', reason: REASONS.learn },
      { kind: 'remote', reason: REASONS.remote },
    ],
  },
  {
    id: 'default',
    when: {},
    actors: [
      { kind: 'procedure', reason: REASONS.procedure },
      { kind: 'remote', reason: REASONS.remote },
    ],
  },
];
