import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { formatSummary, summarizeReports } from '../src/cli/validate.js';
import { buildDataset } from '../src/dataset/build.js';
import type { Gazetteer } from '../src/geo/gazetteer.js';
import { PUBLIC_PROGRAMMES, STRUCTURE_FACTS, usable } from '../src/places/classification.js';
import type { Place } from '../src/places/place.js';
import { type ReadReport, readPlaces } from '../src/places/reader.js';
import { PROCEDURES } from '../src/procedures/catalogue.js';
import { orient } from '../src/routing/orient.js';
import { PlaceIndex } from '../src/routing/place-index.js';
import {
  FILES,
  fixture,
  needsSharedData,
  readReal,
  realGazetteer,
  realPlaceIndex,
  SHARED,
  TODAY,
  where,
} from './helpers.js';

/**
 * Places that are not public doors (issue 22, section 1): the SIAO's and the medico-social
 * listings, shelters for women fleeing violence, training bodies and firms. Proven on made-up
 * rows first, then as invariants over every row of the real files.
 */

const TUESDAY_MORNING = new Date('2026-11-24T09:30:00Z');

const fixtureReport = () =>
  readPlaces(readFileSync(fixture('not-doors-v1.csv')), {
    file: 'not-doors-v1.csv',
    gazetteer: realGazetteer(),
    today: TODAY,
  });

/** Whether a place is one of the structures open to all (no reserved public), on a usable claim. */
const openStructure = (place: Place) =>
  place.claims.some((c) => usable(c) && c.evidence !== 'source' && !STRUCTURE_FACTS[c.kind].restrictedTo);
const hostsPublicProgramme = (place: Place) =>
  place.dispositif_programmes_nationaux.some((p) => (PUBLIC_PROGRAMMES as readonly string[]).includes(p));

describe('not doors: made-up rows', () => {
  const report = fixtureReport();
  const byId = (id: string) => report.places.find((p) => p.id === id);

  test('SIAO listings: the shelter a CCAS runs is reserved to its residents; the CCAS is not', () => {
    const chrs = byId('siao-chrs');
    assert.deepEqual(chrs?.restrictedTo, ['residents']);
    assert.deepEqual(
      chrs?.claims.find((c) => c.kind === 'residence'),
      { kind: 'residence', evidence: 'name-code', value: 'AG_CHRS_', confidence: 'high' },
    );
    // The CCAS lets temporary flats (ALT) from its own office: the row is the CCAS's door.
    assert.deepEqual(byId('siao-alt')?.restrictedTo, []);
    assert.deepEqual(byId('siao-ccas')?.restrictedTo, [], 'the CCAS the SIAO lists is open to all');
    assert.deepEqual(byId('siao-asso')?.restrictedTo, ['without-home'], 'the network alone');
    assert.deepEqual(
      byId('siao-asso')?.claims.map((c) => [c.kind, c.evidence, c.confidence]),
      [['homeless-service', 'source', 'medium']],
    );
    assert.deepEqual(byId('siao-adj')?.restrictedTo, ['without-home'], 'a day centre');
    assert.deepEqual(byId('siao-esat')?.restrictedTo, ['patients']);
    assert.deepEqual(byId('siao-cure')?.restrictedTo, ['patients']);
  });

  test('training bodies and firms serve their own people, unless they host a programme for all', () => {
    assert.deepEqual(byId('school')?.restrictedTo, ['enrolled']);
    assert.deepEqual(byId('firm')?.restrictedTo, ['enrolled']);
    assert.deepEqual(byId('chantier')?.restrictedTo, ['enrolled']);
    assert.deepEqual(byId('school-cnfs')?.restrictedTo, [], 'a conseiller numérique receives anyone');
    assert.deepEqual(byId('mediatheque')?.restrictedTo, []);
  });

  test('a place that is only restricted is never a door for a procedure, unless the person belongs', () => {
    const index = new PlaceIndex(report.places);
    const melun = where('77000');
    for (const procedure of PROCEDURES) {
      const o = orient(index, melun, { procedure: procedure.id }, { at: TUESDAY_MORNING, maxKm: 30 });
      for (const r of o.results) assert.deepEqual(r.place.restrictedTo, [], `${procedure.id}: ${r.nom}`);
    }
    const need = { procedure: 'caf-rsa', difficulty: 'understand' } as const;
    const enrolled = orient(index, melun, { ...need, belongsTo: ['enrolled'] }, { at: TUESDAY_MORNING });
    assert.ok(enrolled.results.some((r) => r.id === 'school'));
    assert.ok(!enrolled.results.some((r) => r.id === 'siao-chrs'), 'the shelter stays its residents’');
    const homeless = orient(index, melun, { ...need, belongsTo: ['without-home'] }, { at: TUESDAY_MORNING });
    assert.ok(homeless.results.some((r) => r.id === 'siao-adj'));
    // Saying they have nowhere to sleep is saying they are without a home: the day centre opens.
    const tonight = orient(index, melun, { ...need, situations: ['homeless'] }, { at: TUESDAY_MORNING });
    assert.ok(tonight.results.some((r) => r.id === 'siao-adj'));
    assert.ok(!tonight.results.some((r) => r.id === 'siao-chrs'), 'the shelter stays its residents’');
  });

  test('a shelter for women fleeing violence: read, never published, its address kept nowhere', () => {
    assert.equal(byId('shelter'), undefined);
    assert.deepEqual(report.withheld, [
      {
        row: 8,
        line: 9,
        id: 'shelter',
        nom: 'ALT hébergement - Solidarité Femmes Melun',
        messages: [
          'shelters women fleeing violence: its address and position are never published (the way in is 3919 or 115)',
        ],
      },
    ]);
    const everything = JSON.stringify({ ...report, places: report.places });
    for (const secret of ['Glycines', '48.5461', '2.6638', '12345678900012'])
      assert.ok(!everything.includes(secret), `${secret} is kept somewhere`);
    const summary = summarizeReports([report]);
    assert.equal(summary.total.withheld, 1);
    // In the catalogue's source language (the CLI sets the person's, `--locale`).
    assert.match(formatSummary(summary), /Retenus : 1 lieu\(x\) d’accueil de femmes fuyant des violences/);
    const built = buildDataset([report]);
    assert.equal(built.manifest.sources[0]?.withheld, 1);
    assert.ok(!JSON.stringify([...built.shards.values()]).includes('Glycines'));
  });
});

describe('not doors: every row of the real data', needsSharedData, () => {
  const files = ['cnfs', 'dataInclusion', 'hinaura', 'franceServices'] as const;
  const raw = (key: keyof typeof FILES) =>
    JSON.parse(readFileSync(join(SHARED, FILES[key]), 'utf8')) as Array<Record<string, unknown>>;

  test('every SIAO listing is reserved or withheld, unless it is a door open to all', () => {
    const report = readReal('dataInclusion');
    const siao = report.places.filter((p) => p.source === 'siao');
    const open = siao.filter((p) => p.restrictedTo.length === 0);
    for (const place of open) assert.ok(openStructure(place), place.nom);
    const rows = raw('dataInclusion').filter((r) => r.source === 'siao').length;
    assert.equal(siao.length + report.withheld.length + countMerged(report, 'siao'), rows);
    process.stdout.write(
      `# SIAO rows: ${rows}; reserved ${siao.length - open.length}, withheld ${report.withheld.length}, open to all ${open.length} (${open.map((p) => p.nom).join('; ')})\n`,
    );
    // Those open to all are the CCAS and CIAS (with the temporary flats they let from their
    // office) and a CIDFF: public doors the SIAO lists.
    for (const place of open)
      assert.ok(
        place.claims.some((c) => (c.kind === 'ccas' || c.kind === 'cidff') && usable(c)),
        place.nom,
      );
  });

  test('a publisher’s category code in a name always reserves the place', () => {
    // AG_ALT_ is a scheme (temporary flats) run from its operator's office: a CCAS stays a door.
    const code = /^AG_(?!ALT_)[A-Z]+_|\|[A-Z]+\||\[ADOMA\]/;
    let seen = 0;
    for (const key of files) {
      for (const place of readReal(key).places.filter((p) => code.test(p.nom))) {
        seen++;
        assert.ok(place.restrictedTo.length > 0, place.nom);
      }
    }
    assert.ok(seen >= 20, `${seen} coded names`);
  });

  test('shelters, asylum housing, medico-social and care establishments are never open doors', () => {
    // Words a social worker reads as "for its own residents or users", independent of the rules.
    const establishment =
      /\b(CHRS|CADA|HUDA|PRAHDA|ESAT|ITEP|IME|IMPRO|SAVS|SAMSAH|SESSAD|EHPAD|MECS|CSAPA|FJT|FTM)\b|pension de famille|maison relais|r[ée]sidence sociale|foyer de jeunes travailleurs|post[- ]cure/i;
    const listed: string[] = [];
    for (const key of files) {
      for (const place of readReal(key).places.filter((p) => establishment.test(p.nom))) {
        listed.push(place.nom);
        const official = place.claims.some((c) => c.kind === 'france-services' && c.confidence === 'certain');
        if (!official) assert.ok(place.restrictedTo.length > 0, place.nom);
      }
    }
    assert.ok(listed.length > 60, `${listed.length} establishments`);
  });

  test('training bodies, insertion employers and firms serve the public only through a programme', () => {
    for (const key of files) {
      for (const place of readReal(key).places) {
        const own = place.claims.some(
          (c) => usable(c) && STRUCTURE_FACTS[c.kind].openedByProgrammes && c.evidence !== 'source',
        );
        if (!own) continue;
        assert.equal(
          place.restrictedTo.includes('enrolled'),
          !hostsPublicProgramme(place),
          `${place.nom}: ${place.dispositif_programmes_nationaux.join(', ')}`,
        );
      }
    }
  });

  test('no reserved place is offered to the public, in every département’s main town, for every procedure', () => {
    const { index } = realPlaceIndex();
    const gazetteer = realGazetteer();
    let orientations = 0;
    for (const commune of mainTowns(gazetteer)) {
      const location = {
        latitude: commune.latitude as number,
        longitude: commune.longitude as number,
        label: commune.name,
        territory: gazetteer.territoryOf(commune),
      };
      for (const procedure of PROCEDURES) {
        const o = orient(index, location, { procedure: procedure.id }, { at: TUESDAY_MORNING });
        orientations++;
        for (const r of o.results)
          assert.deepEqual(r.place.restrictedTo, [], `${commune.name}, ${procedure.id}: ${r.nom}`);
      }
    }
    assert.ok(orientations > 4000, `${orientations} orientations`);
  });

  test('Grenoble, naturalisation: no shelter in the first five; Toulouse, AAH: none at all', () => {
    const { index } = realPlaceIndex();
    for (const [town, procedure] of [
      ['Grenoble', 'naturalisation'],
      ['Toulouse', 'aah'],
    ] as const) {
      const o = orient(index, where(town), { procedure }, { at: TUESDAY_MORNING });
      assert.ok(o.results.length >= 5, `${town}: ${o.results.length} results`);
      for (const r of o.results)
        assert.ok(
          r.place.restrictedTo.length === 0 && r.place.source !== 'siao',
          `${town}, ${procedure}: ${r.nom}`,
        );
    }
  });

  test('the shelters for women fleeing violence of the real data: withheld, in nothing published', () => {
    const report = readReal('dataInclusion');
    assert.deepEqual(report.withheld.map((w) => w.nom).sort(), [
      '72-ALT hébergement-Solidarité Femmes 72000 Le Mans',
      'ALT-AFED 92 (ACCUEIL FEMMES EN DIFFICULTE)',
      'APAFED - ALT Grenelle',
      '[APIAF] |GHL| CHRS & ALT APIAF',
    ]);
    const rows = raw('dataInclusion');
    const secrets = report.withheld.flatMap((w) => {
      const row = rows.find((r) => r.id === w.id);
      assert.ok(row, w.id);
      return [String(row.adresse), ...(row.latitude ? [String(row.latitude)] : [])];
    });
    const reports = files.map((key) => readReal(key));
    const built = buildDataset(reports);
    const published = JSON.stringify([
      ...built.shards.values(),
      ...built.doors.values(),
      ...built.directory.values(),
      reports.map(({ places: _places, ...rest }) => rest),
    ]);
    const shelterIds = new Set(report.withheld.map((w) => w.id));
    // Published places name their sources' publishers only, never a row: none is a shelter's.
    const shipped = [...built.shards.values(), ...built.doors.values()].flat();
    assert.deepEqual(
      shipped.filter(
        (p) => shelterIds.has(p.id) || p.provenance.some((s) => Object.keys(s).join() !== 'source'),
      ),
      [],
    );
    for (const secret of secrets.filter((s) => s.length > 12))
      assert.ok(!published.includes(secret), `"${secret}" is published`);
  });
});

/** Rows of a source merged into another row of the same file (the same id listed twice). */
function countMerged(report: ReadReport, source: string): number {
  return report.places
    .filter((p) => p.source === source)
    .reduce((n, p) => n + p.provenance.filter((s) => s.source === source).length - 1, 0);
}

/** The most populated commune of each département: where most people of it would search. */
function mainTowns(gazetteer: Gazetteer) {
  const best = new Map<string, Gazetteer['communes'][number]>();
  for (const commune of gazetteer.communes) {
    if (commune.type !== 'COM' || commune.latitude === null) continue;
    const known = best.get(commune.departement);
    if (!known || commune.population > known.population) best.set(commune.departement, commune);
  }
  return [...best.values()];
}
