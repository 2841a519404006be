import type { DatasetManifest } from '../dataset/build.js';
import { checkManifest } from '../dataset/manifest.js';
import { distanceToBoxKm } from '../geo/distance.js';
import { Gazetteer } from '../geo/gazetteer.js';
import { firstCircleFileOf, POSTAL_FILE_DIGITS } from '../geo/postal-digits.js';
import type { OrientOptions } from '../routing/orient.js';
import { fetchSteps } from '../routing/widening.js';

/**
 * The shard files whose places' box comes within `km` of a point (its nearest point, not its
 * corner; 1 km spare for the flat-map approximation), each once, sorted: what
 * `DatasetPlaces.around` reads.
 */
export function shardFilesAround(
  shards: DatasetManifest['shards'],
  latitude: number,
  longitude: number,
  km: number,
): string[] {
  const files = Object.values(shards)
    .filter(({ bounds }) => distanceToBoxKm(latitude, longitude, bounds) <= km + 1)
    .map((shard) => shard.file);
  return [...new Set(files)].sort();
}

/**
 * The shard files a search's first step reads, from the dataset's manifest and the gazetteer
 * file a postal code's digits name (`gazetteerFilesOfPostalDigits`), without the rest of the
 * search: the widget's first script asks for them as soon as those files have come, before the
 * finder's code has arrived. The postal code's commune as the search locates it (the most
 * specific, then most populated, with a centre); a position as it is. Names only from a manifest
 * that `checkManifest` accepts; none when anything is missing or wrong (the search, later, says
 * why).
 */
export function firstShardFiles(
  manifest: unknown,
  gazetteers: readonly string[],
  where: string | { latitude: number; longitude: number },
  options: Pick<OrientOptions, 'maxKm' | 'radiusKm' | 'widenSteps'> = {},
): string[] {
  try {
    return firstFilesIn(checkManifest(manifest, 'manifest.json').manifest.shards, gazetteers, where, options);
  } catch {
    return [];
  }
}

function firstFilesIn(
  shards: DatasetManifest['shards'],
  gazetteers: readonly string[],
  where: string | { latitude: number; longitude: number },
  options: Pick<OrientOptions, 'maxKm' | 'radiusKm' | 'widenSteps'> = {},
): string[] {
  const [km] = fetchSteps(options);
  const at =
    typeof where === 'string'
      ? Gazetteer.join(gazetteers.map((text) => Gazetteer.parse(text, (line) => line.includes(where))))
          .byPostalCode(where)
          .find((commune) => commune.latitude !== null && commune.longitude !== null)
      : where;
  if (!at || km === undefined) return [];
  return shardFilesAround(shards, at.latitude as number, at.longitude as number, km);
}

/**
 * The first circle's shard files of every postal code, as `firstShardFiles` names them, in one
 * file per postal codes' gazetteer file (`firstCircleFileOf`: `first-circle/770.json`, holding
 * `{"77000": ["places-77-1-….json", …], …}`, a few hundred bytes): a preset finder's first
 * script reads its code's list instead of the whole manifest (9 KB, checked on a slow phone's
 * main thread) before asking for its places. Built with the dataset and the gazetteer it was
 * placed with, by the data folder's path; a code without a located commune has no list.
 */
export function firstCircleFiles(
  manifest: DatasetManifest,
  gazetteerFiles: ReadonlyMap<string, string>,
): Map<string, string> {
  const { shards } = checkManifest(manifest, 'manifest.json').manifest;
  const lists = new Map<string, Record<string, string[]>>();
  for (const [name, text] of gazetteerFiles) {
    if (!name.startsWith('postal/')) continue;
    const codes = new Set(Gazetteer.parse(text).communes.flatMap((commune) => commune.postalCodes));
    for (const code of [...codes].sort()) {
      const path = firstCircleFileOf(code);
      // A file holds its own digits' codes (a commune's other codes are in their own file).
      if (!path || `postal/${code.slice(0, POSTAL_FILE_DIGITS)}.tsv` !== name) continue;
      const list = firstFilesIn(shards, [text], code);
      if (!list.length) continue;
      const file = lists.get(path) ?? {};
      file[code] = list;
      lists.set(path, file);
    }
  }
  return new Map([...lists].map(([path, file]) => [path, JSON.stringify(file)]));
}
