import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { datasetProblem } from '../src/options/dataset-check.js';

/** A server of a few files (path → body), 404 for the rest. */
const server =
  (files: Record<string, string>): typeof fetch =>
  async (input) => {
    const path = new URL(String(input)).pathname;
    const body = files[path];
    return new Response(body ?? 'not found', { status: body === undefined ? 404 : 200 });
  };

const SHIPPED = new URL('../../widget/dist/data/places/manifest.json', import.meta.url);

test('a dataset address is saved only when it serves a mediation-finder manifest', async (t) => {
  const phish = server({ '/phish.html': '<html>Connectez-vous</html>', '/data/manifest.json': '{"a":1}' });
  assert.deepEqual(await datasetProblem('https://example.org/phish.html', phish), {
    key: 'datasetNotDataset',
  });
  assert.deepEqual(await datasetProblem('https://example.org/data/', phish), { key: 'datasetNotDataset' });
  assert.deepEqual(await datasetProblem('https://example.org/nothing/', phish), {
    key: 'datasetHttp',
    status: '404',
  });
  const html = server({ '/site/manifest.json': '<!doctype html><p>Bienvenue</p>' });
  assert.deepEqual(await datasetProblem('https://example.org/site/', html), { key: 'datasetNotDataset' });
  const down: typeof fetch = async () => {
    throw new TypeError('Failed to fetch');
  };
  assert.deepEqual(await datasetProblem('https://example.org/data/', down), { key: 'datasetUnreadable' });
  let manifest: string;
  try {
    manifest = readFileSync(SHIPPED, 'utf8');
  } catch {
    t.skip('needs the widget build (its shipped manifest)');
    return;
  }
  const dataset = server({ '/77/manifest.json': manifest });
  assert.equal(await datasetProblem('https://example.org/77/', dataset), null);
  assert.equal(await datasetProblem('https://example.org/77/manifest.json', dataset), null);
});
