/**
 * How the search reads data: a host gives it a `DataFiles`, the one way to the bytes of a
 * dataset's files (fetch in a browser, the file system in the CLI, anything else in tests), and
 * core does the rest: which files, in what order, checked how, kept how long.
 */

/** A dataset's files, by their path in it ("places/manifest.json", "gazetteer/77.tsv"). */
export interface DataFiles {
  /** A file's bytes; fails with a `DataError` when it cannot be read or is above `maxBytes`. */
  read(path: string, maxBytes: number): Promise<Uint8Array>;
}

/**
 * What went wrong with data, as a code a host turns into words (its own catalogue's):
 * - `unreachable`: not read (no network, an HTTP error, too slow): try again later;
 * - `too-large`: above what a finder reads (`DATA_LIMITS`);
 * - `not-json`, `not-a-dataset`, `not-places`: read, but not what it should be;
 * - `unsafe-file-name`: a manifest names a file outside its own folder (`isPlainFileName`);
 * - `too-many-files`: a manifest lists more shards or doors' parts than a search may fetch
 *   (`DATASET_LIMITS`).
 */
export type DataErrorCode =
  | 'unreachable'
  | 'too-large'
  | 'not-json'
  | 'not-a-dataset'
  | 'not-places'
  | 'unsafe-file-name'
  | 'too-many-files';

/**
 * Why data could not be used: `kind` says whether to try again later (`network`: unreachable,
 * an HTTP error, too slow) or not (`invalid`: read, but not what it should be, or larger than a
 * finder reads); `code` says which (`DataErrorCode`). The message is for logs and data managers,
 * never for the person.
 */
export class DataError extends Error {
  readonly code: DataErrorCode;
  constructor(
    message: string,
    readonly kind: 'network' | 'invalid',
    code?: DataErrorCode,
  ) {
    super(message);
    this.code = code ?? (kind === 'network' ? 'unreachable' : 'not-places');
  }
}

/**
 * What a search reads is bounded: a file far too large must not freeze the page or the terminal
 * reading it. Larger datasets are built with the CLI into shards of these sizes.
 */
export const DATA_LIMITS = {
  manifestBytes: 1_000_000,
  /** A département's places or doors (the largest shipped one is about 1.1 MB). */
  placesBytes: 8_000_000,
  gazetteerBytes: 8_000_000,
  /** A raw CSV/JSON file read as it is: larger ones should be built into a dataset. */
  fileBytes: 16_000_000,
} as const;

const decoder = new TextDecoder();

export async function readText(files: DataFiles, path: string, maxBytes: number): Promise<string> {
  return decoder.decode(await files.read(path, maxBytes));
}

export async function readJson(files: DataFiles, path: string, maxBytes: number): Promise<unknown> {
  const text = await readText(files, path, maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new DataError(`${path}: not valid JSON`, 'invalid', 'not-json');
  }
}

/**
 * One pending read per key, shared by every search (twenty finders on a page fetch each file
 * once); a failed one is forgotten, so that a later search tries again.
 */
export function once<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let pending = cache.get(key);
  if (!pending) {
    pending = load();
    pending.catch(() => {
      if (cache.get(key) === pending) cache.delete(key);
    });
    cache.set(key, pending);
  }
  return pending;
}
