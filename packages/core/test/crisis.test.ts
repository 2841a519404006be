import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { distanceKm } from '../src/geo/distance.js';
import type { Location } from '../src/geo/location.js';
import { orientationToJson } from '../src/json/orientation.js';
import { PROCEDURES } from '../src/procedures/catalogue.js';
import { CRISIS_SITUATIONS, type Situation } from '../src/routing/line.js';
import type { Need } from '../src/routing/need.js';
import { type Orientation, orient } from '../src/routing/orient.js';
import { PlaceIndex } from '../src/routing/place-index.js';
import { ALL_REMOTE_OPTIONS, remoteOptionsFor, SITUATION_OPTIONS } from '../src/routing/remote.js';
import { settledWithin } from '../src/routing/widening.js';
import { needsSharedData, realDeployment, realGazetteer, where } from './helpers.js';

const PROCEDURE_BODIES = new Map(PROCEDURES.map((p) => [p.id, p.body]));
const TUESDAY_MORNING = new Date('2026-11-24T10:00:00+01:00');
const TUESDAY_NIGHT = new Date('2026-11-24T23:00:00+01:00');

/** The lines of the situations a person did not name (crisis ones only). */
const linesOf = (situations: readonly Situation[]) =>
  SITUATION_OPTIONS.filter((o) => o.situations?.some((s) => situations.includes(s))).map((o) => o.id);

/** The design note's invariant: what the audit checks whenever a crisis situation is named. */
function assertCrisisFirst(o: Orientation, named: readonly Situation[], bodyLine: string | undefined): void {
  const crisis = o.crisis;
  assert.ok(crisis, 'crisis is set');
  assert.deepEqual(
    crisis.situations,
    named.filter((s) => CRISIS_SITUATIONS.includes(s)),
  );
  const first = crisis.lines[0];
  assert.ok(first, 'a line for the situation');
  assert.ok(linesOf(crisis.situations).includes(first), `${first} is a line of ${crisis.situations}`);
  assert.equal(o.remote[0]?.id, first);
  assert.deepEqual(
    o.remote.slice(0, crisis.lines.length).map((r) => r.id),
    crisis.lines,
  );
  const unnamed = linesOf(CRISIS_SITUATIONS.filter((s) => !named.includes(s))).filter(
    (id) => !linesOf(named).includes(id),
  );
  const body = bodyLine ? o.remote.findIndex((r) => r.id === bodyLine) : -1;
  for (const [i, r] of o.remote.entries()) {
    if (unnamed.includes(r.id)) assert.ok(body >= 0 && i > body, `${r.id} after the body's line`);
  }
}

describe('crisis lines first', needsSharedData, () => {
  const { index, doorsOf } = realDeployment();
  const run = (location: Location, need: Need, at = TUESDAY_MORNING) =>
    orient(index, location, need, { at, doors: doorsOf(location.territory?.departement) });

  test('a woman fleeing violence: the 3919 first, with the 17 and the 114, before the CAF’s 3230 and any place; the CIDFF first among places', () => {
    const o = run(where('31000'), {
      procedure: 'caf-rsa',
      difficulty: 'situation',
      situations: ['violence'],
    });
    assertCrisisFirst(o, ['violence'], 'caf-3230');
    assert.deepEqual(o.crisis?.lines, ['violences-3919', 'police-17', 'sms-114']);
    const ids = o.remote.map((r) => r.id);
    assert.ok(ids.indexOf('violences-3919') < ids.indexOf('caf-3230'));
    assert.ok(o.remote.find((r) => r.id === 'sms-114')?.sms);
    // The 115, 119 and 3977 are not her situation's: not offered at all.
    for (const id of ['urgence-115', 'enfance-119', 'maltraitance-3977']) assert.ok(!ids.includes(id), id);
    assert.equal(o.actors[0]?.kind, 'situation-help');
    assert.equal(o.results[0]?.actor, 'situation-help');
    assert.match(o.results[0]?.nom ?? '', /CIDFF/);
    assert.equal(o.crisis?.placesLater, false, 'Tuesday morning: places are open');
  });

  test('a homeless man at 23:00: the 115 is the answer, places are for tomorrow', () => {
    const o = run(where('Lyon'), { difficulty: 'situation', situations: ['homeless'] }, TUESDAY_NIGHT);
    assertCrisisFirst(o, ['homeless'], undefined);
    assert.deepEqual(o.crisis?.lines, ['urgence-115']);
    assert.equal(o.crisis?.placesLater, true);
    assert.equal(o.remote[0]?.hours, '24/7');
    assert.ok(o.results.length > 0, 'places, for tomorrow');
    // By day, with places open (Marseille's CCAS), they are for now; with none open, for later.
    const day = run(where('13001'), { difficulty: 'situation', situations: ['homeless'] });
    assert.ok(day.results.some((r) => r.open.state === 'open'));
    assert.equal(day.crisis?.placesLater, false);
    assert.ok(!o.results.some((r) => r.open.state === 'open'));
  });

  test('abuse: the 3977 then the 17; debt is no crisis, its line after the body’s', () => {
    const abuse = run(where('Mende'), { difficulty: 'situation', situations: ['abuse'] });
    assert.deepEqual(abuse.crisis?.lines, ['maltraitance-3977', 'police-17']);
    const debt = run(where('Mende'), { procedure: 'caf-rsa', situations: ['debt'] });
    assert.equal(debt.crisis, undefined);
    const ids = debt.remote.map((r) => r.id);
    assert.ok(ids.indexOf('caf-3230') < ids.indexOf('banque-de-france-3414'));
  });

  test('on random communes, needs and crisis situations: crisis first, never an unnamed crisis line before the body’s', () => {
    const communes = realGazetteer().communes.filter((c) => c.latitude !== null && c.type === 'COM');
    const procedures = ['caf-rsa', 'ameli-c2s', 'france-travail-inscription', 'apa', undefined];
    const combos: Situation[][] = [
      ['homeless'],
      ['violence'],
      ['child-danger'],
      ['abuse'],
      ['violence', 'homeless'],
      ['debt', 'abuse'],
    ];
    let checked = 0;
    for (let n = 0; n < 400; n++) {
      const commune = communes[(n * 7919) % communes.length];
      assert.ok(commune);
      const location = {
        latitude: commune.latitude as number,
        longitude: commune.longitude as number,
        label: commune.name,
        territory: realGazetteer().territoryOf(commune),
      };
      const situations = combos[n % combos.length] as Situation[];
      const procedure = procedures[n % procedures.length];
      const need: Need = {
        ...(procedure ? { procedure } : {}),
        ...(n % 3 ? { difficulty: 'situation' as const } : {}),
        situations,
        ...(n % 4 === 0 ? { cannotTravel: true } : {}),
      };
      const o = run(location, need, n % 2 ? TUESDAY_NIGHT : TUESDAY_MORNING);
      const body = procedure ? PROCEDURE_BODIES.get(procedure) : undefined;
      const bodyLine = remoteOptionsFor(body, ALL_REMOTE_OPTIONS, {
        departement: location.territory.departement,
      }).find((r) => body && r.bodies?.includes(body));
      assertCrisisFirst(o, situations, bodyLine?.id);
      checked++;
    }
    assert.equal(checked, 400);
  });

  test('a settled answer from the places within 15 or 60 km is the answer from all places, in a crisis and for a person who cannot travel', () => {
    const places = index.places;
    const needs: Need[] = [
      { procedure: 'caf-rsa', difficulty: 'situation', situations: ['violence'] },
      { difficulty: 'situation', situations: ['homeless', 'abuse'] },
      { procedure: 'apa', cannotTravel: true },
      { procedure: 'ameli-c2s', difficulty: 'do-for-me', cannotTravel: true, situations: ['child-danger'] },
    ];
    let settled = 0;
    for (const town of ['31000', 'Roubaix', '48000', 'Saint-Girons 09200', '97300', 'Vénissieux']) {
      const location = where(town);
      const doors = doorsOf(location.territory?.departement);
      for (const km of [15, 60]) {
        const near = new PlaceIndex(
          places.filter(
            (p) => distanceKm(location.latitude, location.longitude, p.latitude, p.longitude) <= km,
          ),
        );
        for (const need of needs) {
          for (const at of [TUESDAY_MORNING, TUESDAY_NIGHT]) {
            const partial = orient(near, location, need, { at, doors });
            if (!settledWithin(partial, km)) continue;
            settled++;
            assert.deepEqual(
              partial,
              orient(index, location, need, { at, doors }),
              `${town} ${km} km ${JSON.stringify(need)}`,
            );
          }
        }
      }
    }
    assert.ok(settled > 40, `${settled} settled`);
  });

  test('the JSON contract carries the crisis with the same names', () => {
    const o = run(where('31000'), { difficulty: 'situation', situations: ['violence'] }, TUESDAY_NIGHT);
    const json = orientationToJson(o);
    assert.deepEqual(json.crisis, { situations: ['violence'], lines: o.crisis?.lines, placesLater: true });
    assert.equal(json.remote[0]?.id, 'violences-3919');
    assert.equal(JSON.parse(JSON.stringify(json)).crisis.placesLater, true);
    const calm = orientationToJson(run(where('31000'), { procedure: 'caf-rsa' }));
    assert.ok(!('crisis' in calm));
  });
});
