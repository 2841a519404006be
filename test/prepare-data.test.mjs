import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { prepareData } from '../scripts/prepare-data.mjs';

const FIXTURES = new URL('./fixtures/publishers/', import.meta.url);

/** Stands in for geo.api.gouv.fr and data.gouv.fr; `down` makes every answer a 503. */
function publishers() {
  const state = { down: false, requests: [] };
  const server = createServer((request, response) => {
    state.requests.push(request.url);
    if (state.down) return response.writeHead(503).end();
    const base = `http://127.0.0.1:${server.address().port}`;
    const files = {
      '/geo/communes': 'communes.json',
      '/geo/departements': 'departements.json',
      '/datasets/r/national': 'lieux-national.csv',
      '/files/liste-fs-20240801.csv': 'liste-fs.csv',
      '/annuaire/export': 'annuaire.json',
    };
    if (request.url === '/api/datasets/france-services/') {
      // The dataset page lists several resources: the newest CSV must be chosen.
      return response.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          resources: [
            { format: 'csv', url: `${base}/files/old.csv`, last_modified: '2021-01-01T00:00:00' },
            {
              format: 'csv',
              url: `${base}/files/liste-fs-20240801.csv`,
              last_modified: '2024-08-01T00:00:00',
            },
            { format: 'pdf', url: `${base}/files/notice.pdf`, last_modified: '2025-01-01T00:00:00' },
          ],
        }),
      );
    }
    const file = files[request.url];
    if (!file) return response.writeHead(404).end();
    response.writeHead(200).end(readFileSync(new URL(file, FIXTURES)));
  });
  return { server, state };
}

function remoteSources(base) {
  return {
    communes: { file: 'communes-geo-api.json', url: `${base}/geo/communes` },
    departements: { file: 'departements-geo-api.json', url: `${base}/geo/departements` },
    places: [
      { file: 'lieux-de-mediation-numerique-national.csv', url: `${base}/datasets/r/national` },
      { file: 'liste-france-services.csv', dataset: `${base}/api/datasets/france-services/` },
      { file: 'annuaire-administration.json', url: `${base}/annuaire/export` },
    ],
  };
}

async function captureStderr(run) {
  const original = process.stderr.write.bind(process.stderr);
  let text = '';
  process.stderr.write = (chunk) => {
    text += chunk;
    return true;
  };
  try {
    return { result: await run(), text };
  } catch (error) {
    error.stderr = text;
    throw error;
  } finally {
    process.stderr.write = original;
  }
}

describe('prepare-data without ../shared/data: downloads from the publishers', () => {
  let publisher;
  let remote;
  const cacheDir = mkdtempSync(join(tmpdir(), 'mf-cache-'));
  const outDir = mkdtempSync(join(tmpdir(), 'mf-out-'));
  before(async () => {
    publisher = publishers();
    await new Promise((resolve) => publisher.server.listen(0, '127.0.0.1', resolve));
    remote = remoteSources(`http://127.0.0.1:${publisher.server.address().port}`);
  });
  after(() => publisher.server.close());

  test('downloads, validates and builds the gazetteer and the sharded dataset', async () => {
    const { result, text } = await captureStderr(() =>
      prepareData({ sharedDir: null, remote, cacheDir, outDir, today: new Date('2026-11-23') }),
    );
    assert.match(text, /downloading from the publishers/);
    assert.match(text, /lieux-de-mediation-numerique-national\.csv: 3 rows, 2 accepted, 1 rejected/);
    assert.ok(
      publisher.state.requests.includes('/files/liste-fs-20240801.csv'),
      'newest CSV resource chosen',
    );
    assert.ok(!publisher.state.requests.includes('/files/old.csv'));
    const { manifest } = result;
    assert.equal(manifest.places, 4);
    assert.deepEqual(Object.keys(manifest.shards), ['75', '77']);
    assert.equal(manifest.dataDate, '2025-05-02');
    assert.match(manifest.attribution, /Licence Ouverte 2\.0/);
    const melun = JSON.parse(readFileSync(join(outDir, 'places', manifest.shards['77'].file), 'utf8'));
    const franceServices = melun.find((p) => p.id === 'france-services-9001');
    assert.equal(
      franceServices.horaires,
      'Mo-Tu 09:00-12:00,14:00-17:00; We 09:00-12:00; Th 09:00-12:00,14:00-17:00; Fr 09:00-12:00,14:00-16:00',
    );
    assert.equal(franceServices.date_maj, '2024-08-01');
    // The annuaire's current export: the CAF counter is a routable place, the town hall a door by
    // territory, in the part of its département's doors that holds Melun's (the only one here).
    const caf = melun.find((p) => p.nom.startsWith("Caisse d'allocations familiales"));
    assert.deepEqual(caf.typologie, ['CAF']);
    assert.equal(caf.adresse, '21 avenue de Corbeil');
    assert.equal(caf.horaires, 'Mo-Fr 08:30-12:00');
    assert.equal(caf.date_maj, '2025-03-14');
    assert.equal(caf.claims[0].kind, 'caf');
    assert.equal(manifest.doors['77'].parts, 1);
    // Named by their content (issue 25): a cache never mixes two builds.
    assert.match(manifest.doors['77'].hash, /^[0-9a-f]{12}$/);
    assert.match(manifest.shards['77'].file, /^places-77-[0-9a-f]{12}\.json$/);
    const doors = JSON.parse(
      readFileSync(join(outDir, 'places', `doors-77-0-${manifest.doors['77'].hash}.json`), 'utf8'),
    );
    assert.deepEqual(
      doors.map((p) => [p.nom, p.claims[0].kind, p.horaires]),
      [['Mairie - Melun', 'town-hall', 'Mo-Fr 08:30-12:00,13:30-17:30']],
    );
    const gazetteer = readFileSync(join(outDir, 'gazetteer.tsv'), 'utf8').trim().split('\n');
    assert.equal(gazetteer.length, 5, 'header and 4 communes');
    // Melun resolves at its town hall (the annuaire's current export), and says so; Paris, whose
    // town hall the fixture does not give, at its centre.
    assert.ok(gazetteer.includes('77288\tMelun\tC\t\t77000\t41776\t48.540\t2.655\tM'), gazetteer[1]);
    assert.ok(gazetteer.some((line) => /^75056\tParis\t.*\t48\.859\t2\.347\tC$/.test(line)));
    assert.match(text, /communes at their town hall: 1 of 4/);
  });

  test('a failed download falls back to the cached copy and says so', async () => {
    publisher.state.down = true;
    const { result, text } = await captureStderr(() =>
      prepareData({ sharedDir: null, remote, cacheDir, outDir }),
    );
    assert.match(
      text,
      /WARNING: download of communes-geo-api\.json failed \(HTTP 503 for .*\); using the copy cached on \d{4}-\d{2}-\d{2}/,
    );
    assert.equal(result.manifest.places, 4);
  });

  test('a failed download with nothing cached stops with a clear message', async () => {
    publisher.state.down = true;
    const emptyCache = mkdtempSync(join(tmpdir(), 'mf-empty-'));
    const otherOut = join(emptyCache, 'out');
    await assert.rejects(
      captureStderr(() => prepareData({ sharedDir: null, remote, cacheDir: emptyCache, outDir: otherOut })),
      /download of communes-geo-api\.json failed \(HTTP 503 for .*\) and there is no cached copy/,
    );
    assert.equal(existsSync(otherOut), false, 'nothing half-built is left behind');
  });
});
