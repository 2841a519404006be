import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openPage, servedExamples } from './helpers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The first answer of a page that presets the place: its data is asked for while the script is
 * still being evaluated, and a social situation's doors cost one small file (issue 24, "a first
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

  test('the data and the results’ view are asked for before the element is defined; doors: one part', async () => {
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
        bytes: entry.decodedBodySize,
      })),
    }));
    const started = (pattern) => requests.find((r) => pattern.test(r.path));
    for (const pattern of [/\/places\/manifest\.json$/, /\/gazetteer\/index\.json$/, /\/chunks\/view-/]) {
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
    assert.match(doors[0].path, /\/doors-77-\d+\.json$/);
    assert.ok(
      doors[0].bytes < 60_000,
      `${doors[0].bytes} bytes of doors (670 KB for the whole Seine-et-Marne)`,
    );
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(outsideRequests, []);
  });
});
