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
} from './geo/gazetteer.js';
export {
  formatOpeningHours,
  type HoursParse,
  type Interval,
  parseOpeningHours,
  parseWeekdayColumns,
  WEEKDAYS,
  type WeeklyHours,
} from './hours/weekly.js';
export type { Format, Place, Provenance, Quality } from './places/place.js';
export * from './places/vocabulary.js';
export { foldText } from './text/normalize.js';
