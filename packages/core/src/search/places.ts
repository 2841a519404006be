import type { DatasetManifest } from '../dataset/build.js';
import { doorPartOf, doorsFile } from '../dataset/doors.js';
import { distanceToBoxKm } from '../geo/distance.js';
import type { Territory } from '../geo/gazetteer.js';
import type { Place } from '../places/place.js';
import { checkPublishedPlaces } from '../places/published.js';
import { PlaceIndex } from '../routing/place-index.js';
import { CONTROL_CHARS } from '../text/normalize.js';
import { DATA_LIMITS, DataError, type DataFiles, once, readJson } from './files.js';

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

/** A file name of the dataset's own folder: a manifest cannot send the search elsewhere. */
const DATASET_FILE = /^[\w.-]+\.json$/;

/** A manifest's entry names files of its own folder: one file, or a number of doors' parts. */
function isDatasetEntry(entry: unknown): boolean {
  if (typeof entry !== 'object' || entry === null) return false;
  if ('parts' in entry)
    return Number.isInteger(entry.parts) && (entry.parts as number) > 0 && (entry.parts as number) <= 10_000;
  return 'file' in entry && DATASET_FILE.test(String(entry.file));
}

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
  /** The last indexes built, newest last. */
  readonly #indexes = new Map<string, PlaceIndex>();

  private constructor(
    private readonly files: DataFiles,
    /** The manifest's folder in `files` ("places/", or "" for a dataset's own folder). */
    private readonly folder: string,
    readonly manifest: DatasetManifest,
  ) {}

  /** Reads and checks a dataset's manifest (`manifest.json` of its folder, or the path given). */
  static async open(files: DataFiles, manifestPath = 'manifest.json'): Promise<DatasetPlaces> {
    const manifest = (await readJson(
      files,
      manifestPath,
      DATA_LIMITS.manifestBytes,
    )) as DatasetManifest | null;
    if (
      manifest?.format !== 'mediation-finder-dataset' ||
      !manifest.shards ||
      typeof manifest.shards !== 'object'
    )
      throw new DataError(`${manifestPath}: not a mediation-finder dataset manifest`, 'invalid');
    const listed: unknown[] = [manifest.shards, manifest.doors ?? {}].flatMap((list) => Object.values(list));
    const strange = listed.find((entry) => !isDatasetEntry(entry));
    if (strange !== undefined)
      throw new DataError(
        `${manifestPath}: "${String((strange as { file?: unknown })?.file).slice(0, 80)}" is not a file of the dataset`,
        'invalid',
      );
    return new DatasetPlaces(files, manifestPath.slice(0, manifestPath.lastIndexOf('/') + 1), manifest);
  }

  /** What the manifest says of its data; a field that is not text (or not a date) is left out. */
  get attribution(): Attribution {
    const { attribution, licence, dataDate } = this.manifest as unknown as Record<string, unknown>;
    const text = (value: unknown) => (typeof value === 'string' ? value.replace(CONTROL_CHARS, '') : '');
    const date = text(dataDate);
    return {
      text: text(attribution),
      licence: text(licence),
      date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '',
    };
  }

  async around(latitude: number, longitude: number, km: number): Promise<PlaceIndex> {
    // The shards whose places' box comes within the radius (its nearest point, not its corner;
    // 1 km spare for the flat-map approximation).
    const files = Object.values(this.manifest.shards)
      .filter(({ bounds }) => distanceToBoxKm(latitude, longitude, bounds) <= km + 1)
      .map((shard) => shard.file)
      .sort();
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
      'parts' in entry ? doorsFile(departement, doorPartOf(communes[0] ?? '', entry.parts)) : entry.file;
    // Without them the orientation still stands (the département's other doors): not an error.
    return this.#doorsFile(file).catch(() => []);
  }

  /** Every door of a département (the audit's, a data manager's): all its parts, each door once. */
  async departementDoors(departement: string): Promise<Place[]> {
    const entry = this.manifest.doors?.[departement];
    if (!entry) return [];
    const files =
      'parts' in entry
        ? Array.from({ length: entry.parts }, (_, part) => doorsFile(departement, part))
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
    const list = await readJson(this.files, `${this.folder}${file}`, DATA_LIMITS.placesBytes);
    if (!Array.isArray(list)) throw new DataError(`${file}: not a list of places`, 'invalid');
    return checkPublishedPlaces(list).places;
  }

  /** How many indexes are kept now (for tests: never more than a few). */
  get keptIndexes(): number {
    return this.#indexes.size;
  }
}
