import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import Papa from 'papaparse';
import { problemOf } from '../src/cli/problems.js';
import { mergePlaces, mergePlacesInSteps } from '../src/places/merge.js';
import type { Place } from '../src/places/place.js';
import { ROWS_PER_STEP, readPlaces, readPlacesInSteps } from '../src/places/reader.js';
import { OrientError, orient } from '../src/routing/orient.js';
import { PlaceIndex } from '../src/routing/place-index.js';
import { runStepsYielding } from '../src/steps.js';
import { parseTable } from '../src/tables/table.js';
import { fixture, realGazetteer, TODAY } from './helpers.js';

const read = (input: string | Uint8Array, file = 'hostile.csv') =>
  readPlaces(input, { file, gazetteer: realGazetteer(), today: TODAY });

describe('hostile input', () => {
  const report = read(readFileSync(fixture('hostile-v1.csv')));
  const byId = (id: string) => report.places.find((p) => p.id === id);
  const rejectedRow = (row: number) => report.rejected.find((r) => r.row === row);

  test('good rows survive around bad ones', () => {
    assert.equal(report.format, 'standard-v1');
    for (const id of ['ok-1', 'js-link', 'html-name', 'swapped', 'after-broken', 'last-good', 'far-away']) {
      assert.ok(byId(id), `${id} accepted`);
    }
  });

  test('javascript: and data: links are removed, good links and emails kept', () => {
    const place = byId('js-link')!;
    assert.deepEqual(place.site_web, ['https://ok.example.org/']);
    assert.deepEqual(place.courriels, ['x@example.org']);
    assert.equal(place.prise_rdv, undefined);
    assert.equal(place.presentation_resume, 'Ateliers pour tous');
    const messages = report.warnings.find((w) => w.id === 'js-link')!.messages.join('\n');
    assert.match(messages, /unsafe or invalid link in site_web removed: "javascript:alert\(1\)"/);
    assert.match(messages, /unsafe or invalid link in prise_rdv removed: "data:text\/html/);
    assert.match(messages, /invalid email "not-an-email" removed/);
  });

  test('markup is stripped from names; a name that is only a script is rejected', () => {
    assert.equal(byId('html-name')?.nom, 'Maison France Services');
    assert.deepEqual(rejectedRow(4)?.messages, ['missing name (nom)']);
    assert.deepEqual(rejectedRow(9)?.messages, ['missing name (nom)']);
  });

  test('each rejection names its reason', () => {
    // "7700" is padded to 07700 (a lost leading zero), which is not Melun's: no guess is made.
    assert.deepEqual(rejectedRow(5)?.messages, [
      'no coordinates, and no commune "Melun" uses postal code 07700',
    ]);
    assert.match(
      rejectedRow(6)?.messages.join() ?? '',
      /no coordinates, and unknown postal code 99999 for commune "Nulle part"/,
    );
    assert.match(rejectedRow(10)?.messages.join() ?? '', /columns instead of 17|never closes/);
  });

  test('coordinates: swapped ones are fixed, impossible ones replaced by the commune centre', () => {
    const swapped = byId('swapped')!;
    assert.equal(swapped.latitude, 48.5397);
    assert.equal(swapped.longitude, 2.6553);
    const far = byId('far-away')!;
    assert.equal(far.quality.approximateCoordinates, true);
    assert.ok(Math.abs(far.latitude - 48.542) < 0.01);
    assert.match(
      report.warnings.find((w) => w.id === 'far-away')!.messages.join(),
      /outside département 77 \(Seine-et-Marne\)/,
    );
  });

  test('a test row is rejected with its reason; a town whose name holds "Teste" is not one', () => {
    const csv = [
      'id,nom,commune,code_postal,adresse,latitude,longitude,date_maj,services',
      't1,ANCT Test,Paris,75007,20 avenue de Ségur,48.8497,2.3085,2022-11-27,Aide aux démarches administratives',
      't2,CCAS La Teste-de-Buch,La Teste-de-Buch,33260,1 place Gambetta,44.6301,-1.1445,2024-01-10,Aide aux démarches administratives',
      't3,Lieu de tests,Melun,77000,1 rue de la Paix,48.5397,2.6553,2024-01-10,Aide aux démarches administratives',
    ].join('\n');
    const result = read(csv);
    assert.deepEqual(
      result.places.map((p) => p.id),
      ['t2'],
    );
    assert.deepEqual(
      result.rejected.map((r) => r.messages),
      [['a test row, not a place: "ANCT Test"'], ['a test row, not a place: "Lieu de tests"']],
    );
    assert.equal(problemOf(result.rejected[0]?.messages[0] ?? '').code, 'test-row');
  });

  test('a megabyte-long field is cut, a megabyte-long name rejected, nothing else lost', () => {
    const huge = 'A'.repeat(1_000_000);
    const csv = [
      'id,pivot,nom,commune,code_postal,adresse,latitude,longitude,date_maj,presentation_detail,services',
      `long-detail,43493312300029,Lieu,Melun,77000,1 rue,48.54,2.655,2025-01-01,${huge},Aide aux démarches administratives`,
      `long-name,43493312300029,${huge},Melun,77000,1 rue,48.54,2.655,2025-01-01,,`,
      'fine,43493312300029,Autre lieu,Melun,77000,2 rue,48.541,2.656,2025-01-01,,',
    ].join('\n');
    const result = read(csv);
    assert.equal(result.places.find((p) => p.id === 'long-detail')?.presentation_detail?.length, 5000);
    assert.match(result.rejected[0]?.messages[0] ?? '', /name is \d+ characters long/);
    assert.ok(result.places.find((p) => p.id === 'fine'));
  });

  test('Latin-1 bytes and a BOM are decoded', () => {
    const text =
      'id;pivot;nom;commune;code_postal;adresse;latitude;longitude;date_maj;services\nlatin;43493312300029;Médiathèque Élise;Melun;77000;1 rue;48.54;2.655;2025-01-01;Prendre en main un ordinateur\n';
    const latin1 = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const result = read(latin1);
    assert.equal(result.encoding, 'windows-1252');
    assert.equal(result.places[0]?.nom, 'Médiathèque Élise');
    assert.deepEqual(result.places[0]?.services, ['Maîtrise des outils numériques du quotidien']);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    assert.equal(read(bom).places[0]?.id, 'latin', 'BOM does not hide the first column');
  });

  test('an unclosed quote loses only its own line', () => {
    const csv = [
      'id,pivot,nom,commune,code_postal,adresse,latitude,longitude,date_maj',
      'a,43493312300029,Premier,Melun,77000,1 rue,48.54,2.655,2025-01-01',
      'b,43493312300029,"Ouvert jamais fermé,Melun,77000,1 rue,48.54,2.655,2025-01-01',
      'c,43493312300029,Troisième,Melun,77000,3 rue,48.541,2.656,2025-01-01',
      'd,43493312300029,Quatrième,Melun,77000,4 rue,48.542,2.657,2025-01-01',
    ].join('\n');
    const result = read(csv);
    assert.deepEqual(
      result.places.map((p) => p.id),
      ['a', 'c', 'd'],
    );
    assert.equal(result.rejected.length, 1);
    assert.match(result.rejected[0]?.messages[0] ?? '', /never closes/);
  });

  test('empty, unreadable and unknown files give a note, not a crash', () => {
    assert.deepEqual(read('').notes, ['empty file']);
    assert.match(read('[1, 2').notes[0] ?? '', /invalid JSON/);
    const unknown = read('foo,bar\n1,2\n');
    assert.equal(unknown.format, null);
    assert.equal(unknown.accepted, 0);
    assert.match(unknown.notes[0] ?? '', /unknown format/);
    const notObjects = read(
      '[1, "x", {"nom": "Lieu", "commune": "Melun", "code_postal": "77000", "adresse": "1 rue", "date_maj": "2025-01-01", "pivot": "43493312300029", "id": "j", "services": "Accéder à du matériel"}]',
      'x.json',
    );
    assert.equal(notObjects.rejected.length, 2);
    assert.equal(notObjects.places[0]?.quality.approximateCoordinates, true);
  });
});

describe('hostile options at the API', () => {
  const place = readPlaces(readFileSync(fixture('hostile-v1.csv')), {
    file: 'hostile-v1.csv',
    gazetteer: realGazetteer(),
    today: TODAY,
  }).places;
  const index = new PlaceIndex(place);
  const melun = { latitude: 48.54, longitude: 2.66, label: 'Melun' };

  test('a fractional, negative or huge limit is a named error, not a TypeError', () => {
    for (const limit of [0.5, -1, 0, Number.NaN, 1e9]) {
      assert.throws(() => orient(index, melun, {}, { limit }), OrientError, `limit ${limit}`);
    }
    assert.throws(() => orient(index, melun, {}, { limit: 0.5 }), /limit must be a whole number/);
  });

  test('an impossible position never gives places at NaN km', () => {
    for (const [latitude, longitude] of [
      [Number.NaN, 2],
      [48, Number.POSITIVE_INFINITY],
      [91, 2],
      [48, -181],
    ] as const) {
      assert.throws(() => orient(index, { latitude, longitude, label: 'x' }, {}), /impossible position/);
    }
  });

  test('radii and the instant are checked too', () => {
    assert.throws(() => orient(index, melun, {}, { maxKm: -5 }), /maxKm must be a distance/);
    assert.throws(() => orient(index, melun, {}, { radiusKm: Number.NaN }), /radiusKm/);
    assert.throws(() => orient(index, melun, {}, { widenSteps: [] }), /widenSteps/);
    assert.throws(() => orient(index, melun, {}, { at: new Date('nope') }), /at must be a valid date/);
    assert.ok(orient(index, melun, {}, { limit: 3, maxKm: 30 }).results.length <= 3);
  });
});

describe('hostile nesting', () => {
  const deep = (levels: number) => `${'['.repeat(levels)}"x"${']'.repeat(levels)}`;
  const row = (id: string, extra = '') =>
    `{"id":"${id}","nom":"Lieu ${id}","commune":"Melun","code_postal":"77000","adresse":"1 rue","latitude":48.54,"longitude":2.65${extra}}`;

  test('a field nested 5,000 levels deep costs its row, not the file', () => {
    const report = read(`[${row('deep', `,"services":${deep(5000)}`)},${row('fine')}]`, 'deep.json');
    assert.deepEqual(
      report.places.map((p) => p.id),
      ['fine'],
    );
    assert.deepEqual(report.rejected, [
      { row: 1, messages: ["a value nested more than 8 levels deep: not a place's field"] },
    ]);
  });

  test('JSON text nested deep inside an annuaire field is ignored', () => {
    const annuaire = JSON.stringify([
      {
        id: 'mairie-77288-01',
        nom: 'Mairie - Melun',
        pivot: '[{"type_service_local":"mairie"}]',
        adresse: `[{"type_adresse":"Adresse","numero_voie":"16 rue Paul-Doumer","code_postal":"77000","nom_commune":"Melun","longitude":"2.655","latitude":"48.539"}]`,
        plage_ouverture: `[{"nom_jour_debut":${deep(5000)}}]`,
      },
    ]);
    assert.doesNotThrow(() => read(annuaire, 'annuaire.json'));
  });
});

describe('a published dataset read back', () => {
  const good = () => structuredClone(read(readFileSync(fixture('hostile-v1.csv'))).places[0]) as Place;

  test('unsafe links, emails and phone numbers are removed; the place stays', async () => {
    const { checkPublishedPlaces } = await import('../src/places/published.js');
    const place = {
      ...good(),
      site_web: ['javascript:alert(1)', 'https://ok.example.org/', 'data:text/html,x'],
      prise_rdv: 'javascript:alert(1)',
      fiche_acces_libre: 'mailto:a@b.fr?bcc=everyone@example.org',
      courriels: ['x@example.org', 'a@b.fr?bcc=c@d.fr', 'javascript:alert(1)//@x.fr'],
      telephone: 'javascript:alert(1)',
    };
    const { places, dropped } = checkPublishedPlaces([place]);
    assert.equal(dropped, 0);
    const [checked] = places;
    assert.deepEqual(checked?.site_web, ['https://ok.example.org/']);
    assert.equal(checked?.prise_rdv, undefined);
    assert.equal(checked?.fiche_acces_libre, undefined);
    assert.deepEqual(checked?.courriels, ['x@example.org']);
    assert.equal(checked?.telephone, undefined);
  });

  test('bidirectional overrides are removed from names, in the reader and read back', async () => {
    const { checkPublishedPlaces } = await import('../src/places/published.js');
    const reversed = 'Mairie\u202E sreitrauq\u202C \u2066Nord\u2069';
    const readName = read(
      `id,nom,commune,code_postal,adresse,latitude,longitude,date_maj\nb,${reversed},Melun,77000,1 rue,48.54,2.65,2025-01-01\n`,
    ).places[0]?.nom;
    assert.equal(readName, 'Mairie sreitrauq Nord');
    const { places } = checkPublishedPlaces([{ ...good(), nom: reversed, adresse: '\u202E1 rue' }]);
    assert.equal(places[0]?.nom, 'Mairie sreitrauq Nord');
    assert.equal(places[0]?.adresse, '1 rue');
  });

  test('a place without a name, an id or a position is dropped, and counted', async () => {
    const { checkPublishedPlaces } = await import('../src/places/published.js');
    const { places, dropped } = checkPublishedPlaces([
      good(),
      { ...good(), nom: 42 },
      { ...good(), latitude: 'NaN' },
      { ...good(), latitude: Number.NaN },
      'not a place',
      null,
    ]);
    assert.equal(places.length, 1);
    assert.equal(dropped, 5);
    assert.deepEqual(checkPublishedPlaces({ not: 'a list' }), {
      places: [],
      dropped: 0,
      problems: ['not a list of places'],
    });
  });
});

describe('large files, read in steps', () => {
  // About 3 MB: several of the reader's 1 MB pieces, with quoted line breaks, doubled quotes and
  // separators inside fields everywhere, so that some fall across the ends of pieces.
  const header = 'id,nom,commune,code_postal,adresse,latitude,longitude,services,presentation_detail';
  const lines = [header];
  for (let i = 1; i <= 12_000; i++) {
    lines.push(
      [
        `big-${i}`,
        `"Espace ""numérique"" ${i}"`,
        'Melun',
        '77000',
        `"${i} rue de la Gare, bâtiment B"`,
        (48.5 + (i % 97) / 1000).toFixed(4),
        (2.6 + (i % 89) / 1000).toFixed(4),
        '"Aide aux démarches administratives"',
        `"Ateliers le mardi,\nle jeudi ""sur rendez-vous"",\r\net le samedi ${'x'.repeat(i % 200)}"`,
      ].join(','),
    );
  }
  const csv = `${lines.join('\r\n')}\r\n`;

  test('rows cut into pieces are the rows of the whole text', () => {
    assert.ok(csv.length > 3_000_000);
    const whole = Papa.parse<string[]>(csv, { skipEmptyLines: 'greedy' }).data.slice(1);
    const table = parseTable(csv);
    assert.equal(table.rows.length, 12_000);
    table.rows.forEach((row, i) => {
      assert.ok('record' in row, `row ${i + 1} read`);
      assert.deepEqual(Object.values(row.record), whole[i]);
    });
  });

  test('a stray quote before a piece ends loses only its own line', () => {
    // Fields without line breaks here: a stray quote makes the parser swallow the lines after it,
    // and the reader reads each of them again on its own.
    const plain = lines.map((line) => line.replace(/\r?\n/g, ' '));
    plain[8_000] = 'big-broken,"Espace ouvert,Melun,77000,1 rue,48.5,2.6,x,y';
    const table = parseTable(`${plain.join('\n')}\n`);
    const errors = table.rows.filter((row) => 'error' in row);
    assert.deepEqual(
      errors.map((row) => row.index),
      [8_000],
    );
    assert.equal(table.rows.length - errors.length, 11_999);
  });

  test('reading stops between steps, gives the same report, and lets timers run', async () => {
    const stepped = readPlacesInSteps(csv, { file: 'big.csv', gazetteer: realGazetteer(), today: TODAY });
    let steps = 0;
    let shares: number[] = [];
    for (let step = stepped.next(); !step.done; step = stepped.next()) {
      steps++;
      shares.push(step.value as number);
      if (step.done) break;
    }
    assert.ok(steps >= 12_000 / ROWS_PER_STEP, `${steps} steps`);
    assert.ok(shares.every((share, i) => share >= (shares[i - 1] ?? 0) && share <= 1));
    shares = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const report = await runStepsYielding(
      readPlacesInSteps(csv, { file: 'big.csv', gazetteer: realGazetteer(), today: TODAY }),
      5,
    );
    clearInterval(timer);
    assert.ok(ticks > 0, 'the event loop ran during the reading');
    const once = readPlaces(csv, { file: 'big.csv', gazetteer: realGazetteer(), today: TODAY });
    assert.equal(report.accepted, 12_000);
    assert.deepEqual(report, once);
    const merged = await runStepsYielding(mergePlacesInSteps(report.places), 5);
    assert.deepEqual(merged, mergePlaces(once.places));
  });
});
