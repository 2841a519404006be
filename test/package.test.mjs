import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium, openPage, serveFolders, urlOf } from './helpers.mjs';

/**
 * The npm packages as an institution's developer meets them: `npm pack`, the widget and the data
 * installed offline into a fresh plain-HTML project, loaded in Chromium, type-checked by
 * TypeScript; the core's CLI run from its tarball. (The apps of other stacks, installed from the
 * registry: stack.test.mjs.)
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

function pack(packageDir, into) {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', into], {
      cwd: join(ROOT, packageDir),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  return { tarball: join(into, packed.filename), files: packed.files.map((f) => f.path) };
}

describe('@mediation-finder/widget from its npm tarball, in a fresh project, offline', () => {
  const work = mkdtempSync(join(tmpdir(), 'mf-package-'));
  const project = join(work, 'project');
  let packed;
  let data;
  let server;
  let browser;

  before(async () => {
    packed = pack('packages/widget', work);
    data = pack('packages/data', work);
    mkdirSync(project);
    writeFileSync(
      join(project, 'package.json'),
      '{ "name": "a-town-site", "private": true, "type": "module" }\n',
    );
    execFileSync(
      'npm',
      ['install', packed.tarball, data.tarball, '--offline', '--no-audit', '--no-fund', '--ignore-scripts'],
      {
        cwd: project,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    server = await serveFolders({ '/': project });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  test('holds the script, its chunks, the types, the manifest, the licence and the changelog; the data apart', () => {
    for (const file of [
      'LICENSE',
      'README.md',
      'CHANGELOG.md',
      'package.json',
      'dist/mediation-finder.js',
      'dist/mediation-finder.d.ts',
      'dist/element.js',
      'dist/element.d.ts',
      'dist/custom-elements.json',
      'dist/react.d.ts',
      'dist/vue.d.ts',
      'dist/embed.html',
      'dist/embed.js',
      'dist/embed.css',
      'dist/embed-host.js',
    ])
      assert.ok(packed.files.includes(file), file);
    for (const file of ['dist/places/manifest.json', 'dist/gazetteer/index.json', 'LICENCE.md'])
      assert.ok(data.files.includes(file), file);
    assert.deepEqual(
      packed.files.filter((f) => f.startsWith('dist/data/') || f.endsWith('.map')),
      [],
      'the data is its own package; the source maps stay in the repository',
    );
    assert.deepEqual(
      packed.files.filter((f) => /^(src|test|scripts)\//.test(f)),
      [],
      'sources and tests stay out',
    );
    const manifest = JSON.parse(
      readFileSync(join(project, 'node_modules/@mediation-finder/widget/package.json')),
    );
    assert.deepEqual(manifest.dependencies ?? {}, {}, 'everything it needs is bundled');
    const elements = JSON.parse(
      readFileSync(join(project, 'node_modules/@mediation-finder/widget/dist/custom-elements.json')),
    );
    const finder = elements.modules
      .flatMap((m) => m.declarations ?? [])
      .find((d) => d.name === 'MediationFinder');
    assert.equal(finder.tagName, 'mediation-finder');
    // Every custom property the styles read is documented.
    const styles = readFileSync(join(ROOT, 'packages/widget/src/finder/mediation-finder.styles.ts'), 'utf8');
    const used = [...new Set([...styles.matchAll(/var\((--mf-[a-z-]+)/g)].map((m) => m[1]))].sort();
    const documented = finder.cssProperties.map((p) => p.name);
    assert.deepEqual(
      used.filter((name) => !documented.includes(name)),
      [],
    );
  });

  test('one script tag, the class registered under another name and embed.html all answer from the data package', async () => {
    // The data package's files where the script looks by default (a plain server's copy)…
    cpSync(
      join(project, 'node_modules/@mediation-finder/data/dist'),
      join(project, 'node_modules/@mediation-finder/widget/dist/data'),
      { recursive: true },
    );
    writeFileSync(
      join(project, 'index.html'),
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Aide</title>
<script type="module" src="./node_modules/@mediation-finder/widget/dist/mediation-finder.js"></script></head>
<body><main><mediation-finder postal-code="77000" procedure="caf-rsa" difficulty="learn"></mediation-finder></main></body></html>`,
    );
    // … or where data-url says.
    writeFileSync(
      join(project, 'element.html'),
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Aide</title>
<script type="module">
  import { MediationFinder } from './node_modules/@mediation-finder/widget/dist/element.js';
  customElements.define('town-finder', class extends MediationFinder {});
</script></head>
<body><main><town-finder data-url="./node_modules/@mediation-finder/data/dist/" postal-code="13001" procedure="ameli-compte" difficulty="learn"></town-finder></main></body></html>`,
    );
    const base = urlOf(server);
    for (const [page, tag, town] of [
      ['index.html', 'mediation-finder', 'Melun'],
      ['element.html', 'town-finder', 'Marseille'],
      // embed.html, for an iframe, beside the script and its data.
      [
        'node_modules/@mediation-finder/widget/dist/embed.html?postal-code=35000&procedure=ameli-c2s&difficulty=learn',
        'mediation-finder',
        'Rennes',
      ],
    ]) {
      const { page: tab, consoleErrors, outsideRequests } = await openPage(browser);
      await tab.addInitScript(() => {
        document.addEventListener('mediation-finder-orient', (event) => {
          window.orientation_ = event.detail;
        });
      });
      await tab.goto(base + page);
      await tab.waitForFunction(() => window.orientation_ !== undefined, null, { timeout: 30_000 });
      const detail = await tab.evaluate(() => window.orientation_);
      assert.match(detail.location.label, new RegExp(town));
      assert.ok(detail.results.length > 0, page);
      assert.ok((await tab.locator(`${tag} li.card`).count()) > 0, page);
      assert.equal(
        await tab.evaluate((name) => !!customElements.get(name), 'mediation-finder'),
        tag === 'mediation-finder',
      );
      assert.deepEqual(consoleErrors, []);
      assert.deepEqual(outsideRequests, []);
      await tab.close();
    }
  });

  test('TypeScript knows the element, its properties and its events, and refuses misuse', () => {
    const options = ['--noEmit', '--strict', '--target', 'es2022', '--module', 'esnext'];
    options.push('--moduleResolution', 'bundler', '--lib', 'es2022,dom');
    writeFileSync(
      join(project, 'good.ts'),
      `import '@mediation-finder/widget';
import type { MediationFinderErrorDetail, OrientationJson } from '@mediation-finder/widget';
import { MediationFinder } from '@mediation-finder/widget/element';

const finder = document.querySelector('mediation-finder');
if (finder) {
  finder.postalCode = '77000';
  finder.limit = 5;
  finder.addEventListener('mediation-finder-orient', (event) => {
    const first: string | undefined = event.detail.results[0]?.nom;
    const km: number | undefined = event.detail.results[0]?.distance_km;
    console.log(first, km);
  });
  finder.addEventListener('mediation-finder-error', (event) => {
    const kind: MediationFinderErrorDetail['kind'] = event.detail.kind;
    console.log(kind);
  });
}
customElements.define('town-finder', class extends MediationFinder {});
const kept: OrientationJson | null = null;
console.log(kept, document.createElement('mediation-finder').radius);
`,
    );
    const good = spawnSync('node', [TSC, ...options, 'good.ts'], { cwd: project, encoding: 'utf8' });
    assert.equal(good.status, 0, good.stdout + good.stderr);
    writeFileSync(
      join(project, 'bad.ts'),
      `import '@mediation-finder/widget';
const finder = document.createElement('mediation-finder');
finder.limit = 'ten';
finder.addEventListener('mediation-finder-orient', (event) => event.detail.results[0]?.no_such_field);
`,
    );
    const bad = spawnSync('node', [TSC, ...options, 'bad.ts'], { cwd: project, encoding: 'utf8' });
    assert.notEqual(bad.status, 0);
    assert.match(bad.stdout, /bad\.ts\(3,1\): error TS2322/);
    assert.match(bad.stdout, /bad\.ts\(4,.*no_such_field/);
  });
});

describe('@mediation-finder/core from its npm tarball', () => {
  test('holds its code, types, CLI, licence and changelog; the CLI runs from it', () => {
    const work = mkdtempSync(join(ROOT, 'packages/core/.pack-'));
    try {
      const packed = pack('packages/core', work);
      for (const file of [
        'LICENSE',
        'README.md',
        'CHANGELOG.md',
        'bin/mediation-finder.js',
        'dist/index.js',
        'dist/index.d.ts',
        'dist/read.js',
        'dist/read.d.ts',
        'dist/messages.js',
        'dist/messages/generated/locales/es.js',
      ])
        assert.ok(packed.files.includes(file), file);
      assert.deepEqual(
        packed.files.filter((f) => /^(src|test|bench|data)\//.test(f)),
        ['data/gazetteer.tsv'],
        'of the data, only the gazetteer the CLI reads',
      );
      // Unpacked inside packages/core, its dependencies resolve as an installed package's would.
      execFileSync('tar', ['-xzf', packed.tarball, '-C', work]);
      const procedures = execFileSync('node', [join(work, 'package/bin/mediation-finder.js'), 'procedures'], {
        encoding: 'utf8',
      });
      assert.match(procedures, /caf-rsa/);
      // The README's count is the catalogue's.
      const listed = procedures.split('\n').filter((line) => /^[a-z0-9-]+ /.test(line)).length;
      const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
      assert.equal(Number(readme.match(/`mediation-finder procedures` lists all (\d+)/)?.[1]), listed);
      // A person's words, from the message catalogue the package carries.
      const core = join(ROOT, 'packages/core');
      const spanish = spawnSync(
        'node',
        [
          join(work, 'package/bin/mediation-finder.js'),
          'orient',
          '--gazetteer',
          join(core, 'test/fixtures/communes.tsv'),
          '--data',
          join(core, 'test/fixtures/who-is-who-v1.csv'),
          '--where',
          '99999',
          '--locale',
          'es',
        ],
        { encoding: 'utf8' },
      );
      assert.equal(spanish.status, 2);
      assert.match(spanish.stderr, /Ningún municipio tiene el código postal 99999\./);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
