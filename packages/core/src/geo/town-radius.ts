import KDBush from 'kdbush';
import { around } from './around.js';
import { distanceKm } from './distance.js';
import type { Commune, Gazetteer } from './gazetteer.js';

/**
 * About how far a point of a commune may lie from its centre: half the distance to the nearest
 * other commune's centre (an arrondissement's to the nearest arrondissement's), between 0.5 and
 * 10 km. Readers give it to a place known only by its town, which is then never "0 km away".
 * Only readers need it: it stays out of the gazetteer that the widget loads.
 */
export function townRadiusKm(gazetteer: Gazetteer, commune: Commune): number {
  if (commune.latitude === null || commune.longitude === null) return MAX_KM;
  const cache = cacheOf(gazetteer);
  const known = cache.radii.get(commune);
  if (known !== undefined) return known;
  const { tree, communes } = cache;
  // A city's centre is surrounded by its own arrondissements: compare like with like.
  const level = commune.type === 'ARM' ? 'ARM' : 'COM';
  const nearest = around(tree, commune.longitude, commune.latitude, 1, 50, (i: number) => {
    const other = communes[i] as Commune;
    return other.type === level && other.insee !== commune.insee && other.insee !== commune.parent;
  }) as number[];
  const other = nearest[0] !== undefined ? communes[nearest[0]] : undefined;
  const half =
    other?.latitude != null && other.longitude != null
      ? distanceKm(commune.latitude, commune.longitude, other.latitude, other.longitude) / 2
      : MAX_KM;
  const radius = Math.round(Math.min(MAX_KM, Math.max(MIN_KM, half)) * 10) / 10;
  cache.radii.set(commune, radius);
  return radius;
}

const MIN_KM = 0.5;
const MAX_KM = 10;

interface Cache {
  tree: KDBush;
  communes: Commune[];
  radii: Map<Commune, number>;
}

const caches = new WeakMap<Gazetteer, Cache>();

/** Commune and arrondissement centres in a spatial index, built once per gazetteer. */
function cacheOf(gazetteer: Gazetteer): Cache {
  let cache = caches.get(gazetteer);
  if (!cache) {
    const communes = gazetteer.communes.filter(
      (c) => c.latitude !== null && c.longitude !== null && (c.type === 'COM' || c.type === 'ARM'),
    );
    const tree = new KDBush(communes.length, 64, Float32Array);
    for (const c of communes) tree.add(c.longitude as number, c.latitude as number);
    tree.finish();
    cache = { tree, communes, radii: new Map() };
    caches.set(gazetteer, cache);
  }
  return cache;
}
