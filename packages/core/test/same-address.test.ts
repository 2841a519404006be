import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { listedApart, nameSimilarity } from '../src/places/merge.js';
import type { Place } from '../src/places/place.js';
import type { Need } from '../src/routing/need.js';
import { orient } from '../src/routing/orient.js';
import { foldText } from '../src/text/normalize.js';
import { AT, needsSharedData, realDeployment, realGazetteer, where } from './helpers.js';

/**
 * One door is shown once: « PIMMS DE NIMES » (conseillers numériques) and « France services Pimms
 * Médiation Nîmes » at 663 rue Néper, geocoded 100 m apart, were two results of one answer. A
 * visiting service beside a fixed one (the France Services bus that gives the same address) and
 * two entries of an official list stay two.
 */

const official = (p: Place) =>
  p.provenance.some((q) => q.format === 'annuaire' || q.format === 'france-services');
const townWords = (p: Place) => new Set(foldText(p.commune).split(' '));
const ownName = (p: Place) =>
  foldText(p.nom)
    .split(' ')
    .filter((w) => !townWords(p).has(w))
    .join(' ');

describe('one door, one result', needsSharedData, () => {
  const { index, doorsOf } = realDeployment();
  const run = (text: string, need: Need) => {
    const location = where(text);
    return orient(index, location, need, { at: AT, doors: doorsOf(location.territory?.departement) });
  };

  test('Nîmes: the Pimms is one place, and the France Services bus another', () => {
    const pimms = (need: Need) => run('Nîmes', need).results.filter((r) => /pimms/i.test(r.place.nom));
    const learn = pimms({ procedure: 'caf-rsa', difficulty: 'learn' });
    const doForMe = pimms({ procedure: 'caf-rsa', difficulty: 'do-for-me' });
    assert.deepEqual(
      learn.map((r) => r.place.nom),
      ['France services Pimms Médiation Nîmes'],
    );
    assert.deepEqual(doForMe.map((r) => r.place.nom).sort(), [
      'Bus France services Pimms Médiation Nîmes',
      'France services Pimms Médiation Nîmes',
    ]);
  });

  test('every 60th commune: no two results share a numbered address and a name beyond the town’s', () => {
    const communes = realGazetteer().communes.filter((c) => c.type === 'COM' && c.latitude !== null);
    const doors = new Set([...realDeployment().doors.values()].flat());
    let answers = 0;
    for (const [i, commune] of communes.entries()) {
      if (i % 60) continue;
      for (const difficulty of ['do-for-me', 'learn'] as const) {
        const o = run(`${commune.name} ${commune.postalCodes[0] ?? commune.departement}`, {
          procedure: 'caf-rsa',
          difficulty,
        });
        answers++;
        const places = o.results.map((r) => r.place);
        for (const [j, a] of places.entries()) {
          for (const b of places.slice(j + 1)) {
            const address = foldText(a.adresse);
            if (
              !/\d/.test(address) ||
              address !== foldText(b.adresse) ||
              a.code_postal !== b.code_postal ||
              a.code_insee !== b.code_insee
            )
              continue;
            // The helper's town halls are doors read apart, never merged with the ranked places.
            if (doors.has(a) !== doors.has(b)) continue;
            if (listedApart(a, b) || (official(a) && official(b))) continue;
            assert.ok(
              nameSimilarity(ownName(a), ownName(b)) < 0.5,
              `${commune.name}: « ${a.nom} » and « ${b.nom} » at ${a.adresse}`,
            );
          }
        }
      }
    }
    assert.ok(answers > 1000, `${answers} answers`);
  });
});
