import { msg } from '@lit/localize';
import { dayGroups, formatTime, type Interval, parseOpeningHours } from '../hours/weekly.js';
import { WEEKDAY_NAMES } from './labels.js';

/** One line of opening hours: the days, in the person's language, and the times. */
export interface HoursLine {
  days: string;
  /** "09:00–12:15, 14:00–17:00": always read left to right, Arabic included. */
  times: string;
}

/**
 * Opening hours a person can read ("lundi – mercredi : 09:00–12:15, 14:00–17:00"), one line per
 * group of days. Hours that cannot be read are returned as they were written, never guessed.
 */
export function readableHours(text: string): { lines: HoursLine[]; raw: boolean } {
  const parsed = parseOpeningHours(text);
  if (!parsed.ok || !parsed.hours) return { lines: [{ days: '', times: text }], raw: true };
  const days = WEEKDAY_NAMES();
  const times = (intervals: Interval[]) =>
    intervals.map(([a, b]) => `${formatTime(a)}–${formatTime(b)}`).join(', ');
  const lines: HoursLine[] = dayGroups(parsed.hours).map(({ from, to, intervals }) => ({
    days: from === to ? (days[from] as string) : `${days[from]} – ${days[to]}`,
    times: times(intervals),
  }));
  if (parsed.hours.holidays) {
    lines.push(
      parsed.hours.holidays.length
        ? { days: msg('jours fériés'), times: times(parsed.hours.holidays) }
        : { days: msg('Fermé les jours fériés'), times: '' },
    );
  }
  return { lines, raw: false };
}
