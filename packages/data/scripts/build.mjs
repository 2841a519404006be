#!/usr/bin/env node
/**
 * Builds the data package's files into dist/ (ignored, never committed): what a finder fetches
 * of the data `scripts/prepare-data.mjs` built into packages/core/data (run `pnpm run data`
 * first). Everything there but what no finder reads: the build's report of rejected rows and the
 * places kept for data managers only (the manifest's `directory`). File names are the
 * manifest's business: nothing here depends on them.
 */
import { cpSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILT = resolve(PACKAGE, '../core/data');
const DIST = join(PACKAGE, 'dist');

if (!existsSync(join(BUILT, 'places/manifest.json'))) {
  throw new Error('packages/core/data is missing: run "pnpm run data" (scripts/prepare-data.mjs) first');
}
const manifest = JSON.parse(readFileSync(join(BUILT, 'places/manifest.json'), 'utf8'));
const left = new Set([
  'places/report.json',
  ...Object.values(manifest.directory ?? {}).map(({ file }) => `places/${file}`),
]);

rmSync(DIST, { recursive: true, force: true });
let files = 0;
let bytes = 0;
cpSync(BUILT, DIST, {
  recursive: true,
  filter: (source) => {
    const path = relative(BUILT, source).replaceAll('\\', '/');
    if (left.has(path)) return false;
    const stats = statSync(source);
    if (stats.isFile()) {
      files += 1;
      bytes += stats.size;
    }
    return true;
  },
});
console.log(
  `@mediation-finder/data: ${files} files, ${(bytes / 1e6).toFixed(1)} MB in dist/ (places ${manifest.places}, data of ${manifest.dataDate})`,
);
