import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { COVERAGE_KINDS, type CoverageRow, coverageCsv, summarizeCoverage } from '../src/audit/coverage.js';
import { coveragePage } from '../src/audit/coverage-page.js';
import { DoorFinder } from '../src/audit/door-finder.js';
import { areasOf } from '../src/audit/doors.js';
import { DATA_GAPS, type DataGap } from '../src/audit/gaps.js';
import { INVARIANTS } from '../src/audit/invariants.js';
import { catalogueNeeds, needLabel, placeClasses, placeSignature } from '../src/audit/needs.js';
import { summarizeAudit, type TimedResult } from '../src/audit/report.js';
import { main } from '../src/cli/main.js';
import { PROCEDURES } from '../src/procedures/catalogue.js';
import { place, VENISSIEUX } from './audit-fixtures.js';
import { needsSharedData } from './helpers.js';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { write: (t: string) => (out += t) }, { write: (t: string) => (err += t) });
  return { code, out, err };
}

describe('audit: the needs and their classes', () => {
  test('every need of the catalogue, once: procedure × difficulty × situation × travel', () => {
    const needs = catalogueNeeds();
    assert.equal(needs.length, (PROCEDURES.length + 1) * 6 * 6 * 2);
    assert.equal(new Set(needs.map(needLabel)).size, needs.length);
  });

  test('place classes split the needs; a class’s needs read alike for their places', () => {
    const needs = catalogueNeeds();
    const classes = placeClasses(needs);
    assert.equal(
      classes.reduce((n, c) => n + c.members.length, 0),
      needs.length,
    );
    for (const c of classes) {
      const signature = JSON.stringify(placeSignature(c.need));
      for (const m of c.members) assert.equal(JSON.stringify(placeSignature(m)), signature, needLabel(m));
    }
    // Most situations do not change the places: "debt" shares its class with no situation;
    // violence brings its own kind of help (a CIDFF), homelessness opens the SIAO's day centres.
    const rsa = classes.find((c) => c.members.some((m) => m.procedure === 'caf-rsa' && !m.difficulty));
    const alone = (situation: string) =>
      rsa?.members.some((m) => m.procedure === 'caf-rsa' && m.situations?.[0] === situation);
    assert.ok(alone('debt'));
    assert.ok(!alone('violence'));
    assert.ok(!alone('homeless'));
    // A proxy vote's needs are a class of their own (its in-person notice): 417 classes.
    assert.ok(classes.length < 430, `${classes.length} classes`);
  });
});

describe('audit: doors that open to a person', () => {
  test('their own residents-only doors are looked up, others’ never found', () => {
    const own = place({
      id: 'ccas-venissieux',
      latitude: 45.7,
      longitude: 4.88,
      insee: '69259',
      claims: ['ccas'],
    });
    const foreign = place({
      id: 'ccas-saint-fons',
      latitude: 45.708,
      longitude: 4.853,
      insee: '69199',
      claims: ['ccas'],
    });
    const open = place({ id: 'epn', latitude: 45.75, longitude: 4.85 });
    const finder = new DoorFinder([foreign, own, open], { offeredAs: 'social-work' });
    const from = { ...VENISSIEUX, areas: areasOf(VENISSIEUX.territory) };
    assert.equal(finder.nearest(from, 50)?.place.id, 'ccas-venissieux');
    assert.equal(new DoorFinder([foreign, open]).nearest(from, 50)?.place.id, 'epn');
    assert.equal(new DoorFinder([foreign]).nearest(from, 50), undefined);
    assert.equal(
      new DoorFinder([foreign], { everyone: true }).nearest(from, 50)?.place.id,
      'ccas-saint-fons',
    );
  });
});

describe('audit: known gaps of the data', () => {
  const result = (departement: string, broken: Record<string, number>): TimedResult => ({
    departement,
    communes: 2,
    population: 100,
    classes: 4,
    orientations: 8,
    findings: [
      {
        insee: `${departement}01`,
        name: 'A',
        departement,
        population: 60,
        classes: 2,
        orientations: 4,
        broken: Object.fromEntries(
          Object.entries(broken).map(([id, needs]) => [
            id,
            { needs, cases: 1, example: { need: 'x', detail: 'y' } },
          ]),
        ),
      },
    ],
    lines: { insee: `${departement}01`, name: 'A', population: 60, broken: {} },
    ms: 1,
    cpuMs: 1,
  });
  const gap: DataGap = {
    departements: ['975'],
    invariants: ['social-work-door'],
    why: 'no office in the data',
  };

  test('a gap’s violations are counted apart, never hard; the same elsewhere are', () => {
    const summary = summarizeAudit(
      [result('975', { 'social-work-door': 5 }), result('59', { 'social-work-door': 3 })],
      INVARIANTS,
      10,
      10,
      [gap],
    );
    const socialWork = summary.invariants.find((i) => i.id === 'social-work-door');
    assert.equal(socialWork?.violations, 3);
    assert.equal(socialWork?.gaps, 5);
    assert.deepEqual(
      socialWork?.worst.map((w) => w.departement),
      ['59'],
    );
    assert.equal(summary.hard, 3);
    assert.deepEqual(summary.closedGaps, []);
    assert.equal(summary.gapViolations.get(gap), 5);
  });

  test('a gap covers only its invariants; a gap that broke nothing is reported as closed', () => {
    const summary = summarizeAudit([result('975', { 'crisis-first': 2 })], INVARIANTS, 10, 10, [gap]);
    assert.equal(summary.hard, 2);
    assert.deepEqual(summary.closedGaps, [gap]);
  });

  test('every gap names a known invariant and says why', () => {
    for (const g of DATA_GAPS) {
      assert.ok(g.why.length > 40, g.departements.join());
      for (const id of g.invariants)
        assert.ok(
          INVARIANTS.some((i) => i.id === id),
          id,
        );
    }
  });
});

describe('audit: the coverage report', () => {
  const row = (insee: string, name: string, population: number, km: Array<number | null>): CoverageRow => ({
    insee,
    name,
    departement: insee.slice(0, 2),
    population,
    latitude: 44.5,
    longitude: 3.5,
    km,
    nearest: km.map((k) => (k === null ? null : 'fs-1')),
  });
  const kinds = COVERAGE_KINDS.slice(0, 2);
  const rows = [row('48095', 'Mende', 12000, [2, 35]), row('48001', 'Albaret, "le Comtal"', 131, [null, 15])];
  const places = new Map([['fs-1', { nom: 'France services de Mende', commune: 'Mende' }]]);

  test('CSV: one row per commune with its population, distances and nearest door; quoted where needed', () => {
    const csv = coverageCsv(rows, places, kinds);
    assert.ok(
      csv.startsWith('\uFEFFinsee,commune,departement,population,latitude,longitude,social-work_km,'),
    );
    const lines = csv.slice(1).trimEnd().split('\r\n');
    assert.equal(lines.length, 3);
    assert.equal(
      lines[1],
      '48095,Mende,48,12000,44.5,3.5,2,France services de Mende (Mende),fs-1,35,France services de Mende (Mende),fs-1',
    );
    assert.match(lines[2] ?? '', /^48001,"Albaret, ""le Comtal""",48,131,44.5,3.5,,,,15,/);
  });

  test('summary: people farther than 10, 20, 30 km, and with none within reach', () => {
    const [social, admin] = summarizeCoverage(rows, kinds);
    assert.deepEqual(social?.beyond, [131, 131, 131]);
    assert.equal(social?.none, 131);
    assert.deepEqual(admin?.beyond, [12131, 12000, 12000]);
  });

  test('page: self-contained, tables first, data never read as markup, tiles only when given', () => {
    const hostile = new Map([['fs-1', { nom: '</script><script>alert(1)</script>', commune: 'Mende' }]]);
    const input = {
      rows,
      places: hostile,
      kinds: kinds.map((k) => ({ id: k.id, label: k.id })),
      departements: { '48': 'Lozère' },
      source: { data: 'data/places', at: '2026-11-24T09:00:00.000Z', attribution: 'ANCT <test>' },
      leaflet: {
        script: 'window.L = undefined; /* </script> inside a library */',
        style: '.leaflet-container{}',
      },
    };
    const page = coveragePage(input);
    assert.equal((page.match(/<\/script>/g) ?? []).length, 3, 'only the three script elements close');
    assert.ok(!page.includes('alert(1)</script>'));
    assert.ok(page.includes('ANCT &lt;test&gt;'));
    assert.ok(!/https?:\/\//.test(page.replace(/https?:\/\/example\.org/g, '')), 'no address to fetch');
    assert.ok(page.indexOf('id="departements"') < page.indexOf('id="map"'), 'the tables come before the map');
    assert.match(
      page,
      /<th scope="col" class="number"><button type="button" data-key="km">Distance<\/button><\/th>/,
    );
    const tiled = coveragePage({
      ...input,
      tiles: { url: 'https://tiles.example.org/{z}/{x}/{y}.png', attribution: '© OSM' },
    });
    assert.ok(
      tiled.includes('https:\\/\\/tiles.example.org') || tiled.includes('https://tiles.example.org/{z}'),
    );
    assert.ok(tiled.includes('Base map: © OSM.'));
  });
});

const DATA = join(import.meta.dirname ?? '.', '../data/places/manifest.json');
const built = existsSync(DATA) ? {} : { skip: 'needs the shipped dataset: run "pnpm run data" first' };
const AT = ['--at', '2026-11-24T10:00:00+01:00'];

describe('mediation-finder audit on the shipped data', needsSharedData, () => {
  test(
    'Corse-du-Sud and Saint-Pierre-et-Miquelon: every commune, every invariant, classes verified, coverage written',
    built,
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'audit-'));
      try {
        const { code, out } = await run([
          'audit',
          '--departement',
          '2A',
          '--departement',
          '975',
          '--json',
          '--workers',
          '1',
          '--verify',
          '2',
          '--coverage',
          dir,
          ...AT,
        ]);
        const report = JSON.parse(out);
        assert.equal(code, report.hard > 0 ? 1 : 0, 'exit code 1 exactly when a hard invariant breaks');
        assert.equal(report.departements, 2);
        assert.ok(report.communes > 120, `${report.communes} communes`);
        assert.equal(report.needs, catalogueNeeds().length);
        assert.deepEqual(
          report.invariants.map((i: { id: string }) => i.id),
          INVARIANTS.map((i) => i.id),
        );
        // The classes the audit relies on hold on real communes: no need orients apart from its class.
        assert.equal(report.verification.communes.length, 4);
        assert.deepEqual(report.verification.placeSplits, []);
        assert.deepEqual(report.verification.lineSplits, []);
        assert.equal(report.verification.narrowDoors, true);
        assert.ok(report.orientations > report.communes * report.classes.perCommune * 2);
        for (const i of report.invariants)
          for (const w of i.worst) assert.ok(['2A', '975'].includes(w.departement), `${i.id}: ${w.insee}`);
        const csv = readFileSync(join(dir, 'coverage.csv'), 'utf8');
        assert.equal(csv.trimEnd().split('\r\n').length, report.communes + 1);
        assert.match(csv, /\n2A004,Ajaccio,2A,\d+,/);
        const page = readFileSync(join(dir, 'coverage.html'), 'utf8');
        assert.match(page, /<h1>Where the network is thin<\/h1>/);
        assert.ok(!/<(img|link|iframe)[^>]+(src|href)="https?:/.test(page), 'nothing fetched without tiles');
        assert.ok(page.includes('"2A004","Ajaccio","2A"'));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  test('on worker threads, the same figures as in one thread', built, async () => {
    const args = ['audit', '--departement', '975', '--departement', '977', '--json', '--verify', '0', ...AT];
    const one = JSON.parse((await run([...args, '--workers', '1'])).out);
    const two = JSON.parse((await run([...args, '--workers', '2'])).out);
    assert.equal(two.workers, 2);
    assert.equal(two.orientations, one.orientations);
    assert.deepEqual(two.invariants, one.invariants);
  });

  test('problems are named, with exit code 2 and nothing on stdout', built, async () => {
    for (const [args, message] of [
      [['--departement', '1A'], /unknown --departement "1A"/],
      [['--at', 'tomorrow'], /--at must be a date/],
      [['--tiles', 'https://t.example.org/{z}/{x}/{y}.png'], /--tiles goes with --coverage DIR/],
      [
        ['--coverage', '/tmp/x', '--tiles', 'http://t.example.org/{z}/{x}/{y}.png'],
        /--tiles must be an https:\/\/ template/,
      ],
      [['--data', '/nonexistent/places', '--departement', '975'], /cannot read \/nonexistent\/places/],
      [['--workers', 'many'], /--workers must be a whole number/],
    ] as const) {
      const { code, out, err } = await run(['audit', ...args]);
      assert.equal(code, 2, args.join(' '));
      assert.equal(out, '');
      assert.match(err, message);
    }
  });
});
