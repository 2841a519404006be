import { RESTRICTED_PUBLICS, type RestrictedPublic } from '../places/classification.js';
import type { Public, SpecificSupport, SupportMode } from '../places/vocabulary.js';
import type { Situation } from './remote.js';

/** Publics some places are reserved to: the person may say they belong to one (`belongsTo`). */
export const BELONGS_TO_IDS: readonly RestrictedPublic[] = RESTRICTED_PUBLICS;

/** Difficulty ids: a public contract. */
export const DIFFICULTIES = ['equipment', 'learn', 'do-for-me', 'understand', 'situation'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** Public ids and the standard's value each maps to. */
export const PUBLIC_IDS: Record<string, Public> = {
  senior: 'Seniors',
  young: 'Jeunes',
  student: 'Étudiants',
  family: 'Familles et/ou enfants',
  women: 'Femmes',
};

/** Specific-support ids and the standard's values that satisfy each. */
export const SUPPORT_IDS: Record<string, SpecificSupport[]> = {
  deafness: ['Surdité'],
  visual: ['Déficience visuelle'],
  motor: ['Handicaps moteurs'],
  mental: ['Handicaps mentaux'],
  illiteracy: ['Illettrisme'],
  'foreign-language': ['Langues étrangères (anglais)', 'Langues étrangères (autres)'],
};

/** How the person wants to be helped: ids and the standard's values. */
export const MODALITY_IDS: Record<string, SupportMode> = {
  individual: 'Accompagnement individuel',
  workshop: 'Dans un atelier collectif',
  autonomy: 'En autonomie',
  remote: 'À distance',
};

export interface Need {
  /** A procedure id of the catalogue; none means "not said". */
  procedure?: string;
  difficulty?: Difficulty;
  /** Public ids (senior, young, student, family, women). */
  publics?: string[];
  /** Support ids (deafness, visual, motor, mental, illiteracy, foreign-language). */
  support?: string[];
  /** ISO 639-1 code of the person's language when a foreign-language support is needed ("en", "ar"…). */
  language?: string;
  /** Only places that offer one of these ways of helping (individual, workshop, autonomy, remote). */
  modalities?: string[];
  /** Only places that say they are free. */
  freeOnly?: boolean;
  /** Leave out places known to receive by appointment only. */
  withoutAppointment?: boolean;
  /** Only places open at this instant. */
  openAt?: Date;
  /** The person cannot travel: remote help first. */
  cannotTravel?: boolean;
  /**
   * Publics the person belongs to (residents of a shelter, patients of a care service, 16–25,
   * disabled job seekers, under a justice measure): places reserved to one of them are shown
   * only then. `publics: ['young']` counts as `young-16-25`.
   */
  belongsTo?: RestrictedPublic[];
  /** What the situation is, when the person says (homeless, violence, child-danger, abuse, debt). */
  situations?: Situation[];
}

/**
 * The publics a person belongs to: those they said (`belongsTo`), young people of 16 to 25 for
 * `publics: ['young']`, and people without a home of their own when they said they have nowhere
 * to sleep (the SIAO's day centres and reception points receive them).
 */
export function belongingOf(need: Need): Set<RestrictedPublic> {
  const belongs = new Set<RestrictedPublic>(need.belongsTo ?? []);
  if (need.publics?.includes('young')) belongs.add('young-16-25');
  if (need.situations?.includes('homeless')) belongs.add('without-home');
  return belongs;
}

/**
 * Whether a place reserved to publics (`restrictedTo`, one for each of its claims that closes it)
 * opens to a person of these publics: one who belongs to each. A SIAO's first reception named
 * after the Mission locale that hosts it (« 1er accueil MILO », Ajaccio) is for young people
 * without a home, not for every young person. None: anyone.
 */
export function admitted(
  restrictedTo: readonly RestrictedPublic[] | undefined,
  belongs: ReadonlySet<RestrictedPublic>,
): boolean {
  return !restrictedTo?.length || restrictedTo.every((publicId) => belongs.has(publicId));
}
