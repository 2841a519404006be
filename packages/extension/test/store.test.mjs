import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { lintProblems } from '../scripts/lint.mjs';
import { decodePng } from './png.mjs';

/**
 * What the Chrome Web Store and addons.mozilla.org ask of the zips (after a build): AMO's linter
 * satisfied, the same bytes from the same sources (an AMO reviewer rebuilds them), the icons, and
 * a privacy policy that names every permission the manifest asks for.
 */
const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
const ROOT = join(PACKAGE, '../..');
const version = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')).version;
const zipOf = (target, dist = join(PACKAGE, 'dist')) =>
  join(dist, 'artifacts', `mediation-finder-${target}-${version}.zip`);
const manifestOf = (target) =>
  JSON.parse(readFileSync(join(PACKAGE, 'dist', target, 'manifest.json'), 'utf8'));
const sha256 = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');

function temporary(prefix, use) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    return use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('web-ext lint on the Firefox zip: no error, no warning but the accepted ones (scripts/lint.mjs)', () => {
  temporary('mf-lint-', (dir) => {
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zipOf('firefox'))))) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    assert.deepEqual(lintProblems(dir), []);
  });
});

test("the stores' zips: two builds of the same sources give the same SHA-256", { timeout: 600_000 }, () => {
  temporary('mf-builds-', (dir) => {
    const builds = ['a', 'b'].map((name) => {
      const out = join(dir, name);
      execFileSync('node', [join(PACKAGE, 'scripts/build.mjs'), '--out', out, '--stores-only'], {
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      return out;
    });
    for (const target of ['firefox', 'chrome']) {
      const [first, second] = builds.map((out) => zipOf(target, out));
      assert.equal(sha256(first), sha256(second), `${target}: the two builds differ`);
      const entries = [];
      unzipSync(readFileSync(first), {
        filter: (file) => {
          entries.push(file.name);
          return false;
        },
      });
      assert.deepEqual(entries, [...entries].sort(), `${target}: files in order`);
      assert.ok(entries.includes('manifest.json'));
    }
  });
});

test('icons: 16, 32 and 48 px fill their square; 128 px is 96 px of artwork in a transparent 16 px margin', () => {
  // The PNGs are drawn by the build: only the source is committed.
  const committed = execFileSync('git', ['ls-files', 'src/icons'], { cwd: PACKAGE, encoding: 'utf8' });
  assert.deepEqual(committed.trim().split('\n'), ['src/icons/icon.svg']);
  for (const target of ['chrome', 'firefox']) {
    const { icons } = manifestOf(target);
    assert.deepEqual(Object.keys(icons), ['16', '32', '48', '128']);
    for (const [size, file] of Object.entries(icons)) {
      const png = decodePng(readFileSync(join(PACKAGE, 'dist', target, file)));
      const side = Number(size);
      assert.deepEqual([png.width, png.height], [side, side], file);
      const margin = side === 128 ? 16 : 0;
      const middle = side / 2;
      // The artwork reaches its box's edges (the middle of each side)…
      for (const [x, y] of [
        [margin, middle],
        [side - 1 - margin, middle],
        [middle, margin],
        [middle, side - 1 - margin],
      ])
        assert.ok(png.alpha(x, y) > 200, `${file}: (${x}, ${y}) is drawn`);
      // …and nothing is drawn in the margin.
      for (let y = 0; y < side; y++)
        for (let x = 0; x < side; x++) {
          const inMargin = x < margin || y < margin || x >= side - margin || y >= side - margin;
          if (inMargin) assert.equal(png.alpha(x, y), 0, `${file}: (${x}, ${y}) is in the margin`);
        }
    }
  }
});

/** The backquoted words of a Markdown section (from its `## ` heading to the next). */
function codesIn(markdown, heading) {
  const start = markdown.search(heading);
  assert.ok(start >= 0, `no section ${heading}`);
  const rest = markdown.slice(start);
  const end = rest.indexOf('\n## ', 1);
  const section = end > 0 ? rest.slice(0, end) : rest;
  return [...section.matchAll(/`([^`]+)`/g)].map((match) => match[1]);
}

const sorted = (values) => [...new Set(values)].sort();

test('the privacy policy (docs/, French and English) and the privacy page name every permission and site of the manifests', () => {
  for (const target of ['chrome', 'firefox']) {
    const manifest = manifestOf(target);
    const permissions = sorted([
      ...(manifest.permissions ?? []),
      ...(manifest.optional_permissions ?? []),
      ...(manifest.host_permissions ?? []),
      ...(manifest.optional_host_permissions ?? []),
    ]);
    const sites = sorted(
      manifest.content_scripts.flatMap(({ matches }) =>
        matches.map((match) => match.match(/^https:\/\/\*\.([^/]+)\/\*$/)[1]),
      ),
    );
    for (const [policy, permissionsHeading, sitesHeading] of [
      ['docs/fr/extension-confidentialite.md', /^## Autorisations/m, /^## Sites/m],
      ['docs/en/extension-privacy.md', /^## Permissions/m, /^## Sites/m],
    ]) {
      const markdown = readFileSync(join(ROOT, policy), 'utf8');
      assert.deepEqual(sorted(codesIn(markdown, permissionsHeading)), permissions, `${policy}, ${target}`);
      assert.deepEqual(sorted(codesIn(markdown, sitesHeading)), sites, `${policy}, ${target}`);
    }
    const page = readFileSync(join(PACKAGE, 'src/privacy/privacy.html'), 'utf8');
    assert.deepEqual(
      sorted([...page.matchAll(/data-permission="([^"]+)"/g)].map((match) => match[1])),
      permissions,
      `src/privacy/privacy.html, ${target}`,
    );
  }
});

test("the stores' screenshots (pnpm run screenshots:store): the panel, the worker's popup and the options at 1280 × 800", {
  timeout: 180_000,
}, () => {
  temporary('mf-store-shots-', (dir) => {
    execFileSync('node', [join(ROOT, 'scripts/store-screenshots.mjs'), '--out', dir], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    for (const name of ['store-1-portal-panel.png', 'store-2-worker-popup.png', 'store-3-options.png']) {
      const png = readFileSync(join(dir, name));
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1280, 800], name);
    }
  });
});
