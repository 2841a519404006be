/**
 * Index build and orientation latency on the real places replicated with jitter to 100,000.
 * The baseline does the same work without the index: the same orient(), the same needs, but each
 * nearest-places query a linear scan of every place (sorted by distance, then filtered as the
 * tree is), so that the speed-up is the index's alone. Prints figures; asserts nothing.
 *   pnpm bench            (after "pnpm run build", which builds packages/core/data)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { distanceKm } from '../src/geo/distance.js';
import type { Place } from '../src/places/place.js';
import { PROCEDURES } from '../src/procedures/catalogue.js';
import { DIFFICULTIES, type Need } from '../src/routing/need.js';
import { type Location, orient } from '../src/routing/orient.js';
import { KIND_BIT, PlaceIndex } from '../src/routing/place-index.js';
import { random } from './random.js';

const DATA = new URL('../data/places/', import.meta.url);
const TARGET = Number(process.env.BENCH_PLACES ?? 100_000);
const QUERIES = 2_000;
const RUNS = 5;
/** The baseline is about a hundred times slower: fewer needs, the same ones. */
const BASELINE_QUERIES = 200;

const real: Place[] = readdirSync(DATA)
  .filter((f) => f.startsWith('places-'))
  .flatMap((f) => JSON.parse(readFileSync(new URL(f, DATA), 'utf8')) as Place[]);
const rand = random(42);
const places: Place[] = [];
for (let i = 0; i < TARGET; i++) {
  const base = real[i % real.length] as Place;
  places.push(
    i < real.length
      ? base
      : {
          ...base,
          id: `${base.id}~${i}`,
          latitude: base.latitude + (rand() - 0.5) * 0.04,
          longitude: base.longitude + (rand() - 0.5) * 0.06,
        },
  );
}

// BENCH_FRESH=1: every place gets its own strings and arrays, as JSON.parse of a 100k file gives.
if (process.env.BENCH_FRESH)
  places.splice(0, places.length, ...(JSON.parse(JSON.stringify(places)) as Place[]));

const stats = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return { min: sorted[0] as number, p50: at(0.5), p95: at(0.95) };
};
const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);

// Index build.
const builds: number[] = [];
let index = new PlaceIndex(places.slice(0, 10));
for (let run = 0; run < RUNS; run++) {
  const t = performance.now();
  index = new PlaceIndex(places);
  builds.push(performance.now() - t);
}

// Queries: near a random real place, with a random need.
const queryRand = random(7);
const queries: Array<{ location: Location; need: Need }> = [];
for (let i = 0; i < QUERIES; i++) {
  const base = real[Math.floor(queryRand() * real.length)] as Place;
  const procedure = PROCEDURES[Math.floor(queryRand() * PROCEDURES.length)]?.id;
  const difficulty =
    queryRand() < 0.3 ? undefined : DIFFICULTIES[Math.floor(queryRand() * DIFFICULTIES.length)];
  queries.push({
    location: {
      latitude: base.latitude + (queryRand() - 0.5) * 0.1,
      longitude: base.longitude + (queryRand() - 0.5) * 0.1,
      label: 'bench',
    },
    need: { ...(procedure ? { procedure } : {}), ...(difficulty ? { difficulty } : {}) },
  });
}
const at = new Date('2026-11-24T10:00:00+01:00');
for (const q of queries.slice(0, 200)) orient(index, q.location, q.need, { at }); // warm-up

const indexed: number[] = [];
for (let run = 0; run < RUNS; run++) {
  for (const q of queries) {
    const t = performance.now();
    orient(index, q.location, q.need, { at });
    indexed.push(performance.now() - t);
  }
}

/** The same index, its nearest-places queries answered by scanning every place. */
class ScanIndex extends PlaceIndex {
  override nearest(
    latitude: number,
    longitude: number,
    maxResults: number,
    maxKm: number,
    of: { kind?: keyof typeof KIND_BIT; typologies?: readonly string[] } = {},
    accept?: (i: number) => boolean,
  ): number[] {
    const bit = of.kind ? KIND_BIT[of.kind] : 0;
    const within: Array<[number, number]> = [];
    for (let i = 0; i < this.places.length; i++) {
      const place = this.places[i] as Place;
      if (bit && !((this.kinds[i] as number) & bit)) continue;
      if (of.typologies && !of.typologies.some((t) => place.typologie.includes(t))) continue;
      const d = distanceKm(latitude, longitude, place.latitude, place.longitude);
      if (d <= maxKm) within.push([i, d]);
    }
    within.sort((a, b) => a[1] - b[1]);
    const found: number[] = [];
    for (const [i] of within) {
      if (found.length >= maxResults) break;
      if (!accept || accept(i)) found.push(i);
    }
    return found;
  }
}
const scan = new ScanIndex(places);
const baseline: number[] = [];
let same = 0;
for (const q of queries.slice(0, BASELINE_QUERIES)) {
  const t = performance.now();
  const scanned = orient(scan, q.location, q.need, { at });
  baseline.push(performance.now() - t);
  const ids = (o: ReturnType<typeof orient>) => o.results.map((r) => r.id).join();
  if (ids(scanned) === ids(orient(index, q.location, q.need, { at }))) same++;
}

const b = stats(builds);
const o = stats(indexed);
const n = stats(baseline);
console.log(
  `places: ${places.length} (${real.length} real, replicated with jitter${process.env.BENCH_FRESH ? ', own strings' : ''}), node ${process.version}`,
);
console.log(`index build      min ${fmt(b.min)}  median ${fmt(b.p50)}  (${RUNS} runs)`);
console.log(
  `orientation      p50 ${fmt(o.p50)}  p95 ${fmt(o.p95)}  (${QUERIES} needs × ${RUNS} runs: orient() with its index, 10 places with their reasons)`,
);
console.log(
  `without index    p50 ${fmt(n.p50)}  p95 ${fmt(n.p95)}  (the first ${BASELINE_QUERIES} needs, once: the same orient(), each query a scan of every place)`,
);
console.log(
  `speed-up         ${(n.p50 / o.p50).toFixed(0)}× at p50; the same places in ${same} of ${BASELINE_QUERIES} answers`,
);
