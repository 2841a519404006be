import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { escapeControls } from '../src/cli/terminal.js';
import { publishedPlace } from '../src/dataset/published.js';
import { Gazetteer } from '../src/geo/gazetteer.js';
import { readPlaces } from '../src/places/reader.js';
import { fixture, runCli, spawnCli, TODAY } from './helpers.js';

/**
 * The CLI run as a data manager runs it, in its own process, on hostile datasets and arguments
 * (issue 26): what reaches the terminal is escaped, and a reading problem is a message and exit
 * code 2, never a stack trace.
 */

const GAZETTEER = ['--gazetteer', fixture('communes.tsv')];
const cli = runCli;

/** What a terminal would act on: C0 controls but tab and newline, DEL, C1 controls, bidi controls. */
const ACTS_ON_TERMINAL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for.
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const NO_TRACE = /^\s+at /m;

const gazetteer = Gazetteer.parse(readFileSync(fixture('communes.tsv'), 'utf8'));
const places = readPlaces(readFileSync(fixture('hostile-v1.csv')), {
  file: 'hostile-v1.csv',
  gazetteer,
  today: TODAY,
}).places.map(publishedPlace);

/** A dataset folder of one shard, each place changed by `change`. */
function dataset(change: (place: Record<string, unknown>) => void = () => {}, shard?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mf-cli-hostile-'));
  const list = places.map((place) => {
    const copy = structuredClone(place) as unknown as Record<string, unknown>;
    change(copy);
    return copy;
  });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      format: 'mediation-finder-dataset',
      version: 1,
      dataDate: '2025-06-01',
      attribution: 'Test',
      licence: 'Licence Ouverte 2.0',
      places: list.length,
      shards: { '77': { file: 'places-77.json', places: list.length, bounds: [48, 2, 49, 3] } },
      doors: {},
      directory: {},
    }),
  );
  writeFileSync(join(dir, 'places-77.json'), shard ?? JSON.stringify(list));
  return dir;
}

const ESCAPES = '\u001b]0;PWNED\u0007\u001b[31m\u009b2J\u202e\r';

describe('the CLI prints no control character', () => {
  test('escapeControls: each as \\uXXXX, text and line breaks as they are', () => {
    assert.equal(
      escapeControls('a\u001b[31mb\u0007\u009b\u202e\r\n\tc'),
      'a\\u001b[31mb\\u0007\\u009b\\u202e\\u000d\n\tc',
    );
    // In JSON the escape is the same character again.
    const json = JSON.stringify({ name: 'x\u009by\u202e' });
    assert.deepEqual(JSON.parse(escapeControls(json)), { name: 'x\u009by\u202e' });
  });

  test('orient: a dataset’s names and a typed place, in text and JSON', () => {
    const dir = dataset((place) => {
      place.nom = `${place.nom}${ESCAPES}`;
      place.adresse = `1 rue${ESCAPES}`;
    });
    for (const json of [[], ['--json']]) {
      const found = cli(['orient', ...GAZETTEER, '--data', dir, '--where', '77000', ...json]);
      assert.equal(found.status, 0, found.stderr);
      assert.doesNotMatch(found.stdout + found.stderr, ACTS_ON_TERMINAL);
      assert.match(found.stdout, /Médiathèque Jean Jaurès/);
    }
    const typed = cli(['orient', ...GAZETTEER, '--data', dir, '--where', `${ESCAPES}Melun`]);
    assert.equal(typed.status, 2);
    assert.doesNotMatch(typed.stderr, ACTS_ON_TERMINAL);
    assert.match(typed.stderr, /\\u001b\]0;PWNED\\u0007/);
  });

  test('validate and build: a file’s name and the reader’s messages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-cli-hostile-'));
    const inline = ESCAPES.replace('\r', '');
    const file = join(dir, `lieux${inline}.csv`);
    writeFileSync(
      file,
      `id,nom,commune,code_postal,adresse,latitude,longitude,date_maj,courriels,site_web,services\nb,Espace numérique${inline},Melun,77000,1 rue,48.54,2.65,2025-01-01,x${inline}@y.fr,javascript:alert(1)${inline},Aide aux démarches administratives\n`,
    );
    const validated = cli(['validate', ...GAZETTEER, '--today', '2026-11-23', file]);
    assert.equal(validated.status, 0, validated.stderr);
    assert.match(validated.stdout, /lieux\\u001b\]0;PWNED/);
    assert.doesNotMatch(validated.stdout + validated.stderr, ACTS_ON_TERMINAL);
    const built = cli([
      'build',
      ...GAZETTEER,
      '--today',
      '2026-11-23',
      file,
      '--out',
      join(dir, `out${ESCAPES}`),
    ]);
    assert.equal(built.status, 0, built.stderr);
    assert.doesNotMatch(built.stdout + built.stderr, ACTS_ON_TERMINAL);
  });
});

describe('a reading problem is a message and exit code 2, never a stack trace', () => {
  test('a place without capabilities or programmes: read, promising nothing, said on stderr', () => {
    const dir = dataset((place) => {
      delete place.capabilities;
      delete place.dispositif_programmes_nationaux;
    });
    const found = cli(['orient', ...GAZETTEER, '--data', dir, '--where', '77000', '--procedure', 'caf-rsa']);
    assert.equal(found.status, 0, found.stderr);
    assert.match(found.stdout, /Médiathèque Jean Jaurès|Espace numérique/);
    assert.match(
      found.stderr,
      /^warning: places-77\.json: capabilities: invalid, none assumed \(\d+ places\)$/m,
    );
  });

  test('a shard that is no JSON, in orient and audit; a manifest naming a file outside', () => {
    const dir = dataset(() => {}, 'root:x:0:0:root:/root:/bin/bash\n');
    for (const args of [
      ['orient', ...GAZETTEER, '--data', dir, '--where', '77000'],
      ['audit', ...GAZETTEER, '--data', dir, '--departement', '77'],
    ]) {
      const result = cli(args);
      assert.equal(result.status, 2, `${args[0]}: ${result.stderr}`);
      assert.match(result.stderr, /^mediation-finder: .*places-77\.json: not valid JSON$/m, args[0]);
      assert.doesNotMatch(result.stderr, NO_TRACE, args[0]);
      assert.doesNotMatch(result.stderr, /root:/, args[0]);
      assert.equal(result.stdout, '');
    }
    const outside = dataset();
    const manifest = JSON.parse(readFileSync(join(outside, 'manifest.json'), 'utf8'));
    manifest.shards['77'].file = '../../../../etc/passwd';
    writeFileSync(join(outside, 'manifest.json'), JSON.stringify(manifest));
    const refused = cli(['orient', ...GAZETTEER, '--data', outside, '--where', '77000']);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /"\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd" is not a file of the dataset/);
    assert.doesNotMatch(refused.stderr, /root:/);
    assert.doesNotMatch(refused.stderr, NO_TRACE);
  });
});

test('a reader that stops early (`procedures | head`) ends the CLI quietly, exit 0', async () => {
  const { spawn } = await import('node:child_process');
  const child = spawnCli(spawn, ['procedures']);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  // Like `head -1` done before the CLI writes: the pipe closed under it.
  child.stdout.destroy();
  const status = await new Promise((resolve) => child.on('close', resolve));
  assert.equal(stderr, '');
  assert.equal(status, 0);
});
