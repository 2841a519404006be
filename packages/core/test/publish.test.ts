import assert from 'node:assert/strict';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fixture, runCli, startCli } from './helpers.js';

/**
 * Publishing a dataset where a site serves it (issue 26): nightly jobs that overlap, a folder
 * that cannot be written, a hand-edited manifest. The CLI runs in its own processes, as a job's.
 */

const COMMON = ['--gazetteer', fixture('communes.tsv'), '--today', '2026-11-23'];
const header = 'id,nom,commune,code_postal,adresse,latitude,longitude,date_maj,services';
const row = (id: string, commune: string, postal: string, lat: number, lon: number) =>
  `${id},Espace numérique ${id},${commune},${postal},1 rue,${lat},${lon},2025-01-01,Aide aux démarches administratives`;

/** Two inputs whose datasets have different shards: Melun's alone, and Melun's with Le Mont-Dore's. */
function inputs(dir: string): { melun: string; both: string } {
  const melun = join(dir, 'melun.csv');
  const both = join(dir, 'both.csv');
  const rows = (n: number) =>
    Array.from({ length: n }, (_, i) => row(`m${i}`, 'Melun', '77000', 48.54 + i / 1e4, 2.655));
  writeFileSync(melun, [header, ...rows(6)].join('\n'));
  writeFileSync(both, [header, ...rows(5), row('d1', 'Le Mont-Dore', '63240', 45.576, 2.809)].join('\n'));
  return { melun, both };
}

const shardsOf = (path: string): string[] =>
  Object.values(JSON.parse(readFileSync(path, 'utf8')).shards).map((s) => (s as { file: string }).file);

/** Every file the manifest of `out` names is there: what a reader fetches exists. */
function assertWhole(out: string): string[] {
  const listed = shardsOf(join(out, 'manifest.json'));
  for (const file of listed) assert.ok(existsSync(join(out, file)), `${file} listed and missing`);
  return listed;
}

describe('publishing with build', () => {
  test('two builds to the same --out at once: never a manifest listing deleted shards (8 runs)', async () => {
    const site = mkdtempSync(join(tmpdir(), 'mf-publish-'));
    const { melun, both } = inputs(site);
    const out = join(site, 'data');
    let refused = 0;
    for (let run = 0; run < 8; run++) {
      // Each run starts from the other input's dataset, so that each build removes a shard.
      const first = run % 2 ? melun : both;
      const second = run % 2 ? both : melun;
      const results = await Promise.all([
        startCli(['build', ...COMMON, first, '--out', out, '--allow-shrink']),
        startCli(['build', ...COMMON, second, '--out', out, '--allow-shrink']),
      ]);
      for (const result of results) {
        if (result.status === 0) continue;
        refused++;
        assert.equal(result.status, 2, result.stderr);
        assert.match(
          result.stderr,
          /another build is (publishing to .* \(process \d+ on .+, since .+\)|starting to publish to .*)/,
        );
        assert.doesNotMatch(result.stderr, /^\s+at /m);
      }
      assert.ok(
        results.some((r) => r.status === 0),
        `run ${run}: one build published`,
      );
      const listed = assertWhole(out);
      // The previous build's shards are kept one build more (see writeDataset).
      const previous = existsSync(join(out, 'manifest.previous.json'))
        ? shardsOf(join(out, 'manifest.previous.json'))
        : [];
      assert.deepEqual(
        readdirSync(out).sort(),
        [
          ...new Set([
            'manifest.json',
            'report.json',
            ...listed,
            ...previous,
            ...(previous.length ? ['manifest.previous.json'] : []),
          ]),
        ].sort(),
        `run ${run}: no lock, no temporary folder, no shard of an older dataset left`,
      );
    }
    process.stdout.write(`# ${refused} of 16 builds refused while another published\n`);
  });

  test('a lock names its holder; a live one refuses, a dead one is taken over', () => {
    const site = mkdtempSync(join(tmpdir(), 'mf-publish-'));
    const { melun } = inputs(site);
    const out = join(site, 'data');
    mkdirSync(out);
    const lock = join(out, '.mediation-finder-build.lock');
    const started = new Date().toISOString();
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), started }));
    const held = runCli(['build', ...COMMON, melun, '--out', out]);
    assert.equal(held.status, 2);
    assert.match(
      held.stderr,
      new RegExp(
        `another build is publishing to .* \\(process ${process.pid} on ${hostname()}, since ${started}\\)`,
      ),
    );
    assert.match(held.stderr, /if no such build runs, remove .*\.mediation-finder-build\.lock/);
    assert.ok(!existsSync(join(out, 'manifest.json')));
    // A build that crashed: its process is gone.
    writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 12_345, host: hostname(), started }));
    const taken = runCli(['build', ...COMMON, melun, '--out', out]);
    assert.equal(taken.status, 0, taken.stderr);
    assert.ok(!existsSync(lock), 'released');
    assertWhole(out);
  });

  test('a hand-edited manifest never makes the build remove anything but its own files', () => {
    const site = mkdtempSync(join(tmpdir(), 'mf-publish-'));
    const { melun, both } = inputs(site);
    const out = join(site, 'data');
    assert.equal(runCli(['build', ...COMMON, both, '--out', out]).status, 0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    writeFileSync(join(out, 'index.html'), '<p>the site</p>');
    writeFileSync(join(site, 'outside.json'), '[]');
    mkdirSync(join(out, 'sub'));
    manifest.shards.x1 = { file: 'manifest.json', places: 1, bounds: [0, 0, 1, 1] };
    manifest.shards.x2 = { file: '.', places: 1, bounds: [0, 0, 1, 1] };
    manifest.shards.x3 = { file: 'index.html', places: 1, bounds: [0, 0, 1, 1] };
    manifest.shards.x4 = { file: '../outside.json', places: 1, bounds: [0, 0, 1, 1] };
    manifest.shards.x5 = { file: 'sub', places: 1, bounds: [0, 0, 1, 1] };
    manifest.directory.x6 = { file: '..', places: 1 };
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest));
    const rebuilt = runCli(['build', ...COMMON, melun, '--out', out]);
    assert.equal(rebuilt.status, 0, rebuilt.stderr);
    assert.ok(existsSync(join(out, 'manifest.json')));
    assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), '<p>the site</p>');
    assert.ok(existsSync(join(site, 'outside.json')));
    assert.ok(existsSync(join(out, 'sub')));
    const listed = assertWhole(out);
    assert.ok(
      !listed.some((file) => file.startsWith('places-63')),
      'the shard it no longer has is not listed',
    );
    // Kept one build more, then gone; the hand-edited entries, kept as the previous manifest,
    // still make it remove nothing else.
    assert.equal(runCli(['build', ...COMMON, melun, '--out', out]).status, 0);
    assert.ok(
      !readdirSync(out).some((file) => file.startsWith('places-63')),
      'the shard it no longer has is gone',
    );
    assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), '<p>the site</p>');
    assert.ok(existsSync(join(site, 'outside.json')));
    assert.ok(existsSync(join(out, 'sub')));
  });

  test('a folder the build cannot write: what to change, and no stack trace', () => {
    const site = mkdtempSync(join(tmpdir(), 'mf-publish-'));
    const { melun } = inputs(site);
    // A file where a folder is expected.
    writeFileSync(join(site, 'file'), '');
    const notFolder = runCli(['build', ...COMMON, melun, '--out', join(site, 'file', 'data')]);
    assert.equal(notFolder.status, 2);
    assert.match(notFolder.stderr, /cannot create .*file\/data \(ENOTDIR\): a part of its path is a file/);
    assert.doesNotMatch(notFolder.stderr, /^\s+at /m);
    // Folders this user may not write (root may write anywhere: the CLI then runs as nobody).
    const root = process.getuid?.() === 0;
    if (process.getuid === undefined) return; // no users to switch to (Windows)
    chmodSync(site, 0o755);
    const locked = join(site, 'locked');
    mkdirSync(join(locked, 'data'), { recursive: true });
    chmodSync(locked, 0o555);
    chmodSync(join(locked, 'data'), 0o555);
    const as = root ? 'nobody' : undefined;
    const newFolder = runCli(['build', ...COMMON, melun, '--out', join(locked, 'new')], as);
    assert.equal(newFolder.status, 2, newFolder.stderr);
    assert.match(
      newFolder.stderr,
      /cannot create .*locked\/new \(EACCES\): this user \(.+\) may not create it: give it write access to .*locked, or choose another --out/,
    );
    const existing = runCli(['build', ...COMMON, melun, '--out', join(locked, 'data')], as);
    assert.equal(existing.status, 2, existing.stderr);
    assert.match(
      existing.stderr,
      /cannot write in .*locked\/data \(EACCES\): this user \(.+\) may not write in it/,
    );
    for (const result of [newFolder, existing]) assert.doesNotMatch(result.stderr, /^\s+at /m);
    chmodSync(locked, 0o755);
  });
});
