/**
 * The kinds of help of DOMAIN.md's articulation. Ids are a public contract. A leaf module: the
 * procedure catalogue says which kinds fit a procedure, routing finds places of each kind.
 */
export const ACTOR_KINDS = [
  'social-work',
  'admin-help',
  'do-it-for-me',
  'digital-mediation',
  'equipment',
  'body-counter',
  // Places that specialise in the person's situation (a CIDFF for violence): see SITUATION_PLACES.
  'situation-help',
  'remote',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
