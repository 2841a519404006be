import type { DatasetManifest } from '../dataset/build.js';
import { checkManifest } from '../dataset/manifest.js';
import { distanceToBoxKm } from '../geo/distance.js';
import { Gazetteer } from '../geo/gazetteer.js';
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
    const { shards } = checkManifest(manifest, 'manifest.json').manifest;
    const [km] = fetchSteps(options);
    const at =
      typeof where === 'string'
        ? Gazetteer.join(gazetteers.map((text) => Gazetteer.parse(text, (line) => line.includes(where))))
            .byPostalCode(where)
            .find((commune) => commune.latitude !== null && commune.longitude !== null)
        : where;
    if (!at || km === undefined) return [];
    return shardFilesAround(shards, at.latitude as number, at.longitude as number, km);
  } catch {
    return [];
  }
}
