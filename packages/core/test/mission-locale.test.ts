import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { distanceKm } from '../src/geo/distance.js';
import { usable } from '../src/places/classification.js';
import type { Place } from '../src/places/place.js';
import type { Need } from '../src/routing/need.js';
import { orient } from '../src/routing/orient.js';
import { AT, needsSharedData, realDeployment, realGazetteer, said, where } from './helpers.js';

const isMissionLocale = (place: Place) =>
  (place.claims ?? []).some((claim) => claim.kind === 'mission-locale' && usable(claim));
/** Opens to any young person (not a SIAO's first reception hosted by one, for those without a home). */
const opensToYoung = (place: Place) => (place.restrictedTo ?? []).every((p) => p === 'young-16-25');
const young: Need = { procedure: 'france-travail-inscription', difficulty: 'learn', publics: ['young'] };

describe('a young job seeker: their own Mission locale, not the ten nearest', needsSharedData, () => {
  test('one Mission locale at most: one of their commune, else the nearest of their département', () => {
    // Sarcelles: nine Missions locales of other communes (Saint-Denis, Gennevilliers, Asnières)
    // came after its own, each serving its own communes, before any France Services.
    const { index, doorsOf } = realDeployment();
    const missionsLocales = index.places
      .map((place, i) => ({ place, departement: index.entry(i).departement }))
      .filter(({ place }) => isMissionLocale(place) && opensToYoung(place));
    const communes = realGazetteer()
      .communes.filter((c) => c.latitude !== null && c.postalCodes.length > 0 && c.type !== 'COMD')
      .filter((_, i) => i % 20 === 0);
    let withOne = 0;
    for (const commune of communes) {
      const location = where(`${commune.name} ${commune.postalCodes[0]}`);
      const { territory } = location;
      const o = orient(index, location, young, { at: AT, doors: doorsOf(territory?.departement) });
      const listed = o.results.filter((r) => isMissionLocale(r.place));
      assert.ok(listed.length <= 1, `${commune.name}: ${listed.map((r) => r.place.nom).join(', ')}`);
      const [shown] = listed;
      if (!shown || !territory) continue;
      withOne++;
      const km = (place: Place) =>
        distanceKm(location.latitude, location.longitude, place.latitude, place.longitude);
      const ofCommune = missionsLocales.filter(({ place }) =>
        territory.communes.includes(place.code_insee ?? ''),
      );
      const theirs = ofCommune.length
        ? ofCommune
        : missionsLocales.filter(({ departement }) => departement === territory.departement);
      // The nearest of theirs, or another record of the same door (at most 200 m farther).
      const nearestKm = Math.min(...theirs.map(({ place }) => km(place)));
      assert.ok(
        theirs.some(({ place }) => place.id === shown.place.id) && km(shown.place) <= nearestKm + 0.2,
        `${commune.name}: ${shown.place.nom} (${km(shown.place).toFixed(1)} km), theirs the nearest at ${nearestKm.toFixed(1)} km`,
      );
      assert.match(said(shown), /chaque Mission locale sert ses communes/, commune.name);
    }
    assert.ok(withOne > 1000, `${withOne} answers with a Mission locale`);
  });

  test('Sarcelles: its own, then France Services; Saint-Denis: its own, placed 3 km north by the annuaire', () => {
    const { index, doorsOf } = realDeployment();
    const answer = (text: string) => {
      const location = where(text);
      return orient(index, location, young, { at: AT, doors: doorsOf(location.territory?.departement) });
    };
    const sarcelles = answer('Sarcelles 95200');
    assert.equal(sarcelles.results[0]?.place.nom, "Mission locale Val-d'Oise Est - Sarcelles");
    assert.ok(sarcelles.results.slice(1).every((r) => !isMissionLocale(r.place)));
    assert.equal(sarcelles.results[1]?.actor, 'admin-help');
    assert.equal(answer('Saint-Denis 93200').results[0]?.place.nom, 'Mission locale de Saint-Denis');
    // A SIAO's first reception hosted by Ajaccio's, for young people without a home, is not it.
    assert.equal(answer('Ajaccio').results[0]?.place.nom, "Mission locale d'Ajaccio");
    // Two records of Briançon's: the national list's, with its phone.
    assert.equal(answer('Briançon').results[0]?.place.telephone, '+33492201613');
  });
});
