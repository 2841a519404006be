/**
 * @mediation-finder/core — the domain API: search (a person's need, where they are, the data),
 * orient, the procedure catalogue, the gazetteer, the JSON contract. Readers and validation
 * (zod, CSV parsing) live in `@mediation-finder/core/read`, loaded only where raw open data is
 * read; words in `@mediation-finder/core/messages`. Tuning tables (rules, weights, travel,
 * classification) stay inside: they change with the routing, the names below do not.
 */

export type { DatasetManifest } from './dataset/build.js';
export { distanceKm } from './geo/distance.js';
export {
  type Commune,
  type CommuneType,
  type Departement,
  Gazetteer,
  type GazetteerMeta,
  type Territory,
} from './geo/gazetteer.js';
export type { Location } from './geo/location.js';
export { gazetteerFilesOfPostalDigits } from './geo/postal-digits.js';
export { type Resolved, type ResolveFailure, resolveLocation } from './geo/resolve.js';
export { type OpeningStatus, openingStatus } from './hours/status.js';
export { type OrientationJson, type OrientedPlaceJson, orientationToJson } from './json/orientation.js';
export { ACTOR_KINDS, type ActorKind } from './kinds.js';
export type { RestrictedPublic, StructureKind } from './places/classification.js';
export type { Claim, Format, Place, PositionPrecision, Provenance, Quality } from './places/place.js';
export { PROCEDURES, procedureById } from './procedures/catalogue.js';
export { groupProcedures, type ProcedureGroup } from './procedures/groups.js';
export { matchProcedure, type ProcedureMatch } from './procedures/match.js';
export type { Body, Bring, Portal, Procedure } from './procedures/types.js';
export { type Area, placeInArea } from './routing/area.js';
export type { Crisis } from './routing/crisis.js';
export type { Reason } from './routing/explain.js';
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
  type Notice,
  type Orientation,
  OrientError,
  type OrientedPlace,
  type OrientOptions,
  orient,
} from './routing/orient.js';
export { PlaceIndex } from './routing/place-index.js';
export {
  type RemoteLine,
  type RemoteOption,
  remoteOptionsFor,
  SITUATIONS,
  type Situation,
} from './routing/remote.js';
export type { KindReason, RoutingRule } from './routing/rules.js';
export {
  type AreaCodes,
  type AreaProblem,
  areaProblemText,
  type Epci,
  parseArea,
  resolveArea,
} from './search/area.js';
export { type CommuneSource, GazetteerFiles, type Where } from './search/communes.js';
export { DATA_LIMITS, DataError, type DataFiles } from './search/files.js';
export { MemoryCommunes, MemoryPlaces } from './search/memory.js';
export { type Attribution, DatasetPlaces, type PlaceSource } from './search/places.js';
export { type DataSource, prefetch, type SearchOptions, type SearchStep, search } from './search/search.js';
export { firstShardFiles } from './search/shards.js';
export { contractFrench } from './text/french.js';
