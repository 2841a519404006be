import { Gazetteer, isOwnDoor, type Place, PlaceIndex } from '@mediation-finder/core';
import type { DatasetManifest } from '@mediation-finder/core/read';

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

async function fetchOk(url: URL, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'omit' });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new DataError(`${url.href}: ${(error as Error).message}`, 'network');
  }
  if (!response.ok) throw new DataError(`${url.href}: HTTP ${response.status}`, 'network');
  return response;
}

/** One gazetteer per page, whatever the number of instances. */
const gazetteers = new Map<string, Promise<Gazetteer>>();
export function loadGazetteer(base: URL = DEFAULT_DATA): Promise<Gazetteer> {
  const url = new URL('gazetteer.tsv', base);
  let pending = gazetteers.get(url.href);
  if (!pending) {
    pending = fetchOk(url).then(async (r) => Gazetteer.parse(await r.text()));
    pending.catch(() => gazetteers.delete(url.href));
    gazetteers.set(url.href, pending);
  }
  return pending;
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

/** A JSON list of places from a dataset directory. */
async function fetchPlaces(url: URL, file: string): Promise<Place[]> {
  const places = (await (await fetchOk(url)).json().catch(() => null)) as unknown;
  if (!Array.isArray(places)) throw new DataError(`${file}: not a list of places`, 'invalid');
  return places as Place[];
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
    const dLat = radiusKm / 111;
    const dLon = radiusKm / (111 * Math.max(0.2, Math.cos((latitude * Math.PI) / 180)));
    const files = Object.values(this.manifest.shards)
      .filter(
        ({ bounds: [s, w, n, e] }) =>
          latitude + dLat >= s && latitude - dLat <= n && longitude + dLon >= w && longitude - dLon <= e,
      )
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

async function readManifest(url: URL): Promise<DatasetManifest> {
  const manifest = (await (await fetchOk(url)).json().catch(() => null)) as DatasetManifest | null;
  if (manifest?.format !== 'mediation-finder-dataset') {
    throw new DataError(`${url.href}: not a mediation-finder dataset manifest`, 'invalid');
  }
  return manifest;
}

/** Opens a source; `src` may be a dataset directory, its manifest, or a CSV/JSON file. */
export async function openSource(src: string | null, gazetteer: Gazetteer): Promise<PlaceSource> {
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
  const bytes = new Uint8Array(await (await fetchOk(url)).arrayBuffer());
  const { readFileSource } = await import('./read-file.js');
  const { places, date } = readFileSource(bytes, url.pathname.split('/').pop() || 'data', gazetteer);
  if (places.length === 0) throw new DataError(`${url.href}: no valid place in this file`, 'invalid');
  // The embedder's own file: its licence is theirs to state, none is claimed here.
  return new FileSource(new PlaceIndex(places), {
    text: `${url.hostname}${url.pathname}`,
    licence: '',
    date,
  });
}
