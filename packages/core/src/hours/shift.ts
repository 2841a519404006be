import { type Interval, mergeIntervals, type WeeklyHours } from './weekly.js';
import { localTime } from './zones.js';

/** Minutes by which the clock of `zone` is ahead of UTC at `instant` (Paris in winter: 60). */
export function utcOffsetMinutes(instant: Date, zone: string): number {
  const here = localTime(instant, zone);
  const utc = localTime(instant, 'UTC');
  const days = Math.round(
    (Date.parse(`${here.date}T00:00Z`) - Date.parse(`${utc.date}T00:00Z`)) / 86_400_000,
  );
  return days * 1440 + here.minutes - utc.minutes;
}

/**
 * Weekly hours written on one clock, as they read on a clock `minutes` ahead of it (Paris's
 * 09:00–18:00 is 12:00–21:00 in La Réunion in winter, 22:00–07:00 the day before in Tahiti).
 * Public holidays are those of the hours' own clock: left out.
 */
export function shiftHours(hours: WeeklyHours, minutes: number): WeeklyHours {
  const days: Interval[][] = [[], [], [], [], [], [], []];
  const add = (day: number, start: number, end: number) => {
    if (end > start) (days[((day % 7) + 7) % 7] as Interval[]).push([start, end]);
  };
  hours.days.forEach((intervals, day) => {
    for (const [start, end] of intervals) {
      const from = start + minutes;
      const to = end + minutes;
      // One interval may fall across a local midnight: cut it there.
      for (let offset = Math.floor(from / 1440); offset * 1440 < to; offset++) {
        const base = offset * 1440;
        add(day + offset, Math.max(from, base) - base, Math.min(to, base + 1440) - base);
      }
    }
  });
  return { days: days.map(mergeIntervals), holidays: null };
}

/** Whether the hours open for at least a moment within [from, to) on some day (minutes). */
export function opensBetween(hours: WeeklyHours, from: number, to: number): boolean {
  return hours.days.some((intervals) => intervals.some(([start, end]) => start < to && end > from));
}
