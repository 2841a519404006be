import type { DatasetManifest } from '../dataset/build.js';
import { doorPartOf, doorsFileOf } from '../dataset/doors.js';
import { checkManifest } from '../dataset/manifest.js';
import type { Territory } from '../geo/gazetteer.js';
import type { Place } from '../places/place.js';
import { checkPublishedPlaces } from '../places/published.js';
import { PlaceIndex } from '../routing/place-index.js';
import { DATA_LIMITS, DataError, type DataFiles, once, readJson } from './files.js';
import { shardFilesAround } from './shards.js';

/** Whose data it is, as every page that shows places must say. */
export interface Attribution {
  text: string;
  licence: string;
  /** Newest update date of the data, YYYY-MM-DD. */
  date: string;
}

/** Where a search finds places. */
export interface PlaceSource {
  readonly attribution: Attribution;
  /** Every place within `km` of a point (none missing; farther ones may come too), indexed. */
  around(latitude: number, longitude: number, km: number): Promise<PlaceIndex>;
  /**
   * The doors looked up by where the person lives, among which `ownDoors` finds theirs: their
   * commune's town halls and their département's council (maybe others' too), none when the data
   * has no doors for it. A failure to read them loses only them.
   */
  doorsOf(territory: Territory): Promise<Place[]>;
}

/**
 * How many of a dataset's files are read at once: a search near a border reads a few, the audit
 * every one; a browser (or a server) given hundreds of requests at once fails some of them.
 */
const PARALLEL_READS = 6;

/** How many indexes of places around a point a dataset keeps (a worker's day is many towns). */
const KEPT_INDEXES = 4;

/**
 * A dataset built by `mediation-finder build`: its manifest, then only the shards whose box comes
 * within the radius asked (a dense département comes in parts), each read once, its places
 * checked again (the dataset may be a third party's), and the doors of a département when asked.
 */
export class DatasetPlaces implements PlaceSource {
  readonly #shards = new Map<string, Promise<Place[]>>();
  readonly #doors = new Map<string, Promise<Place[]>>();
  readonly #problems: string[] = [];
  /** Reads waiting for one of the `PARALLEL_READS` slots. */
  readonly #queue: Array<() => void> = [];
  #reading = 0;
  /** The last indexes built, newest last. */
  readonly #indexes = new Map<string, PlaceIndex>();

  private constructor(
    private readonly files: DataFiles,
    /** The manifest's folder in `files` ("places/", or "" for a dataset's own folder). */
    private readonly folder: string,
    readonly manifest: DatasetManifest,
  ) {}

  /**
   * Reads and checks a dataset's manifest (`manifest.json` of its folder, or the path given): a
   * wrong field is left out with a reason (`problems`); a manifest that is no dataset's, names a
   * file outside its folder or lists too many files is a `DataError` (see `checkManifest`).
   */
  static async open(files: DataFiles, manifestPath = 'manifest.json'): Promise<DatasetPlaces> {
    const read = await readJson(files, manifestPath, DATA_LIMITS.manifestBytes);
    const { manifest, problems } = checkManifest(read, manifestPath);
    const places = new DatasetPlaces(
      files,
      manifestPath.slice(0, manifestPath.lastIndexOf('/') + 1),
      manifest,
    );
    places.#problems.push(...problems.map((problem) => `${manifestPath}: ${problem}`));
    return places;
  }

  /**
   * What was left out of the data read so far (a manifest's field, a place, a place's field), one
   * line per file and reason, with how many places it concerns: for logs and data managers.
   */
  get problems(): readonly string[] {
    return this.#problems;
  }

  get attribution(): Attribution {
    const { attribution, licence, dataDate } = this.manifest;
    return { text: attribution, licence, date: dataDate };
  }

  async around(latitude: number, longitude: number, km: number): Promise<PlaceIndex> {
    // Each file once: a manifest listing one file under many shards must not index its places
    // as many times (a third party's 3,000 entries for one file made a search take 20 s).
    const files = shardFilesAround(this.manifest.shards, latitude, longitude, km);
    const key = files.join(',');
    const kept = this.#indexes.get(key);
    const lists = kept ? [] : await Promise.all(files.map((file) => this.#places(file)));
    const index = kept ?? new PlaceIndex(lists.flat());
    // Most recently used last; the oldest goes beyond KEPT_INDEXES.
    this.#indexes.delete(key);
    this.#indexes.set(key, index);
    for (const old of this.#indexes.keys()) {
      if (this.#indexes.size <= KEPT_INDEXES) break;
      this.#indexes.delete(old);
    }
    return index;
  }

  /** One file: the part of the person's département's doors that holds their commune's. */
  doorsOf({ departement, communes }: Territory): Promise<Place[]> {
    const entry = this.manifest.doors?.[departement];
    if (!entry) return Promise.resolve([]);
    const file =
      'parts' in entry
        ? doorsFileOf(departement, entry, doorPartOf(communes[0] ?? '', entry.parts))
        : entry.file;
    // Without them the orientation still stands (the département's other doors): not an error.
    return this.#doorsFile(file).catch(() => []);
  }

  /** Every door of a département (the audit's, a data manager's): all its parts, each door once. */
  async departementDoors(departement: string): Promise<Place[]> {
    const entry = this.manifest.doors?.[departement];
    if (!entry) return [];
    const files =
      'parts' in entry
        ? Array.from({ length: entry.parts }, (_, part) => doorsFileOf(departement, entry, part))
        : [entry.file];
    const lists = await Promise.all(files.map((file) => this.#doorsFile(file)));
    return [...new Map(lists.flat().map((place) => [place.id, place])).values()];
  }

  #doorsFile(file: string): Promise<Place[]> {
    return once(this.#doors, file, () => this.#read(file));
  }

  #places(file: string): Promise<Place[]> {
    return once(this.#shards, file, () => this.#read(file));
  }

  async #read(file: string): Promise<Place[]> {
    const list = await this.#slot(() =>
      readJson(this.files, `${this.folder}${file}`, DATA_LIMITS.placesBytes),
    );
    if (!Array.isArray(list)) throw new DataError(`${file}: not a list of places`, 'invalid', 'not-places');
    const { places, problems } = checkPublishedPlaces(list);
    this.#problems.push(...problems.map((problem) => `${file}: ${problem}`));
    return places;
  }

  /** `read` when fewer than `PARALLEL_READS` reads are under way, else when one ends. */
  async #slot<T>(read: () => Promise<T>): Promise<T> {
    if (this.#reading >= PARALLEL_READS) await new Promise<void>((resume) => this.#queue.push(resume));
    this.#reading++;
    try {
      return await read();
    } finally {
      this.#reading--;
      this.#queue.shift()?.();
    }
  }

  /** How many indexes are kept now (for tests: never more than a few). */
  get keptIndexes(): number {
    return this.#indexes.size;
  }
}
