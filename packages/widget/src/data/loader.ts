import { distanceToBoxKm, Gazetteer, type Place, PlaceIndex } from '@mediation-finder/core';
import {
  type GazetteerFileReader,
  type GazetteerShardIndex,
  gazetteerForSuggestions,
  gazetteerForText,
  gazetteerNear,
} from '@mediation-finder/core/gazetteer-files';
import type { DatasetManifest } from '@mediation-finder/core/read';
import { isOwnDoor } from '@mediation-finder/core/rules';
import { checkPublishedPlaces } from '@mediation-finder/core/text';

/**
 * Where the places come from: the dataset shipped next to this script (default), a dataset
 * directory built by the CLI (`src` pointing at it or at its manifest.json: only the shards near
 * the person are fetched), or one file in the standard (CSV or JSON), read in the browser.
 * The default data is found relative to this module, never relative to the host page; a `src`
 * written by the host page is relative to that page, as any URL in its HTML.
 */

export const DEFAULT_DATA = new URL('./data/', import.meta.url);

export interface Attribution {
  text: string;
  licence: string;
  /** Newest update date of the data, YYYY-MM-DD. */
  date: string;
}

export class DataError extends Error {
  constructor(
    message: string,
    readonly kind: 'network' | 'invalid',
  ) {
    super(message);
  }
}

/**
 * What a finder fetches is bounded: a server that never answers or drips bytes, or a file far too
 * large, must neither hang the finder on "searching" nor freeze the host page. Each fetch has a
 * deadline for the whole body, and each kind of file a size it may not exceed.
 */
export const LIMITS = {
  timeoutMs: 30_000,
  manifestBytes: 1_000_000,
  /** A département's places or doors (the largest shipped one is about 1.1 MB). */
  placesBytes: 8_000_000,
  gazetteerBytes: 8_000_000,
  /** A raw file read in the browser: larger ones should be built into a dataset (see README). */
  fileBytes: 16_000_000,
};

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(bytes < 1e6 ? 1 : 0)} MB`;

async function fetchBytes(url: URL, maxBytes: number): Promise<Uint8Array> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), LIMITS.timeoutMs);
  const failed = (error: unknown) =>
    controller.signal.aborted
      ? new DataError(`${url.href}: no complete answer within ${LIMITS.timeoutMs / 1000} s`, 'network')
      : error instanceof DataError
        ? error
        : new DataError(`${url.href}: ${(error as Error).message}`, 'network');
  const tooLarge = (bytes: number) => {
    controller.abort();
    return new DataError(
      `${url.href}: ${bytes > maxBytes ? `more than ${megabytes(maxBytes)}` : megabytes(bytes)}, more than a finder reads`,
      'invalid',
    );
  };
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'omit' });
    if (!response.ok) throw new DataError(`${url.href}: HTTP ${response.status}`, 'network');
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) throw tooLarge(declared);
    if (!response.body) return new Uint8Array(await response.arrayBuffer());
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let length = 0;
    for (;;) {
      const { done, value } = await reader.read();
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
    return bytes;
  } catch (error) {
    if (error instanceof DataError && error.kind === 'invalid') throw error;
    throw failed(error);
  } finally {
    clearTimeout(timer);
  }
}

const decoder = new TextDecoder();
async function fetchJson(url: URL, maxBytes: number): Promise<unknown> {
  const text = decoder.decode(await fetchBytes(url, maxBytes));
  try {
    return JSON.parse(text);
  } catch {
    throw new DataError(`${url.href}: not valid JSON`, 'invalid');
  }
}

/** Each gazetteer file once per page, whatever the number of finders; a failed one is forgotten. */
const gazetteers = new Map<string, Promise<Gazetteer>>();
function readGazetteer(url: URL): Promise<Gazetteer> {
  let pending = gazetteers.get(url.href);
  if (!pending) {
    pending = fetchBytes(url, LIMITS.gazetteerBytes).then((bytes) => Gazetteer.parse(decoder.decode(bytes)));
    pending.catch(() => gazetteers.delete(url.href));
    gazetteers.set(url.href, pending);
  }
  return pending;
}

/** The whole gazetteer (37,590 communes). */
export const loadGazetteer = (base: URL = DEFAULT_DATA): Promise<Gazetteer> =>
  readGazetteer(new URL('gazetteer.tsv', base));

/** Which gazetteer files a search needs: one small file per data folder and page. */
const shardIndexes = new Map<string, Promise<GazetteerShardIndex>>();
function gazetteerIndex(base: URL): Promise<GazetteerShardIndex> {
  const url = new URL('gazetteer/index.json', base);
  let pending = shardIndexes.get(url.href);
  if (!pending) {
    pending = fetchJson(url, LIMITS.manifestBytes).then((index) => {
      const known = index as GazetteerShardIndex | null;
      if (known?.format !== 'mediation-finder-gazetteer-shards' || known.version !== 2)
        throw new DataError('gazetteer/index.json: not a gazetteer index', 'invalid');
      return known;
    });
    pending.catch(() => shardIndexes.delete(url.href));
    shardIndexes.set(url.href, pending);
  }
  return pending;
}

/** One of the gazetteer's small files ("77.tsv", "names/12.tsv"). */
const gazetteerFile =
  (base: URL): GazetteerFileReader =>
  (file) =>
    readGazetteer(new URL(`gazetteer/${file}`, base));

/**
 * The communes what a person typed needs, from the gazetteer's small files (a postal code's
 * département, a name's file, the départements around a position): a few KB, never the whole of
 * France. Null when only the whole gazetteer can tell ("Eu", "Saint") or a file cannot be read.
 */
export async function loadGazetteerFor(where: string, base: URL = DEFAULT_DATA): Promise<Gazetteer | null> {
  try {
    return await gazetteerForText(where, await gazetteerIndex(base), gazetteerFile(base));
  } catch {
    return null;
  }
}

/** The communes around a position (for its nearest commune), or null as above. */
export async function loadGazetteerNear(
  latitude: number,
  longitude: number,
  base: URL = DEFAULT_DATA,
): Promise<Gazetteer | null> {
  try {
    return await gazetteerNear(latitude, longitude, await gazetteerIndex(base), gazetteerFile(base));
  } catch {
    return null;
  }
}

/** The communes to suggest for what is being typed; null: wait for more letters. */
export async function loadSuggestionGazetteer(
  typed: string,
  base: URL = DEFAULT_DATA,
): Promise<Gazetteer | null> {
  try {
    return await gazetteerForSuggestions(typed, await gazetteerIndex(base), gazetteerFile(base));
  } catch {
    return null;
  }
}

export interface PlaceSource {
  readonly attribution: Attribution;
  /** The places around a point, indexed. */
  indexAround(latitude: number, longitude: number, radiusKm: number): Promise<PlaceIndex>;
  /**
   * The doors of a département looked up by where the person lives (town halls, its council):
   * none when the dataset has no doors file for it. A failure to fetch them loses only them.
   */
  doorsOf(departement: string): Promise<Place[]>;
}

/**
 * A JSON list of places from a dataset directory, each checked again (links, names, positions):
 * the dataset may be someone else's. A file that is not a list is an error; bad places are dropped.
 */
async function fetchPlaces(url: URL, file: string): Promise<Place[]> {
  const list = await fetchJson(url, LIMITS.placesBytes);
  if (!Array.isArray(list)) throw new DataError(`${file}: not a list of places`, 'invalid');
  return checkPublishedPlaces(list).places;
}

/** A dataset built by `mediation-finder build`: fetches only the département shards it needs. */
class ShardedSource implements PlaceSource {
  readonly #shards = new Map<string, Promise<Place[]>>();
  readonly #indexes = new Map<string, PlaceIndex>();
  constructor(
    readonly base: URL,
    readonly manifest: DatasetManifest,
  ) {}

  get attribution(): Attribution {
    return { text: this.manifest.attribution, licence: this.manifest.licence, date: this.manifest.dataDate };
  }

  async indexAround(latitude: number, longitude: number, radiusKm: number): Promise<PlaceIndex> {
    // The shards whose places' box comes within the radius (its nearest point, not its corner;
    // 1 km spare for the flat-map approximation).
    const files = Object.values(this.manifest.shards)
      .filter(({ bounds }) => distanceToBoxKm(latitude, longitude, bounds) <= radiusKm + 1)
      .map((shard) => shard.file)
      .sort();
    const key = files.join(',');
    const known = this.#indexes.get(key);
    if (known) return known;
    const lists = await Promise.all(
      files.map((file) => {
        let pending = this.#shards.get(file);
        if (!pending) {
          pending = fetchPlaces(new URL(file, this.base), file);
          pending.catch(() => this.#shards.delete(file));
          this.#shards.set(file, pending);
        }
        return pending;
      }),
    );
    const index = new PlaceIndex(lists.flat());
    this.#indexes.set(key, index);
    return index;
  }

  readonly #doors = new Map<string, Promise<Place[]>>();

  doorsOf(departement: string): Promise<Place[]> {
    const file = this.manifest.doors?.[departement]?.file;
    if (!file) return Promise.resolve([]);
    let pending = this.#doors.get(file);
    if (!pending) {
      // Without them the orientation still stands (the département's other doors): not an error.
      pending = fetchPlaces(new URL(file, this.base), file).catch(() => {
        this.#doors.delete(file);
        return [];
      });
      this.#doors.set(file, pending);
    }
    return pending;
  }
}

/** One raw file in the standard (or v0, France Services, data·inclusion), read in the browser. */
class FileSource implements PlaceSource {
  constructor(
    readonly index: PlaceIndex,
    readonly attribution: Attribution,
  ) {}
  async indexAround(): Promise<PlaceIndex> {
    return this.index;
  }
  #doors: Place[] | undefined;
  /** A file's own town halls and councils, if it has any (found once). */
  async doorsOf(): Promise<Place[]> {
    this.#doors ??= this.index.places.filter(isOwnDoor);
    return this.#doors;
  }
}

/** A file name of the dataset's own folder: a manifest cannot send the finder elsewhere. */
const DATASET_FILE = /^[\w.-]+\.json$/;

async function readManifest(url: URL): Promise<DatasetManifest> {
  const manifest = (await fetchJson(url, LIMITS.manifestBytes)) as DatasetManifest | null;
  if (
    manifest?.format !== 'mediation-finder-dataset' ||
    !manifest.shards ||
    typeof manifest.shards !== 'object'
  ) {
    throw new DataError(`${url.href}: not a mediation-finder dataset manifest`, 'invalid');
  }
  const files = [manifest.shards, manifest.doors ?? {}].flatMap((list) => Object.values(list));
  const strange = files.find((entry) => !DATASET_FILE.test(String(entry?.file)));
  if (strange)
    throw new DataError(
      `${url.href}: "${String(strange?.file).slice(0, 80)}" is not a file of the dataset`,
      'invalid',
    );
  return manifest;
}

/**
 * One source per URL per page: twenty finders on a page share one manifest, one fetch of each
 * shard and one index. A failed one is forgotten, so that a later search tries again.
 */
const sources = new Map<string, Promise<PlaceSource>>();

/** Opens a source; `src` may be a dataset directory, its manifest, or a CSV/JSON file. */
/** The whole gazetteer, fetched only by whoever needs it (a raw file's rows are located with it). */
export type GazetteerLoader = () => Promise<Gazetteer>;

export function openSource(src: string | null, gazetteer: GazetteerLoader): Promise<PlaceSource> {
  const key = src ? new URL(src, document.baseURI).href : '';
  let pending = sources.get(key);
  if (!pending) {
    pending = open(src, gazetteer);
    pending.catch(() => sources.delete(key));
    sources.set(key, pending);
  }
  return pending;
}

async function open(src: string | null, gazetteer: GazetteerLoader): Promise<PlaceSource> {
  if (!src) {
    const base = new URL('places/', DEFAULT_DATA);
    return new ShardedSource(base, await readManifest(new URL('manifest.json', base)));
  }
  const url = new URL(src, document.baseURI);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new DataError(`${src}: only http(s) URLs`, 'invalid');
  if (url.pathname.endsWith('/') || url.pathname.endsWith('manifest.json')) {
    const manifestUrl = url.pathname.endsWith('/') ? new URL('manifest.json', url) : url;
    return new ShardedSource(new URL('./', manifestUrl), await readManifest(manifestUrl));
  }
  // A raw file: the readers (zod, papaparse) load only now, in their own chunk.
  const bytes = await fetchBytes(url, LIMITS.fileBytes);
  const { readFileSource } = await import('./read-file.js');
  const { places, date } = await readFileSource(
    bytes,
    url.pathname.split('/').pop() || 'data',
    await gazetteer(),
  );
  if (places.length === 0) throw new DataError(`${url.href}: no valid place in this file`, 'invalid');
  // The embedder's own file: its licence is theirs to state, none is claimed here.
  return new FileSource(new PlaceIndex(places), {
    text: `${url.hostname}${url.pathname}`,
    licence: '',
    date,
  });
}

/**
 * The embedder's data, and the data shipped with the widget when it fails: when the manifest or
 * file cannot be read, or later a shard of it, `onFallback` is told once and every search from
 * then on uses the shipped data.
 */
export function openWithFallback(
  src: string | null,
  gazetteer: GazetteerLoader,
  onFallback: (error: Error) => void,
): Promise<PlaceSource> {
  const shipped = () => openSource(null, gazetteer);
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
  return openSource(src, gazetteer).then(
    (own): PlaceSource => ({
      get attribution() {
        return (used ?? own).attribution;
      },
      indexAround: (latitude, longitude, radiusKm) =>
        fellBack
          ? shipped().then((s) => s.indexAround(latitude, longitude, radiusKm))
          : own
              .indexAround(latitude, longitude, radiusKm)
              .catch((error) => fallBack(error).then((s) => s.indexAround(latitude, longitude, radiusKm))),
      doorsOf: (departement) =>
        fellBack ? shipped().then((s) => s.doorsOf(departement)) : own.doorsOf(departement),
    }),
    fallBack,
  );
}
