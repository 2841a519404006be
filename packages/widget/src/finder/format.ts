/** Formatters of the finder: pure functions of their arguments and the language. */

/** Today's date in the person's time, YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** "1 août 2024", "1 August 2024": a YYYY-MM-DD date in the language (easy French reads French). */
export function longDate(iso: string, locale: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(locale === 'fr-x-falc' ? 'fr' : locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
