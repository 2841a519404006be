import { isIsoDate } from '../places/published.js';
import { DataError } from '../search/files.js';
import { displayText } from '../text/normalize.js';
import type { DatasetManifest } from './build.js';
import { doorsFileOf } from './doors.js';

/**
 * A published dataset's manifest is untrusted input (a third party's, hand-edited, built by an
 * older version): read here field by field, for the CLI, the widget and the extension alike.
 * Hand-written rather than a zod schema: this reaches the widget's first script.
 */

/**
 * How many files a manifest may send a search to. The shipped dataset has 259 shards and at most
 * 19 parts of a département's doors; a manifest listing thousands would start as many requests.
 */
export const DATASET_LIMITS = { shards: 3_000, doorParts: 200 } as const;

/**
 * A file of the dataset's own folder, whatever the build names it (content hashes included): not
 * `.`, `..` nor any name starting with a dot, no folder (`/`, `\`), no NUL or other control
 * character, not the manifest itself, and nothing that a URL reads otherwise than as a file name
 * (`:` makes `http:host` another site, `%2e%2e` is `..`, `?` and `#` end the path).
 */
export function isPlainFileName(name: unknown): name is string {
  return (
    typeof name === 'string' &&
    name.length > 0 &&
    name.length <= 255 &&
    !name.startsWith('.') &&
    name !== 'manifest.json' &&
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
    !/[/\\:?#%\u0000-\u001F\u007F-\u009F]/.test(name)
  );
}

/** A manifest read, and what was dropped from it, one reason each. */
export interface CheckedManifest {
  manifest: DatasetManifest;
  problems: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
/** A name from the manifest, as a message may quote it: short, and printable. */
const quoted = (value: unknown) => JSON.stringify(displayText(String(value)).slice(0, 60));

/** [south, west, north, east], each a degree in range, south of north and west of east. */
function isBox(v: unknown): v is [number, number, number, number] {
  if (!Array.isArray(v) || v.length !== 4 || !v.every((n) => Number.isFinite(n))) return false;
  const [south, west, north, east] = v as number[] as [number, number, number, number];
  return -90 <= south && south <= north && north <= 90 && -180 <= west && west <= east && east <= 180;
}

/**
 * Checks a manifest: a wrong field is dropped (text and dates become empty, a shard without a
 * usable box or a département's doors without a usable count are left out), each with a reason;
 * a manifest that is no dataset's, names a file outside its folder, or lists more files than
 * `DATASET_LIMITS` is refused whole (`DataError`, with its code).
 */
export function checkManifest(value: unknown, path = 'manifest.json'): CheckedManifest {
  if (!isObject(value) || value.format !== 'mediation-finder-dataset' || !isObject(value.shards))
    throw new DataError(`${path}: not a mediation-finder dataset manifest`, 'invalid', 'not-a-dataset');
  const problems: string[] = [];
  const doors = value.doors === undefined ? {} : value.doors;
  const directory = value.directory === undefined ? {} : value.directory;
  for (const [field, list] of [
    ['doors', doors],
    ['directory', directory],
  ] as const)
    if (!isObject(list))
      throw new DataError(`${path}: ${field} is no list of files`, 'invalid', 'not-a-dataset');
  const shardEntries = Object.entries(value.shards);
  const doorEntries = Object.entries(doors as Record<string, unknown>);
  if (shardEntries.length > DATASET_LIMITS.shards)
    throw new DataError(
      `${path}: ${shardEntries.length} shards, more than the ${DATASET_LIMITS.shards} a search may fetch`,
      'invalid',
      'too-many-files',
    );
  const unsafe = (name: unknown) =>
    new DataError(
      `${path}: ${quoted(name)} is not a file of the dataset (a plain file name in its folder)`,
      'invalid',
      'unsafe-file-name',
    );

  const shards: DatasetManifest['shards'] = {};
  for (const [code, entry] of shardEntries) {
    if (!isObject(entry)) {
      problems.push(`shard ${quoted(code)}: invalid, left out`);
      continue;
    }
    if (!isPlainFileName(entry.file)) throw unsafe(entry.file);
    if (!isBox(entry.bounds)) {
      problems.push(`shard ${quoted(code)}: invalid bounds, left out`);
      continue;
    }
    shards[code] = {
      file: entry.file,
      places: isCount(entry.places) ? entry.places : 0,
      bounds: entry.bounds,
    };
  }

  const checkedDoors: DatasetManifest['doors'] = {};
  for (const [code, entry] of doorEntries) {
    if (!isObject(entry)) {
      problems.push(`doors ${quoted(code)}: invalid, left out`);
      continue;
    }
    const places = isCount(entry.places) ? entry.places : 0;
    if ('parts' in entry) {
      if (!(isCount(entry.parts) && entry.parts >= 1)) {
        problems.push(`doors ${quoted(code)}: invalid parts, left out`);
        continue;
      }
      if (entry.parts > DATASET_LIMITS.doorParts)
        throw new DataError(
          `${path}: the doors of ${quoted(code)} come in ${entry.parts} parts, more than ${DATASET_LIMITS.doorParts}`,
          'invalid',
          'too-many-files',
        );
      // A dataset built with content hashes names its parts with one hash.
      const hash = entry.hash;
      if (hash !== undefined && !(typeof hash === 'string' && /^[0-9a-f]{1,64}$/.test(hash))) {
        problems.push(`doors ${quoted(code)}: invalid hash, left out`);
        continue;
      }
      const named = hash === undefined ? { parts: entry.parts } : { parts: entry.parts, hash };
      if (!isPlainFileName(doorsFileOf(code, named, 0))) throw unsafe(doorsFileOf(code, named, 0));
      checkedDoors[code] = { places, ...named };
    } else {
      if (!isPlainFileName(entry.file)) throw unsafe(entry.file);
      checkedDoors[code] = { places, file: entry.file };
    }
  }

  const checkedDirectory: DatasetManifest['directory'] = {};
  for (const [code, entry] of Object.entries(directory as Record<string, unknown>)) {
    // Never read by a search: a wrong entry is only left out.
    if (isObject(entry) && isPlainFileName(entry.file))
      checkedDirectory[code] = { file: entry.file, places: isCount(entry.places) ? entry.places : 0 };
    else problems.push(`directory ${quoted(code)}: invalid, left out`);
  }

  const text = (field: 'attribution' | 'licence'): string => {
    const v = value[field];
    if (typeof v === 'string') return displayText(v).trim();
    problems.push(`${field}: not text, left out`);
    return '';
  };
  const dataDate = isIsoDate(value.dataDate) ? value.dataDate : '';
  // "" is the build's own "no row has a believable date" (validate says the same), not a fault.
  if (!dataDate && value.dataDate !== '') problems.push('dataDate: invalid, left out');
  const places = isCount(value.places) ? value.places : 0;
  if (!isCount(value.places)) problems.push('places: invalid, left out');
  const manifest = {
    ...value,
    attribution: text('attribution'),
    licence: text('licence'),
    dataDate,
    places,
    sources: Array.isArray(value.sources) ? value.sources.filter(isObject) : [],
    shards,
    doors: checkedDoors,
    directory: checkedDirectory,
  } as unknown as DatasetManifest;
  return { manifest, problems };
}
