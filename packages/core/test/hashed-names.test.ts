import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { folderFiles } from '../src/cli/files.js';
import { contentHash } from '../src/dataset/content-hash.js';
import { doorsFileOf } from '../src/dataset/doors.js';
import { DataError } from '../src/search/files.js';
import { DatasetPlaces } from '../src/search/places.js';
import { fixture, runCli } from './helpers.js';

/**
 * Issue 25: a site serves a dataset's files as immutable and its manifest with a short cache, so
 * a nightly rebuild must give a changed file a new name (its content's hash) and keep the others'.
 */

const COMMON = ['--gazetteer', fixture('communes.tsv'), '--today', '2026-11-23'];
const header = 'id,nom,commune,code_postal,adresse,latitude,longitude,date_maj,services';
const row = (id: string, name: string, commune: string, postal: string, lat: number, lon: number) =>
  `${id},${name},${commune},${postal},1 rue,${lat},${lon},2025-01-01,Aide aux démarches administratives`;

/**
 * Melun's places and one in the Puy-de-Dôme (`changed` renames one of Melun's), and Melun's town
 * hall from the annuaire (a door).
 */
function input(dir: string, name: string, changed = false): string[] {
  const path = join(dir, name);
  const rows = Array.from({ length: 5 }, (_, i) =>
    row(
      `m${i}`,
      `Espace numérique ${i}${changed && i === 0 ? ' bis' : ''}`,
      'Melun',
      '77000',
      48.54 + i / 1e4,
      2.655,
    ),
  );
  rows.push(row('d1', 'Espace numérique du Mont-Dore', 'Le Mont-Dore', '63240', 45.576, 2.809));
  writeFileSync(path, [header, ...rows].join('\n'));
  const annuaire = join(dir, 'mairies.csv');
  writeFileSync(
    annuaire,
    [
      'id,type,nom,commune,code_postal,code_insee,adresse,latitude,longitude,date_mise_a_jour',
      'mairie-melun,mairie,Mairie de Melun,Melun,77000,77288,16 rue Paul Doumer,48.5395,2.6608,2025-01-01',
    ].join('\n'),
  );
  return [path, annuaire];
}

interface Manifest {
  shards: Record<string, { file: string }>;
  doors: Record<string, { parts: number; hash?: string }>;
  directory: Record<string, { file: string }>;
}

const manifestOf = (out: string, name = 'manifest.json'): Manifest =>
  JSON.parse(readFileSync(join(out, name), 'utf8'));
const listed = (m: Manifest) => [
  ...Object.values(m.shards).map((s) => s.file),
  ...Object.entries(m.doors).flatMap(([code, d]) =>
    Array.from({ length: d.parts }, (_, part) => doorsFileOf(code, d, part)),
  ),
  ...Object.values(m.directory).map((d) => d.file),
];

describe('content-hashed file names', () => {
  test('every file but the manifest and the report is named by its content; the manifest names each, a finder reads them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-hashed-'));
    const out = join(dir, 'data');
    const built = runCli(['build', ...COMMON, ...input(dir, 'lieux.csv'), '--out', out]);
    assert.equal(built.status, 0, built.stderr);
    const manifest = manifestOf(out);
    const melunDoors = manifest.doors['77'] as { parts: number; hash: string };
    assert.match(melunDoors.hash, /^[0-9a-f]{12}$/, 'the doors of Melun, named by their content');
    for (const file of listed(manifest)) {
      const match = /^(?:places|doors|directory)-[0-9A-Za-z-]+-([0-9a-f]{12})\.json$/.exec(file);
      assert.ok(match, `${file}: a content-hashed name`);
      if (file.startsWith('doors-')) continue;
      assert.equal(
        match[1],
        contentHash(readFileSync(join(out, file), 'utf8')),
        `${file}: its content's hash`,
      );
    }
    // A département's doors are named by the hash of all their parts: one hash in the manifest.
    const parts = Array.from({ length: melunDoors.parts }, (_, part) =>
      readFileSync(join(out, doorsFileOf('77', melunDoors, part)), 'utf8'),
    );
    assert.equal(
      melunDoors.hash,
      contentHash(`[${parts.join(',')}]`),
      'the hash of the doors’ parts together',
    );
    assert.deepEqual(readdirSync(out).sort(), ['manifest.json', 'report.json', ...listed(manifest)].sort());
    // A finder reads it through its manifest: shards, and the commune's doors.
    const places = await DatasetPlaces.open(folderFiles(out));
    const shard = manifestOf(out).shards['77'] as unknown as { places: number };
    assert.ok(shard.places > 0);
    assert.equal((await places.around(48.54, 2.655, 10)).size, shard.places);
    const doors = await places.doorsOf({ departement: '77', communes: ['77288'] } as never);
    assert.deepEqual(
      doors.map((door) => door.id),
      ['mairie-melun'],
    );
    assert.deepEqual(places.problems, []);
  });

  test('a nightly rebuild renames only what changed, keeps the old build’s files one build more, then removes them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-hashed-'));
    const out = join(dir, 'data');
    assert.equal(runCli(['build', ...COMMON, ...input(dir, 'lieux.csv'), '--out', out]).status, 0);
    const before = manifestOf(out);
    // The same input again: the same names (a cache keeps every file).
    assert.equal(runCli(['build', ...COMMON, ...input(dir, 'lieux.csv'), '--out', out]).status, 0);
    assert.deepEqual(manifestOf(out), before);
    // One of Melun's places renamed: Melun's shard gets a new name, the Puy-de-Dôme's keeps its own.
    const rebuilt = runCli(['build', ...COMMON, ...input(dir, 'lieux.csv', true), '--out', out]);
    assert.equal(rebuilt.status, 0, rebuilt.stderr);
    const after = manifestOf(out);
    assert.notEqual(after.shards['77']?.file, before.shards['77']?.file);
    assert.equal(after.shards['63']?.file, before.shards['63']?.file);
    assert.deepEqual(after.doors['77'], before.doors['77'], 'the doors did not change');
    // The old shard stays one build more (a page that read the old manifest still finds it)...
    assert.ok(existsSync(join(out, before.shards['77']?.file as string)), 'the old shard is kept one build');
    assert.deepEqual(manifestOf(out, 'manifest.previous.json'), before);
    // ...and goes with the next build.
    assert.equal(runCli(['build', ...COMMON, ...input(dir, 'lieux.csv', true), '--out', out]).status, 0);
    assert.ok(!existsSync(join(out, before.shards['77']?.file as string)), 'the old shard is gone');
    assert.deepEqual(
      readdirSync(out).sort(),
      ['manifest.json', 'manifest.previous.json', 'report.json', ...listed(after)].sort(),
    );
  });

  test('a manifest’s doors hash: a département code out of the folder refuses it, a wrong hash is left out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-hashed-'));
    const out = join(dir, 'data');
    assert.equal(runCli(['build', ...COMMON, ...input(dir, 'lieux.csv'), '--out', out]).status, 0);
    const manifest: Omit<Manifest, 'doors'> & { doors: unknown } = manifestOf(out);
    const write = (code: string, hash: unknown) => {
      manifest.doors = { [code]: { places: 1, parts: 1, hash } };
      writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest));
    };
    write('/../../lieux', 'abc');
    await assert.rejects(
      DatasetPlaces.open(folderFiles(out)),
      (error) => error instanceof DataError && error.code === 'unsafe-file-name',
    );
    write('77', '../../x');
    const places = await DatasetPlaces.open(folderFiles(out));
    assert.deepEqual(places.problems, ['manifest.json: doors "77": invalid hash, left out']);
    assert.deepEqual(await places.doorsOf({ departement: '77', communes: ['77288'] } as never), []);
  });
});
