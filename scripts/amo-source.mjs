#!/usr/bin/env node
/**
 * `pnpm run amo-source`: what addons.mozilla.org asks with a submission whose code is bundled,
 * into build/amo/ (ignored):
 *   mediation-finder-firefox-<version>.zip   the extension to upload, built here
 *   mediation-finder-source-<version>.zip    its sources: every file the repository tracks at
 *                                            this commit, the open data the build read
 *                                            (open-data/, Licence Ouverte 2.0, with its
 *                                            PROVENANCE.md) and BUILD-FIREFOX.md, the commands
 *                                            that rebuild the same zip and its SHA-256
 * The build runs with SOURCE_DATE_EPOCH set to the commit's time (the shipped data's "stale"
 * flags depend on the day), so that the reviewer's rebuild, on another day, gives the same bytes.
 * `--no-build` writes the archive from the current build.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stableZip } from '../packages/extension/scripts/zip.mjs';
import { LOCAL_SOURCES } from './prepare-data.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });

export function amoSource({ out = join(ROOT, 'build/amo'), build = true, requireClean = true } = {}) {
  const dirty = git('status', '--porcelain', '--untracked-files=no').trim();
  if (dirty && requireClean)
    throw new Error(`commit first: the source archive is the commit's files\n${dirty}`);
  const commit = git('rev-parse', 'HEAD').trim();
  const epoch = git('log', '-1', '--format=%ct').trim();
  const version = JSON.parse(readFileSync(join(ROOT, 'packages/extension/package.json'), 'utf8')).version;
  const sharedDir = process.env.MEDIATION_FINDER_SHARED_DATA ?? resolve(ROOT, '../shared/data');
  const openData = [
    LOCAL_SOURCES.communes,
    LOCAL_SOURCES.areas,
    LOCAL_SOURCES.departements,
    ...LOCAL_SOURCES.places,
    'PROVENANCE.md',
  ];
  for (const file of openData)
    if (!existsSync(join(sharedDir, file)))
      throw new Error(`${join(sharedDir, file)} is missing: the build must read the open data from files`);
  if (build)
    execFileSync('pnpm', ['run', 'build'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, SOURCE_DATE_EPOCH: epoch, MEDIATION_FINDER_SHARED_DATA: sharedDir },
    });
  const zipName = `mediation-finder-firefox-${version}.zip`;
  const built = join(ROOT, 'packages/extension/dist/artifacts', zipName);
  if (!existsSync(built)) throw new Error(`${relative(ROOT, built)} is missing: run "pnpm run build" first`);
  const sha256 = createHash('sha256').update(readFileSync(built)).digest('hex');

  const folder = `mediation-finder-${version}`;
  const files = {};
  const tracked = git('ls-files', '-z').split('\0').filter(Boolean);
  for (const path of tracked) files[`${folder}/${path}`] = readFileSync(join(ROOT, path));
  for (const file of openData) files[`${folder}/open-data/${file}`] = readFileSync(join(sharedDir, file));
  files[`${folder}/BUILD-FIREFOX.md`] = Buffer.from(
    instructions({ version, commit, epoch, zipName, sha256, folder }),
  );
  mkdirSync(out, { recursive: true });
  const sourceName = `mediation-finder-source-${version}.zip`;
  writeFileSync(join(out, sourceName), stableZip(files));
  copyFileSync(built, join(out, zipName));
  return {
    out,
    source: join(out, sourceName),
    zip: join(out, zipName),
    sha256,
    epoch,
    files: tracked.length,
  };
}

function instructions({ version, commit, epoch, zipName, sha256, folder }) {
  return `# Rebuilding mediation-finder ${version} for Firefox

Commit ${commit}. The zip submitted to addons.mozilla.org is \`${zipName}\`,
SHA-256 \`${sha256}\`.

Needs Node.js 20 or newer and npm, on Linux, macOS or Windows (WSL); no browser, no network
beyond the npm registry (the open data the build reads is in \`open-data/\`).

\`\`\`sh
cd ${folder}
npm install --global pnpm@${execFileSync('pnpm', ['--version'], { encoding: 'utf8' }).trim()}
pnpm install --frozen-lockfile
SOURCE_DATE_EPOCH=${epoch} MEDIATION_FINDER_SHARED_DATA="$PWD/open-data" pnpm run build
sha256sum packages/extension/dist/artifacts/${zipName}
\`\`\`

The last line prints the SHA-256 above. The build (\`pnpm run build\`, about two minutes) compiles
the core library, builds the places and communes shipped in the extension from \`open-data/\`
(\`scripts/prepare-data.mjs\`), bundles the finder (\`packages/widget\`) and the extension
(\`packages/extension/scripts/build.mjs\`: rollup, not minified; icons drawn from
\`src/icons/icon.svg\`), runs \`web-ext lint\` and writes the zip with its files in order and one
date. \`SOURCE_DATE_EPOCH\` is the commit's time: the data marks a place "stale" by its age on
the day of the build.

Where each file of the zip comes from: \`packages/extension/README.md\`, "Building from source".
`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { source, zip, sha256, files } = amoSource({ build: !process.argv.includes('--no-build') });
  console.log(`${relative(process.cwd(), zip)}  sha256 ${sha256}`);
  console.log(
    `${relative(process.cwd(), source)}  (${files} tracked files, the open data, BUILD-FIREFOX.md)`,
  );
}
