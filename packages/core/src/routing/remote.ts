import { opensBetween, shiftHours, utcOffsetMinutes } from '../hours/shift.js';
import { type OpeningStatus, openingStatus } from '../hours/status.js';
import { formatOpeningHours, parseOpeningHours } from '../hours/weekly.js';
import { timeZoneOf } from '../hours/zones.js';
import type { Body } from '../procedures/types.js';
import { isCrisis, type RemoteOption, type Situation } from './line.js';
import { REMOTE_OPTIONS } from './national-lines.js';
import { SITUATION_OPTIONS } from './situation-lines.js';
import { TERRITORY_OPTIONS } from './territories.js';

export { CRISIS_SITUATIONS, isCrisis, type RemoteOption, SITUATIONS, type Situation } from './line.js';
export { CGSS_TERRITORIES, OWN_SOCIAL_SECURITY, REMOTE_OPTIONS } from './national-lines.js';
export { NIGHT, SITUATION_OPTIONS, SITUATION_PLACES } from './situation-lines.js';
export { ABSENT_BODIES, TERRITORY_OPTIONS } from './territories.js';

/** Every line of the built-in tables: the territories' bodies, the national lines, the emergency lines. */
export const ALL_REMOTE_OPTIONS: readonly RemoteOption[] = [
  ...TERRITORY_OPTIONS,
  ...REMOTE_OPTIONS,
  ...SITUATION_OPTIONS,
];

const servesTerritory = (o: RemoteOption, departement: string | undefined) =>
  !departement
    ? !o.territories
    : (!o.territories || o.territories.includes(departement)) && !o.notIn?.includes(departement);

/**
 * Remote help for this need, where the person lives, in order: the lines of the crisis
 * situations the person named (`CRISIS_SITUATIONS`, in the order they named them), the body's
 * own line (or the territory's own body), the lines of the other situations named, then the
 * general help. With `situation` (the difficulty) and no situation named, every situation's
 * line comes after the body's; lines of situations the person did not name come not at all
 * when they named some.
 */
export function remoteOptionsFor(
  body: Body | undefined,
  options: readonly RemoteOption[] = ALL_REMOTE_OPTIONS,
  context: { departement?: string; situation?: boolean; situations?: readonly Situation[] } = {},
): RemoteOption[] {
  const here = options.filter((o) => servesTerritory(o, context.departement));
  const named = context.situations ?? [];
  // Each named situation's own line, in the person's order, then the lines for immediate danger.
  const lines = named.filter(isCrisis).flatMap((s) => here.filter((o) => o.situations?.includes(s)));
  const crisis = [...lines.filter((o) => !o.immediate), ...lines.filter((o) => o.immediate)];
  const own = here.filter((o) => body && o.bodies?.includes(body));
  const others = here.filter((o) => o.situations?.some((s) => named.includes(s)));
  const unnamed = context.situation && named.length === 0 ? here.filter((o) => o.situations) : [];
  const general = here.filter((o) => !o.bodies && !o.situations);
  return [...new Set([...crisis, ...own, ...others, ...unnamed, ...general])];
}

/** A line of an orientation: where and when to call, its hours on the person's own clock. */
export interface RemoteLine {
  id: string;
  name: string;
  phone?: string;
  /** Text it, do not call it (the 114). */
  sms?: boolean;
  url: string;
  /** When it answers, in `opening_hours` syntax on the person's clock; "24/7": day and night. */
  hours?: string;
  /** Open at the orientation's instant (lines with limited hours only). */
  open?: OpeningStatus;
}

/**
 * A national line is worth offering only if it answers at hours a person is awake: from 08:00
 * to 20:00 on their own clock, on some day. Paris's 09:00–19:00 is 22:00–08:00 in Tahiti.
 */
export const REACHABLE = { from: 8 * 60, to: 20 * 60 } as const;

/**
 * An option as the person reads it: its hours moved to the person's time zone, its opening at
 * `at`; null when it never answers at waking hours there (see `REACHABLE`).
 */
export function remoteLine(
  option: RemoteOption,
  departement: string | undefined,
  at: Date,
): RemoteLine | null {
  const { id, name, phone, sms, url } = option;
  const line: RemoteLine = {
    id,
    name,
    ...(phone ? { phone } : {}),
    ...(sms ? { sms } : {}),
    url,
  };
  if (!option.hours) return line;
  if (option.hours === '24/7') return { ...line, hours: '24/7' };
  const parsed = parseOpeningHours(option.hours);
  if (!parsed.ok || !parsed.hours) return line;
  const zone = timeZoneOf(departement ?? '');
  const from = option.timeZone ?? zone;
  const hours = shiftHours(parsed.hours, utcOffsetMinutes(at, zone) - utcOffsetMinutes(at, from));
  if (!opensBetween(hours, REACHABLE.from, REACHABLE.to)) return null;
  return { ...line, hours: formatOpeningHours(hours), open: openingStatus(hours, at, departement ?? '') };
}
