/** IANA time zone of each overseas département or collectivity; mainland and Corsica use Paris. */
export const TIME_ZONES: Record<string, string> = {
  '971': 'America/Guadeloupe',
  '972': 'America/Martinique',
  '973': 'America/Cayenne',
  '974': 'Indian/Reunion',
  '975': 'America/Miquelon',
  '976': 'Indian/Mayotte',
  '977': 'America/St_Barthelemy',
  '978': 'America/Marigot',
  '986': 'Pacific/Wallis',
  '987': 'Pacific/Tahiti',
  '988': 'Pacific/Noumea',
};

export const timeZoneOf = (departement: string): string => TIME_ZONES[departement] ?? 'Europe/Paris';

export interface LocalTime {
  /** YYYY-MM-DD in the zone. */
  date: string;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** Minutes since local midnight. */
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAY_INDEX: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

const recent = new Map<string, LocalTime>();

/** The wall-clock date, weekday and time of an instant in a time zone (Intl is slow: memoized). */
export function localTime(instant: Date, timeZone: string): LocalTime {
  const key = `${timeZone}|${Math.floor(instant.getTime() / 60_000)}`;
  const known = recent.get(key);
  if (known) return known;
  const computed = computeLocalTime(instant, timeZone);
  if (recent.size > 256) recent.clear();
  recent.set(key, computed);
  return computed;
}

function computeLocalTime(instant: Date, timeZone: string): LocalTime {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(instant)) parts[part.type] = part.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAY_INDEX[parts.weekday ?? 'Mon'] ?? 0,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}
