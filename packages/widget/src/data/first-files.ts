import { gazetteerFilesOfPostalDigits } from '@mediation-finder/core';
import { defaultData } from './base.js';

/**
 * The files a preset finder's first answer starts with, asked for by the single script tag's first
 * few hundred bytes, before the finder's code has arrived: on a phone, one round trip and the
 * finder's evaluation less before the places themselves can be asked for. Only files whose names
 * need no code: the shipped dataset's manifest, the gazetteer's index and the preset postal
 * code's département files. The finder's own reads take these responses (each once) instead of
 * fetching again; nothing else reads them.
 */
const asked = new Map<string, Promise<Response>>();

/** Fetches as the finder does (no cookies): a response the finder can take as its own. */
function ask(url: URL): void {
  if (asked.has(url.href)) return;
  const pending = fetch(url, { credentials: 'omit' });
  // Its failure is the finder's to report, when it takes it (or fetches again).
  pending.catch(() => undefined);
  asked.set(url.href, pending);
}

/** The response already asked for `url`, once; undefined when none was (then fetch it). */
export function takeFirstFile(url: URL): Promise<Response> | undefined {
  const pending = asked.get(url.href);
  asked.delete(url.href);
  return pending;
}

/**
 * For each finder already in the page that presets a place on the default data (no `src`; at its
 * `data-url` when it has one): the manifest and gazetteer index, and its postal code's files.
 * Nothing when the element is already defined (another copy of the script is in charge).
 */
export function askFirstFiles(): void {
  if (typeof document === 'undefined' || customElements.get('mediation-finder')) return;
  for (const finder of document.querySelectorAll('mediation-finder')) {
    if (finder.hasAttribute('src')) continue;
    const postalCode = finder.getAttribute('postal-code')?.trim() ?? '';
    const position = finder.hasAttribute('latitude') && finder.hasAttribute('longitude');
    const files = gazetteerFilesOfPostalDigits(postalCode);
    if (!files.length && !position) continue;
    const base = defaultData(finder.getAttribute('data-url'));
    for (const file of ['places/manifest.json', 'gazetteer/index.json', ...files]) ask(new URL(file, base));
  }
}
