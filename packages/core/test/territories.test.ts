import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { departementOfPlace } from '../src/geo/gazetteer.js';
import { noticeText } from '../src/messages/notices.js';
import { bringLabel } from '../src/messages/procedures.js';
import { procedureById } from '../src/procedures/catalogue.js';
import { numberToCall, RETIRED_NUMBER } from '../src/routing/counter-lines.js';
import type { Need } from '../src/routing/need.js';
import { type Orientation, orient } from '../src/routing/orient.js';
import { travelBurden } from '../src/routing/travel.js';
import { SCORE_WEIGHTS } from '../src/routing/weights.js';
import { needsSharedData, realDeployment, where } from './helpers.js';

const AT = new Date('2026-11-24T10:00:00+01:00');

describe('territories and stale facts', needsSharedData, () => {
  const { index, doorsOf } = realDeployment();
  const run = (text: string, need: Need): Orientation => {
    const location = where(text);
    return orient(index, location, need, { at: AT, doors: doorsOf(location.territory?.departement) });
  };
  const otherBody = (o: Orientation) => o.notices.find((n) => n.code === 'other-body');

  test('Mayotte: the AME does not apply; the CSSM is named, with its number', () => {
    const o = run('97600', { procedure: 'ame' });
    const n = otherBody(o);
    assert.ok(n?.code === 'other-body' && n.missing && n.instead === 'CSSM');
    assert.equal(n.phone, '02 69 61 91 91');
    assert.match(noticeText(n), /n’existe pas sur votre territoire/);
    assert.ok(!o.remote.some((r) => r.id === 'assurance-maladie-3646'));
  });

  test('French Polynesia: no C2S, no RSA; the CPS with its number, never 3230 nor 3646', () => {
    for (const procedure of ['ameli-c2s', 'caf-rsa']) {
      const o = run('98714', { procedure });
      const n = otherBody(o);
      assert.ok(n?.code === 'other-body' && n.missing && n.instead === 'CPS' && n.phone, procedure);
      assert.deepEqual(
        o.remote.filter((r) => r.phone).map((r) => r.id),
        ['cps-987'],
      );
    }
    // Nouméa and Mata-Utu likewise, with their own bodies.
    assert.equal(otherBody(run('98800', { procedure: 'ameli-c2s' }))?.code, 'other-body');
  });

  test('Saint-Martin: the CAF of Guadeloupe on the 3230, its CGSS for health and pensions', () => {
    const caf = run('97150', { procedure: 'caf-aides-logement' });
    assert.equal(caf.remote[0]?.id, 'caf-3230');
    assert.equal(otherBody(caf), undefined);
    const pension = run('97150', { procedure: 'retraite-demande' });
    assert.equal(pension.remote[0]?.id, 'cgss-971');
    assert.equal(pension.remote[0]?.phone, '3646');
    assert.ok(!pension.remote.some((r) => r.id === 'assurance-retraite-3960'));
    // Solidarité Numérique on Saint-Martin's clock: 09:00–18:00 in Paris is 04:00–13:00 there.
    assert.equal(caf.remote.find((r) => r.id === 'solidarite-numerique')?.hours, 'Mo-Fr 04:00-13:00');
  });

  test('CAF counters: their retired 08 10 numbers are never shown; today’s line is', () => {
    const cafs = index.places.filter((p) => p.typologie.includes('CAF'));
    const retired = cafs.filter((p) => p.telephone && RETIRED_NUMBER.test(p.telephone));
    assert.ok(retired.length / cafs.length > 0.95, `${retired.length} of ${cafs.length} CAF counters`);
    for (const place of retired) {
      const departement = departementOfPlace(place);
      const call = numberToCall(place, departement);
      assert.ok(call.phone && !RETIRED_NUMBER.test(call.phone), place.nom);
      // The CAF's line, or the CSSM's in Mayotte (a counter shared with the CPAM may give the 3646).
      if (place.typologie[0] === 'CAF')
        assert.equal(call.phone, departement === '976' ? '02 69 61 91 91' : '3230', place.nom);
    }
    let counters = 0;
    for (const text of ['Guéret', 'Cayenne', 'Mende', 'Aurillac', 'Bastia']) {
      const o = run(text, { procedure: 'caf-autre', difficulty: 'understand' });
      for (const r of o.results) {
        if (!r.place.typologie.includes('CAF')) continue;
        counters++;
        assert.equal(r.telephone, '3230', r.nom);
        assert.ok(r.reasons.some((x) => x.code === 'national-line' && x.phone === '3230'));
      }
    }
    assert.ok(counters >= 3, `${counters} CAF counters offered`);
  });

  test('catalogue facts: the MDPH for AAH and MDPH requests; the pension body for pensions and ASPA; what to bring for the ANEF and naturalisation', () => {
    for (const procedure of ['aah', 'mdph-demande']) {
      const o = run('87000', { procedure });
      assert.ok(
        o.results.some((r) => r.actor === 'body-counter' && /MDPH/.test(r.nom)),
        procedure,
      );
    }
    assert.ok(
      run('Guéret', { procedure: 'retraite-demande' }).results.some(
        (r) => r.actor === 'body-counter' && /MSA|Carsat|CGSS/i.test(r.nom),
      ),
    );
    for (const id of ['retraite-demande', 'retraite-aspa'])
      for (const counter of ['CARSAT', 'MSA']) assert.ok(procedureById(id)?.counters?.includes(counter), id);
    const bring = (id: string) => (procedureById(id)?.bring ?? []).map(bringLabel).join(' | ');
    assert.match(bring('anef-titre-sejour'), /e-photo/);
    assert.match(bring('anef-titre-sejour'), /timbre fiscal/);
    assert.match(bring('naturalisation'), /timbre fiscal/);
  });

  test('stale counters rank alike: hours checked in 2017 are shown, never ranked on', () => {
    let checked = 0;
    for (const text of ['Montreuil 93100', '13001', 'Lille', 'Rennes']) {
      const o = run(text, { procedure: 'ame' });
      for (const r of o.results) {
        if (!r.place.date_maj?.startsWith('2017') || r.place.quality.position !== 'address') continue;
        const rank = o.actors.findIndex((a) => a.kind === r.actor);
        const expected =
          SCORE_WEIGHTS.kind * (SCORE_WEIGHTS.kindRank[rank] ?? 0) -
          travelBurden(r.distance_km) +
          SCORE_WEIGHTS.hoursUnknown;
        assert.ok(
          Math.abs(r.score - expected) < 0.05,
          `${r.nom}: ${r.score} (${r.open.state}), not ${expected}`,
        );
        checked++;
      }
    }
    assert.ok(checked >= 4, `${checked} counters checked`);
  });
});
