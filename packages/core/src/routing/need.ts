import type { Public, SpecificSupport } from '../places/vocabulary.js';

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
  /** Only places that say they are free. */
  freeOnly?: boolean;
  /** Leave out places known to receive by appointment only. */
  withoutAppointment?: boolean;
  /** Only places open at this instant. */
  openAt?: Date;
  /** The person cannot travel: remote help first. */
  cannotTravel?: boolean;
}
