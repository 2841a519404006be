import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { folderFiles } from '../src/cli/files.js';
import { DATASET_LIMITS, isPlainFileName } from '../src/dataset/manifest.js';
import { Gazetteer } from '../src/geo/gazetteer.js';
import { orientationToJson } from '../src/json/orientation.js';
import { checkPublishedPlaces } from '../src/places/published.js';
import { readPlaces } from '../src/places/reader.js';
import { DataError, type DataFiles } from '../src/search/files.js';
import { MemoryCommunes } from '../src/search/memory.js';
import { DatasetPlaces } from '../src/search/places.js';
import { prefetch, search } from '../src/search/search.js';
import { displayText } from '../src/text/normalize.js';
import { fixture, TODAY } from './helpers.js';

/**
 * A published dataset is untrusted input, field by field (issue 26): a third party's, hand-edited,
 * or hostile. Every case here is one that a finder, the CLI or the extension met.
 */

const gazetteer = Gazetteer.parse(readFileSync(fixture('communes.tsv'), 'utf8'));
const communes = new MemoryCommunes(gazetteer);
const places = readPlaces(readFileSync(fixture('hostile-v1.csv')), {
  file: 'hostile-v1.csv',
  gazetteer,
  today: TODAY,
}).places;

/** A good manifest of one shard holding the fixture's places near Melun. */
const manifest = () => ({
  format: 'mediation-finder-dataset',
  version: 1,
  dataDate: '2025-06-01',
  attribution: 'Test data',
  licence: 'Licence Ouverte 2.0',
  places: places.length,
  shards: { '77': { file: 'places-77.json', places: places.length, bounds: [48, 2, 49, 3] } },
  doors: {},
  directory: {},
});

/** A dataset in memory: its files by name, each read counted. */
function memoryFiles(files: Record<string, unknown>): DataFiles & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    async read(path) {
      reads.push(path);
      if (!(path in files)) throw new DataError(`${path}: HTTP 404`, 'network');
      return new TextEncoder().encode(JSON.stringify(files[path]));
    },
  };
}

async function answer(files: DataFiles, where = '77000') {
  const source = { places: DatasetPlaces.open(files), communes };
  let last: unknown;
  for await (const step of search(source, where, { procedure: 'caf-rsa' }))
    if (step.step === 'orientation' && step.settled) last = orientationToJson(step.orientation);
  return { json: last as ReturnType<typeof orientationToJson>, places: await source.places };
}

describe('a manifest names files of its own folder only', () => {
  test('a plain file name, whatever the build calls it (content hashes too)', () => {
    for (const name of ['places-77.json', 'places-77-3.9f86d081.json', 'doors-2A-0.json', 'x', 'a..b.json'])
      assert.ok(isPlainFileName(name), name);
    for (const name of [
      '../secret/outside.json',
      '../../../../etc/passwd',
      '/etc/passwd',
      'C:\\secret.json',
      'sub\\file.json',
      '..',
      '.',
      '',
      '.hidden.json',
      'manifest.json',
      'a\u0000.json',
      'http:evil.example',
      '%2e%2e',
      'x.json?y',
      'x.json#y',
      'x'.repeat(256),
      12,
      null,
    ])
      assert.ok(!isPlainFileName(name), JSON.stringify(name));
  });

  test('any other name refuses the manifest, named, with its code', async () => {
    for (const file of [
      '../secret/outside.json',
      '/etc/passwd',
      '..',
      '.',
      'manifest.json',
      'https:x.json',
    ]) {
      const bad = manifest();
      (bad.shards['77'] as { file: string }).file = file;
      await assert.rejects(
        DatasetPlaces.open(memoryFiles({ 'manifest.json': bad })),
        (error: DataError) =>
          error.code === 'unsafe-file-name' && /is not a file of the dataset/.test(error.message),
        file,
      );
    }
    // A département's code makes the doors' file names: it must make plain ones.
    const doors = { ...manifest(), doors: { '../../x': { places: 1, parts: 2 } } };
    await assert.rejects(DatasetPlaces.open(memoryFiles({ 'manifest.json': doors })), {
      code: 'unsafe-file-name',
    });
  });

  test('the /etc/passwd probe: nothing of a file outside leaks into a message', async () => {
    const site = mkdtempSync(join(tmpdir(), 'mf-untrusted-'));
    mkdirSync(join(site, 'data'));
    writeFileSync(join(site, 'secret.json'), 'root:x:0:0:root:/root:/bin/bash\n');
    const bad = manifest();
    (bad.shards['77'] as { file: string }).file = '../secret.json';
    writeFileSync(join(site, 'data', 'manifest.json'), JSON.stringify(bad));
    const error = await DatasetPlaces.open(folderFiles(join(site, 'data'))).catch((e: Error) => e);
    assert.ok(error instanceof DataError);
    assert.doesNotMatch(error.message, /root:/);
    // Even read directly, the folder's files refuse a path outside it, and a shard that is no
    // JSON says so without quoting it.
    await assert.rejects(folderFiles(join(site, 'data')).read('../secret.json', 1000), {
      code: 'unsafe-file-name',
    });
    writeFileSync(join(site, 'data', 'places-77.json'), 'root:x:0:0:root:/root:/bin/bash\n');
    writeFileSync(join(site, 'data', 'manifest.json'), JSON.stringify(manifest()));
    const opened = await DatasetPlaces.open(folderFiles(join(site, 'data')));
    const failed = await opened.around(48.54, 2.66, 15).catch((e: Error) => e);
    assert.ok(failed instanceof DataError && failed.code === 'not-json');
    assert.doesNotMatch(failed.message, /root:/);
  });

  test('a link out of the folder, a pipe, a device: refused, never read (the CLI’s folder)', async () => {
    const site = mkdtempSync(join(tmpdir(), 'mf-untrusted-'));
    mkdirSync(join(site, 'data'));
    writeFileSync(join(site, 'outside.json'), JSON.stringify(places));
    writeFileSync(join(site, 'data', 'manifest.json'), JSON.stringify(manifest()));
    const files = folderFiles(join(site, 'data'));
    // A link to a file outside the folder: its places were read as the dataset's.
    symlinkSync(join(site, 'outside.json'), join(site, 'data', 'places-77.json'));
    await assert.rejects(files.read('places-77.json', 1e6), { code: 'unsafe-file-name' });
    // A link to an endless device: its size (0) said nothing, the read never ended.
    rmSync(join(site, 'data', 'places-77.json'));
    symlinkSync('/dev/zero', join(site, 'data', 'places-77.json'));
    await assert.rejects(files.read('places-77.json', 1e6), { code: 'unsafe-file-name' });
    // A named pipe: the read waited for a writer for ever.
    rmSync(join(site, 'data', 'places-77.json'));
    execFileSync('mkfifo', [join(site, 'data', 'places-77.json')]);
    await assert.rejects(files.read('places-77.json', 1e6), { code: 'unsafe-file-name' });
    // A link inside the folder is one of its files; a file over the limit is refused.
    rmSync(join(site, 'data', 'places-77.json'));
    writeFileSync(join(site, 'data', 'real.json'), JSON.stringify(places));
    symlinkSync('real.json', join(site, 'data', 'places-77.json'));
    assert.ok((await files.read('places-77.json', 1e6)).length > 0);
    await assert.rejects(files.read('places-77.json', 10), { code: 'too-large' });
  });

  test('a file listed under many shards is read and indexed once', async () => {
    const everywhere = {
      ...manifest(),
      shards: Object.fromEntries(
        Array.from({ length: 500 }, (_, i) => [
          `s${i}`,
          { file: 'places-77.json', places: 1, bounds: [-90, -180, 90, 180] },
        ]),
      ),
    };
    const files = memoryFiles({ 'manifest.json': everywhere, 'places-77.json': places });
    const index = await (await DatasetPlaces.open(files)).around(48.54, 2.66, 15);
    assert.equal(index.places.length, places.length);
    assert.deepEqual(files.reads, ['manifest.json', 'places-77.json']);
  });

  test(`at most ${DATASET_LIMITS.shards} shards, read ${6} at a time`, async () => {
    const many = (n: number) => ({
      ...manifest(),
      shards: Object.fromEntries(
        Array.from({ length: n }, (_, i) => [
          `s${i}`,
          { file: `p${i}.json`, places: 1, bounds: [48, 2, 49, 3] },
        ]),
      ),
    });
    await assert.rejects(
      DatasetPlaces.open(memoryFiles({ 'manifest.json': many(DATASET_LIMITS.shards + 1) })),
      { code: 'too-many-files' },
    );
    let now = 0;
    let most = 0;
    const files: DataFiles = {
      async read(path) {
        now++;
        most = Math.max(most, now);
        await new Promise((resolve) => setTimeout(resolve, 2));
        now--;
        return new TextEncoder().encode(JSON.stringify(path === 'manifest.json' ? many(50) : places));
      },
    };
    const dataset = await DatasetPlaces.open(files);
    const index = await dataset.around(48.54, 2.66, 15);
    assert.equal(index.places.length, places.length * 50);
    assert.ok(most <= 6, `${most} reads at once`);
  });
});

describe('every field of a manifest and of a place is checked', () => {
  test('a wrong manifest field is left out with its reason; the search goes on', async () => {
    const cases: Array<[string, unknown, RegExp]> = [
      ['attribution', 12345, /attribution: not text, left out/],
      ['attribution', {}, /attribution: not text, left out/],
      ['licence', ['x'], /licence: not text, left out/],
      ['dataDate', { year: 2025 }, /dataDate: invalid, left out/],
      ['dataDate', '2025-13-45', /dataDate: invalid, left out/],
      ['places', -1, /places: invalid, left out/],
    ];
    for (const [field, value, reason] of cases) {
      const files = memoryFiles({
        'manifest.json': { ...manifest(), [field]: value },
        'places-77.json': places,
      });
      const { json, places: dataset } = await answer(files);
      assert.ok(json.results.length > 0, `${field}: ${JSON.stringify(value)}`);
      assert.match(dataset.problems.join('\n'), reason);
      const { text, licence, date } = dataset.attribution;
      for (const said of [text, licence, date]) assert.equal(typeof said, 'string');
    }
  });

  test('a shard without usable bounds is left out, the others read', async () => {
    const two = manifest();
    Object.assign(two.shards, {
      bad: { file: 'places-bad.json', places: 1, bounds: [49, 2, 48, 'x'] },
      inf: { file: 'places-inf.json', places: 1, bounds: [-1e308, -1e308, 1e308, 1e308] },
    });
    const files = memoryFiles({ 'manifest.json': two, 'places-77.json': places });
    const { json, places: dataset } = await answer(files);
    assert.ok(json.results.length > 0);
    assert.deepEqual(files.reads.sort(), ['manifest.json', 'places-77.json']);
    assert.match(dataset.problems.join('\n'), /shard "bad": invalid bounds, left out/);
    assert.match(dataset.problems.join('\n'), /shard "inf": invalid bounds, left out/);
  });

  test('a wrong place field drops that field, never the search (provenance [null], no capabilities…)', async () => {
    const broken = (change: (place: Record<string, unknown>) => void) =>
      places.map((place) => {
        const copy = structuredClone(place) as unknown as Record<string, unknown>;
        change(copy);
        return copy;
      });
    const cases: Array<[string, (place: Record<string, unknown>) => void, RegExp]> = [
      [
        'provenance [null]',
        (p) => (p.provenance = [null]),
        /provenance: invalid value left out \(\d+ places\)/,
      ],
      ['no capabilities', (p) => delete p.capabilities, /capabilities: invalid, none assumed/],
      ['no programmes', (p) => delete p.dispositif_programmes_nationaux, /^$|/],
      ['date_maj an object', (p) => (p.date_maj = { y: 2025 }), /date_maj: invalid, left out/],
      ['date_maj 30 February', (p) => (p.date_maj = '2025-02-30'), /date_maj: invalid, left out/],
      ['code_insee a number', (p) => (p.code_insee = 77288), /code_insee: invalid, left out/],
      ['quality null', (p) => (p.quality = null), /quality: invalid, cautious values used/],
      ['claims of nulls', (p) => (p.claims = [null, 3]), /claims: invalid value left out/],
      ['services a text', (p) => (p.services = 'Aide'), /services: not a list, emptied/],
      ['horaires a list', (p) => (p.horaires = ['Mo 09:00-12:00']), /horaires: not text, left out/],
    ];
    for (const [name, change, reason] of cases) {
      const files = memoryFiles({ 'manifest.json': manifest(), 'places-77.json': broken(change) });
      // The search ends with its answer (no services: no place fits the need, but remote help does).
      const { json, places: dataset } = await answer(files);
      assert.ok(json.remote.length > 0, name);
      if (name !== 'services a text') assert.ok(json.results.length > 0, name);
      assert.match(dataset.problems.join('\n'), reason, name);
    }
    // Capabilities not said are not promised.
    const { places: checked } = checkPublishedPlaces(broken((p) => delete p.capabilities));
    assert.ok(checked.every((p) => !p.capabilities.doesItForYou && !p.capabilities.doesItWithYou));
  });
});

describe('text is well formed and shows nothing hidden, from every reader', () => {
  const hidden = '\u202E\u202A\u2066\u2069\u200E\u200F\u061C\u2060\u180E\u00AD\u009B\u001B\u0007\u{E0041}';

  test('displayText: lone surrogates replaced, controls, bidi and invisible characters removed', () => {
    assert.equal(displayText(`Mai${hidden}rie \ud800de\udc00 Melun 🙂`), 'Mairie \uFFFDde\uFFFD Melun 🙂');
    assert.equal(encodeURIComponent(displayText('\ud800')), '%EF%BF%BD');
    // Tab and line breaks are text; the narrow no-break space of French typography stays.
    assert.equal(displayText('a\tb\nc\u202F:'), 'a\tb\nc\u202F:');
  });

  test('a CSV or JSON file read: every field', () => {
    const csv = `id,nom,commune,code_postal,adresse,latitude,longitude,date_maj,autres_formations_labels\nb,Mairie${hidden},Melun,77000,1 rue${hidden},48.54,2.65,2025-01-01,Label${hidden}\n`;
    const [fromCsv] = readPlaces(csv, { file: 'x.csv', gazetteer, today: TODAY }).places;
    assert.equal(fromCsv?.nom, 'Mairie');
    assert.equal(fromCsv?.adresse, '1 rue');
    assert.deepEqual(fromCsv?.autres_formations_labels, ['Label']);
    const json = JSON.stringify([
      {
        id: 'j',
        nom: 'Mairie \ud800',
        commune: 'Melun',
        code_postal: '77000',
        adresse: '1 rue',
        latitude: 48.54,
        longitude: 2.65,
      },
    ]);
    const [fromJson] = readPlaces(json, { file: 'x.json', gazetteer, today: TODAY }).places;
    assert.equal(fromJson?.nom, 'Mairie \uFFFD');
  });

  test('a shard and a manifest read back: code_postal, date_maj, attribution, licence too', async () => {
    const shard = places.map((place) => ({
      ...place,
      nom: `${place.nom}${hidden}\ud800`,
      code_postal: `77000${hidden}`,
      date_maj: `2025-06-01\u202E`,
      provenance: [{ source: `ANCT${hidden}` }],
    }));
    const files = memoryFiles({
      'manifest.json': { ...manifest(), attribution: `ANCT${hidden}`, licence: `Licence${hidden} Ouverte` },
      'places-77.json': shard,
    });
    const { json, places: dataset } = await answer(files);
    const shown = JSON.stringify([json, dataset.attribution]);
    assert.doesNotMatch(
      shown,
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for.
      /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u2060\u180E\u00AD\u0080-\u009F\u0000-\u0008]/u,
    );
    assert.doesNotMatch(shown, /\\u[0-9a-f]{4}/i, 'no escaped control or lone surrogate in the JSON');
    assert.deepEqual(dataset.attribution, { text: 'ANCT', licence: 'Licence Ouverte', date: '2025-06-01' });
    assert.ok(json.results.length > 0);
    for (const result of json.results) assert.equal(result.code_postal, '77000');
  });
});

describe('an e-mail is an address, nothing else', () => {
  // The probe: a local part with a query, which a mailto: link reads as headers.
  const attack = 'x?subject=Hello&body=Hi&bcc=attacker@evil.example';

  test('dropped with a warning when a file is read', () => {
    const csv = `id,nom,commune,code_postal,adresse,latitude,longitude,date_maj,courriels\nb,Mairie,Melun,77000,1 rue,48.54,2.65,2025-01-01,${attack}|ok@example.org|a&b@example.org|c%3Fbcc@example.org\n`;
    const report = readPlaces(csv, { file: 'x.csv', gazetteer, today: TODAY });
    assert.deepEqual(report.places[0]?.courriels, ['ok@example.org']);
    const said = report.warnings.flatMap((w) => w.messages).join('\n');
    assert.match(said, /invalid email "x\?subject=Hello&body=Hi&bcc=attacker@evil\.example" removed/);
    assert.match(said, /invalid email "a&b@example\.org" removed/);
  });

  test('dropped with a reason when a shard is read', () => {
    const place = {
      ...places[0],
      courriels: [attack, "Jean.O'Neil+mairie@example.org", 'x@y.fr\nBcc: z@w.fr'],
    };
    const { places: checked, problems } = checkPublishedPlaces([place]);
    assert.deepEqual(checked[0]?.courriels, ["Jean.O'Neil+mairie@example.org"]);
    assert.match(problems.join('\n'), /courriels: invalid value left out/);
  });
});

describe('a search checks what it is asked before fetching anything', () => {
  const cases: Array<[string, Parameters<typeof search>[1], Record<string, unknown>, object, string]> = [
    ['radius 1e308', '77000', {}, { maxKm: 1e308 }, 'distance-out-of-range'],
    ['radius Infinity', '77000', {}, { radiusKm: Number.POSITIVE_INFINITY }, 'distance-out-of-range'],
    ['a step of -1', '77000', {}, { widenSteps: [15, -1] }, 'distance-out-of-range'],
    ['latitude 91', { latitude: 91, longitude: 2 }, {}, {}, 'position-out-of-range'],
    [
      'latitude -Infinity',
      { latitude: Number.NEGATIVE_INFINITY, longitude: 2 },
      {},
      {},
      'position-out-of-range',
    ],
    ['longitude NaN', { latitude: 48, longitude: Number.NaN }, {}, {}, 'position-out-of-range'],
    ['procedure __proto__', '77000', { procedure: '__proto__' }, {}, 'unknown-procedure'],
    ['procedure 12', '77000', { procedure: 12 }, {}, 'unknown-procedure'],
    ['public __proto__', '77000', { publics: ['__proto__'] }, {}, 'unknown-public'],
    ['modality constructor', '77000', { modalities: ['constructor'] }, {}, 'unknown-modality'],
    ['support toString', '77000', { support: ['toString'] }, {}, 'unknown-support'],
    ['situation __proto__', '77000', { situations: ['__proto__'] }, {}, 'unknown-situation'],
    ['limit 1e9', '77000', {}, { limit: 1e9 }, 'limit-out-of-range'],
    ['at an invalid date', '77000', {}, { at: new Date('nope') }, 'invalid-date'],
    ['openAt an invalid date', '77000', { openAt: new Date('nope') }, {}, 'invalid-date'],
  ];
  for (const [name, where, need, options, code] of cases)
    test(`${name}: ${code}, and no shard read`, async () => {
      const files = memoryFiles({ 'manifest.json': manifest(), 'places-77.json': places });
      const source = { places: DatasetPlaces.open(files), communes };
      prefetch(source, where, options, undefined, need);
      await assert.rejects(
        async () => {
          for await (const _ of search(source, where, need, options));
        },
        { name: 'Error', code },
      );
      await new Promise((resolve) => setTimeout(resolve, 10));
      assert.deepEqual(files.reads, ['manifest.json']);
    });
});

describe('a CSV header naming a column twice', () => {
  test('warned by name; each row keeps the first value that is there and safe', () => {
    const csv = [
      'id,nom,site_web,commune,code_postal,adresse,latitude,longitude,date_maj,site_web,nom',
      'a,Espace A,https://ok.example.org/,Melun,77000,1 rue,48.54,2.65,2025-01-01,javascript:alert(1),Autre nom',
      'b,Espace B,javascript:alert(1),Melun,77000,2 rue,48.54,2.65,2025-01-01,https://b.example.org/,',
      'c,,,Melun,77000,3 rue,48.54,2.65,2025-01-01,,Espace C',
    ].join('\n');
    const report = readPlaces(csv, { file: 'twice.csv', gazetteer, today: TODAY });
    assert.ok(
      report.notes.includes(
        'column "site_web" appears 2 times (columns 3, 10): each row reads its first value that is not empty and not a script or data link',
      ),
    );
    assert.match(report.notes.join('\n'), /column "nom" appears 2 times \(columns 2, 11\)/);
    const byId = (id: string) => report.places.find((p) => p.id === id);
    assert.deepEqual(byId('a')?.site_web, ['https://ok.example.org/']);
    assert.equal(byId('a')?.nom, 'Espace A');
    assert.deepEqual(byId('b')?.site_web, ['https://b.example.org/']);
    assert.equal(byId('c')?.nom, 'Espace C');
  });
});
