/**
 * Index build and orientation latency on the real places replicated with jitter to 100,000,
 * against a naive linear scan in the same run. Prints figures; asserts nothing.
 *   pnpm bench            (after "pnpm run build", which builds packages/core/data)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { distanceKm } from '../src/geo/distance.js';
import type { Place } from '../src/places/place.js';
import { PROCEDURES } from '../src/procedures/catalogue.js';
import { DIFFICULTIES, type Need } from '../src/routing/need.js';
import { type Location, orient } from '../src/routing/orient.js';
import { kindsOf, PlaceIndex } from '../src/routing/place-index.js';
import { random } from './random.js';

const DATA = new URL('../data/places/', import.meta.url);
const TARGET = Number(process.env.BENCH_PLACES ?? 100_000);
const QUERIES = 2_000;
const RUNS = 5;

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

// Naive: every place's kinds computed once (as the index does), then a full scan per query for
// the places of the needed kinds within 15 km, sorted by distance.
const kinds = places.map(kindsOf);
const naive: number[] = [];
for (const q of queries.slice(0, 200)) {
  const t = performance.now();
  const found: Array<[number, number]> = [];
  for (let i = 0; i < places.length; i++) {
    if (!kinds[i]) continue;
    const p = places[i] as Place;
    const d = distanceKm(q.location.latitude, q.location.longitude, p.latitude, p.longitude);
    if (d <= 15) found.push([i, d]);
  }
  found.sort((a, b) => a[1] - b[1]);
  naive.push(performance.now() - t);
}

const b = stats(builds);
const o = stats(indexed);
const n = stats(naive);
console.log(
  `places: ${places.length} (${real.length} real, replicated with jitter${process.env.BENCH_FRESH ? ', own strings' : ''}), node ${process.version}`,
);
console.log(`index build      min ${fmt(b.min)}  median ${fmt(stats(builds).p50)}  (${RUNS} runs)`);
console.log(
  `orientation      p50 ${fmt(o.p50)}  p95 ${fmt(o.p95)}  (${indexed.length} queries, 10 results with their reasons)`,
);
console.log(
  `naive scan       p50 ${fmt(n.p50)}  p95 ${fmt(n.p95)}  (${naive.length} queries, distance filter and sort only)`,
);
console.log(`speed-up         ${(n.p50 / o.p50).toFixed(0)}× at p50`);
