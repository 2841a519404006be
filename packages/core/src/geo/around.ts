/**
 * The points of a kdbush index nearest a location, nearest first, as geokdbush's `around`
 * (geokdbush 2.1.0, © Vladimir Agafonkin, ISC licence: https://github.com/mourner/geokdbush), with
 * two changes that make a filtered search cost what its radius holds, not the whole index:
 * - the search stops at the first tree node beyond `maxKm` (geokdbush descends every node when
 *   the filter rejects all the points within the radius: the places of the Pacific, where no
 *   place of a kind lies within 120 km, cost a walk over the 13,000 places of France each time);
 * - a point beyond `maxKm` is dropped before the filter is asked about it.
 * The answers are the same points in the same order.
 */
import type KDBush from 'kdbush';

const EARTH_RADIUS_KM = 6371;
const RAD = Math.PI / 180;

interface Point {
  id: number;
  dist: number;
}

interface Node {
  left: number;
  right: number;
  axis: 0 | 1;
  dist: number;
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

type Entry = Point | Node;

/** The ids of the points within `maxKm`, nearest first, at most `maxResults`, that `accept` keeps. */
export function around(
  index: KDBush,
  lng: number,
  lat: number,
  maxResults = Number.POSITIVE_INFINITY,
  maxKm = Number.POSITIVE_INFINITY,
  accept?: (id: number) => boolean,
): number[] {
  const result: number[] = [];
  if (maxResults <= 0) return result;
  const maxDist = Number.isFinite(maxKm) ? haverSin(Math.min(maxKm / EARTH_RADIUS_KM, Math.PI)) : 1;
  const queue = new Heap();
  const cosLat = Math.cos(lat * RAD);
  const { ids, coords, nodeSize } = index as unknown as {
    ids: ArrayLike<number>;
    coords: ArrayLike<number>;
    nodeSize: number;
  };
  const consider = (i: number) => {
    const id = ids[i] as number;
    const dist = haverSinDist(lng, lat, coords[2 * i] as number, coords[2 * i + 1] as number, cosLat);
    if (dist <= maxDist && (!accept || accept(id))) queue.push({ id, dist });
  };
  let node: Node | undefined = {
    left: 0,
    right: ids.length - 1,
    axis: 0,
    dist: 0,
    minLng: -180,
    minLat: -90,
    maxLng: 180,
    maxLat: 90,
  };
  while (node) {
    const { left, right } = node;
    if (right - left <= nodeSize) {
      for (let i = left; i <= right; i++) consider(i);
    } else {
      const m = (left + right) >> 1;
      const midLng = coords[2 * m] as number;
      const midLat = coords[2 * m + 1] as number;
      consider(m);
      const axis = node.axis === 0 ? 1 : 0;
      const low: Node = {
        left,
        right: m - 1,
        axis,
        minLng: node.minLng,
        minLat: node.minLat,
        maxLng: node.axis === 0 ? midLng : node.maxLng,
        maxLat: node.axis === 1 ? midLat : node.maxLat,
        dist: 0,
      };
      const high: Node = {
        left: m + 1,
        right,
        axis,
        minLng: node.axis === 0 ? midLng : node.minLng,
        minLat: node.axis === 1 ? midLat : node.minLat,
        maxLng: node.maxLng,
        maxLat: node.maxLat,
        dist: 0,
      };
      low.dist = boxDist(lng, lat, cosLat, low);
      high.dist = boxDist(lng, lat, cosLat, high);
      // A node is no nearer than its box: one beyond the radius holds nothing to find.
      if (low.dist <= maxDist) queue.push(low);
      if (high.dist <= maxDist) queue.push(high);
    }
    // The points at the front are nearer than anything left in the nodes behind them.
    let next = queue.pop();
    while (next && 'id' in next) {
      result.push(next.id);
      if (result.length >= maxResults) return result;
      next = queue.pop();
    }
    node = next;
  }
  return result;
}

/** A lower bound of the distance from a location to the points of a box. */
function boxDist(lng: number, lat: number, cosLat: number, node: Node): number {
  const { minLng, maxLng, minLat, maxLat } = node;
  if (lng >= minLng && lng <= maxLng) {
    if (lat < minLat) return haverSin((lat - minLat) * RAD);
    if (lat > maxLat) return haverSin((lat - maxLat) * RAD);
    return 0;
  }
  const haverSinDLng = Math.min(haverSin((lng - minLng) * RAD), haverSin((lng - maxLng) * RAD));
  const extremumLat = vertexLat(lat, haverSinDLng);
  if (extremumLat > minLat && extremumLat < maxLat)
    return haverSinDistPartial(haverSinDLng, cosLat, lat, extremumLat);
  return Math.min(
    haverSinDistPartial(haverSinDLng, cosLat, lat, minLat),
    haverSinDistPartial(haverSinDLng, cosLat, lat, maxLat),
  );
}

function haverSin(theta: number): number {
  const s = Math.sin(theta / 2);
  return s * s;
}

function haverSinDistPartial(haverSinDLng: number, cosLat1: number, lat1: number, lat2: number): number {
  return cosLat1 * Math.cos(lat2 * RAD) * haverSinDLng + haverSin((lat1 - lat2) * RAD);
}

function haverSinDist(lng1: number, lat1: number, lng2: number, lat2: number, cosLat1: number): number {
  return haverSinDistPartial(haverSin((lng1 - lng2) * RAD), cosLat1, lat1, lat2);
}

function vertexLat(lat: number, haverSinDLng: number): number {
  const cosDLng = 1 - 2 * haverSinDLng;
  if (cosDLng <= 0) return lat > 0 ? 90 : -90;
  return Math.atan(Math.tan(lat * RAD) / cosDLng) / RAD;
}

/** A binary min-heap on `dist` (geokdbush uses tinyqueue, the same structure). */
class Heap {
  readonly #items: Entry[] = [];

  push(item: Entry): void {
    const items = this.#items;
    let pos = items.length;
    items.push(item);
    while (pos > 0) {
      const parent = (pos - 1) >> 1;
      const current = items[parent] as Entry;
      if (item.dist >= current.dist) break;
      items[pos] = current;
      pos = parent;
    }
    items[pos] = item;
  }

  pop(): Entry | undefined {
    const items = this.#items;
    const top = items[0];
    const bottom = items.pop();
    if (items.length === 0 || bottom === undefined) return top;
    const half = items.length >> 1;
    let pos = 0;
    while (pos < half) {
      let child = 2 * pos + 1;
      const right = child + 1;
      if (right < items.length && (items[right] as Entry).dist < (items[child] as Entry).dist) child = right;
      if ((items[child] as Entry).dist >= bottom.dist) break;
      items[pos] = items[child] as Entry;
      pos = child;
    }
    items[pos] = bottom;
    return top;
  }
}
