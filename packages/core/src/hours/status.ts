import { holidayName } from './holidays.js';
import type { WeeklyHours } from './weekly.js';
import { type LocalTime, localTime, timeZoneOf } from './zones.js';

export type OpeningStatus =
  | { state: 'open'; closesAt: string; holiday?: string }
  | {
      state: 'closed';
      /** `inDays`: 0 later today, 1 tomorrow, 7 the same weekday next week (said as next week's). */
      nextOpening?: { date: string; weekday: number; time: string; inDays: number };
      holiday?: string;
    }
  | { state: 'unknown' };

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Intervals of a local day. Public services close on public holidays unless the hours say
 * otherwise (`PH` rule).
 */
function dayIntervals(hours: WeeklyHours, date: string, weekday: number, departement: string) {
  const holiday = holidayName(date, departement);
  if (holiday) return { intervals: hours.holidays ?? [], holiday };
  return { intervals: hours.days[weekday] ?? [], holiday: undefined };
}

/**
 * Open or closed at an instant, in the place's own time zone (overseas included), with the
 * closing time or the next opening within two weeks.
 */
export function openingStatus(
  hours: WeeklyHours | null,
  instant: Date,
  departement: string,
  now: LocalTime = localTime(instant, timeZoneOf(departement)),
): OpeningStatus {
  if (!hours) return { state: 'unknown' };
  const today = dayIntervals(hours, now.date, now.weekday, departement);
  for (const [start, end] of today.intervals) {
    if (now.minutes >= start && now.minutes < end) {
      // Open until the end of this interval, or of the next one if they touch.
      return { state: 'open', closesAt: hhmm(end), ...(today.holiday ? { holiday: today.holiday } : {}) };
    }
  }
  // Only a day with hours (or any day, when the place opens on public holidays) can open.
  const holidaysOpen = (hours.holidays?.length ?? 0) > 0;
  for (let offset = 0; offset <= 14; offset++) {
    const weekday = (now.weekday + offset) % 7;
    if (offset > 0 && !holidaysOpen && (hours.days[weekday]?.length ?? 0) === 0) continue;
    const date = offset === 0 ? now.date : addDays(now.date, offset);
    const { intervals } = offset === 0 ? today : dayIntervals(hours, date, weekday, departement);
    const next = intervals.find(([start]) => offset > 0 || start > now.minutes);
    if (next) {
      return {
        state: 'closed',
        nextOpening: { date, weekday, time: hhmm(next[0]), inDays: offset },
        ...(today.holiday ? { holiday: today.holiday } : {}),
      };
    }
  }
  return { state: 'closed', ...(today.holiday ? { holiday: today.holiday } : {}) };
}
