import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Place } from '../src/places/place.js';
import { SOURCE_REVIEW } from '../src/places/source-review.js';
import { orient } from '../src/routing/orient.js';
import { FAR_KM, NEAR_HOME_HELP } from '../src/routing/travel.js';
import { SCORE_WEIGHTS } from '../src/routing/weights.js';
import { AT, needsSharedData, realDeployment, realGazetteer, where } from './helpers.js';

/** An official list or a national programme names it (France Services, the annuaire…). */
const vouched = (place: Place) =>
  place.dispositif_programmes_nationaux.length > 0 ||
  place.claims.some((c) => c.evidence === 'official-list' || c.evidence === 'programme');

/**
 * Its own word only: more than `hoursTrustedYears` old, undated, or only a council survey's answer
 * (not core's function: the test's own reading of the review's table).
 */
const doubtful = (place: Place) =>
  !vouched(place) &&
  (!place.date_maj ||
    place.quality.unknownDate ||
    (AT.getTime() - Date.parse(place.date_maj)) / (365.25 * 86_400_000) >= SCORE_WEIGHTS.hoursTrustedYears ||
    place.provenance.every((p) => SOURCE_REVIEW[p.source] === 'survey'));

/**
 * Every `step`-th commune of the shipped gazetteer with a position, as a person there types it,
 * and every commune of the `whole` départements.
 */
function communes(step: number, whole: readonly string[] = []) {
  return realGazetteer()
    .communes.filter((c) => c.type === 'COM' && c.latitude !== null && c.postalCodes.length > 0)
    .filter((c, i) => i % step === 0 || whole.includes(c.departement));
}

describe('a door somebody vouches for, near home', needsSharedData, () => {
  const { index, doorsOf } = realDeployment();

  test('within a kind, a place known only by its own word of five years ago never comes before a France Services or an official counter within 2 km', () => {
    // Le Mans: 45 rows of the Sarthe council's 2017 survey (a wrestling club, collèges, the APEC)
    // declared "help with procedures" and came, within their kind, before the France Services 1.9 km away.
    // Ille-et-Vilaine whole: its council's survey of 2019–2022 is younger than five years, and
    // doubtful for being a survey (`SOURCE_REVIEW`), not for its age.
    let checked = 0;
    let pairs = 0;
    for (const commune of communes(12, ['35'])) {
      const location = where(`${commune.name} ${commune.postalCodes[0]}`);
      for (const difficulty of ['do-for-me', 'understand'] as const) {
        const o = orient(
          index,
          location,
          { procedure: 'caf-prime-activite', difficulty },
          { at: AT, limit: 15, doors: doorsOf(location.territory?.departement) },
        );
        checked++;
        const seen = new Map<string, Place[]>();
        for (const r of o.results) {
          const before = seen.get(r.actor) ?? [];
          const near = vouched(r.place) && r.place.quality.position !== 'town' && r.distance_km <= 2;
          const roams = r.place.itinerance.includes('Itinérant') && !r.place.itinerance.includes('Fixe');
          if (near && !roams) {
            for (const earlier of before) {
              pairs++;
              assert.ok(
                !doubtful(earlier),
                `${commune.name}: « ${earlier.nom} » (${earlier.date_maj ?? 'undated'}, nobody vouches for it) before « ${r.nom} » ${r.distance_km} km away`,
              );
            }
          }
          seen.set(r.actor, [...before, r.place]);
        }
      }
    }
    assert.ok(checked > 5000, `${checked} orientations`);
    assert.ok(pairs > 100, `${pairs} vouched places within 2 km checked against those before them`);
  });

  test('Le Mans, RSA done for me: its France Services come before the survey’s rows, which stay listed', () => {
    const location = where('Le Mans');
    const o = orient(
      index,
      location,
      { procedure: 'caf-rsa', difficulty: 'do-for-me' },
      { at: AT, limit: 12, doors: doorsOf('72') },
    );
    const names = o.results.map((r) => r.nom);
    const franceServices = names.findIndex((n) => /^France services de Coulaines/.test(n));
    const survey = names.findIndex((n) => /^APEC|^CIO|^Sarthe Habitat/.test(n));
    assert.ok(franceServices >= 0 && franceServices < 4, names.join(' | '));
    assert.ok(survey > franceServices, names.join(' | '));
  });

  test('Rennes, a residence permit done for me: the France Services come before a micro-credit service that ticked « démarches » in the council’s 2022 survey', () => {
    const location = where('Rennes');
    const o = orient(
      index,
      location,
      { procedure: 'anef-titre-sejour', difficulty: 'do-for-me' },
      { at: AT, limit: 12, doors: doorsOf('35') },
    );
    const names = o.results.map((r) => r.nom);
    const franceServices = names.findIndex((n) => /^France services/.test(n));
    const microCredit = names.findIndex((n) => /^Micro crédit/.test(n));
    assert.equal(franceServices, 0, names.join(' | '));
    assert.ok(microCredit > franceServices, names.join(' | '));
  });

  test(`help that serves the people around it is named only within ${NEAR_HOME_HELP.km} km, and not when a place within ${FAR_KM} km does the procedure with the person`, () => {
    // Ajaccio: the nearest Aidants Connect place was a Bastia neighbourhood committee, 102 km
    // away, with a France Services 1.3 km from the person.
    let named = 0;
    let none = 0;
    for (const commune of communes(25)) {
      const location = where(`${commune.name} ${commune.postalCodes[0]}`);
      for (const difficulty of ['do-for-me', 'learn'] as const) {
        const o = orient(
          index,
          location,
          { procedure: 'caf-prime-activite', difficulty },
          { at: AT, limit: 5 },
        );
        const doneNear = o.results.some(
          (r) => NEAR_HOME_HELP.doesIt.includes(r.actor) && r.distance_km <= FAR_KM,
        );
        for (const n of o.notices) {
          if ((n.code !== 'far' && n.code !== 'none-of-first-kind') || !NEAR_HOME_HELP.kinds.includes(n.kind))
            continue;
          // Never below the circle the answer searched (« widened to 30 km »).
          const km = Math.max(doneNear ? FAR_KM : NEAR_HOME_HELP.km, o.radius_km);
          if (n.code === 'far') {
            named++;
            assert.ok(n.km <= km, `${commune.name}: ${n.name} named at ${n.km} km`);
          } else {
            none++;
            assert.equal(n.km, km, commune.name);
          }
        }
      }
    }
    assert.ok(named > 20, `${named} far places named`);
    assert.ok(none > 50, `${none} answers saying none is near`);
    const ajaccio = orient(
      index,
      where('Ajaccio'),
      { procedure: 'caf-rsa', difficulty: 'do-for-me' },
      { at: AT, limit: 5 },
    );
    assert.deepEqual(
      ajaccio.notices.find((n) => n.code === 'far' || n.code === 'none-of-first-kind'),
      { code: 'none-of-first-kind', kind: 'do-it-for-me', km: Math.max(FAR_KM, ajaccio.radius_km) },
    );
    assert.equal(ajaccio.results[0]?.actor, 'admin-help');
  });
});
