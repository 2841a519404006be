import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { publishedPlace } from '../src/dataset/published.js';
import { orientationToJson } from '../src/json/orientation.js';
import { checkPublishedPlaces } from '../src/places/published.js';
import { orient } from '../src/routing/orient.js';
import { PlaceIndex } from '../src/routing/place-index.js';
import { AT, needsSharedData, randomNeed, realDeployment, realGazetteer, seeded } from './helpers.js';

describe('a published place', needsSharedData, () => {
  test('carries no legacy values, no detailed presentation and its sources’ publishers only', () => {
    const { places } = realDeployment();
    const published = places.map(publishedPlace);
    assert.ok(places.some((p) => p.legacy) && places.some((p) => p.presentation_detail));
    assert.ok(published.every((p) => !('legacy' in p) && !('presentation_detail' in p)));
    assert.ok(
      published.every((p, i) => p.provenance.every((s, j) => s.source === places[i]?.provenance[j]?.source)),
    );
    const bytes = (list: unknown) => JSON.stringify(list).length;
    assert.ok(bytes(published) < bytes(places) * 0.85, `${bytes(published)} of ${bytes(places)}`);
  });

  test('passes the finders’ field-by-field check unchanged: every field known, every value as the reader wrote it', () => {
    const { places, doors } = realDeployment();
    const published = [...places, ...[...doors.values()].flat()].map(publishedPlace);
    const checked = checkPublishedPlaces(JSON.parse(JSON.stringify(published)));
    assert.deepEqual(checked.problems, []);
    assert.equal(checked.dropped, 0);
    assert.deepEqual(checked.places, published);
  });

  test('gives every answer the full place gives (1,500 random needs in random communes, doors included)', () => {
    const { places, doors } = realDeployment();
    const full = new PlaceIndex(places);
    const published = new PlaceIndex(places.map(publishedPlace));
    const publishedDoors = new Map([...doors].map(([code, list]) => [code, list.map(publishedPlace)]));
    const communes = realGazetteer().communes.filter((c) => c.type === 'COM' && c.latitude !== null);
    const gazetteer = realGazetteer();
    const next = seeded(24);
    for (let n = 0; n < 1500; n++) {
      const commune = communes[Math.floor(next() * communes.length)];
      assert.ok(commune);
      const location = {
        latitude: commune.latitude as number,
        longitude: commune.longitude as number,
        label: commune.name,
        territory: gazetteer.territoryOf(commune),
      };
      const need = randomNeed(next);
      const code = commune.departement;
      const answer = (index: PlaceIndex, own: Map<string, unknown[]>) =>
        orientationToJson(
          orient(index, location, need, { at: AT, doors: (own.get(code) ?? []) as typeof places }),
        );
      assert.deepEqual(
        answer(published, publishedDoors),
        answer(full, doors),
        `${commune.name} ${JSON.stringify(need)}`,
      );
    }
  });
});
