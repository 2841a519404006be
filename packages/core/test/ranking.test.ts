import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Location } from '../src/geo/location.js';
import { PROCEDURES } from '../src/procedures/catalogue.js';
import { DIFFICULTIES, MODALITY_IDS, type Need, PUBLIC_IDS, SUPPORT_IDS } from '../src/routing/need.js';
import { orient } from '../src/routing/orient.js';
import { SITUATIONS } from '../src/routing/remote.js';
import { needsSharedData, realDeployment, realGazetteer, seeded, where } from './helpers.js';

/** Tuesday 24 November 2026, 10:00 in Paris. */
const AT = new Date('2026-11-24T10:00:00+01:00');

const random = seeded;

/** A random need of the catalogue: a procedure or none, a difficulty or none, filters, situations. */
function randomNeed(next: () => number): Need {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const some = <T>(list: readonly T[], p: number): T[] => list.filter(() => next() < p);
  const procedure = next() < 0.85 ? pick(PROCEDURES).id : undefined;
  const difficulty = next() < 0.8 ? pick(DIFFICULTIES) : undefined;
  const need: Need = {
    ...(procedure ? { procedure } : {}),
    ...(difficulty ? { difficulty } : {}),
    ...(next() < 0.15 ? { cannotTravel: true } : {}),
    ...(next() < 0.1 ? { freeOnly: true } : {}),
    ...(next() < 0.1 ? { withoutAppointment: true } : {}),
    ...(next() < 0.05 ? { openAt: AT } : {}),
  };
  const publics = some(Object.keys(PUBLIC_IDS), 0.08);
  const support = some(Object.keys(SUPPORT_IDS), 0.08);
  const modalities = some(Object.keys(MODALITY_IDS), 0.04);
  const situations = difficulty === 'situation' ? some(SITUATIONS, 0.3) : [];
  if (publics.length) need.publics = publics;
  if (support.length) need.support = support;
  if (modalities.length) need.modalities = modalities;
  if (situations.length) need.situations = situations;
  return need;
}

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
