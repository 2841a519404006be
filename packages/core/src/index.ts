/**
 * @mediation-finder/core — the light entry: types, offline geocoding, opening hours, distances.
 * Readers and validation (zod, CSV parsing) live in `@mediation-finder/core/read`, loaded only
 * where raw open data is read.
 */
export { distanceKm } from './geo/distance.js';
export {
  type Commune,
  type CommuneType,
  type Departement,
  departementOfInsee,
  Gazetteer,
  type GazetteerMeta,
  type Territory,
} from './geo/gazetteer.js';
export {
  type GazetteerFileReader,
  type GazetteerShardIndex,
  gazetteerForSuggestions,
  gazetteerForText,
  gazetteerNear,
} from './geo/gazetteer-shards.js';
export { type Resolved, type ResolveFailure, resolveLocation } from './geo/resolve.js';
export { holidayName, publicHolidays } from './hours/holidays.js';
export { type OpeningStatus, openingStatus } from './hours/status.js';
export {
  dayGroups,
  formatOpeningHours,
  formatTime,
  type HoursParse,
  type Interval,
  parseOpeningHours,
  parseWeekdayColumns,
  WEEKDAYS,
  type WeeklyHours,
} from './hours/weekly.js';
export { localTime, TIME_ZONES, timeZoneOf } from './hours/zones.js';
export {
  CLAIM_CONFIDENCES,
  CLAIM_EVIDENCES,
  type ClaimConfidence,
  type ClaimEvidence,
  RESTRICTED_PUBLICS,
  type RestrictedPublic,
  STRUCTURE_FACTS,
  STRUCTURE_KINDS,
  type StructureKind,
} from './places/classification.js';
export type { Claim, Format, Place, PositionPrecision, Provenance, Quality } from './places/place.js';
export { checkPublishedPlaces, isWebLink } from './places/published.js';
export * from './places/vocabulary.js';
export { PROCEDURES, procedureById } from './procedures/catalogue.js';
export { matchProcedure, type ProcedureMatch, portalHosts, portalsOf } from './procedures/match.js';
export { PORTALS } from './procedures/portals.js';
export type { Body, Portal, Procedure, Text } from './procedures/types.js';
export {
  ACTOR_CRITERIA,
  ACTOR_KINDS,
  ACTOR_LABELS,
  type ActorCriteria,
  type ActorKind,
} from './routing/actors.js';
export { isOwnDoor, type OwnDoors, ownDoors } from './routing/doors.js';
export { type Reason, summarize } from './routing/explain.js';
export { type OrientationJson, type OrientedPlaceJson, orientationToJson } from './routing/json.js';
export {
  BELONGS_TO_IDS,
  DIFFICULTIES,
  type Difficulty,
  MODALITY_IDS,
  type Need,
  PUBLIC_IDS,
  SUPPORT_IDS,
} from './routing/need.js';
export {
  checkNeed,
  type Location,
  type Notice,
  needsOwnDoors,
  type Orientation,
  OrientError,
  type OrientedPlace,
  type OrientOptions,
  orient,
  settledWithin,
} from './routing/orient.js';
export { type IndexedPlace, kindsOf, PlaceIndex } from './routing/place-index.js';
export {
  ABSENT_BODIES,
  REMOTE_OPTIONS,
  type RemoteOption,
  remoteOptionsFor,
  SITUATION_OPTIONS,
  SITUATIONS,
  type Situation,
  TERRITORY_OPTIONS,
} from './routing/remote.js';
export { REASONS, ROUTING_RULES, type RoutingRule } from './routing/rules.js';
export { FAR_KM, TRAVEL_BURDEN, travelBurden } from './routing/travel.js';
export { SCORE_WEIGHTS } from './routing/weights.js';
export { displayPhone, foldText } from './text/normalize.js';
