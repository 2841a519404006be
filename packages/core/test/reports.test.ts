import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { main } from '../src/cli/main.js';
import { problemOf } from '../src/cli/problems.js';
import { reportLocale } from '../src/cli/report.js';
import { Gazetteer } from '../src/geo/gazetteer.js';
import { readPlaces } from '../src/places/reader.js';
import { fixture, TODAY } from './helpers.js';

/**
 * `validate` and `build` reports for a data manager (issue 25): in French or English, grouped by
 * reason with how to fix it, the file's own line numbers, warnings summarised, and a CSV.
 */

const COMMON = ['--gazetteer', fixture('communes.tsv'), '--today', '2026-11-23'];
const header =
  'id,pivot,nom,commune,code_postal,adresse,latitude,longitude,date_maj,presentation_resume,services';
const SERVICES = ',Aide aux démarches administratives';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { write: (t: string) => (out += t) }, { write: (t: string) => (err += t) });
  return { code, out, err };
}

/**
 * 30 rows without a SIRET (warnings), a quoted line break in row 2's summary (2 lines), a row
 * without a name on line 7 (the file's 5th row), one with a formula for a name on line 8.
 */
function lieux(dir: string): string {
  const path = join(dir, 'lieux.csv');
  const row = (i: number, name = `Espace numérique ${i}`) =>
    `p${i},,${name},Melun,77000,${i} rue Dajot,${48.5 + i / 100},2.655,2025-01-01,${SERVICES}`;
  const lines = [
    header,
    `p0,,Espace numérique 0,Melun,77000,1 rue Dajot,48.49,2.655,2025-01-01,"Un lieu\naccueillant"${SERVICES}`,
    row(1),
    row(2),
    row(3),
    `sans-nom,,,Melun,77000,5 rue Dajot,48.45,2.655,2025-01-01,${SERVICES}`,
    `formule,,=HYPERLINK("http://x"),Melun,77000,6 rue,48.44,2.655,2025-01-01,${SERVICES}`,
    ...Array.from({ length: 26 }, (_, i) => row(i + 10)),
  ];
  writeFileSync(path, lines.join('\n'));
  return path;
}

describe('validate and build reports', () => {
  test('grouped by reason, with how to fix it and the file’s own lines; warnings summarised', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-report-'));
    const file = lieux(dir);
    const fr = await run(['validate', ...COMMON, '--locale', 'fr', file]);
    assert.equal(fr.code, 0, fr.err);
    assert.match(
      fr.out,
      /Lignes refusées, par raison\n {4}Nom manquant, colonne nom : 1 ligne \(ligne 7\)\n {6}"missing name \(nom\)"\n {6}Corriger : Renseignez le nom du lieu \(colonne nom\)\./,
    );
    // 30 placeholder SIRETs: one line, the first five lines named, not 30 lines.
    assert.match(fr.out, /SIRET de remplissage, colonne pivot : 31 lignes \(lignes 2, 4, 5, 6, 8…\)\n/);
    assert.equal(fr.out.match(/placeholder SIRET/g), null, 'no warning one by one');
    const en = await run(['validate', ...COMMON, '--locale', 'en', file]);
    assert.match(en.out, /Rejected rows, by reason\n {4}Missing name, column nom: 1 row \(line 7\)\n/);
    assert.match(en.out, /Fix: Fill in the place's name \(column nom\)\./);
    assert.match(en.out, /Placeholder SIRET, column pivot: 31 rows \(lines 2, 4, 5, 6, 8…\)/);
    // The summary before the reasons, in the same language.
    assert.match(fr.out, /^fichier +format +lignes +acceptées +approchées +refusées +fusionnées\n/);
    assert.match(fr.out, /\n31 lieux après fusion des doublons, données à jour au 2025-01-01\.\n/);
    assert.match(
      fr.out,
      /\nPositions : 20 à leur adresse, 0 sur leur rue, 11 connues seulement par leur commune/,
    );
    assert.match(en.out, /^file +format +rows +accepted +approximate +rejected +merged\n/);
    assert.match(en.out, /\n31 places after merging duplicates, data up to 2025-01-01\.\n/);
    const built = await run(['build', ...COMMON, '--locale', 'fr', file, '--out', join(dir, 'data')]);
    assert.equal(built.code, 0, built.err);
    assert.match(
      built.out,
      /^31 lieux \(0 doublons fusionnés\) en \d+ fichiers .*, données à jour au 2025-01-01, écrits dans /,
    );
    assert.match(built.out, /Nom manquant, colonne nom : 1 ligne \(ligne 7\)/);
  });

  test('--report: a CSV of every problem, one per row, that a spreadsheet opens safely', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-report-'));
    const file = lieux(dir);
    const csv = join(dir, 'problemes.csv');
    assert.equal((await run(['validate', ...COMMON, '--locale', 'fr', file, '--report', csv])).code, 0);
    const text = readFileSync(csv, 'utf8');
    assert.ok(text.startsWith('\uFEFFfile,line,id,column,code,severity,message,detail,fix\r\n'));
    const rows = text.trim().split('\r\n').slice(1);
    assert.equal(rows.filter((r) => r.includes('"placeholder-pivot"')).length, 31);
    assert.ok(
      rows.includes(
        '"lieux.csv","7","sans-nom","nom","missing-name","rejected","Nom manquant","missing name (nom)","Renseignez le nom du lieu (colonne nom)."',
      ),
      rows.join('\n'),
    );
    // A formula in a row's value is text in a spreadsheet, never run.
    assert.ok(!/(^|,)"=/.test(text), 'no cell starts with =');
    const build = join(dir, 'build.csv');
    await run(['build', ...COMMON, '--locale', 'en', file, '--out', join(dir, 'data'), '--report', build]);
    assert.match(readFileSync(build, 'utf8'), /"missing-name","rejected","Missing name"/);
  });

  test('a refused build prints its reasons and writes its CSV: the failing night is when they are read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-report-'));
    // No row has a name: nothing accepted, the build refused.
    const file = join(dir, 'sans-noms.csv');
    writeFileSync(
      file,
      `${header}\np1,,,Melun,77000,1 rue Dajot,48.54,2.655,2025-01-01,${SERVICES}\np2,,,Melun,77000,2 rue Dajot,48.55,2.655,2025-01-01,${SERVICES}\n`,
    );
    const csv = join(dir, 'rapport.csv');
    writeFileSync(csv, 'last night’s report');
    const refused = await run([
      'build',
      ...COMMON,
      '--locale',
      'fr',
      file,
      '--out',
      join(dir, 'data'),
      '--report',
      csv,
    ]);
    assert.equal(refused.code, 2);
    assert.match(refused.err, /no input could be read/);
    assert.match(refused.out, /Nom manquant/);
    assert.match(refused.out, /lignes 2, 3/);
    assert.match(readFileSync(csv, 'utf8'), /"missing-name"/, 'tonight’s report, not last night’s');
    // An empty download is no success for a nightly validate either.
    const empty = join(dir, 'vide.csv');
    writeFileSync(empty, '');
    assert.equal((await run(['validate', ...COMMON, empty])).code, 1);
    assert.equal((await run(['validate', ...COMMON, file])).code, 1);
  });

  test('a quoted line break counts: a row is named by its first line', () => {
    const gazetteer = Gazetteer.parse(readFileSync(fixture('communes.tsv'), 'utf8'));
    const dir = mkdtempSync(join(tmpdir(), 'mf-report-'));
    const report = readPlaces(readFileSync(lieux(dir)), { file: 'lieux.csv', gazetteer, today: TODAY });
    assert.deepEqual(
      report.rejected.map((note) => [note.row, note.line]),
      [[5, 7]],
    );
    assert.deepEqual(
      report.warnings.slice(0, 3).map((note) => [note.row, note.line]),
      [
        [1, 2],
        [2, 4],
        [3, 5],
      ],
    );
  });

  test('the locale: --locale, else the environment’s; fr or en', async () => {
    assert.equal(reportLocale(undefined, { LANG: 'fr_FR.UTF-8' }), 'fr');
    assert.equal(reportLocale(undefined, { LC_ALL: 'C.UTF-8', LANG: 'fr_FR.UTF-8' }), 'en');
    assert.equal(reportLocale(undefined, {}), 'en');
    assert.equal(reportLocale('fr', { LANG: 'en_GB.UTF-8' }), 'fr');
    const wrong = await run(['validate', ...COMMON, '--locale', 'de', fixture('hostile-v1.csv')]);
    assert.equal(wrong.code, 2);
    assert.match(wrong.err, /unknown --locale "de" for a report \(fr or en\)/);
  });

  test('every reason the hostile fixtures draw from the reader has a code of its own', () => {
    const gazetteer = Gazetteer.parse(readFileSync(fixture('communes.tsv'), 'utf8'));
    for (const name of ['hostile-v1.csv', 'who-is-who-v1.csv', 'not-doors-v1.csv']) {
      const report = readPlaces(readFileSync(fixture(name)), { file: name, gazetteer, today: TODAY });
      for (const note of [...report.rejected, ...report.warnings])
        for (const message of note.messages)
          assert.notEqual(problemOf(message).code, 'other', `${name}: "${message}"`);
    }
  });
});
