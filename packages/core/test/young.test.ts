import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { distanceKm } from '../src/geo/distance.js';
import type { Place } from '../src/places/place.js';
import { DIFFICULTIES } from '../src/routing/need.js';
import { orient } from '../src/routing/orient.js';
import { AT, needsSharedData, realDeployment, realGazetteer, where } from './helpers.js';

const missionLocale = (place: Place) => place.typologie.includes('ML');

describe('a young person registering with France Travail', needsSharedData, () => {
  const { index, doorsOf } = realDeployment();
  const missions = index.places
    .map((place, i) => ({ place, departement: index.entry(i).departement }))
    .filter(({ place }) => missionLocale(place));

  test('is sent to their Mission locale first when it is within 5 km, and it is listed whenever it is within 15 km; nobody else is', () => {
    // Sarcelles, Chamonix: the Mission locale, which registers the young people it accompanies
    // with France Travail itself, was never offered (no kind of help stood for it). Theirs is one
    // of their commune, else the nearest of their département (mission-locale.test.ts).
    const communes = realGazetteer().communes.filter(
      (c, i) => i % 20 === 0 && c.type === 'COM' && c.latitude !== null && c.postalCodes.length > 0,
    );
    let first = 0;
    let listed = 0;
    let homeListed = 0;
    let phoned = 0;
    for (const commune of communes) {
      const location = where(`${commune.name} ${commune.postalCodes[0]}`);
      const { territory } = location;
      const km = (p: Place) => distanceKm(location.latitude, location.longitude, p.latitude, p.longitude);
      const own = missions.filter(({ place }) => territory?.communes.includes(place.code_insee ?? ''));
      const theirs = own.length ? own : missions.filter((m) => m.departement === territory?.departement);
      const nearest = Math.min(...theirs.map(({ place }) => km(place)));
      const options = { at: AT, limit: 5, doors: doorsOf(location.territory?.departement) };
      for (const difficulty of DIFFICULTIES.filter((d) => d !== 'situation')) {
        const young = orient(
          index,
          location,
          { procedure: 'france-travail-inscription', difficulty, publics: ['young'] },
          options,
        );
        assert.deepEqual(young.actors[0], {
          kind: 'body-counter',
          reason: 'mission-locale',
          counters: ['ML'],
        });
        const shown = young.results.filter((r) => r.actor === 'body-counter');
        assert.ok(
          shown.every((r) => missionLocale(r.place)),
          `${commune.name}: ${shown.map((r) => r.nom)}`,
        );
        if (nearest <= 5) {
          first++;
          assert.ok(
            young.results[0] && missionLocale(young.results[0].place),
            `${commune.name} (${difficulty}): ${young.results[0]?.nom}`,
          );
        }
        if (nearest <= 15) {
          listed++;
          assert.ok(
            shown.length > 0,
            `${commune.name} (${difficulty}): no Mission locale, one ${nearest.toFixed(1)} km away`,
          );
        }
        const other = orient(
          index,
          location,
          { procedure: 'france-travail-inscription', difficulty },
          options,
        );
        assert.ok(!other.actors.some((a) => a.reason === 'mission-locale'), commune.name);
      }
      // Cannot travel: help without travelling first, then their Mission locale, to phone.
      const home = orient(
        index,
        location,
        { procedure: 'france-travail-inscription', cannotTravel: true, publics: ['young'] },
        options,
      );
      assert.equal(home.actors[0]?.kind, 'remote');
      assert.deepEqual(home.actors[1], { kind: 'body-counter', reason: 'mission-locale', counters: ['ML'] });
      if (nearest <= 15) {
        const mission = home.results.find((r) => r.actor === 'body-counter');
        assert.ok(
          mission && missionLocale(mission.place),
          `${commune.name} cannot travel: no Mission locale`,
        );
        homeListed++;
        if (mission.telephone) phoned++;
      }
    }
    assert.ok(first > 300, `${first} orientations with a Mission locale within 5 km`);
    assert.ok(listed > 1000, `${listed} with one within 15 km`);
    // A few Missions locales have no number in the data (an antenna): their card says where.
    assert.ok(phoned / homeListed > 0.9, `${phoned} of ${homeListed} Missions locales to phone`);
  });

  test('a person in a crisis or who cannot travel: the situation and distance rules come first', () => {
    const location = where('Sarcelles');
    const crisis = orient(
      index,
      location,
      { procedure: 'france-travail-inscription', difficulty: 'situation', publics: ['young'] },
      { at: AT },
    );
    assert.equal(crisis.actors[0]?.kind, 'social-work');
    const home = orient(
      index,
      location,
      { procedure: 'france-travail-inscription', cannotTravel: true, publics: ['young'] },
      { at: AT },
    );
    assert.equal(home.actors[0]?.kind, 'remote');
    // Mauriac (15): its Mission locale, 0.2 km from the town hall, right after the lines.
    const mauriac = orient(
      index,
      where('Mauriac 15200'),
      { procedure: 'france-travail-inscription', cannotTravel: true, publics: ['young'] },
      { at: AT, limit: 5 },
    );
    assert.ok(missionLocale(mauriac.results[0]?.place as Place), mauriac.results[0]?.nom);
  });
});
