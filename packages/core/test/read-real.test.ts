import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { needsSharedData, readReal } from './helpers.js';

// Counts measured on the real files in shared/data and checked by hand against the rows they
// reject: a change in these numbers is a change in behaviour, to be explained.
describe('real files', needsSharedData, () => {
  test('conseillers numériques national file (v0 JSON, misspelt conditions_access)', () => {
    const report = readReal('cnfs');
    assert.equal(report.format, 'legacy-v0');
    assert.equal(report.rows, 4930);
    assert.equal(report.accepted, 4930);
    // 30 without coordinates of their own. Five more, at their town's centre with no street
    // number, were approximate when a commune's point was the centre of its area: it is now its
    // town hall (town-halls.test.ts), and a place there is at a real place.
    assert.equal(report.approximate, 30);
    // Saint-Martin (978), which the communes file does not locate, is placed at Marigot
    // (overseas-centres.ts) instead of being rejected.
    assert.equal(report.rejected.length, 0);
    const fiveB = report.places.find((p) => p.nom === 'FIVE B');
    assert.equal(fiveB?.quality.position, 'town');
    assert.ok(Math.abs((fiveB?.latitude ?? 0) - 18.07) < 0.01);
    const withFees = report.places.filter((p) => p.frais_a_charge.includes('Gratuit'));
    assert.equal(withFees.length, report.accepted, 'conditions_access mapped for every row');
    assert.ok(
      report.places.every((p) => p.dispositif_programmes_nationaux.includes('Conseillers numériques')),
    );
  });

  test('data·inclusion export: ids shared by several sources are qualified, not lost', () => {
    const report = readReal('dataInclusion');
    assert.equal(report.format, 'legacy-v0');
    assert.equal(report.rows, 3811);
    // The one row earlier rejected as unlocated (an overseas collectivity) now sits at its commune's
    // approximate centre; four shelters for women fleeing violence are withheld (not-doors.test.ts);
    // « ANCT Test », at the ANCT's own address, is a test row, not a place.
    assert.equal(report.accepted, 3806);
    assert.equal(report.withheld.length, 4);
    assert.deepEqual(
      report.rejected.map((r) => r.messages),
      [['a test row, not a place: "ANCT Test"']],
    );
    const ids = new Set(report.places.map((p) => p.id));
    assert.equal(ids.size, report.accepted);
    assert.ok(ids.has('hinaura-1003') && ids.has('siao-1003'));
  });

  test('Hinaura regional file: placeholder SIRETs flagged, CEDEX postal codes located', () => {
    const report = readReal('hinaura');
    assert.equal(report.rows, 687);
    assert.equal(report.accepted, 687);
    assert.ok(report.places.every((p) => p.quality.placeholderPivot));
    const cedex = report.warnings.filter((w) => w.messages.some((m) => /CEDEX/.test(m)));
    assert.ok(cedex.length >= 3, 'CEDEX codes are warnings, not rejections');
  });

  test('France Services list: every site read, label facts applied, file date used', () => {
    const report = readReal('franceServices');
    assert.equal(report.format, 'france-services');
    assert.equal(report.rows, 2845);
    assert.equal(report.accepted, 2845);
    // Pierrefitte-Nestalas's "Place Jean Jaurès" was taken for the town's centre; it is beside its
    // town hall, the commune's point now: every site is at its own address.
    assert.equal(report.approximate, 0);
    for (const place of report.places) {
      assert.ok(place.capabilities.doesItWithYou);
      assert.deepEqual(
        place.claims.find((c) => c.kind === 'france-services'),
        {
          kind: 'france-services',
          evidence: 'official-list',
          value: 'liste France Services',
          confidence: 'certain',
        },
      );
      assert.equal(place.date_maj, '2024-08-01');
      assert.equal(place.typologie[0], 'RFS');
      assert.ok(place.dispositif_programmes_nationaux.includes('France Services'));
    }
  });

  test('the standard examples of both schema versions load', () => {
    const v1 = readReal('exampleV1');
    const v0 = readReal('exampleV0');
    assert.equal(v1.format, 'standard-v1');
    assert.equal(v0.format, 'legacy-v0');
    assert.equal(v1.accepted, 1);
    assert.equal(v0.accepted, 1);
    // Their coordinates (Aix-en-Provence) contradict their commune (Reims): commune centre used.
    assert.ok(v1.places[0]?.quality.approximateCoordinates);
    assert.match(v1.warnings[0]?.messages.join(' ') ?? '', /outside département 51/);
  });
});
