import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { main } from '../src/cli/main.js';
import { FILES, fixture, SHARED } from './helpers.js';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { write: (t: string) => (out += t) }, { write: (t: string) => (err += t) });
  return { code, out, err };
}

const GAZETTEER = ['--gazetteer', join(import.meta.dirname ?? '.', '../data/gazetteer.tsv')];

describe('mediation-finder validate', () => {
  test('prints rows, accepted, approximate, rejected and merged per file, and reasons', async (t) => {
    const { existsSync } = await import('node:fs');
    if (!existsSync(GAZETTEER[1] as string)) return t.skip('run "pnpm run data" first');
    const files = [FILES.cnfs, FILES.franceServices].map((f) => join(SHARED, f));
    const { code, out } = await run([
      'validate',
      ...GAZETTEER,
      '--today',
      '2026-11-23',
      ...files,
      fixture('hostile-v1.csv'),
    ]);
    assert.equal(code, 0);
    const lines = out.split('\n');
    assert.match(lines[0] ?? '', /^file\s+format\s+rows\s+accepted\s+approximate\s+rejected\s+merged$/);
    assert.match(out, /liste-fs-20240801\.csv\s+france-services\s+2845\s+2845\s+0\s+0\s+\d+/);
    assert.match(out, /hostile-v1\.csv:\n(\s+\d+ × .+\n)+/);
    const json = await run(['validate', '--json', ...GAZETTEER, ...files]);
    const summary = JSON.parse(json.out);
    assert.equal(summary.files[0].rows, 4930);
    assert.equal(summary.total.places, summary.total.accepted - summary.total.merged);
  });

  test('problems are named, with a non-zero exit and nothing on stdout', async () => {
    const missing = await run(['validate', ...GAZETTEER, '/nonexistent/file.csv']);
    assert.equal(missing.code, 2);
    assert.equal(missing.out, '');
    assert.match(missing.err, /cannot read \/nonexistent\/file\.csv: ENOENT/);
    const noGazetteer = await run(['validate', '--gazetteer', '/nonexistent.tsv', fixture('hostile-v1.csv')]);
    assert.match(noGazetteer.err, /cannot read the communes gazetteer/);
    const badDate = await run(['validate', ...GAZETTEER, '--today', 'yesterday', fixture('hostile-v1.csv')]);
    assert.match(badDate.err, /--today must be a date/);
    const unknown = await run(['frobnicate']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /unknown command "frobnicate"/);
  });
});
