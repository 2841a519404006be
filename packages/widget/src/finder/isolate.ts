import { html } from 'lit';
import { RTL_LOCALES } from '../i18n/localization.js';

/** A run of Latin letters and digits, with what stands inside a name or an address. */
const RUN = /[\p{Script=Latin}\d][\p{Script=Latin}\d '’(),.-]*[\p{Script=Latin}\d)]/gu;

/**
 * A sentence of the catalogue with the French data in it ("93200 Saint-Denis", "Melun (77000)")
 * isolated in a `<bdi lang="fr">`, in a language written right to left: there, digits next to
 * Latin letters would be reordered ("Saint-Denis 93200"), as addresses in cards would be without
 * their own `<bdi>`. Only runs that mix digits and letters are at risk; elsewhere the text is
 * returned as it is.
 */
export function isolated(text: string, locale: string) {
  if (!RTL_LOCALES.has(locale)) return text;
  const parts: unknown[] = [];
  let last = 0;
  for (const match of text.matchAll(RUN)) {
    const run = match[0];
    if (!/\d/.test(run) || !/\p{L}/u.test(run)) continue;
    parts.push(text.slice(last, match.index), html`<bdi lang="fr">${run}</bdi>`);
    last = match.index + run.length;
  }
  return parts.length ? [...parts, text.slice(last)] : text;
}
