import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { Gazetteer } from '../src/geo/gazetteer.js';
import {
  gazetteerForSuggestions,
  locateInFiles,
  locatePositionInFiles,
  namesFilesOf,
  parseSpelling,
  shardGazetteer,
} from '../src/geo/gazetteer-shards.js';
import { locatePosition, type Resolved, resolveLocation } from '../src/geo/resolve.js';
import type { SpellingGroups } from '../src/geo/spelling.js';
import { needsSharedData, realGazetteer } from './helpers.js';

/** What a person sees of a resolution: the place, its label and territory, or the message. */
function seen(resolved: Resolved) {
  if (!resolved.ok) {
    return {
      error: resolved.error,
      text: resolved.text,
      candidates: resolved.candidates?.map((c) => c.insee),
    };
  }
  const { commune, ...location } = resolved.location;
  return { ...location, commune: commune?.insee };
}

describe('gazetteer files (a first answer without the whole gazetteer)', needsSharedData, () => {
  const whole = realGazetteer();
  const { index, files } = shardGazetteer(whole.meta, whole.communes);
  const reads: string[] = [];
  const read = async (file: string) => {
    reads.push(file);
    const text = files.get(file);
    if (!text) throw new Error(`no file ${file}`);
    return Gazetteer.parse(text);
  };
  const readSpelling = async (file: string) => {
    reads.push(file);
    const text = files.get(file);
    if (!text) throw new Error(`no file ${file}`);
    return parseSpelling(text);
  };

  // Every 97th commune by name, with its postal code and its département, and the hard cases.
  const sample = whole.communes.filter((_, i) => i % 97 === 0);
  const typed = [
    ...sample.flatMap((c) => [c.name, `${c.name} ${c.postalCodes[0] ?? ''}`, `${c.name} ${c.departement}`]),
    ...['Melun', 'melun', 'st etienne', 'Saint-Denis', 'Saint-Denis 93', 'Saint-Denis (974)', 'Paris 11'],
    ...[
      'Paris',
      'Lyon',
      'Marseille 13008',
      'Eu',
      'Saint',
      'Mont',
      'La Roche',
      "L'Oie",
      'oie',
      'sur',
      'Sainte',
    ],
    ...['Nouméa', 'Nouméa 98800', '98800', '9320', '77000', '01200', '20000', '97300', '99999', 'Cayenne'],
    ...['48.54,2.66', '48.85 2.35', '-21.1,55.5', '46.5,-30', '91,2', 'xyzzy', 'Château', 'Châteauroux'],
    // One letter wrong, missing, extra or swapped; a word of the name missing a letter; with codes.
    ...[
      'Melum',
      'Mellun',
      'Marseile',
      'Fontainbleau',
      'Loyn',
      'Pris',
      'Sant-Denis',
      'Choisy-ae-Roi',
      'Pais 12',
    ],
    ...[
      'Melum 77000',
      'Melun 93',
      'Sait-Etienne',
      'Saint-eDnis',
      'Saint-Maur-des-Fosés',
      'Bordeuax',
      'Toulose 31',
      'Nouméaa',
    ],
    // Arrondissements and a postal code written first, as address lines write it.
    ...['Paris 12', 'Paris 12e', 'Paris 12ème', 'Lyon 3', 'Marseille 13', 'Marseille (13)', 'Lyon 69'],
    ...['77000 Melun', '77000, Melun', 'Melun, 77000', '75012 Paris', '13008 Marseille', 'Eu 76'],
    ...sample
      .slice(0, 150)
      .flatMap((c) => [c.name.slice(0, 2) + c.name.slice(3), `${c.postalCodes[0]} ${c.name}`]),
  ];

  test('every typed place resolves as with the whole gazetteer', async () => {
    let whole_needed = 0;
    for (const where of typed) {
      const resolved = await locateInFiles(where, index, read, readSpelling);
      if (!resolved) {
        whole_needed++;
        continue;
      }
      assert.deepEqual(seen(resolved), seen(resolveLocation(whole, where)), where);
    }
    // Only names made of short or very common words need the whole gazetteer.
    // (and two of the names missing a letter: "Lues", "Mu").
    assert.ok(whole_needed <= 8, `${whole_needed} of ${typed.length} needed the whole gazetteer`);
  });

  test('every postal code of France reads its one postal file, and resolves as with the whole gazetteer', async () => {
    const codes = [...new Set(whole.communes.flatMap((c) => c.postalCodes))].sort();
    assert.ok(codes.length > 6000, `${codes.length} postal codes`);
    for (const code of codes) {
      reads.length = 0;
      const resolved = await locateInFiles(code, index, read, readSpelling);
      assert.ok(resolved, code);
      assert.deepEqual(seen(resolved), seen(resolveLocation(whole, code)), code);
      assert.deepEqual(reads, [`postal/${code.slice(0, 3)}.tsv`], code);
    }
    // Digits no commune starts with: unknown, and no file read.
    const unused = ['00', '96', ...Object.keys(index.postal ?? {})]
      .flatMap((two) => [...'0123456789'].map((third) => `${two}${third}`))
      .filter((digits) => !codes.some((code) => code.startsWith(digits)));
    assert.ok(unused.length > 50, `${unused.length} unused`);
    for (const digits of unused) {
      reads.length = 0;
      const resolved = await locateInFiles(`${digits}00`, index, read, readSpelling);
      assert.equal(resolved?.ok === false && resolved.error, 'unknown-postal-code', digits);
      assert.deepEqual(reads, [], digits);
    }
    // An index written before postal codes' files: the départements' files answer, the same.
    const older = { ...index, postal: undefined };
    for (const code of ['77000', '01200', '20000', '94390', '97133', '69001']) {
      reads.length = 0;
      const resolved = await locateInFiles(code, older, read, readSpelling);
      assert.ok(resolved, code);
      assert.deepEqual(seen(resolved), seen(resolveLocation(whole, code)), code);
      assert.ok(
        reads.length && reads.every((file) => /^[0-9AB]{2,3}\.tsv$/.test(file)),
        `${code}: ${reads.join(', ')}`,
      );
    }
  });

  test('suggestions are those of the whole gazetteer, from one or two small files', async () => {
    for (const text of [
      'mel',
      'melu',
      'st eti',
      'saint-den',
      'chateaur',
      'Nouméa',
      'paris 11',
      'oie',
      '77000',
    ]) {
      reads.length = 0;
      const part = await gazetteerForSuggestions(text, index, read, readSpelling);
      assert.ok(part, text);
      const names = (g: Gazetteer, spelling?: SpellingGroups) =>
        g.suggest(text, 8, spelling).map(({ commune: c, corrected }) => `${c.insee} ${c.name} ${corrected}`);
      assert.deepEqual(names(part.gazetteer, part.spelling), names(whole), text);
      assert.ok(reads.length <= 2, `${text}: ${reads.join(', ')}`);
    }
    // A slip of one letter: the names one away, from their spelling and names files.
    for (const [text, first] of [
      ['Melum', 'Melun'],
      ['Mellun', 'Melun'],
      ['Marseile', 'Marseille'],
      ['Fontainbleau', 'Fontainebleau'],
      ['Bordeuax', 'Bordeaux'],
      ['Loyn', 'Lyon'],
    ]) {
      reads.length = 0;
      const part = await gazetteerForSuggestions(text as string, index, read, readSpelling);
      assert.ok(part, text);
      const found = part.gazetteer.suggest(text as string, 8, part.spelling);
      assert.deepEqual(found, whole.suggest(text as string, 8), text);
      assert.equal(found[0]?.commune.name, first, text);
      assert.ok(found[0]?.corrected, text);
      // Its names file, two or three spelling files, and the names files of its corrections (a
      // short word such as "loyn" is one letter from several: "lyon", "loye", "lon"…).
      assert.ok(reads.length <= 8, `${text}: ${reads.join(', ')}`);
    }
    // Too short or too common to look up alone: wait for more letters.
    for (const text of ['me', 'saint', 'sur', '770'])
      assert.equal(await gazetteerForSuggestions(text, index, read, readSpelling), null);
  });

  test('a position reads the départements around it, and finds the same nearest commune', async () => {
    for (const [lat, lon] of [
      [48.54, 2.66],
      [43.3, 5.37],
      [46.0, 4.5],
      [-21.1, 55.5],
      [16.25, -61.55],
      [47.0, -6.0],
    ] as const) {
      reads.length = 0;
      const resolved = await locatePositionInFiles(lat, lon, index, read);
      assert.deepEqual(seen(resolved), seen(locatePosition(whole, lat, lon)), `${lat},${lon}`);
      assert.ok(reads.length <= 4, `${lat},${lon}: ${reads.join(', ')}`);
    }
  });

  test('the files are small: a phone fetches a few KB, not the 640 KB of France', () => {
    const gz = (text: string) => gzipSync(text).length;
    const sizes = (prefix: string) =>
      [...files].filter(([name]) => name.startsWith(prefix)).map(([, text]) => gz(text));
    const names = sizes('names/');
    // Each names file but those of one very common word ("saint": 4,900 communes).
    assert.ok(names.filter((size) => size > 12_000).length <= 3, String(names.filter((s) => s > 12_000)));
    assert.ok(Math.max(...sizes('7')) < 20_000);
    // A postal code's file: about 1 KB, never the 10 KB of its département.
    const postal = sizes('postal/').sort((a, b) => a - b);
    assert.ok((postal[postal.length >> 1] as number) < 1_500, `median ${postal[postal.length >> 1]} bytes`);
    assert.ok(Math.max(...postal) < 10_000, `largest ${Math.max(...postal)} bytes`);
    assert.ok(gz(JSON.stringify(index)) < 6_000, `index ${gz(JSON.stringify(index))} bytes gzip`);
    assert.deepEqual(namesFilesOf('Melun', index)?.length, 1);
  });
});
