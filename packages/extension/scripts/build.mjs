#!/usr/bin/env node
/**
 * One source, two builds (dist/chrome, dist/firefox) and a test build (dist/test-chrome):
 * bundles, the finder (from packages/widget/dist), pages, _locales from the project's message
 * catalogue (xliff/ at the root, see locales.mjs),
 * icons drawn from src/icons/icon.svg (icons.mjs) and a manifest whose portal matches come from
 * the procedure catalogue. Then `web-ext lint` and the stores' zips (zip.mjs: the same sources give
 * the same bytes, which an AMO reviewer checks).
 * Only the test build may run on 127.0.0.1, where the end-to-end tests serve portal-like pages.
 *
 * `node scripts/build.mjs --out <dir> --stores-only` builds the two store builds and their zips
 * elsewhere than dist/ (the reproducibility test).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import commonjs from '@rollup/plugin-commonjs';
import nodeResolve from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { drawIcons } from './icons.mjs';
import { lintProblems } from './lint.mjs';
import { writeLocales } from './locales.mjs';
import { zipFolder } from './zip.mjs';

const PACKAGE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = resolve(PACKAGE, '../..');
const outArg = process.argv.indexOf('--out');
const DIST = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(PACKAGE, 'dist');
const { typescript } = await import(pathToFileURL(join(ROOT, 'build-tools/rollup-plugins.js')).href);
const portals = await import(pathToFileURL(join(ROOT, 'packages/core/dist/portals.js')).href);
const version = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')).version;
// The project's public address, set once in the root package.json's "homepage" (README,
// "Publishing the extension"): the stores show it; without it the manifest has no homepage_url.
const homepage = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).homepage;
const icons = await drawIcons(join(PACKAGE, 'src/icons/icon.svg'));

const WIDGET = join(ROOT, 'packages/widget/dist');
if (!existsSync(join(WIDGET, 'mediation-finder.js')))
  throw new Error('build the widget first (packages/widget/dist is missing)');

// Bundles: content and background scripts are classic scripts; pages load ES modules.
const ENTRIES = {
  content: { input: 'src/content/main.ts', format: 'iife' },
  background: { input: 'src/background/main.ts', format: 'iife' },
  'popup/popup': { input: 'src/popup/popup.ts', format: 'es' },
  'options/options': { input: 'src/options/options.ts', format: 'es' },
  'panel/panel': { input: 'src/panel/panel.ts', format: 'es' },
  'privacy/privacy': { input: 'src/privacy/privacy.ts', format: 'es' },
};
const bundles = {};
for (const [name, { input, format }] of Object.entries(ENTRIES)) {
  const build = await rollup({
    input: join(PACKAGE, input),
    // Firefox 140 and current Chrome: top-level await in extension pages.
    plugins: [
      typescript({ target: 'es2022' }),
      nodeResolve({ browser: true, extensions: ['.ts', '.js'] }),
      commonjs(),
    ],
    onwarn: (warning, warn) => (warning.code === 'THIS_IS_UNDEFINED' ? undefined : warn(warning)),
  });
  const { output } = await build.generate({ format, inlineDynamicImports: true });
  bundles[name] = output[0].code;
}

/** Match patterns of every portal of the catalogue ("*.caf.fr" covers caf.fr and its subdomains). */
const portalMatches = [...new Set(portals.portalHosts().map((host) => `https://*.${host}/*`))];

function manifest(target, test) {
  const matches = test ? [...portalMatches, 'http://127.0.0.1/*'] : portalMatches;
  return {
    manifest_version: 3,
    // Words from _locales/<language>/messages.json (written from xliff/): French, English,
    // Spanish, Arabic, Ukrainian.
    default_locale: 'fr',
    name: '__MSG_extensionName__',
    short_name: 'mediation-finder',
    version,
    description: '__MSG_extensionDescription__',
    ...(homepage ? { homepage_url: homepage } : {}),
    icons: Object.fromEntries(Object.keys(icons).map((file) => [file.split('.')[0], `icons/${file}`])),
    permissions: ['storage'],
    // No host permission: the content script's matches are enough to run on the portals, and the
    // shipped data is inside the extension.
    // Asked at run time, for one origin, only when a dataset URL is set in the options.
    optional_host_permissions: ['https://*/*'],
    action: { default_popup: 'popup/popup.html', default_title: '__MSG_extensionName__' },
    options_ui: { page: 'options/options.html', open_in_tab: true },
    background: target === 'chrome' ? { service_worker: 'background.js' } : { scripts: ['background.js'] },
    content_scripts: [{ matches, js: ['content.js'], run_at: 'document_idle' }],
    // Chromium: reachable only at a per-session address, so a portal cannot probe for the
    // extension by a fixed URL (Firefox already gives each installation its own).
    web_accessible_resources: [
      {
        resources: ['panel/*', 'finder/*', 'pages.css'],
        matches,
        ...(target === 'chrome' ? { use_dynamic_url: true } : {}),
      },
    ],
    ...(target === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'mediation-finder@mediation-finder.org',
              // data_collection_permissions (no data collected) needs Firefox 140 on desktop…
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // …and 142 on Android, where the content script and the popup work alike.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  };
}

function write(target, test = false) {
  const out = join(DIST, test ? `test-${target}` : target);
  mkdirSync(out, { recursive: true });
  for (const [name, code] of Object.entries(bundles)) {
    mkdirSync(dirname(join(out, `${name}.js`)), { recursive: true });
    const banner = name === 'content' && test ? 'globalThis.__MEDIATION_FINDER_TEST_PORTALS__ = true;\n' : '';
    writeFileSync(join(out, `${name}.js`), banner + code);
  }
  for (const page of [
    'popup/popup.html',
    'options/options.html',
    'panel/panel.html',
    'privacy/privacy.html',
    'pages.css',
  ]) {
    cpSync(join(PACKAGE, 'src', page), join(out, page), { recursive: true });
  }
  mkdirSync(join(out, 'icons'), { recursive: true });
  for (const [file, png] of Object.entries(icons)) writeFileSync(join(out, 'icons', file), png);
  writeLocales(ROOT, out);
  cpSync(WIDGET, join(out, 'finder'), {
    recursive: true,
    // The single-script finder only: not the npm package's unregistered class, types or manifest;
    // nor the EPCIs' communes (1,255 files), read only by a finder with a `territory`.
    filter: (src) =>
      !/\.map$|\.d\.ts$|custom-elements\.json$|types-only\.js$|[\\/]element\.js$|[\\/]chunks[\\/]element$|[\\/]gazetteer[\\/]epci$/.test(
        src,
      ),
  });
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest(target, test), null, 2)}\n`);
  return out;
}

rmSync(DIST, { recursive: true, force: true });
// The scripts every portal page and the browser itself run: the portals, never the catalogue.
const kb = (code) => `${(Buffer.byteLength(code) / 1024).toFixed(1)} KB`;
console.log(
  `mediation-finder extension: content.js ${kb(bundles.content)}, background.js ${kb(bundles.background)} (not minified)`,
);
const chrome = write('chrome');
const firefox = write('firefox');
if (!process.argv.includes('--stores-only')) await writeTestBuilds();

/** The test builds (they also run on 127.0.0.1) and the prompt's harness, for the tests only. */
async function writeTestBuilds() {
  const testBuild = write('chrome', true);
  write('firefox', true);

  // The prompt's code as a plain script, for a test that runs it in a page's own world, where the
  // page can record any read of its forms (an extension's isolated world is invisible to the page).
  const harness = await rollup({
    input: join(PACKAGE, 'src/content/portal-prompt.ts'),
    plugins: [typescript({ target: 'es2022' }), nodeResolve({ browser: true, extensions: ['.ts', '.js'] })],
  });
  const { output: harnessOutput } = await harness.generate({
    format: 'iife',
    name: '__mediationFinderPrompt',
  });
  mkdirSync(join(testBuild, 'test-harness'), { recursive: true });
  writeFileSync(join(testBuild, 'test-harness/portal-prompt.js'), harnessOutput[0].code);
}

const problems = lintProblems(firefox);
if (problems.length > 0) throw new Error(`web-ext lint:\n${problems.join('\n')}`);
console.log(
  'mediation-finder extension: web-ext lint finds nothing beyond the accepted warnings (scripts/lint.mjs)',
);
mkdirSync(join(DIST, 'artifacts'), { recursive: true });
for (const [target, dir] of [
  ['firefox', firefox],
  ['chrome', chrome],
]) {
  const zip = join(DIST, 'artifacts', `mediation-finder-${target}-${version}.zip`);
  writeFileSync(zip, zipFolder(dir));
  console.log(`mediation-finder extension: ${zip}`);
}
