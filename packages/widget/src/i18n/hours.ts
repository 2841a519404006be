import { msg } from '@lit/localize';
import { dayGroups, formatTime, type Interval, parseOpeningHours } from '@mediation-finder/core';
import { WEEKDAY_NAMES } from './labels.js';

/**
 * Opening hours a person can read ("lundi – mercredi : 09:00–12:15, 14:00–17:00"), one line per
 * group of days. Hours that cannot be read are returned as they were written, never guessed.
 */
export function readableHours(text: string): { lines: string[]; raw: boolean } {
  const parsed = parseOpeningHours(text);
  if (!parsed.ok || !parsed.hours) return { lines: [text], raw: true };
  const days = WEEKDAY_NAMES();
  const times = (intervals: Interval[]) =>
    intervals.map(([a, b]) => `${formatTime(a)}–${formatTime(b)}`).join(', ');
  const lines = dayGroups(parsed.hours).map(
    ({ from, to, intervals }) =>
      `${from === to ? days[from] : `${days[from]} – ${days[to]}`} : ${times(intervals)}`,
  );
  if (parsed.hours.holidays) {
    lines.push(
      parsed.hours.holidays.length
        ? `${msg('jours fériés')} : ${times(parsed.hours.holidays)}`
        : msg('Fermé les jours fériés'),
    );
  }
  return { lines, raw: false };
}
