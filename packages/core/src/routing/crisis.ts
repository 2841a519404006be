import type { OpeningStatus } from '../hours/status.js';
import { localTime, timeZoneOf } from '../hours/zones.js';
import { isCrisis, type RemoteOption, type Situation } from './line.js';
import { NIGHT } from './situation-lines.js';

/**
 * A person in a crisis situation: the situation's line is the first thing they read, before the
 * body's line and any place (see the core README, "Crisis first").
 * - `lines`: ids of the crisis lines of `Orientation.remote`, which starts with them, in order;
 * - `placesLater`: at night, or when no place shown is open, the line is the answer and the
 *   places are for tomorrow.
 */
export interface Crisis {
  situations: Situation[];
  lines: string[];
  placesLater: boolean;
}

/** Whether `at` falls in the night on the person's own clock (see `NIGHT`). */
export function isNight(at: Date, departement: string | undefined): boolean {
  const { minutes } = localTime(at, timeZoneOf(departement ?? ''));
  return minutes >= NIGHT.from || minutes < NIGHT.to;
}

/**
 * The crisis part of an orientation, or undefined when the person named no crisis situation.
 * `offered`: the remote options as offered, in order (crisis lines first).
 */
export function crisisOf(
  situations: readonly Situation[] | undefined,
  offered: readonly RemoteOption[],
  results: ReadonlyArray<{ open: OpeningStatus }>,
  at: Date,
  departement: string | undefined,
): Crisis | undefined {
  const named = (situations ?? []).filter(isCrisis);
  if (named.length === 0) return undefined;
  const lines = offered.filter((o) => o.situations?.some((s) => named.includes(s))).map((o) => o.id);
  return {
    situations: named,
    lines,
    placesLater: isNight(at, departement) || !results.some((r) => r.open.state === 'open'),
  };
}
