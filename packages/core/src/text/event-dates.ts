/**
 * Publishers of itinerant services wrote the days of their visits into the name: « MDF Nord
 * itinérante : Passage le 21/11/22 - 19/12/22 - 16/01/23 », « Bibliothèque (13/10 - 10/11 -
 * 15/12) », « Mairie de Pannecé (les lundis du 9 janvier au 13 février 2022) ». Shown years later
 * as the place's name, those dates read as the next visits. A name keeps what names the place;
 * the dated part goes (the place's own date, `date_maj`, says how old the row is).
 */

const MONTHS =
  'janv|janvier|f[ée]vr|f[ée]vrier|mars|avril|avr|mai|juin|juil|juillet|ao[ûu]t|sept|septembre|oct|octobre|nov|novembre|d[ée]c|d[ée]cembre';
/**
 * A day and month, "21/11/22", "2/12/ 22", "10/01 /23", "13/10", or a day, month and year of
 * this century, "13 février 2022" (not the « 8 mai 1945 » of a street or hall).
 */
const DATE = new RegExp(
  `(?<![\\d/])(?:[12]\\d|3[01]|0?[1-9])\\s*/\\s*(?:1[0-2]|0?[1-9])(?:\\s*/\\s*\\d{1,4})?(?![\\d/])|\\b(?:[12]\\d|3[01]|0?[1-9]|1er)\\s+(?:${MONTHS})\\.?\\s+20\\d\\d\\b`,
  'iu',
);
/** Where a dated tail starts outside brackets: « : Passage le », « - le », « Passage les ». */
const TAIL =
  /\s*(?::|\s-\s|,)\s*(?:(?:passages?|permanences?)\s+)?(?:les?\s+)?$|\s*(?:passages?|permanences?)\s+(?:les?\s+)?$/iu;

/** The name without its dated part; the name itself when nothing would be left of it. */
export function withoutEventDates(name: string): string {
  let rest = name;
  for (let guard = 0; guard < 4; guard++) {
    const match = DATE.exec(rest);
    if (!match) break;
    const before = rest.slice(0, match.index);
    const open = before.lastIndexOf('(');
    let cut: string;
    if (open >= 0 && !before.slice(open).includes(')')) {
      // Inside brackets: the whole bracket goes (an unclosed one, to the end).
      const close = rest.indexOf(')', match.index);
      cut = `${rest.slice(0, open)} ${close < 0 ? '' : rest.slice(close + 1)}`;
    } else {
      const tail = TAIL.exec(before);
      // A date woven into the name with nothing to tell it apart is left alone.
      if (!tail) break;
      cut = before.slice(0, tail.index);
    }
    const tidy = cut
      .replace(/\s+/g, ' ')
      .replace(/[\s:,;–-]+$/u, '')
      .trim();
    if (!/[\p{L}\p{N}]/u.test(tidy)) break;
    rest = tidy;
  }
  return rest;
}
