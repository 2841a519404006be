/**
 * French public holidays, as data. Dates are calendar dates (no time zone): a holiday is a day
 * in the place's own local calendar.
 *
 * Not the `@socialgouv/jours-feries` package: it returns Date objects in the runtime's time zone
 * (wrong for a browser outside France or for overseas places) and lacks the overseas holidays.
 */

/** Day offsets from Easter Sunday. */
const EASTER_BASED: Record<string, number> = {
  'Lundi de Pâques': 1,
  Ascension: 39,
  'Lundi de Pentecôte': 50,
};

/** [month, day] observed everywhere. */
const NATIONAL: Record<string, [number, number]> = {
  "Jour de l'an": [1, 1],
  'Fête du travail': [5, 1],
  'Victoire 1945': [5, 8],
  'Fête nationale': [7, 14],
  Assomption: [8, 15],
  Toussaint: [11, 1],
  'Armistice 1918': [11, 11],
  Noël: [12, 25],
};

/** Extra holidays by département (law of 1905 in Alsace-Moselle; abolition of slavery overseas…). */
const REGIONAL: Record<
  string,
  { fixed?: Record<string, [number, number]>; easter?: Record<string, number> }
> = {
  '57': { fixed: { 'Saint-Étienne': [12, 26] }, easter: { 'Vendredi saint': -2 } },
  '67': { fixed: { 'Saint-Étienne': [12, 26] }, easter: { 'Vendredi saint': -2 } },
  '68': { fixed: { 'Saint-Étienne': [12, 26] }, easter: { 'Vendredi saint': -2 } },
  '971': { fixed: { "Abolition de l'esclavage": [5, 27] } },
  '972': { fixed: { "Abolition de l'esclavage": [5, 22] } },
  '973': { fixed: { "Abolition de l'esclavage": [6, 10] } },
  '974': { fixed: { "Abolition de l'esclavage": [12, 20] } },
  '976': { fixed: { "Abolition de l'esclavage": [4, 27] } },
  '977': { fixed: { "Abolition de l'esclavage": [10, 9] } },
  '978': { fixed: { "Abolition de l'esclavage": [5, 28] } },
  '986': { fixed: { 'Fête du Territoire': [7, 29] } },
  '987': { fixed: { "Arrivée de l'Évangile": [3, 5], "Fête de l'autonomie": [6, 29] } },
  '988': { fixed: { 'Fête de la citoyenneté': [9, 24] } },
};

/** Easter Sunday (Gregorian, anonymous algorithm) as [month, day]. */
export function easterSunday(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

const cache = new Map<string, Map<string, string>>();

/** `YYYY-MM-DD` → holiday name, for a year and a département. */
export function publicHolidays(year: number, departement = ''): Map<string, string> {
  const key = `${year}|${departement}`;
  const known = cache.get(key);
  if (known) return known;
  const days = new Map<string, string>();
  const iso = (month: number, day: number) =>
    `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const [em, ed] = easterSunday(year);
  const easter = Date.UTC(year, em - 1, ed);
  const fromEaster = (offset: number) => {
    const date = new Date(easter + offset * 86_400_000);
    return iso(date.getUTCMonth() + 1, date.getUTCDate());
  };
  const regional = REGIONAL[departement] ?? {};
  for (const [name, [month, day]] of Object.entries({ ...NATIONAL, ...regional.fixed }))
    days.set(iso(month, day), name);
  for (const [name, offset] of Object.entries({ ...EASTER_BASED, ...regional.easter }))
    days.set(fromEaster(offset), name);
  cache.set(key, days);
  return days;
}

/** The holiday's name when `date` (YYYY-MM-DD) is a public holiday in the département. */
export function holidayName(date: string, departement = ''): string | undefined {
  return publicHolidays(Number(date.slice(0, 4)), departement).get(date);
}
