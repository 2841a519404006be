import {
  DataError,
  type DataFiles,
  type DataSource,
  DatasetPlaces,
  GazetteerFiles,
  type PlaceSource,
} from '@mediation-finder/core';
import { DEFAULT_DATA, defaultData } from './base.js';
import { takeFirstFile } from './first-files.js';

/**
 * Where a finder's data comes from: the default dataset (places, doors, gazetteer: the
 * `@mediation-finder/data` package's files), or a dataset directory built by the CLI (`src`
 * pointing at it or at its manifest.json: core fetches only the shards near the person), or one
 * file in the standard (CSV or JSON), read in the browser. The default data is found next to this
 * script (`data/`), or where the page says: the element's `data-url`, else
 * `MediationFinder.dataUrl` (a bundler moves the script and leaves its neighbours behind). A URL
 * the page writes is relative to the page, as any URL in its HTML. Only the entry files' names are
 * known here (each manifest names its own files). Core's search does the rest; this is the
 * browser's way to the bytes.
 */

export { DEFAULT_DATA, defaultData };

/**
 * A server that never answers or drips bytes must not hang the finder on "searching": each fetch
 * has a deadline for the whole body (core bounds the size of each kind of file).
 */
export const FETCH_TIMEOUT_MS = 30_000;

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(bytes < 1e6 ? 1 : 0)} MB`;

/** Which setting says where a file comes from: told when its server answers with a web page, or nothing. */
type Setting = 'data-url' | 'src';
const FIX: Record<Setting, string> = {
  'data-url':
    'set data-url (or MediationFinder.dataUrl) to the folder where the files of @mediation-finder/data are served',
  src: 'check src',
};

/**
 * A web page where a data file was expected: a single-page app's server (Vite's dev server, a
 * framework's router) answers every unknown path with its index.html. Its first tag tells (a
 * spelling file's lines start with "<" too, never with one of these).
 */
const HTML_START = /^\s*<(!doctype html|html|head|body|!--)[\s>]/i;

function htmlPage(url: URL, bytes: Uint8Array, setting: Setting): DataError | null {
  if (!HTML_START.test(new TextDecoder().decode(bytes.subarray(0, 64)))) return null;
  const { pathname } = url;
  const expected = pathname.endsWith('manifest.json')
    ? 'the dataset’s manifest'
    : pathname.endsWith('index.json')
      ? 'the gazetteer’s index'
      : 'a file of the dataset';
  return new DataError(`${url.href} returned an HTML page, not ${expected}: ${FIX[setting]}`, 'invalid');
}

async function fetchBytes(url: URL, maxBytes: number, setting: Setting): Promise<Uint8Array> {
  const checked = (bytes: Uint8Array) => {
    const page = htmlPage(url, bytes, setting);
    if (page) throw page;
    return bytes;
  };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  const tooLarge = (bytes: number) => {
    controller.abort();
    return new DataError(
      `${url.href}: ${bytes > maxBytes ? `more than ${megabytes(maxBytes)}` : megabytes(bytes)}, more than a finder reads`,
      'invalid',
    );
  };
  try {
    // The deadline covers the body of a response the script's first bytes asked for, too.
    const early = takeFirstFile(url);
    const response = await (early
      ? abortable(early, controller.signal)
      : fetch(url, { signal: controller.signal, credentials: 'omit' }));
    if (!response.ok) {
      // A file the server says is not there (404, 410) is the site's to fix, not the person's
      // connection: trying again changes nothing, so the person is not told to check it.
      const gone = response.status === 404 || response.status === 410;
      const missing = gone && setting === 'data-url' ? `: ${FIX[setting]}` : '';
      throw new DataError(`${url.href}: HTTP ${response.status}${missing}`, gone ? 'invalid' : 'network');
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) throw tooLarge(declared);
    if (!response.body) return checked(new Uint8Array(await response.arrayBuffer()));
    const reader = response.body.getReader();
    // A response asked for early is not tied to the deadline's signal: drop its body on abort.
    controller.signal.addEventListener('abort', () => reader.cancel().catch(() => undefined), { once: true });
    const chunks: Uint8Array[] = [];
    let length = 0;
    for (;;) {
      const { done, value } = await reader.read();
      // A body cancelled at the deadline ends as if complete: it is not.
      controller.signal.throwIfAborted();
      if (done) break;
      length += value.length;
      if (length > maxBytes) throw tooLarge(length + 1);
      chunks.push(value);
    }
    const bytes = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return checked(bytes);
  } catch (error) {
    if (error instanceof DataError && error.kind === 'invalid') throw error;
    throw controller.signal.aborted
      ? new DataError(`${url.href}: no complete answer within ${FETCH_TIMEOUT_MS / 1000} s`, 'network')
      : error instanceof DataError
        ? error
        : new DataError(`${url.href}: ${(error as Error).message}`, 'network');
  } finally {
    clearTimeout(timer);
  }
}

/** A response already asked for, or the deadline's abort, whichever comes first. */
function abortable(response: Promise<Response>, signal: AbortSignal): Promise<Response> {
  return new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    response.then(resolve, reject);
  });
}

/** The files under a URL, fetched. */
const fetchedFiles = (base: URL, setting: Setting): DataFiles => ({
  read: (path, maxBytes) => fetchBytes(new URL(path, base), maxBytes, setting),
});

const communes = new Map<string, GazetteerFiles>();

/** The default data's communes: one reader per folder per page, whatever the number of finders. */
export function communesAt(base: URL): GazetteerFiles {
  let reader = communes.get(base.href);
  if (!reader) {
    reader = new GazetteerFiles(fetchedFiles(base, 'data-url'));
    communes.set(base.href, reader);
  }
  return reader;
}

/**
 * One source per URL per page: twenty finders on a page share one manifest, one fetch of each
 * shard and a few indexes. A failed one is forgotten, so that a later search tries again.
 */
const sources = new Map<string, Promise<PlaceSource>>();

/** Opens the places of `src` (a dataset directory, its manifest, or a CSV/JSON file), else the default data at `base`. */
export function openPlaces(src: string | null, base: URL): Promise<PlaceSource> {
  const key = src ? new URL(src, document.baseURI).href : base.href;
  let pending = sources.get(key);
  if (!pending) {
    pending = open(src, base);
    pending.catch(() => sources.delete(key));
    sources.set(key, pending);
  }
  return pending;
}

async function open(src: string | null, base: URL): Promise<PlaceSource> {
  if (!src) return DatasetPlaces.open(fetchedFiles(base, 'data-url'), 'places/manifest.json');
  const url = new URL(src, document.baseURI);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new DataError(`${src}: only http(s) URLs`, 'invalid');
  const folder = new URL('./', url);
  const name = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  const files = fetchedFiles(folder, 'src');
  if (!name) return DatasetPlaces.open(fetchedFiles(url, 'src'), 'manifest.json');
  if (name.endsWith('manifest.json')) return DatasetPlaces.open(files, name);
  // A raw file: the readers (zod, papaparse) load only now, in their own chunk.
  const { rawFilePlaces } = await import('./read-file.js');
  return rawFilePlaces(files, name, communesAt(base), `${url.hostname}${url.pathname}`);
}

/**
 * The embedder's data, and the data shipped with the widget when it fails: when the manifest or
 * file cannot be read, or later a shard of it, `onFallback` is told once and every search from
 * then on uses the shipped data.
 */
function openWithFallback(
  src: string | null,
  base: URL,
  onFallback: (error: Error) => void,
): Promise<PlaceSource> {
  const shipped = () => openPlaces(null, base);
  if (!src) return shipped();
  let fellBack = false;
  let used: PlaceSource | undefined;
  const fallBack = (error: unknown) => {
    if (!fellBack) onFallback(error as Error);
    fellBack = true;
    return shipped().then((source) => {
      used = source;
      return source;
    });
  };
  return openPlaces(src, base).then(
    (own): PlaceSource => ({
      get attribution() {
        return (used ?? own).attribution;
      },
      around: (latitude, longitude, km) =>
        fellBack
          ? shipped().then((s) => s.around(latitude, longitude, km))
          : own
              .around(latitude, longitude, km)
              .catch((error) => fallBack(error).then((s) => s.around(latitude, longitude, km))),
      doorsOf: (territory) =>
        fellBack ? shipped().then((s) => s.doorsOf(territory)) : own.doorsOf(territory),
    }),
    fallBack,
  );
}

/**
 * A finder's data: its `src`, or the data shipped with the widget when that fails (now or later,
 * said once through `onFallback`), opened once per `src`, with the shipped communes. A failed
 * open is forgotten, so that the next search tries again.
 */
export class FinderData {
  #source?: DataSource & { places: Promise<PlaceSource> };
  #for?: string;

  constructor(private readonly onFallback: (src: string, error: Error) => void) {}

  /**
   * The places (still opening, maybe: a search locates the person meanwhile) and the communes:
   * `src`'s places, or the default data's at `base`, whose communes serve both.
   */
  source(src: string | null, base: URL): DataSource & { places: Promise<PlaceSource> } {
    const key = `${src ?? ''} ${base.href}`;
    if (!this.#source || this.#for !== key) {
      this.#for = key;
      const places = openWithFallback(src, base, (error) => this.onFallback(src ?? '', error));
      const source = { places, communes: communesAt(base) };
      places.catch(() => {
        if (this.#source === source) this.#source = undefined;
      });
      this.#source = source;
    }
    return this.#source;
  }
}
