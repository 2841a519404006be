/**
 * `@mediation-finder/core/rules`: the tables routing is made of (kinds of help and their
 * criteria, rules, weights, travel, classification, the standard's vocabularies, the
 * procedures' portals, remote help and territories), for tools that show or check them.
 */
export { COMMUNE_POINTS, departementOfInsee } from './geo/gazetteer.js';
export {
  CLAIM_CONFIDENCES,
  CLAIM_EVIDENCES,
  type ClaimConfidence,
  type ClaimEvidence,
  PUBLIC_PROGRAMMES,
  RESTRICTED_PUBLICS,
  STRUCTURE_FACTS,
  STRUCTURE_KINDS,
} from './places/classification.js';
export * from './places/vocabulary.js';
export { portalHosts, portalsOf } from './procedures/match.js';
export { PORTALS } from './procedures/portals.js';
export { ACTOR_CRITERIA, type ActorCriteria } from './routing/actors.js';
export { COUNTER_BODIES, RETIRED_NUMBER } from './routing/counter-lines.js';
export {
  isOwnDoor,
  type OwnDoors,
  ownDoors,
  SECTORISED,
  SOCIAL_DOORS,
  TOWN_HALL_OPEN_TO_ALL,
} from './routing/doors.js';
export { HOME_VISITS } from './routing/home-visits.js';
export { kindsOf } from './routing/place-index.js';
export {
  ABSENT_BODIES,
  CRISIS_SITUATIONS,
  NIGHT,
  REACHABLE,
  SITUATION_OPTIONS,
  SITUATION_PLACES,
  TERRITORY_OPTIONS,
} from './routing/remote.js';
export { type KindReason, ROUTING_RULES, type RoutingRule } from './routing/rules.js';
export { FAR_KM, TRAVEL_BURDEN, travelBurden } from './routing/travel.js';
export { SCORE_WEIGHTS } from './routing/weights.js';
