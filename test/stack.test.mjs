import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium, openPage, serveFolders, urlOf } from './helpers.mjs';

/**
 * The widget in the stacks a town hall's developer uses, from the packed tarballs (`pnpm pack`
 * of the widget, core and the data), installed with npm from the registry into fresh apps
 * (test/apps/: a Vite app built and served by Vite's dev server, a React 19 app, a Vue 3 app, a
 * page rendered on a server), each opened in Chromium and finding places; the types checked with
 * each module resolution; the packages' sizes printed. npm's cache is .cache/npm (ignored): a
 * second run installs from it.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const APPS = join(ROOT, 'test/apps');
const WORK = join(ROOT, '.cache/stack');
const PROJECT = join(WORK, 'apps');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const MB = 1e6;
const started = Date.now();

function pack(name) {
  const output = execFileSync('pnpm', ['pack', '--json', '--pack-destination', join(WORK, 'packed')], {
    cwd: join(ROOT, 'packages', name),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const packed = JSON.parse(output.slice(output.indexOf('{')));
  return { tarball: packed.filename, files: packed.files.map((f) => f.path) };
}

/** Bytes of every file under a folder. */
function sizeOf(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.size;
  return execFileSync('find', [path, '-type', 'f', '-printf', '%s\\n'], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .reduce((sum, line) => sum + Number(line), 0);
}

const run = (args, cwd, options = {}) =>
  spawnSync(args[0], args.slice(1), { cwd, encoding: 'utf8', timeout: 300_000, ...options });

describe('the widget in every stack, from the packed tarballs', () => {
  const packed = {};
  let browser;
  const servers = [];

  before(async () => {
    rmSync(PROJECT, { recursive: true, force: true });
    rmSync(join(WORK, 'packed'), { recursive: true, force: true });
    mkdirSync(PROJECT, { recursive: true });
    for (const name of ['widget', 'core', 'data']) packed[name] = pack(name);
    cpSync(APPS, PROJECT, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8'));
    manifest.dependencies = Object.fromEntries(
      ['widget', 'core', 'data'].map((name) => [`@mediation-finder/${name}`, `file:${packed[name].tarball}`]),
    );
    writeFileSync(join(PROJECT, 'package.json'), JSON.stringify(manifest, null, 2));
    const install = run(
      [
        'npm',
        'install',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        '--cache',
        join(ROOT, '.cache/npm'),
        '--loglevel',
        'error',
      ],
      PROJECT,
    );
    assert.equal(install.status, 0, install.stdout + install.stderr);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    for (const server of servers) server.close();
    // The apps' builds hold three copies of the data: gone; npm's cache stays for the next run.
    rmSync(WORK, { recursive: true, force: true });
    console.log(`# stack test: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  });

  test('the packages an app can afford: the widget under 2 MB unpacked, the data apart (sizes printed)', () => {
    const installed = (name) => join(PROJECT, 'node_modules/@mediation-finder', name);
    const sizes = Object.fromEntries(
      ['widget', 'core', 'data'].map((name) => [
        name,
        { packed: statSync(packed[name].tarball).size, unpacked: sizeOf(installed(name)) },
      ]),
    );
    for (const [name, { packed: tgz, unpacked }] of Object.entries(sizes)) {
      console.log(
        `# @mediation-finder/${name}: ${(tgz / MB).toFixed(2)} MB packed, ${(unpacked / MB).toFixed(2)} MB unpacked, ${packed[name].files.length} files`,
      );
    }
    assert.ok(sizes.widget.unpacked < 2 * MB, `widget: ${sizes.widget.unpacked} bytes unpacked`);
    assert.deepEqual(
      packed.widget.files.filter((file) => file.startsWith('dist/data/') || file.endsWith('.map')),
      [],
    );
    for (const file of [
      'dist/places/manifest.json',
      'dist/gazetteer/index.json',
      'dist/gazetteer.tsv',
      'LICENCE.md',
    ])
      assert.ok(packed.data.files.includes(file), file);
    assert.deepEqual(
      packed.data.files.filter((file) => /report\.json$|directory-/.test(file)),
      [],
      'what no finder reads stays out',
    );
    // The README's figures are these (one decimal of a MB, within 10 %).
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const name of ['widget', 'core', 'data']) {
      const row = readme.match(
        new RegExp(`\\| \`@mediation-finder/${name}\` +\\| ([\\d.]+) MB +\\| ([\\d.]+) MB`),
      );
      assert.ok(row, `README's packages table has @mediation-finder/${name}`);
      const [, tgz, unpacked] = row.map(Number);
      assert.ok(
        Math.abs(tgz * MB - sizes[name].packed) <= 0.1 * sizes[name].packed + 0.05 * MB,
        `${name} packed`,
      );
      assert.ok(
        Math.abs(unpacked * MB - sizes[name].unpacked) <= 0.1 * sizes[name].unpacked + 0.05 * MB,
        `${name} unpacked`,
      );
    }
  });

  test("core's CLI finds its gazetteer after npm install: the README's nightly job", () => {
    const cli = join(PROJECT, 'node_modules/.bin/mediation-finder');
    const fixture = join(ROOT, 'packages/core/test/fixtures/who-is-who-v1.csv');
    const validate = run([cli, 'validate', fixture], PROJECT);
    assert.equal(validate.status, 0, validate.stderr);
    assert.match(validate.stdout, /who-is-who-v1\.csv\s+standard-v1\s+11\s+10/);
    const out = join(WORK, 'published');
    rmSync(out, { recursive: true, force: true });
    const build = run([cli, 'build', fixture, '--out', out], PROJECT);
    assert.equal(build.status, 0, build.stderr);
    assert.ok(existsSync(join(out, 'manifest.json')));
    const orient = run([cli, 'orient', '--data', out, '--where', '77000', '--procedure', 'caf-rsa'], PROJECT);
    assert.equal(orient.status, 0, orient.stderr);
  });

  for (const resolution of ['bundler', 'node16', 'node10']) {
    test(`TypeScript (moduleResolution ${resolution}): the element, its events, React's JSX and Vue's components; 'caf-rssa' refused`, () => {
      const module = { bundler: 'esnext', node16: 'node16', node10: 'esnext' }[resolution];
      const options = ['--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--jsx', 'react-jsx'];
      options.push('--module', module, '--moduleResolution', resolution, '--lib', 'es2022,dom');
      const good = run(['node', TSC, ...options, 'types/good.tsx'], PROJECT);
      assert.equal(good.status, 0, good.stdout + good.stderr);
      const bad = run(['node', TSC, ...options, 'types/bad.tsx'], PROJECT);
      assert.notEqual(bad.status, 0);
      const lines = [...bad.stdout.matchAll(/bad\.tsx\((\d+),\d+\): error/g)].map((m) => Number(m[1]));
      assert.deepEqual([...new Set(lines)], [9, 10, 11, 12, 13], bad.stdout);
    });
  }

  /** Opens `url`, waits for the finder's places, and checks that nothing went wrong on the way. */
  async function findsPlaces(url, town, { count } = {}) {
    const { page, consoleErrors, outsideRequests } = await openPage(browser);
    try {
      await page.addInitScript(() => {
        document.addEventListener('mediation-finder-orient', (event) => {
          window.orientation_ = event.detail;
        });
      });
      await page.goto(url);
      await page.waitForFunction(() => window.orientation_ !== undefined, null, { timeout: 60_000 });
      const detail = await page.evaluate(() => window.orientation_);
      assert.match(detail.location.label, town);
      assert.ok(detail.results.length > 0);
      assert.ok((await page.locator('mediation-finder li.card').count()) > 0, 'cards on screen');
      if (count !== undefined) {
        // The app's own code heard the event, and the property it set (limit) was the element's.
        await page.locator('#count').waitFor();
        assert.equal(await page.locator('#count').textContent(), `${count} lieux`);
      }
      assert.deepEqual(consoleErrors, []);
      assert.deepEqual(outsideRequests, []);
    } finally {
      await page.close();
    }
  }

  const viteBuild = (app) => {
    const built = run(
      ['node', join(PROJECT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
      join(PROJECT, app),
    );
    assert.equal(built.status, 0, built.stdout + built.stderr);
    return join(PROJECT, app, 'dist');
  };

  test('a Vite app, built: the data copied by the documented recipe, found at data-url', async () => {
    const server = await serveFolders({ '/': viteBuild('vite') });
    servers.push(server);
    await findsPlaces(urlOf(server), /Melun/);
  });

  test('a React 19 app, built: properties, attributes and the finder event as a prop', async () => {
    const server = await serveFolders({ '/': viteBuild('react') });
    servers.push(server);
    await findsPlaces(urlOf(server), /Marseille/, { count: 3 });
  });

  test('a Vue 3 app, built: the tag as a custom element, :limit bound, @mediation-finder-orient heard', async () => {
    const server = await serveFolders({ '/': viteBuild('vue') });
    servers.push(server);
    await findsPlaces(urlOf(server), /Lyon/, { count: 4 });
  });

  test('a page rendered on a server: the widget imported in Node, the element defined in the browser', async () => {
    const rendered = run(['node', 'ssr/render.mjs'], PROJECT);
    assert.equal(rendered.status, 0, rendered.stderr);
    assert.match(rendered.stdout, /<mediation-finder procedure="caf-aides-logement" postal-code="33000"/);
    const modules = join(PROJECT, 'node_modules/@mediation-finder');
    const server = await serveFolders({
      '/widget/': join(modules, 'widget/dist'),
      '/data/': join(modules, 'data/dist'),
      '/': () => rendered.stdout,
    });
    servers.push(server);
    await findsPlaces(urlOf(server), /Bordeaux/);
  });

  test("Vite's dev server: places found at data-url; without it, the finder names the URL that answered a web page", async () => {
    const port = await new Promise((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address();
        probe.close(() => resolve(free));
      });
    });
    const vite = spawn(
      'node',
      [
        join(PROJECT, 'node_modules/vite/bin/vite.js'),
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
        '--strictPort',
      ],
      { cwd: join(PROJECT, 'vite'), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    let output = '';
    vite.stdout.on('data', (chunk) => {
      output += chunk;
    });
    vite.stderr.on('data', (chunk) => {
      output += chunk;
    });
    try {
      const base = `http://127.0.0.1:${port}/`;
      for (let tries = 0; ; tries++) {
        const ok = await fetch(base).then(
          (response) => response.ok,
          () => false,
        );
        if (ok) break;
        assert.ok(tries < 120, `Vite's dev server did not start: ${output}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      await findsPlaces(base, /Melun/);
      const { page, consoleErrors } = await openPage(browser);
      try {
        await page.addInitScript(() => {
          document.addEventListener('mediation-finder-error', (event) => {
            window.failure_ ??= event.detail;
          });
        });
        await page.goto(`${base}nodata.html`);
        await page.waitForFunction(() => window.failure_ !== undefined, null, { timeout: 60_000 });
        const detail = await page.evaluate(() => window.failure_);
        assert.match(
          detail.message,
          /^http:\/\/127\.0\.0\.1:\d+\/\S+ returned an HTML page, not (the dataset’s manifest|the gazetteer’s index|a file of the dataset): set data-url/,
        );
        assert.ok(consoleErrors.some((text) => text.includes('returned an HTML page')));
      } finally {
        await page.close();
      }
    } finally {
      process.kill(-vite.pid);
    }
  });
});
