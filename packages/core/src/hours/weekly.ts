/**
 * A compact weekly model of opening hours, parsed from the OpenStreetMap `opening_hours` syntax
 * as it appears in the national data: weekday ranges, time ranges, `off`, `24/7`, and public
 * holidays (`PH`). Anything else (months, week numbers, dates, comments, sunrise…) makes the whole
 * value unparsed: it is then shown as text, never guessed.
 *
 * We do not use the `opening_hours` npm package: it covers the full syntax but weighs about
 * 50 KB gzip with its holiday tables, more than the whole widget budget.
 */

/** Minutes since midnight, [start, end) with end ≤ 1440. */
export type Interval = readonly [start: number, end: number];

export interface WeeklyHours {
  /** Index 0 is Monday, 6 is Sunday; each day's intervals are sorted and do not overlap. */
  days: Interval[][];
  /** Hours on public holidays: null when the value says nothing about them. */
  holidays: Interval[] | null;
}

export type HoursParse =
  | { ok: true; hours: WeeklyHours }
  | { ok: false; reason: string }
  | { ok: true; hours: null };

export const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
const HOLIDAY = 7;

const TOKEN =
  /\s*(?:(24\/7)|(PH|Mo|Tu|We|Th|Fr|Sa|Su)(?:\s*-\s*(Mo|Tu|We|Th|Fr|Sa|Su))?|(\d{1,2})[:h](\d{2})\s*-\s*(\d{1,2})[:h](\d{2})|(off|closed)|(,)|(;|\|\|))/y;

type Token =
  | { kind: 'always' }
  | { kind: 'days'; days: number[] }
  | { kind: 'time'; interval: Interval[] }
  | { kind: 'off' }
  | { kind: 'comma' }
  | { kind: 'end' };

function tokenize(text: string): Token[] | string {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let index = 0;
  while (index < text.length) {
    if (/^\s*$/.test(text.slice(index))) break;
    TOKEN.lastIndex = index;
    const match = TOKEN.exec(text);
    if (!match) return `unsupported syntax near "${text.slice(index, index + 20).trim()}"`;
    index = TOKEN.lastIndex;
    const [, always, dayFrom, dayTo, h1, m1, h2, m2, off, comma] = match;
    if (always) tokens.push({ kind: 'always' });
    else if (dayFrom === 'PH') {
      if (dayTo) return 'PH cannot start a weekday range';
      tokens.push({ kind: 'days', days: [HOLIDAY] });
    } else if (dayFrom) {
      const from = WEEKDAYS.indexOf(dayFrom as (typeof WEEKDAYS)[number]);
      const to = dayTo ? WEEKDAYS.indexOf(dayTo as (typeof WEEKDAYS)[number]) : from;
      const days: number[] = [];
      for (let day = from; ; day = (day + 1) % 7) {
        days.push(day);
        if (day === to) break;
      }
      tokens.push({ kind: 'days', days });
    } else if (h1 !== undefined) {
      const start = Number(h1) * 60 + Number(m1);
      const end = Number(h2) * 60 + Number(m2);
      if (Number(m1) > 59 || Number(m2) > 59 || start > 1440 || end > 48 * 60) {
        return `impossible time ${match[0].trim()}`;
      }
      if (start === end) return `empty time range ${match[0].trim()}`;
      // 22:00-02:00 runs past midnight: keep what falls on the day itself.
      tokens.push({ kind: 'time', interval: [[start, end > start ? Math.min(end, 1440) : 1440]] });
    } else if (off) tokens.push({ kind: 'off' });
    else if (comma) tokens.push({ kind: 'comma' });
    else tokens.push({ kind: 'end' });
  }
  return tokens;
}

/** Intervals sorted, with those that overlap or touch joined. */
export function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * Parses an OSM `opening_hours` value. An empty value gives `{ ok: true, hours: null }`
 * (nothing known); an unsupported one gives a reason.
 */
export function parseOpeningHours(value: string): HoursParse {
  const text = value.trim();
  if (!text) return { ok: true, hours: null };
  const tokens = tokenize(text);
  if (typeof tokens === 'string') return { ok: false, reason: tokens };

  // Rules are separated by `;`; a later rule replaces earlier hours on the days it names (OSM
  // semantics). A `,` after times that is followed by days starts an additional rule.
  const table: Array<Interval[] | undefined> = new Array(8).fill(undefined);
  let days: number[] | null = null;
  let times: Interval[] = [];
  let closed = false;
  let afterTimes = false;

  const flush = (): string | null => {
    if (days === null && times.length === 0 && !closed) return null;
    const target = days ?? [0, 1, 2, 3, 4, 5, 6];
    if (!closed && times.length === 0) return 'days without hours';
    for (const day of target) table[day] = closed ? [] : mergeIntervals(times);
    days = null;
    times = [];
    closed = false;
    afterTimes = false;
    return null;
  };

  for (const token of tokens) {
    if (token.kind === 'always') {
      days = [0, 1, 2, 3, 4, 5, 6];
      times = [[0, 1440]];
      afterTimes = true;
    } else if (token.kind === 'days') {
      if (afterTimes || closed) {
        const problem = flush();
        if (problem) return { ok: false, reason: problem };
      }
      days = [...(days ?? []), ...token.days];
    } else if (token.kind === 'time') {
      times.push(...token.interval);
      afterTimes = true;
    } else if (token.kind === 'off') closed = true;
    else if (token.kind === 'end') {
      const problem = flush();
      if (problem) return { ok: false, reason: problem };
    }
  }
  const problem = flush();
  if (problem) return { ok: false, reason: problem };
  if (table.every((entry) => entry === undefined)) return { ok: false, reason: 'no hours found' };

  return {
    ok: true,
    hours: {
      days: table.slice(0, 7).map((entry) => entry ?? []),
      holidays: table[HOLIDAY] ?? null,
    },
  };
}

export function formatTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

function formatIntervals(intervals: Interval[]): string {
  return intervals.map(([start, end]) => `${formatTime(start)}-${formatTime(end)}`).join(',');
}

/** Consecutive weekdays with the same hours, Monday first; closed days are left out. */
export function dayGroups(hours: WeeklyHours): Array<{ from: number; to: number; intervals: Interval[] }> {
  const groups: Array<{ from: number; to: number; intervals: Interval[] }> = [];
  let day = 0;
  while (day < 7) {
    const intervals = hours.days[day] ?? [];
    const key = formatIntervals(intervals);
    let last = day;
    while (last + 1 < 7 && formatIntervals(hours.days[last + 1] ?? []) === key) last++;
    if (intervals.length) groups.push({ from: day, to: last, intervals });
    day = last + 1;
  }
  return groups;
}

/** Writes weekly hours back in canonical OSM syntax, grouping consecutive identical days. */
export function formatOpeningHours(hours: WeeklyHours): string {
  const rules = dayGroups(hours).map(({ from, to, intervals }) => {
    const span = from === to ? WEEKDAYS[from] : `${WEEKDAYS[from]}-${WEEKDAYS[to]}`;
    return `${span} ${formatIntervals(intervals)}`;
  });
  if (hours.holidays) rules.push(hours.holidays.length ? `PH ${formatIntervals(hours.holidays)}` : 'PH off');
  return rules.join('; ');
}

const DASHED_RANGE = /^(\d{1,2})[:h](\d{2})\s*-\s*(\d{1,2})[:h](\d{2})$/;

/**
 * Converts France Services' per-weekday columns ("09:00 - 12:00 / 14:00 - 17:00", Monday first)
 * into weekly hours. Returns a reason when a column is not in that form.
 */
export function parseWeekdayColumns(columns: readonly string[]): HoursParse {
  const days: Interval[][] = [];
  for (let day = 0; day < 7; day++) {
    const text = (columns[day] ?? '').trim();
    const intervals: Interval[] = [];
    if (text) {
      for (const part of text.split('/')) {
        const match = DASHED_RANGE.exec(part.trim());
        if (!match) return { ok: false, reason: `unsupported hours "${text}" on ${WEEKDAYS[day]}` };
        const start = Number(match[1]) * 60 + Number(match[2]);
        const end = Number(match[3]) * 60 + Number(match[4]);
        // "00:00 - 00:00": the France Services list's empty slot (a closed morning, or day).
        if (start === 0 && end === 0) continue;
        if (end <= start || end > 1440) return { ok: false, reason: `impossible hours "${text}"` };
        intervals.push([start, end]);
      }
    }
    days.push(mergeIntervals(intervals));
  }
  if (days.every((intervals) => intervals.length === 0)) return { ok: true, hours: null };
  return { ok: true, hours: { days, holidays: null } };
}
