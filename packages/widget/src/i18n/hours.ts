import { msg } from '@lit/localize';
import { parseOpeningHours } from '@mediation-finder/core';
import { WEEKDAY_NAMES } from './labels.js';

const time = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Opening hours a person can read ("lundi – mercredi : 09:00–12:15, 14:00–17:00"), one line per
 * group of days. Hours that cannot be read are returned as they were written, never guessed.
 */
export function readableHours(text: string): { lines: string[]; raw: boolean } {
  const parsed = parseOpeningHours(text);
  if (!parsed.ok || !parsed.hours) return { lines: [text], raw: true };
  const days = WEEKDAY_NAMES();
  const key = (i: number) =>
    (parsed.hours?.days[i] ?? []).map(([a, b]) => `${time(a)}–${time(b)}`).join(', ');
  const lines: string[] = [];
  let day = 0;
  while (day < 7) {
    let last = day;
    while (last + 1 < 7 && key(last + 1) === key(day)) last++;
    if (key(day)) lines.push(`${last === day ? days[day] : `${days[day]} – ${days[last]}`} : ${key(day)}`);
    day = last + 1;
  }
  if (parsed.hours.holidays) {
    const holidays = parsed.hours.holidays.map(([a, b]) => `${time(a)}–${time(b)}`).join(', ');
    lines.push(holidays ? `${msg('jours fériés')} : ${holidays}` : msg('Fermé les jours fériés'));
  }
  return { lines, raw: false };
}
