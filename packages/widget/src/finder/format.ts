/** Formatters of the finder: pure functions of their arguments and the language. */

/** Today's date in the person's time, YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** One date formatter per language: making one costs a phone more than formatting a hundred dates. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "1 août 2024", "1 August 2024": a YYYY-MM-DD date in the language (easy French reads French). */
export function longDate(iso: string, locale: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  const language = locale === 'fr-x-falc' ? 'fr' : locale;
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(language, format);
  }
  return format.format(date);
}
