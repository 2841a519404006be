import type { ActorKind } from '../kinds.js';
import type { NationalProgramme, Service, TrainingLabel } from '../places/vocabulary.js';
import type { Bring } from './bring.js';

export type Body =
  | 'caf'
  | 'assurance-maladie'
  | 'impots'
  | 'ants'
  | 'france-travail'
  | 'retraite'
  | 'msa'
  | 'interieur'
  | 'franceconnect'
  | 'energie'
  | 'mdph'
  | 'logement'
  | 'service-public'
  | 'elections'
  | 'departement'
  | 'renovation'
  | 'antai'
  | 'formation'
  | 'etudes'
  | 'urssaf'
  | 'transport'
  | 'education'
  | 'autre';

export type { Bring } from './bring.js';

/** Where a procedure lives on the web: the extension recognises it from the URL and the title. */
export interface Portal {
  /** Host or parent domain ("caf.fr" matches "www.caf.fr" and "wwwd.caf.fr"). */
  host: string;
  /** Regular expressions (case-insensitive) on the path; none means the whole site. */
  paths?: string[];
  /** Regular expressions (case-insensitive) on the page title, for single-page apps. */
  titles?: string[];
}

export interface Procedure {
  /** Stable id: part of the public contract; the label is the message catalogue's (`procedureLabel`). */
  id: string;
  body: Body;
  /** Where it lives on the web; the built-in procedures' are in `PORTALS` (see `portalsOf`). */
  portals?: Portal[];
  /** Kinds of help that usually fit this procedure, most likely first. */
  actors: ActorKind[];
  /** v1 services a place should offer to help with it. */
  services: Service[];
  /** National programmes or training labels that make a place especially fit. */
  programmes?: NationalProgramme[];
  trainingLabels?: TrainingLabel[];
  /** data·inclusion typologies of the body's own counters ("body-counter" help). */
  counters?: string[];
  /** What the person should bring (printed on the orientation slip, in words by `bringLabel`). */
  bring?: Bring[];
  /**
   * Who checks the person's identity in person, which nobody can do in their name: no Aidants
   * Connect mandate (`do-it-for-me`) is offered, and every answer says where to go (notice
   * `in-person`); whoever can come to a person who cannot travel is in `HOME_VISITS`.
   */
  inPerson?: 'police';
}
