import assert from 'node:assert/strict';
import { test } from 'node:test';
import { around as geokdbushAround } from 'geokdbush';
import KDBush from 'kdbush';
import { around } from '../src/geo/around.js';
import { seeded } from './helpers.js';

const random = seeded;

// Points as the places are: clustered in mainland France, a few overseas and in the Pacific.
const next = random(42);
const points: Array<[number, number]> = [];
for (let i = 0; i < 5000; i++) points.push([-5 + next() * 13, 42 + next() * 9]);
for (let i = 0; i < 200; i++) points.push([-61.8 + next() * 1.2, 14.4 + next() * 2]);
for (let i = 0; i < 50; i++) points.push([166 + next() * 2, -22.5 + next()]);
const index = new KDBush(points.length);
for (const [lng, lat] of points) index.add(lng, lat);
index.finish();

test('the same points, nearest first, as geokdbush, with and without a filter', () => {
  const rnd = random(7);
  for (let q = 0; q < 300; q++) {
    const [lng, lat] =
      q % 10 === 0 ? [-176.2, -13.3] : (points[Math.floor(rnd() * points.length)] as [number, number]);
    const maxResults = [1, 5, 10, Number.POSITIVE_INFINITY][q % 4] as number;
    const maxKm = [15, 60, 120, Number.POSITIVE_INFINITY][(q >> 2) % 4] as number;
    const keep = q % 3 === 0 ? undefined : (id: number) => id % (q % 3 === 1 ? 7 : 97) === 0;
    const expected = geokdbushAround(index, lng, lat, maxResults, maxKm, keep);
    const found = around(index, lng, lat, maxResults, maxKm, keep);
    // Points at exactly the same distance may come in another order: compare the distances in
    // order, and the sets.
    const km = (id: number) => {
      const [x, y] = points[id] as [number, number];
      return Math.hypot((x - lng) * Math.cos((lat * Math.PI) / 180), y - lat);
    };
    assert.deepEqual(found.map(km), expected.map(km), `query ${q}`);
    assert.deepEqual([...found].sort(), [...expected].sort(), `query ${q}`);
  }
});

test('a filter that rejects everything is asked only about the points within the radius', () => {
  // Wallis: nothing within 120 km. geokdbush asks the filter about every point of the index.
  let asked = 0;
  const none = () => {
    asked++;
    return false;
  };
  assert.deepEqual(around(index, -176.2, -13.3, 10, 120, none), []);
  assert.equal(asked, 0);
  let askedThere = 0;
  geokdbushAround(index, -176.2, -13.3, 10, 120, () => {
    askedThere++;
    return false;
  });
  assert.equal(askedThere, points.length, 'geokdbush walks the whole index');
  // In Paris, only the points within 15 km are asked about.
  asked = 0;
  around(index, 2.35, 48.85, 10, 15, none);
  const within = points.filter(([x, y]) => Math.hypot((x - 2.35) * 0.66, y - 48.85) * 111 < 16).length;
  assert.ok(asked <= within, `${asked} asked, ${within} within`);
});
