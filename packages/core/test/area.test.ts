import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { communeLocation } from '../src/audit/engine.js';
import type { Commune } from '../src/geo/gazetteer.js';
import { resolveLocation } from '../src/geo/resolve.js';
import type { Place } from '../src/places/place.js';
import { type Area, areaFirst, livesInArea, placeInArea } from '../src/routing/area.js';
import type { Need } from '../src/routing/need.js';
import { type Orientation, orient } from '../src/routing/orient.js';
import { areaProblemText, parseArea, resolveArea } from '../src/search/area.js';
import { epciOf } from '../src/search/communes.js';
import { MemoryCommunes } from '../src/search/memory.js';
import { needsSharedData, realDeployment, realGazetteer } from './helpers.js';

const at = new Date('2026-11-24T10:00:00+01:00');

describe('an institution territory, as codes', () => {
  test('départements, communes and EPCIs in any mix; other words are named', () => {
    assert.deepEqual(parseArea(' 77, 2a;974  77288 200072130 75 214 21740042 217400423 Melun 77'), {
      departements: ['77', '2A', '974', '75'],
      communes: ['77288'],
      epcis: ['200072130'],
      // A three-digit number that is no département, a commune's SIREN (21…), a name.
      invalid: ['214', '21740042', '217400423', 'MELUN'],
    });
    assert.deepEqual(parseArea(''), { departements: [], communes: [], epcis: [], invalid: [] });
    // Corsica's former code is both of its départements; 985 (Mayotte's before 976) is none.
    assert.deepEqual(parseArea('20 985'), {
      departements: ['2A', '2B'],
      communes: [],
      epcis: [],
      invalid: ['985'],
    });
  });

  test('a place is in it by its commune (or a part of it) or its département', () => {
    const area: Area = { departements: ['91'], communes: ['77288', '75112'] };
    assert.ok(placeInArea({ code_insee: '77288', code_postal: '77000' }, area));
    assert.ok(placeInArea({ code_insee: '91228', code_postal: '91000' }, area));
    assert.ok(placeInArea({ code_postal: '91000' }, area), 'by its postal code when it has no INSEE code');
    assert.ok(!placeInArea({ code_insee: '77186', code_postal: '77300' }, area));
  });
});

const shown = (id: string, actor: string, insee: string) => ({
  id,
  actor,
  place: { id, code_insee: insee, code_postal: `${insee.slice(0, 2)}000` } as Place,
});

describe('areaFirst', () => {
  const area: Area = { departements: ['77'], communes: [] };
  const list = [
    shown('a', 'admin-help', '91001'),
    shown('b', 'digital-mediation', '91002'),
    shown('c', 'admin-help', '77001'),
    shown('d', 'digital-mediation', '77002'),
    shown('e', 'admin-help', '77003'),
  ];

  test("the area's places take the first positions of their kind, each group in its order", () => {
    assert.deepEqual(
      areaFirst(list, area, 10).results.map((r) => r.id),
      ['c', 'd', 'e', 'b', 'a'],
    );
  });

  test("each kind's first place stays within the limit, in the last position of its kind shown", () => {
    const three = areaFirst(list, area, 3);
    assert.deepEqual(
      three.results.slice(0, 3).map((r) => r.id),
      ['c', 'b', 'a'],
      'c for the territory, b and a each the first of its kind, kept',
    );
    assert.equal(three.moved?.id, 'a', 'the first one the territory moved down, to name');
    assert.deepEqual(
      areaFirst(list, area, 1)
        .results.slice(0, 1)
        .map((r) => r.id),
      ['a'],
      'one place only: the nearest right door, never hidden',
    );
  });
});

/**
 * Over every commune of France, with its own département as the institution's territory (what a
 * CAF or a council sets): the invariants that make a territory safe for the person.
 */
describe('a territory over every commune', needsSharedData, () => {
  const needs: Need[] = [{ procedure: 'caf-rsa', difficulty: 'do-for-me' }, { difficulty: 'situation' }];

  const check = (commune: Commune, need: Need, area: Area, inside: boolean, failures: string[]) => {
    const { index, doorsOf } = realDeployment();
    const gazetteer = realGazetteer();
    const location = communeLocation(gazetteer, commune);
    const doors = doorsOf(location.territory.departement);
    const plain = orient(index, location, need, { at, doors });
    const fail = (what: string) =>
      failures.push(`${commune.name} (${commune.insee}) ${need.procedure ?? need.difficulty}: ${what}`);
    const ids = (o: Orientation) => o.results.map((r) => r.id);
    const withArea = orient(index, location, need, { at, doors, area });
    if (!inside) {
      if (ids(withArea).join() !== ids(plain).join())
        fail('a person outside the territory gets another list');
      if (!withArea.notices.some((n) => n.code === 'outside-area')) fail('no outside-area notice');
      return;
    }
    // The same places, each position keeping its kind: only the order within a kind changes.
    if ([...ids(withArea)].sort().join() !== [...ids(plain)].sort().join()) fail('other places');
    if (withArea.results.map((r) => r.actor).join() !== plain.results.map((r) => r.actor).join())
      fail('a kind moved ahead of another');
    for (const kind of new Set(withArea.results.map((r) => r.actor))) {
      const of = withArea.results.filter((r) => r.actor === kind).map((r) => placeInArea(r.place, area));
      if (of.indexOf(false) !== -1 && of.lastIndexOf(true) > of.indexOf(false))
        fail(`${kind}: a place of the territory after one beyond`);
    }
    // Each kind's first place: the one the territory must never hide.
    const leaders = plain.results.filter((r, i) => plain.results.findIndex((x) => x.actor === r.actor) === i);
    const moved = leaders.filter((r) => ids(withArea).indexOf(r.id) !== plain.results.indexOf(r));
    const beyond = withArea.notices.find((n) => n.code === 'beyond-area');
    if (!!moved.length !== !!beyond) fail(`${moved.length} first places moved, notice ${!!beyond}`);
    const shownKm = (r: (typeof moved)[number] | undefined) =>
      (r?.reasons.find((reason) => reason.code === 'distance') as { km: number } | undefined)?.km;
    if (beyond && (beyond.id !== moved[0]?.id || beyond.km !== shownKm(moved[0])))
      fail('the notice names another place');
    for (const r of moved) if (placeInArea(r.place, area)) fail('a place of the territory moved down');
    if (!moved.length) return;
    // At three places, each kind's first place among the three is still shown.
    const three = orient(index, location, need, { at, doors, area, limit: 3 });
    for (const r of leaders.filter((l) => plain.results.indexOf(l) < 3))
      if (!three.results.some((x) => x.id === r.id)) fail(`${r.actor}'s first place hidden at limit 3`);
  };

  test('own département: same places and kinds, the territory first within each kind, the nearest door never hidden', () => {
    const failures: string[] = [];
    let moved = 0;
    const communes = realGazetteer().communes.filter((c) => c.type === 'COM');
    // Every commune for a CAF procedure; every fourth for social work (its doors by residence).
    communes.forEach((commune, i) => {
      for (const need of i % 4 === 0 ? needs : needs.slice(0, 1))
        check(commune, need, { departements: [commune.departement], communes: [] }, true, failures);
    });
    // Border communes do get another first place, named by the notice: the test is not empty.
    for (const commune of communes.filter((_, i) => i % 50 === 0)) {
      const location = communeLocation(realGazetteer(), commune);
      const o = orient(realDeployment().index, location, needs[0] as Need, {
        at,
        area: { departements: [commune.departement], communes: [] },
      });
      if (o.notices.some((n) => n.code === 'beyond-area')) moved++;
    }
    assert.deepEqual(failures.slice(0, 20), [], `${failures.length} failures`);
    assert.ok(
      moved > 5,
      `only ${moved} sampled communes have their nearest right door beyond their département`,
    );
  });

  test('a person living outside the territory: the same list as without it, and a notice', () => {
    const failures: string[] = [];
    const communes = realGazetteer().communes.filter((c, i) => c.type === 'COM' && i % 20 === 0);
    for (const commune of communes) {
      const other = commune.departement === '77' ? '91' : '77';
      check(commune, needs[0] as Need, { departements: [other], communes: [] }, false, failures);
    }
    assert.deepEqual(failures.slice(0, 20), []);
  });
});

describe('resolving a territory', needsSharedData, () => {
  test("a commune brings its parts; an EPCI its members' parts; unknown codes are named", async () => {
    const gazetteer = realGazetteer();
    const files = {
      read: async (path: string) => {
        const match = /^gazetteer\/epci\/(\d{9})\.json$/.exec(path);
        if (match?.[1] === '200054781')
          return new TextEncoder().encode(
            JSON.stringify({
              code: '200054781',
              name: 'Métropole du Grand Paris',
              communes: ['75056', '75101', '92012'],
            }),
          );
        throw new Error('404');
      },
    };
    const communes = new MemoryCommunes(gazetteer, files);
    const { area, problems } = await resolveArea('75056 200054781 91 99999 249999999 X', communes);
    assert.ok(area.communes.includes('75112'), 'Paris brings its arrondissements');
    assert.ok(area.communes.includes('92012'));
    assert.deepEqual(area.departements, ['91']);
    assert.deepEqual(problems, [
      { code: 'invalid-code', value: 'X' },
      { code: 'unknown-commune', value: '99999' },
      { code: 'unknown-epci', value: '249999999' },
    ]);
    assert.equal(await epciOf(files, '../../x'), undefined, 'no path from a code');
    // An arrondissement is itself, not its city; a postal code is read as its commune, said.
    const parts = await resolveArea('13201 75011 69003', communes);
    assert.deepEqual(parts.area.communes, ['13201', '69003', '75111']);
    assert.deepEqual(
      parts.problems.map((p) => areaProblemText(p)),
      [
        '"75011" is a postal code, not an INSEE code: read as Paris 11e Arrondissement (INSEE 75111)',
        '"69003" is the INSEE code of Albigny-sur-Saône and the postal code of Lyon 3e Arrondissement (INSEE 69383): read as Albigny-sur-Saône; write 69383 for Lyon 3e Arrondissement',
      ],
    );
  });

  test("a person in another arrondissement than the territory's is outside it", () => {
    const gazetteer = realGazetteer();
    const at = (text: string) => {
      const r = resolveLocation(gazetteer, text);
      assert.ok(r.ok, text);
      return r.location;
    };
    const area: Area = { departements: [], communes: ['13201'] };
    assert.equal(livesInArea(at('13001'), area), true);
    assert.equal(livesInArea(at('13008'), area), false);
    assert.equal(livesInArea(at('Marseille'), area), true, 'no arrondissement given: any part of their city');
  });
});
