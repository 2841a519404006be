/**
 * `@mediation-finder/core/hours`: opening hours (the standard's OSM syntax, France Services'
 * weekday columns), public holidays and time zones of France's territories.
 */
export { holidayName, publicHolidays } from './hours/holidays.js';
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
