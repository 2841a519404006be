import { DATA_LIMITS, gazetteerFilesOfPostalDigits } from '@mediation-finder/core';
import { defaultData } from './base.js';
import { askFirstShards } from './first-shards.js';

/**
 * The files a preset finder's first answer starts with, asked for by the single script tag's
 * first bytes, before the finder's code has arrived: on a phone, the round trips and the finder's
 * evaluation less before the places themselves can be asked for. The shipped dataset's manifest,
 * the gazetteer's index and the preset postal code's gazetteer file (`postal/770.tsv`), whose
 * names need no code; then, once the manifest and that file have come, the places of the first
 * circle (`first-shards.ts`). The finder's own reads take these responses (each once) instead of
 * fetching again; nothing else reads them.
 */
const asked = new Map<string, Promise<Response>>();
/** Every URL asked for here or by the finder: a late `askFirstShards` never asks for a file twice. */
const everAsked = new Set<string>();
/** The bodies read here, by URL: two preset finders of one page share the manifest's. */
const read = new Map<string, Promise<ArrayBuffer | undefined>>();

/**
 * Fetches as the finder does (no cookies): a response the finder can take as its own. With
 * `readUpTo`, also reads its body here (at most that many bytes) and gives the finder the same
 * bytes (a copy of the response, its body teed, came a few hundred milliseconds later on a slow
 * phone); a body larger, or that fails, is the finder's to fetch again and report.
 */
function ask(url: URL, readUpTo?: number): Promise<ArrayBuffer | undefined> | undefined {
  if (everAsked.has(url.href)) return read.get(url.href);
  everAsked.add(url.href);
  const pending = fetch(url, { credentials: 'omit' });
  // Its failure is the finder's to report, when it takes it (or fetches again).
  pending.catch(() => undefined);
  if (readUpTo === undefined) {
    asked.set(url.href, pending);
    return;
  }
  const bytes = pending
    .then((response) => (response.ok ? bytesOf(response, readUpTo) : undefined))
    .catch(() => undefined);
  const taken = Promise.all([pending, bytes]).then(([response, body]) =>
    body ? new Response(body, response) : response.ok ? fetch(url, { credentials: 'omit' }) : response,
  );
  taken.catch(() => undefined);
  asked.set(url.href, taken);
  read.set(url.href, bytes);
  return bytes;
}

/** A body, if it comes whole within `maxBytes` (a larger one is dropped, not kept). */
async function bytesOf(response: Response, maxBytes: number): Promise<ArrayBuffer | undefined> {
  if (!response.body) return response.arrayBuffer();
  const reader = response.body.getReader();
  const chunks: BlobPart[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > maxBytes) {
      reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value as Uint8Array<ArrayBuffer>);
  }
  return new Blob(chunks).arrayBuffer();
}

/** The response already asked for `url`, once; undefined when none was (then fetch it). */
export function takeFirstFile(url: URL): Promise<Response> | undefined {
  everAsked.add(url.href);
  const pending = asked.get(url.href);
  asked.delete(url.href);
  return pending;
}

/**
 * For each finder already in the page that presets a place on the default data (no `src`; at its
 * `data-url` when it has one): the manifest and gazetteer index, its postal code's file, then
 * the places of its first circle. Nothing when the element is already defined (another copy of
 * the script is in charge). Returns whether some finder presets a place.
 */
export function askFirstFiles(): boolean {
  if (typeof document === 'undefined' || customElements.get('mediation-finder')) return false;
  let preset = false;
  for (const finder of document.querySelectorAll('mediation-finder')) {
    if (finder.hasAttribute('src')) continue;
    const attribute = (name: string) => finder.getAttribute(name);
    const postalCode = attribute('postal-code')?.trim() ?? '';
    const [latitude, longitude] = [Number(attribute('latitude')), Number(attribute('longitude'))];
    const position =
      !!attribute('latitude') && !!attribute('longitude') && Number.isFinite(latitude + longitude);
    const files = gazetteerFilesOfPostalDigits(postalCode);
    if (!files.length && !position) continue;
    const base = defaultData(attribute('data-url'));
    const manifest = ask(new URL('places/manifest.json', base), DATA_LIMITS.manifestBytes);
    ask(new URL('gazetteer/index.json', base));
    const gazetteers = files.map((file) => ask(new URL(file, base), DATA_LIMITS.gazetteerBytes));
    const radius = Number(attribute('radius'));
    const where = files.length ? postalCode : { latitude, longitude };
    preset = true;
    askFirstShards(where, radius > 0 ? radius : undefined, manifest, gazetteers, (file) =>
      ask(new URL(`places/${file}`, base)),
    ).catch(() => undefined);
  }
  return preset;
}
