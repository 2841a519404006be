import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { folderFiles } from '../src/cli/files.js';
import { doorsFileOf } from '../src/dataset/doors.js';
import { Gazetteer } from '../src/geo/gazetteer.js';
import type { Place } from '../src/places/place.js';
import { ownDoors } from '../src/routing/doors.js';
import { DIFFICULTIES, type Need } from '../src/routing/need.js';
import { needsOwnDoors, type Orientation, orient } from '../src/routing/orient.js';
import { PlaceIndex } from '../src/routing/place-index.js';
import { GazetteerFiles } from '../src/search/communes.js';
import type { DataFiles } from '../src/search/files.js';
import { MemoryCommunes, MemoryPlaces } from '../src/search/memory.js';
import { DatasetPlaces, type PlaceSource } from '../src/search/places.js';
import { type DataSource, fetchSteps, type SearchStep, search } from '../src/search/search.js';
import { fixture } from './helpers.js';

/** The data `pnpm run data` builds from ../shared/data: what the widget ships (never committed). */
const SHIPPED = join(import.meta.dirname ?? '.', '../data');
const needsShippedData = existsSync(join(SHIPPED, 'places/manifest.json'))
  ? {}
  : { skip: `needs the shipped data in ${SHIPPED} ("pnpm run data", from ../shared/data)` };

const TUESDAY_MORNING = new Date('2026-11-24T10:00:00+01:00');

async function steps(
  source: DataSource,
  where: Parameters<typeof search>[1],
  need: Need,
  at = TUESDAY_MORNING,
) {
  const seen: SearchStep[] = [];
  for await (const step of search(source, where, need, { at })) seen.push(step);
  return seen;
}

describe('fetch steps', () => {
  test('are orient’s circles, one ahead after the first, the last always whole', () => {
    assert.deepEqual(fetchSteps(), [15, 60, 120]);
    assert.deepEqual(fetchSteps({ radiusKm: 10 }), [10, 60, 120]);
    assert.deepEqual(fetchSteps({ widenSteps: [5, 10, 20, 40, 80] }), [5, 20, 80]);
    assert.deepEqual(fetchSteps({ widenSteps: [5, 10] }), [5, 10]);
    // A radius the person chose is the only one.
    assert.deepEqual(fetchSteps({ maxKm: 7 }), [7]);
  });
});

describe('search on the data a finder ships', needsShippedData, () => {
  const files = folderFiles(SHIPPED);
  const shipped = async (): Promise<DataSource> => ({
    places: await DatasetPlaces.open(files, 'places/manifest.json'),
    communes: new GazetteerFiles(files),
  });

  // Every place and every doors file of the dataset, read whole: what all places answer.
  const manifest = JSON.parse(readFileSync(join(SHIPPED, 'places/manifest.json'), 'utf8'));
  const read = (file: string) => JSON.parse(readFileSync(join(SHIPPED, 'places', file), 'utf8')) as Place[];
  const all = new PlaceIndex(
    Object.values(manifest.shards as Record<string, { file: string }>).flatMap((s) => read(s.file)),
  );
  // A département's doors, every part of them read (each door once: the councils are in each).
  const doorsOf = (departement: string) => {
    const entry = manifest.doors[departement] ?? { parts: 0 };
    const lists = Array.from({ length: entry.parts }, (_, part) =>
      read(doorsFileOf(departement, entry, part)),
    );
    return [...new Map(lists.flat().map((door) => [door.id, door])).values()];
  };

  test('an answer settled on nearby places is the answer on all places, doors included', async () => {
    const source = await shipped();
    const towns = [
      '77000',
      '13001',
      'Aurillac',
      '48000',
      '97300',
      'Lyon',
      '23000',
      'Gap',
      '75012',
      '29200',
      'Mamoudzou',
      '45.764,4.836',
    ];
    const procedures = ['caf-rsa', 'ameli-compte', 'ants-carte-grise', 'apa', undefined];
    const settledAt = new Map<number, number>();
    let withDoors = 0;
    for (const town of towns) {
      for (const procedure of procedures) {
        for (const difficulty of DIFFICULTIES) {
          const need: Need = { ...(procedure ? { procedure } : {}), difficulty };
          const seen = await steps(source, town, need);
          const located = seen[0];
          assert.equal(located?.step, 'location', town);
          if (located?.step !== 'location') continue;
          const answers = seen.filter((s) => s.step === 'orientation');
          const last = answers.at(-1);
          assert.ok(last?.settled, `${town} ${procedure} ${difficulty}: a settled answer ends the search`);
          assert.ok(
            answers.slice(0, -1).every((a) => !a.settled),
            'nothing after a settled answer',
          );
          settledAt.set(last.withinKm, (settledAt.get(last.withinKm) ?? 0) + 1);
          const territory = located.location.territory;
          const doors = territory && needsOwnDoors(need) ? doorsOf(territory.departement) : [];
          if (doors.length) withDoors++;
          const everywhere: Orientation = orient(all, located.location, need, { at: TUESDAY_MORNING, doors });
          assert.deepEqual(last.orientation, everywhere, `${town} ${procedure} ${difficulty}`);
        }
      }
    }
    const counts = [...settledAt].sort(([a], [b]) => a - b);
    process.stdout.write(
      `# settled within: ${counts.map(([km, n]) => `${km} km ${n}`).join(', ')}; ${withDoors} with doors\n`,
    );
    // Cities settle in the first circle; some rural needs go farther; doors come into play.
    assert.ok((settledAt.get(15) ?? 0) > 150 && settledAt.size > 1 && withDoors > 50, JSON.stringify(counts));
  });

  test('every commune finds its own doors in its one part of its département’s', async () => {
    const gazetteer = Gazetteer.parse(readFileSync(join(SHIPPED, 'gazetteer.tsv'), 'utf8'));
    const places = await DatasetPlaces.open(files, 'places/manifest.json');
    const whole = new Map<string, Place[]>();
    let checked = 0;
    let withTownHall = 0;
    // Every commune, arrondissement and former commune: the territory a person there gets.
    for (const commune of gazetteer.communes) {
      const territory = gazetteer.territoryOf(commune);
      if (!whole.has(territory.departement)) whole.set(territory.departement, doorsOf(territory.departement));
      const all = ownDoors(whole.get(territory.departement) as Place[], territory);
      const part = ownDoors(await places.doorsOf(territory), territory);
      assert.deepEqual(part, all, `${commune.insee} ${commune.name}`);
      checked++;
      if (all.townHall) withTownHall++;
    }
    process.stdout.write(
      `# ${checked} communes and parts, ${withTownHall} with their town hall: the same doors\n`,
    );
    assert.ok(checked > 37_000 && withTownHall > 30_000, `${checked}, ${withTownHall}`);
  });

  test('a person’s doors cost a few KB, not their département’s', async () => {
    const read = new Map<string, number>();
    const counting: DataFiles = {
      read: async (path, max) => {
        const bytes = await files.read(path, max);
        read.set(path, bytes.length);
        return bytes;
      },
    };
    const source = {
      places: await DatasetPlaces.open(counting, 'places/manifest.json'),
      communes: new GazetteerFiles(counting),
    };
    // RSA with no difficulty said: social work first, the person's town hall and council.
    const seen = await steps(source, '77000', { procedure: 'caf-rsa' });
    const last = seen.at(-1);
    assert.ok(last?.step === 'orientation' && last.orientation.results.length > 0);
    const doors = [...read].filter(([path]) => /\/doors-/.test(path));
    assert.equal(doors.length, 1, doors.map(([path]) => path).join(', '));
    const [[, bytes]] = doors as [[string, number]];
    // 670 KB when a finder read the Seine-et-Marne's 511 doors whole.
    assert.ok(bytes < 60_000, `${bytes} bytes of doors`);
  });

  test('a day of searches keeps a few indexes, not one per town', async () => {
    const places = await DatasetPlaces.open(files, 'places/manifest.json');
    const source = { places, communes: new GazetteerFiles(files) };
    for (const town of [
      '77000',
      '13001',
      '69001',
      '31000',
      '33000',
      '59000',
      '67000',
      '35000',
      '44000',
      '06000',
    ])
      await steps(source, town, { procedure: 'caf-rsa', difficulty: 'learn' });
    assert.ok(places.keptIndexes <= 4, `${places.keptIndexes} indexes kept`);
  });

  test('a postal code’s file (its départements’ with a name) is asked for with the index, not after it', async () => {
    // One round trip less on a phone: the digits tell the file, the index only confirms it.
    const askedWhileIndexPending = async (where: string) => {
      const asked: string[] = [];
      let releaseIndex = () => {};
      const indexHeld = new Promise<void>((resolve) => {
        releaseIndex = resolve;
      });
      const communes = new GazetteerFiles({
        read: async (path, max) => {
          asked.push(path);
          if (path === 'gazetteer/index.json') await indexHeld;
          return files.read(path, max);
        },
      });
      const located = communes.locate(where);
      await new Promise((resolve) => setTimeout(resolve, 10));
      const before = [...asked];
      releaseIndex();
      return { before, located: await located };
    };
    for (const [where, expected] of [
      ['77000', ['gazetteer/postal/770.tsv']],
      ['77000 Melun', ['gazetteer/77.tsv']],
      ['Melun, 77000', ['gazetteer/77.tsv']],
      ['20000', ['gazetteer/postal/200.tsv']],
      ['97300', ['gazetteer/postal/973.tsv']],
    ] as const) {
      const { before, located } = await askedWhileIndexPending(where);
      for (const file of expected) assert.ok(before.includes(file), `${where}: ${before.join(', ')}`);
      assert.ok(located.ok, where);
    }
    // Nothing but the index for a name, or a code no département has.
    for (const where of ['96000', 'Melun']) {
      const { before } = await askedWhileIndexPending(where);
      assert.deepEqual(before, ['gazetteer/index.json'], where);
    }
  });

  test('a position is named after its commune, from the small files around it', async () => {
    const read: string[] = [];
    const counting: DataFiles = {
      read: (path, max) => {
        read.push(path);
        return files.read(path, max);
      },
    };
    const source = {
      places: await DatasetPlaces.open(counting, 'places/manifest.json'),
      communes: new GazetteerFiles(counting),
    };
    const [located] = await steps(source, { latitude: 48.54, longitude: 2.66 }, { procedure: 'caf-rsa' });
    assert.equal(located?.step === 'location' && located.location.label, 'Melun');
    assert.ok(!read.includes('gazetteer.tsv'), 'the whole gazetteer');
  });
});

describe('search, on fixtures', () => {
  const communes = new MemoryCommunes(Gazetteer.parse(readFileSync(fixture('communes.tsv'), 'utf8')));
  const attribution = { text: 'test', licence: '', date: '2026-01-01' };

  test('what was typed and gives no place ends the search, saying why', async () => {
    const source = { places: new MemoryPlaces([], attribution), communes };
    assert.deepEqual(
      (await steps(source, '9320', {})).map((s) => s.step === 'not-found' && s.failure.error),
      ['invalid-postal-code'],
    );
  });

  test('an aborted search stops at its next step, without waiting for its places', async () => {
    let release: () => void = () => {};
    const slow: PlaceSource = {
      attribution,
      around: () =>
        new Promise((resolve) => {
          release = () => resolve(new PlaceIndex([]));
        }),
      doorsOf: async () => [],
    };
    const controller = new AbortController();
    const older = search({ places: slow, communes }, '77000', {}, { signal: controller.signal });
    assert.equal((await older.next()).value?.step, 'location');
    const next = older.next();
    controller.abort(new Error('a newer search'));
    await assert.rejects(next, /a newer search/);
    release();
    assert.equal((await older.next()).done, true);
  });
});
