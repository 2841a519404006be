#!/usr/bin/env node
/**
 * `pnpm release`: what to hand an institution until the packages are on npm, from a build
 * (`pnpm run build`), into build/release/ (ignored):
 *   mediation-finder-widget-<version>.zip     mediation-finder/: the script, its chunks, the
 *                                             default data (data/), the types, the custom
 *                                             elements manifest, README, licences; copy the
 *                                             folder to a server and add the script tag
 *   mediation-finder-chrome-<version>.zip     the extension, for the Chrome Web Store
 *   mediation-finder-firefox-<version>.zip    the extension, for addons.mozilla.org
 *   mediation-finder-{core,widget,data}-<version>.tgz
 *                                             the npm packages (`pnpm pack`), for
 *                                             `npm install ./mediation-finder-core-<version>.tgz`
 *   SHA256SUMS                                `sha256sum -c SHA256SUMS` checks them
 * The widget's zip is deterministic (files in order, one date): the same build gives the same
 * checksum.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WIDGET = join(ROOT, 'packages/widget');
const EXTENSION = join(ROOT, 'packages/extension');

/** Every file under `dir`, as paths relative to it, in a stable order. */
function filesUnder(dir) {
  const found = [];
  const walk = (at) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(dir, path).replaceAll('\\', '/'));
    }
  };
  walk(dir);
  return found;
}

/** The widget's folder as a server takes it: no source maps, no type-only module. */
const inWidgetZip = (path) => !path.endsWith('.map') && path !== 'types-only.js';

/**
 * A date fixed by the data (not the clock), so that one build gives one checksum: midnight of the
 * data's date as local fields, which fflate writes as they are (a zip's dates have no zone): the
 * same bytes in every time zone (a UTC midnight was written as 01:00 in Paris, 19:00 the day before
 * in Montréal).
 */
function zipDate() {
  const manifest = JSON.parse(readFileSync(join(WIDGET, 'dist/data/places/manifest.json'), 'utf8'));
  const [year, month, day] = /^\d{4}-\d{2}-\d{2}$/.test(manifest.dataDate ?? '')
    ? manifest.dataDate.split('-').map(Number)
    : [2026, 1, 1];
  return new Date(year, month - 1, day, 0, 0, 0);
}

export function release({ out = join(ROOT, 'build/release') } = {}) {
  const version = JSON.parse(readFileSync(join(WIDGET, 'package.json'), 'utf8')).version;
  const extensionVersion = JSON.parse(readFileSync(join(EXTENSION, 'package.json'), 'utf8')).version;
  const dist = join(WIDGET, 'dist');
  const extensionZips = ['chrome', 'firefox'].map((browser) =>
    join(EXTENSION, 'dist/artifacts', `mediation-finder-${browser}-${extensionVersion}.zip`),
  );
  for (const needed of [
    join(dist, 'mediation-finder.js'),
    join(dist, 'data/places/manifest.json'),
    ...extensionZips,
  ]) {
    if (!existsSync(needed))
      throw new Error(`${relative(ROOT, needed)} is missing: run "pnpm run build" first`);
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  const mtime = zipDate();
  const entries = {};
  for (const path of filesUnder(dist).filter(inWidgetZip)) {
    entries[`mediation-finder/${path}`] = [readFileSync(join(dist, path)), { mtime }];
  }
  entries['mediation-finder/README.md'] = [readFileSync(join(WIDGET, 'README.md')), { mtime }];
  entries['mediation-finder/LICENSE'] = [readFileSync(join(ROOT, 'LICENSE')), { mtime }];
  entries['mediation-finder/data/LICENCE.md'] = [
    readFileSync(join(ROOT, 'packages/data/LICENCE.md')),
    { mtime },
  ];
  const widgetZip = `mediation-finder-widget-${version}.zip`;
  writeFileSync(join(out, widgetZip), zipSync(entries, { level: 9 }));
  for (const zip of extensionZips) copyFileSync(zip, join(out, zip.split('/').pop()));
  const tarballs = ['core', 'widget', 'data'].map((name) => {
    const output = execFileSync('pnpm', ['pack', '--json', '--pack-destination', out], {
      cwd: join(ROOT, 'packages', name),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return JSON.parse(output.slice(output.indexOf('{')))
      .filename.split('/')
      .pop();
  });

  const names = [widgetZip, ...extensionZips.map((zip) => zip.split('/').pop()), ...tarballs];
  const sums = names.map((name) => {
    const bytes = readFileSync(join(out, name));
    return { name, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
  writeFileSync(join(out, 'SHA256SUMS'), sums.map(({ name, sha256 }) => `${sha256}  ${name}\n`).join(''));
  return { out, files: sums };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { out, files } = release();
  for (const { name, bytes, sha256 } of files) {
    console.log(`${name.padEnd(40)} ${(bytes / 1e6).toFixed(1).padStart(6)} MB  sha256 ${sha256}`);
  }
  console.log(
    `in ${relative(process.cwd(), out) || '.'}/ with SHA256SUMS (check: cd ${relative(process.cwd(), out)} && sha256sum -c SHA256SUMS)`,
  );
}
