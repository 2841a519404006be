/**
 * `@mediation-finder/core/hours`: opening hours in the standard's OSM syntax (the subset the
 * finder reads), public holidays and time zones of France's territories.
 */
export { holidayName, publicHolidays } from './hours/holidays.js';
export {
  formatOpeningHours,
  type HoursParse,
  type Interval,
  parseOpeningHours,
  type WeeklyHours,
} from './hours/weekly.js';
export { localTime, timeZoneOf } from './hours/zones.js';
