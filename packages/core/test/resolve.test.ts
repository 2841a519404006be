import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resolveLocation } from '../src/geo/resolve.js';
import { locationErrorText } from '../src/messages/notices.js';
import { needsSharedData, realGazetteer } from './helpers.js';

describe('resolving what a person typed', needsSharedData, () => {
  const g = realGazetteer();
  const ok = (text: string) => {
    const r = resolveLocation(g, text);
    assert.ok(r.ok, `${text}: ${r.ok ? '' : locationErrorText(r)}`);
    return r.location;
  };
  const fails = (text: string) => {
    const r = resolveLocation(g, text);
    assert.ok(!r.ok, text);
    return r;
  };

  test('postal codes, towns, arrondissements, coordinates', () => {
    assert.equal(ok('77000').label, '77000 Melun');
    assert.equal(ok('Melun').label, 'Melun (77000)');
    assert.equal(ok('st etienne').label, 'Saint-Étienne (42000)');
    assert.equal(ok('75011').label, '75011 Paris 11e Arrondissement');
    assert.equal(ok('Saint-Denis 93').label, 'Saint-Denis (93200)');
    assert.equal(ok('Saint-Denis (974)').label, 'Saint-Denis (97400)');
    assert.equal(ok('48.54,2.66').label, 'Melun');
  });

  test('a delegated commune with no point of its own says whose point its distances start from; no other commune does', () => {
    // La Salle-de-Vihiers is at Chemillé-en-Anjou's town hall, 15 km away: the person is told.
    assert.equal(ok('La Salle-de-Vihiers').atParentOf, 'Chemillé-en-Anjou');
    let told = 0;
    for (const commune of g.communes) {
      if (commune.latitude === null) continue;
      const r = resolveLocation(g, `${commune.name} (${commune.departement})`);
      if (!r.ok || r.location.commune?.insee !== commune.insee || r.location.commune.type !== commune.type)
        continue;
      const parent = commune.point === 'parent' && commune.parent ? g.byInsee(commune.parent) : undefined;
      assert.equal(
        r.location.atParentOf,
        parent?.name,
        `${commune.name} (${commune.insee}, ${commune.type})`,
      );
      if (parent) told++;
    }
    assert.ok(told > 500, `${told} delegated communes told`);
  });

  test('a small namesake of a larger town is never taken without asking ("Evry", "Vire", "Charleville")', () => {
    const offered = (text: string) => {
      const r = fails(text);
      assert.equal(r.error, 'ambiguous', text);
      return (r.candidates ?? []).slice(0, 5).map((c) => `${c.name} (${c.postalCodes[0]})`);
    };
    assert.deepEqual(offered('Evry'), ['Évry-Courcouronnes (91000)', 'Évry (89140)']);
    assert.deepEqual(offered('Vire'), ['Vire Normandie (14500)', 'Viré (71260)']);
    assert.deepEqual(offered('charleville'), ['Charleville-Mézières (08000)', 'Charleville (51120)']);
    // Pont (Côte-d'Or, 157 people) stays among the five offered.
    assert.ok(offered('Pont').includes('Pont (21130)'));
    // The big town first in the suggestions too; a name typed with its code is the one asked.
    assert.equal(g.suggest('Evry', 3)[0]?.commune.name, 'Évry-Courcouronnes');
    assert.equal(ok('Évry 89140').label, 'Évry (89140)');
    assert.equal(ok('Evry 91').label, 'Évry-Courcouronnes (91000)');
    // A large town with small namesakes that begin like it is unchanged.
    assert.equal(ok('Tours').label, 'Tours (37000)');
    assert.equal(ok('Lyon').label, 'Lyon (69001)');
  });

  test('every town of 10,000 people or more, typed by its name, is found or offered among five', () => {
    const lost: string[] = [];
    for (const commune of g.communes) {
      if (commune.type !== 'COM' || commune.population < 10_000) continue;
      const r = resolveLocation(g, commune.name);
      if (
        r.ok
          ? r.location.commune?.insee === commune.insee
          : (r.candidates ?? []).slice(0, 5).includes(commune)
      )
        continue;
      lost.push(`${commune.name} (${commune.insee}): ${r.ok ? r.location.label : r.error}`);
    }
    assert.deepEqual(lost, []);
  });

  test('every failure is specific', () => {
    assert.equal(fails('').error, 'empty');
    assert.equal(fails('7700').error, 'invalid-postal-code');
    const unknown = fails('99999');
    assert.equal(unknown.error, 'unknown-postal-code');
    assert.equal(locationErrorText(unknown), 'Le code postal 99999 ne correspond à aucune commune.');
    assert.equal(fails('Xyzzyville').error, 'unknown-place');
    const ambiguous = fails('Saint-Denis');
    assert.equal(ambiguous.error, 'ambiguous');
    assert.ok((ambiguous.candidates?.length ?? 0) >= 2);
    assert.match(locationErrorText(ambiguous), /Précisez le code postal/);
    assert.equal(fails('95,200').error, 'invalid-coordinates');
  });

  test('every overseas-collectivity commune resolves, at a centre labelled approximate', () => {
    const noumea = ok('98800');
    assert.equal(noumea.label, '98800 Nouméa');
    assert.equal(noumea.approximate, true);
    assert.ok(Math.abs(noumea.latitude + 22.27) < 0.05 && Math.abs(noumea.longitude - 166.45) < 0.05);
    assert.equal(ok('Nouméa').label, 'Nouméa (98800)');
    assert.equal(ok('Rangiroa').approximate, true);
    assert.equal(ok('97133').label, '97133 Saint-Barthélemy');
    // A commune the publisher locates is never marked approximate.
    assert.equal(ok('77000').approximate, undefined);
    const overseas = g.communes.filter(
      (c) => /^9(75|77|78|84|86|87|88|89)/.test(c.insee) && c.type === 'COM',
    );
    assert.equal(overseas.length, 94);
    for (const c of overseas) {
      assert.ok(c.latitude !== null && c.longitude !== null, `${c.insee} ${c.name} has a centre`);
      assert.equal(c.approximateCentre, true, c.name);
      // Each centre lies in its collectivity's part of the world, not at a placeholder.
      const box: Record<string, [number, number, number, number]> = {
        '975': [46, -57, 48, -56],
        '977': [17, -63, 18.2, -62.7],
        '978': [17.9, -63.2, 18.2, -62.9],
        '984': [-67, 39, -11, 141],
        '986': [-14.5, -178.3, -13, -176],
        '987': [-28, -155, -7.5, -134],
        '988': [-23, 163, -19.5, 168.2],
        '989': [10, -110, 10.5, -109],
      };
      const [s, w, n, e] = box[c.departement] as [number, number, number, number];
      const lat = c.latitude as number;
      const lon = c.longitude as number;
      assert.ok(lat >= s && lat <= n && lon >= w && lon <= e, `${c.insee} ${c.name} at ${lat},${lon}`);
    }
  });
});
