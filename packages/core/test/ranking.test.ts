import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Location } from '../src/geo/location.js';
import type { Need } from '../src/routing/need.js';
import { orient } from '../src/routing/orient.js';
import { AT, needsSharedData, randomNeed, realDeployment, realGazetteer, seeded, where } from './helpers.js';

const random = seeded;

describe('one ranking', needsSharedData, () => {
  const { index, doorsOf } = realDeployment();
  const LIMIT = 10;
  const run = (location: Location, need: Need, limit: number) =>
    orient(index, location, need, { at: AT, limit, doors: doorsOf(location.territory?.departement) });
  const ids = (location: Location, need: Need, limit: number) =>
    run(location, need, limit).results.map((r) => r.id);

  test('Toulouse: France Services Toulouse-Les Minimes is not crowded out at 5 by places known only by their town', () => {
    const toulouse = where('Toulouse');
    const at5 = run(toulouse, {}, 5).results;
    const at10 = run(toulouse, {}, 10).results;
    assert.deepEqual(
      at5.map((r) => r.id),
      at10.slice(0, 5).map((r) => r.id),
    );
    assert.ok(
      at5.some((r) => /Toulouse-Les Minimes/.test(r.nom)),
      at5.map((r) => r.nom).join(', '),
    );
  });

  test('the answer at every limit is the first places of the answer at 10, on random positions and needs', () => {
    const next = random(22);
    const gazetteer = realGazetteer();
    const communes = gazetteer.communes.filter((c) => c.latitude !== null && c.type === 'COM');
    const places = index.places;
    let checked = 0;
    let shorter = 0;
    for (let n = 0; n < 240; n++) {
      let location: Location;
      if (n % 2 === 0) {
        // Beside a real place (where places are dense, and where town-only positions sit).
        const place = places[Math.floor(next() * places.length)];
        assert.ok(place);
        location = {
          latitude: place.latitude + (next() - 0.5) * 0.06,
          longitude: place.longitude + (next() - 0.5) * 0.08,
          label: 'near a place',
        };
      } else {
        const commune = communes[Math.floor(next() * communes.length)];
        assert.ok(commune);
        location = {
          latitude: commune.latitude as number,
          longitude: commune.longitude as number,
          label: commune.name,
          territory: gazetteer.territoryOf(commune),
        };
      }
      const need = randomNeed(next);
      const full = ids(location, need, LIMIT);
      if (full.length < LIMIT) shorter++;
      for (let limit = 1; limit < LIMIT; limit++) {
        assert.deepEqual(
          ids(location, need, limit),
          full.slice(0, limit),
          `${location.label} (${location.latitude.toFixed(3)}, ${location.longitude.toFixed(3)}) ${JSON.stringify(need)} at limit ${limit}`,
        );
        checked++;
      }
    }
    assert.ok(checked === 240 * (LIMIT - 1) && shorter < 240, `${checked} checked, ${shorter} short lists`);
  });
});
