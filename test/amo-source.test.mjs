import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { unzipSync } from 'fflate';
import { amoSource } from '../scripts/amo-source.mjs';

/**
 * `pnpm run amo-source` (here from the current build, without building again): the Firefox zip
 * and the sources an AMO reviewer rebuilds it from. That the rebuild gives the same bytes is
 * tested in packages/extension/test/store.test.mjs (two builds, one SHA-256).
 */
test('the AMO source archive: the tracked files, the open data read, the commands and the SHA-256 of the zip', () => {
  const out = mkdtempSync(join(tmpdir(), 'mf-amo-'));
  try {
    const { source, zip, sha256, epoch } = amoSource({ out, build: false, requireClean: false });
    assert.equal(createHash('sha256').update(readFileSync(zip)).digest('hex'), sha256);
    const files = unzipSync(readFileSync(source));
    const names = Object.keys(files);
    const [folder] = names[0].split('/');
    assert.match(folder, /^mediation-finder-\d+\.\d+\.\d+$/);
    for (const file of [
      'package.json',
      'pnpm-lock.yaml',
      'packages/extension/scripts/build.mjs',
      'packages/extension/src/icons/icon.svg',
      'scripts/prepare-data.mjs',
      'open-data/PROVENANCE.md',
      'open-data/france_services/liste-fs-20240801.csv',
      'open-data/communes/communes-france-2026-centroides-codes-postaux.csv',
    ])
      assert.ok(names.includes(`${folder}/${file}`), file);
    // What the build writes is not in it, nor anything the repository does not track.
    const built = names.filter((name) =>
      /\/(node_modules|dist|build|\.cache)\/|packages\/core\/data\//.test(name),
    );
    assert.deepEqual(built, []);
    const how = new TextDecoder().decode(files[`${folder}/BUILD-FIREFOX.md`]);
    assert.ok(how.includes(sha256), 'the SHA-256 to compare with');
    assert.ok(
      how.includes(`SOURCE_DATE_EPOCH=${epoch} MEDIATION_FINDER_SHARED_DATA="$PWD/open-data" pnpm run build`),
    );
    assert.ok(how.includes('pnpm install --frozen-lockfile'));
    // The same commit gives the same archive.
    const first = createHash('sha256').update(readFileSync(source)).digest('hex');
    amoSource({ out, build: false, requireClean: false });
    assert.equal(createHash('sha256').update(readFileSync(source)).digest('hex'), first);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
