import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openPage, servedExamples } from './helpers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The first answer of a page that presets the place: its first files are asked for by the script
 * tag's first bytes, before the finder's chunk has arrived, its places before the form is drawn,
 * and a social situation's doors cost one small file (issue 24, "a first
 * answer in about a second"; the figures are bench/widget.bench.mjs's).
 */
describe('the first answer of a preset page, in Chromium, offline', () => {
  const examples = servedExamples();
  mkdirSync(join(ROOT, 'build/test'), { recursive: true });
  writeFileSync(
    join(ROOT, 'build/test/preset.html'),
    `<!doctype html><html lang="fr"><head><meta charset="utf-8" /><title>preset</title>
<script type="module" src="/widget/mediation-finder.js"></script></head>
<body><mediation-finder postal-code="77000" procedure="caf-rsa"></mediation-finder></body></html>`,
  );

  let firstCircle = new Set();

  test('the data is asked for before the finder’s code arrives, the places before the form is drawn; doors: one part', async () => {
    const { page, consoleErrors, outsideRequests } = await openPage(examples.browser);
    await page.addInitScript(() => {
      customElements.whenDefined('mediation-finder').then(() => {
        window.defined = performance.now();
      });
      document.addEventListener('mediation-finder-orient', () => {
        window.answered ??= performance.now();
      });
    });
    await page.goto(`${examples.base}build/test/preset.html`);
    await page.waitForFunction(() => window.answered !== undefined);
    const { defined, requests } = await page.evaluate(() => ({
      defined: window.defined,
      requests: performance.getEntriesByType('resource').map((entry) => ({
        path: new URL(entry.name).pathname,
        start: entry.startTime,
        end: entry.responseEnd,
        bytes: entry.decodedBodySize,
      })),
    }));
    const started = (pattern) => requests.find((r) => pattern.test(r.path));
    // The single script tag's first bytes ask for what needs no code to be named.
    const finderChunk = started(/\/chunks\/define-[\w-]+\.js$/);
    assert.ok(finderChunk, 'the finder’s chunk');
    for (const pattern of [
      /\/places\/manifest\.json$/,
      /\/gazetteer\/index\.json$/,
      /\/gazetteer\/postal\/770\.tsv$/,
    ]) {
      const request = started(pattern);
      assert.ok(request, `${pattern} requested`);
      assert.ok(
        request.start < finderChunk.end,
        `${pattern} at ${request.start} ms, the finder's chunk arrived at ${finderChunk.end} ms`,
      );
    }
    // Each once: the finder took the responses the first bytes asked for.
    for (const pattern of [/\/places\/manifest\.json$/, /\/gazetteer\/postal\/770\.tsv$/])
      assert.equal(requests.filter((r) => pattern.test(r.path)).length, 1, `${pattern} fetched once`);
    // Only the postal code's communes: no département's file, nor the whole gazetteer.
    assert.deepEqual(
      requests.filter((r) => /\/gazetteer(\/[\dAB]+)?\.tsv$/.test(r.path)).map((r) => r.path),
      [],
    );
    const shards = requests.filter((r) => /\/places\/places-/.test(r.path)).map((r) => r.path);
    assert.deepEqual(shards, [...new Set(shards)], 'each place file once');
    firstCircle = new Set(shards);
    for (const pattern of [/\/places\/places-77-\d+-[0-9a-f]{12}\.json$/, /\/chunks\/view-/]) {
      const request = started(pattern);
      assert.ok(request, `${pattern} requested`);
      assert.ok(
        request.start < defined,
        `${pattern} at ${request.start} ms, the element defined at ${defined} ms`,
      );
    }
    // RSA with no difficulty said: social work, the person's town hall and council.
    const doors = requests.filter((r) => /\/doors-/.test(r.path));
    assert.equal(doors.length, 1, doors.map((r) => r.path).join(', '));
    assert.match(doors[0].path, /\/doors-77-\d+-[0-9a-f]{12}\.json$/, 'a content-hashed name');
    assert.ok(
      doors[0].bytes < 60_000,
      `${doors[0].bytes} bytes of doors (670 KB for the whole Seine-et-Marne)`,
    );
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(outsideRequests, []);
  });

  test('the first script alone asks for the places of the first circle (the finder’s chunk never comes)', async () => {
    assert.ok(firstCircle.size > 0, 'the test above ran');
    const { page } = await openPage(examples.browser);
    await page.route(/\/chunks\/define-[\w-]+\.js$/, (route) => route.abort());
    const shards = new Set();
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (/\/places\/places-/.test(path)) shards.add(path);
    });
    await page.goto(`${examples.base}build/test/preset.html`);
    const deadline = Date.now() + 30_000;
    while (shards.size < firstCircle.size && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    // A moment more: nothing beyond the first circle.
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual([...shards].sort(), [...firstCircle].sort(), 'the search’s first circle, and only it');
    assert.equal(await page.evaluate(() => customElements.get('mediation-finder')), undefined);
    await page.close();
  });

  test('two preset finders on one page: each one’s first circle, the manifest read once', async () => {
    writeFileSync(
      join(ROOT, 'build/test/preset-two.html'),
      `<!doctype html><html lang="fr"><head><meta charset="utf-8" /><title>two</title>
<script type="module" src="/widget/mediation-finder.js"></script></head>
<body><mediation-finder postal-code="77000" procedure="caf-rsa"></mediation-finder>
<mediation-finder postal-code="69001" procedure="caf-rsa"></mediation-finder></body></html>`,
    );
    const { page } = await openPage(examples.browser);
    await page.route(/\/chunks\/define-[\w-]+\.js$/, (route) => route.abort());
    const paths = [];
    page.on('request', (request) => paths.push(new URL(request.url()).pathname));
    await page.goto(`${examples.base}build/test/preset-two.html`);
    const asked = (pattern) => paths.some((p) => pattern.test(p));
    const deadline = Date.now() + 30_000;
    while (!(asked(/\/places-77-/) && asked(/\/places-69-/)) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    assert.ok(asked(/\/places-77-/), 'Melun’s first circle');
    assert.ok(asked(/\/places-69-/), 'Lyon’s first circle');
    assert.equal(paths.filter((p) => p.endsWith('/places/manifest.json')).length, 1, 'one manifest');
    await page.close();
  });
});
