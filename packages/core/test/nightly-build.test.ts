import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { main } from '../src/cli/main.js';
import { fixture } from './helpers.js';

/**
 * A département's nightly job (issue 25): one input missing or broken tonight must not stop the
 * others from being published, unless the job asks for `--strict`; the manifest says whose the
 * data is from what was read; a cron log gets no progress.
 */

const COMMON = ['--gazetteer', fixture('communes.tsv'), '--today', '2026-11-23'];
const header = 'id,nom,commune,code_postal,adresse,latitude,longitude,date_maj,source,services';

async function run(args: string[], terminal = false) {
  let out = '';
  let err = '';
  const code = await main(
    args,
    { write: (t: string) => (out += t) },
    { write: (t: string) => (err += t), ...(terminal ? { isTTY: true } : {}) },
  );
  return { code, out, err };
}

function inputs(dir: string) {
  const good = join(dir, 'lieux-77.csv');
  writeFileSync(
    good,
    [
      header,
      'a1,Espace numérique A,Melun,77000,1 rue,48.54,2.655,2025-03-01,Ville de Melun,Aide aux démarches administratives',
      'a2,Médiathèque B,Melun,77000,2 rue,48.55,2.66,2025-01-01,Ville de Melun,Aide aux démarches administratives',
      'a3,Centre C,Melun,77000,3 rue,48.53,2.64,2024-12-01,Département 77,Aide aux démarches administratives',
    ].join('\n'),
  );
  const other = join(dir, 'lieux-63.csv');
  writeFileSync(
    other,
    [
      header,
      'd1,Espace du Mont-Dore,Le Mont-Dore,63240,1 rue,45.576,2.809,2024-06-30,,Aide aux démarches administratives',
    ].join('\n'),
  );
  const wrong = join(dir, 'export.csv');
  writeFileSync(wrong, 'colonne_a,colonne_b\n1,2\n');
  return { good, other, wrong, missing: join(dir, 'absent.csv') };
}

describe('build for a nightly job', () => {
  test('an input missing or of no known format is skipped, named; the rest is published', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-nightly-'));
    const { good, other, wrong, missing } = inputs(dir);
    const out = join(dir, 'data');
    const built = await run(['build', ...COMMON, good, missing, wrong, other, '--out', out]);
    assert.equal(built.code, 0, built.err);
    assert.match(
      built.err,
      /^warning: skipped: cannot read .*absent\.csv: ENOENT; the dataset is built from the other inputs \(--strict refuses instead\)$/m,
    );
    assert.match(
      built.err,
      /^warning: skipped: no place could be read from export\.csv \(1 rows, none accepted\)/m,
    );
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    assert.equal(manifest.places, 4);
    assert.deepEqual(
      manifest.sources.map((s: { file: string }) => s.file),
      ['lieux-77.csv', 'lieux-63.csv'],
    );
    // Whose the data is: the inputs read, their publishers and dates; not the shipped data's.
    assert.equal(
      manifest.attribution,
      'Lieux : Ville de Melun, Département 77 (lieux-77.csv, à jour au 2025-03-01) ; lieux-63.csv (à jour au 2024-06-30) ; communes : INSEE, La Poste — Licence Ouverte 2.0',
    );
  });

  test('--strict refuses as before, and nothing is published; no input readable refuses too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-nightly-'));
    const { good, wrong, missing } = inputs(dir);
    const out = join(dir, 'data');
    const strictMissing = await run(['build', ...COMMON, '--strict', good, missing, '--out', out]);
    assert.equal(strictMissing.code, 2);
    assert.match(strictMissing.err, /cannot read .*absent\.csv: ENOENT/);
    const strictWrong = await run(['build', ...COMMON, '--strict', good, wrong, '--out', out]);
    assert.equal(strictWrong.code, 2);
    assert.match(strictWrong.err, /no place could be read from export\.csv .*was left as it was/);
    const none = await run(['build', ...COMMON, wrong, missing, '--out', out]);
    assert.equal(none.code, 2);
    assert.match(none.err, /no input could be read: .* was left as it was/);
    assert.throws(() => readFileSync(join(out, 'manifest.json')), /ENOENT/);
  });

  test('--attribution says whose the data is instead', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-nightly-'));
    const { good } = inputs(dir);
    const out = join(dir, 'data');
    const text = 'Lieux : Département de Seine-et-Marne — Licence Ouverte 2.0';
    assert.equal((await run(['build', ...COMMON, good, '--attribution', text, '--out', out])).code, 0);
    assert.equal(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).attribution, text);
  });

  test('progress on a terminal only: a cron log gets the summary and nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-nightly-'));
    const { good, other } = inputs(dir);
    const cron = await run(['build', ...COMMON, good, other, '--out', join(dir, 'a')]);
    assert.equal(cron.err, '');
    const terminal = await run(['build', ...COMMON, good, other, '--out', join(dir, 'b')], true);
    assert.match(terminal.err, /reading .*lieux-77\.csv \(1 of 2\)…\n.*\n?merging 4 places…\nwriting .*…\n/);
  });

  test('a file without update dates: validate and build read it alike, and a finder reads the build without a fault', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-nightly-'));
    const undated = join(dir, 'sans-date.csv');
    writeFileSync(
      undated,
      [
        header,
        'a1,Espace numérique A,Melun,77000,1 rue,48.54,2.655,,,Aide aux démarches administratives',
      ].join('\n'),
    );
    const words = 'no update date (date_maj missing or not believable in every row: the dataset is undated)';
    const validated = await run(['validate', ...COMMON, undated]);
    assert.ok(validated.out.includes(`1 place after merging duplicates, ${words}.`), validated.out);
    const out = join(dir, 'data');
    const built = await run(['build', ...COMMON, undated, '--out', out]);
    assert.ok(built.out.includes(`, ${words}, written to`), built.out);
    const orient = await run(['orient', ...COMMON, '--data', out, '--where', '77000']);
    assert.equal(orient.code, 0, orient.err);
    assert.doesNotMatch(orient.err, /dataDate/);
  });
});
