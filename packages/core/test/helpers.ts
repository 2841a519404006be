import { type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { areasFromDatasFun, communesFromCsv } from '../src/geo/communes-sources.js';
import {
  type Commune,
  departementOfPlace,
  Gazetteer,
  type GazetteerMeta,
  serializeGazetteer,
} from '../src/geo/gazetteer.js';
import { mainPostalCodesFirst } from '../src/geo/main-postal-code.js';
import { resolveLocation } from '../src/geo/resolve.js';
import { type Placement, placeAtTownHalls } from '../src/geo/town-halls.js';
import { reasonText } from '../src/messages/labels.js';
import { mergePlaces } from '../src/places/merge.js';
import type { Place } from '../src/places/place.js';
import { type ReadReport, readPlaces } from '../src/places/reader.js';
import { publicOfficesOf } from '../src/places/town-halls.js';
import { PROCEDURES } from '../src/procedures/catalogue.js';
import { isOwnDoor } from '../src/routing/doors.js';
import type { Reason } from '../src/routing/explain.js';
import { DIFFICULTIES, MODALITY_IDS, type Need, PUBLIC_IDS, SUPPORT_IDS } from '../src/routing/need.js';
import type { Location } from '../src/routing/orient.js';
import { PlaceIndex } from '../src/routing/place-index.js';
import { SITUATIONS } from '../src/routing/remote.js';

const HERE = dirname(fileURLToPath(import.meta.url));

/** The real open data beside the repository (never committed). */
export const SHARED = process.env.MEDIATION_FINDER_SHARED_DATA ?? resolve(HERE, '../../../../shared/data');

export const FILES = {
  cnfs: 'mediation_numerique/20221202-conseiller-numerique-lieux-de-mediation-numerique-national.json',
  dataInclusion: 'mediation_numerique/20230206-data-inclusion-lieux-de-mediation-numerique-national.json',
  hinaura: 'mediation_numerique/regional/hinaura-lieux-de-mediation-numeriques-auvergne-rhone-alpes.json',
  franceServices: 'france_services/liste-fs-20240801.csv',
  counters: 'services_publics/annuaire-administration-2017-12-12-guichets-sociaux-emploi.csv',
  townHalls: 'services_publics/annuaire-administration-2017-12-12-mairies-conseils-departementaux.csv',
  exampleV1: 'mediation_numerique/schema/exemple-valide-v1.0.2.csv',
  exampleV0: 'mediation_numerique/schema/exemple-valide-v0.1.1.csv',
} as const;

export const fixture = (name: string) => join(HERE, 'fixtures', name);

/** Reading day fixed so staleness does not depend on when the tests run. */
export const TODAY = new Date('2026-11-23T12:00:00Z');

/**
 * Whether the real open data is beside the repository. A fresh clone without it still runs every
 * test on fixtures; the tests on the full data are skipped, each saying why.
 */
export const HAS_SHARED_DATA = existsSync(join(SHARED, 'communes'));
/** Option of a suite or test that needs the full open data. */
export const needsSharedData = HAS_SHARED_DATA
  ? {}
  : { skip: `needs the real open data in ${SHARED} (a checkout beside ../shared/data)` };
if (!HAS_SHARED_DATA)
  process.stderr.write(
    `note: ${SHARED} is not there: the tests on the full open data are skipped; the others run on test/fixtures (communes.tsv and the CSV fixtures)\n`,
  );

/** The files `scripts/prepare-data.mjs` places the communes with (every place file it reads). */
const PLACE_FILES = [
  FILES.cnfs,
  FILES.dataInclusion,
  FILES.hinaura,
  FILES.franceServices,
  FILES.counters,
  FILES.townHalls,
];

/** The communes as the communes file gives them: at the publisher's centre of their area. */
export function publishedCommunes(): Commune[] {
  return communesFromCsv(
    readFileSync(join(SHARED, 'communes/communes-france-2026-centroides-codes-postaux.csv'), 'utf8'),
  );
}

/** The communes placed where their people live, as prepare-data does it (see `placeAtTownHalls`). */
export function realPlacement(): Placement {
  const communes = publishedCommunes();
  const published = new Gazetteer(realGazetteerMeta(), communes);
  const offices = PLACE_FILES.flatMap((file) => publicOfficesOf(readFileSync(join(SHARED, file)), published));
  const areas = areasFromDatasFun(readFileSync(join(SHARED, 'communes/datas-fun-communes-2024.csv'), 'utf8'));
  const placement = placeAtTownHalls(communes, offices, areas);
  const postalLines = readFileSync(join(SHARED, 'communes/laposte_hexasmal-2020.csv'), 'utf8');
  return {
    ...placement,
    communes: mainPostalCodesFirst(placement.communes, { postalLines, offices }).communes,
  };
}

/** The gazetteer's header, with the départements' names. */
export function realGazetteerMeta(): GazetteerMeta {
  const departements = JSON.parse(
    readFileSync(join(SHARED, 'communes/decoupage-administratif-6.0.0-departements.json'), 'utf8'),
  ) as Array<{ code: string; nom: string }>;
  return {
    format: 'mediation-finder-gazetteer',
    version: 1,
    attribution: 'test',
    departements: Object.fromEntries(departements.map((d) => [d.code, d.nom])),
  };
}

/**
 * Placing 35,000 communes reads every place file (about 6 s): each test file runs in its own
 * process, so the result is kept in node_modules/.cache, keyed by the open data's files and the
 * code that reads and places them. Never committed; rebuilt when either changes.
 */
function cachedText(inputs: string[], code: string[], build: () => string): string {
  const hash = createHash('sha256');
  for (const file of inputs) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${file} ${size} ${mtimeMs}\n`);
  }
  for (const dir of code) {
    for (const file of readdirSync(dir, { recursive: true }).map(String).sort()) {
      if (file.endsWith('.ts')) hash.update(readFileSync(join(dir, file)));
    }
  }
  const cacheDir = join(HERE, '../node_modules/.cache/mediation-finder');
  const path = join(cacheDir, `gazetteer-${hash.digest('hex').slice(0, 16)}.tsv`);
  if (existsSync(path)) return readFileSync(path, 'utf8');
  const text = build();
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Only the current one is kept.
    for (const old of readdirSync(cacheDir)) if (old.startsWith('gazetteer-')) rmSync(join(cacheDir, old));
    writeFileSync(path, text);
  } catch {
    // A read-only checkout: build it each time.
  }
  return text;
}

let gazetteer: Gazetteer | undefined;
/**
 * The communes of France, each at its town hall or main town (as the shipped gazetteer), or
 * without the open data the few of `fixtures/communes.tsv`.
 */
export function realGazetteer(): Gazetteer {
  if (!gazetteer && !HAS_SHARED_DATA)
    gazetteer = Gazetteer.parse(readFileSync(join(HERE, 'fixtures', 'communes.tsv'), 'utf8'));
  if (!gazetteer) {
    const inputs = [
      ...PLACE_FILES,
      'communes/communes-france-2026-centroides-codes-postaux.csv',
      'communes/datas-fun-communes-2024.csv',
      'communes/laposte_hexasmal-2020.csv',
      'communes/decoupage-administratif-6.0.0-departements.json',
    ].map((file) => join(SHARED, file));
    const code = [join(HERE, '../src/geo'), join(HERE, '../src/places'), join(HERE, '../src/tables')];
    const text = cachedText(inputs, code, () =>
      serializeGazetteer(realGazetteerMeta(), realPlacement().communes),
    );
    gazetteer = Gazetteer.parse(text);
  }
  return gazetteer;
}

const reports = new Map<string, ReadReport>();
export function readReal(key: keyof typeof FILES): ReadReport {
  let report = reports.get(key);
  if (!report) {
    const path = join(SHARED, FILES[key]);
    report = readPlaces(readFileSync(path), {
      file: path.split('/').pop() as string,
      gazetteer: realGazetteer(),
      today: TODAY,
    });
    reports.set(key, report);
  }
  return report;
}

let realIndex: { index: PlaceIndex; places: Place[] } | undefined;
/** Every real source, merged, indexed: what a deployment serves. */
export function realPlaceIndex(): { index: PlaceIndex; places: Place[] } {
  if (!realIndex) {
    const all = (['cnfs', 'dataInclusion', 'hinaura', 'franceServices'] as const).flatMap(
      (key) => readReal(key).places,
    );
    const { places } = mergePlaces(all);
    realIndex = { index: new PlaceIndex(places), places };
  }
  return realIndex;
}

interface Deployment {
  index: PlaceIndex;
  doorsOf(departement: string | undefined): Place[];
  /** The places ranked by distance, and the doors by département, as read. */
  places: Place[];
  doors: Map<string, Place[]>;
}
let deployment: Deployment | undefined;
/**
 * What a deployment serves: the mediation files, France Services and the annuaire's counters
 * ranked by distance; town halls and councils as doors of the person's département.
 */
export function realDeployment(): Deployment {
  if (!deployment) {
    const read = (file: string) =>
      readPlaces(readFileSync(join(SHARED, 'services_publics', file)), {
        file,
        gazetteer: realGazetteer(),
        today: TODAY,
      }).places;
    const annuaire = read('annuaire-administration-2017-12-12-guichets-sociaux-emploi.csv');
    const mediation = (['cnfs', 'dataInclusion', 'hinaura', 'franceServices'] as const).flatMap(
      (key) => readReal(key).places,
    );
    const { places } = mergePlaces([...mediation, ...annuaire]);
    const index = new PlaceIndex(places);
    const doors = new Map<string, Place[]>();
    for (const door of read('annuaire-administration-2017-12-12-mairies-conseils-departementaux.csv')) {
      if (!isOwnDoor(door)) continue;
      const code = departementOfPlace(door);
      doors.set(code, [...(doors.get(code) ?? []), door]);
    }
    deployment = {
      index,
      doorsOf: (departement) => (departement ? (doors.get(departement) ?? []) : []),
      places,
      doors,
    };
  }
  return deployment;
}

export function where(text: string): Location {
  const resolved = resolveLocation(realGazetteer(), text);
  if (!resolved.ok) throw new Error(`${text}: ${resolved.error}`);
  return resolved.location;
}

/** What a person reads of a place's reasons, in French (the catalogue's source language). */
export function said(result: { reasons: readonly Reason[] } | undefined): string {
  return (result?.reasons ?? [])
    .map((r) => reasonText(r, 'fr'))
    .filter(Boolean)
    .join(' · ');
}

/** A seeded generator (mulberry32): the same sequence at every run, so a failure can be replayed. */
export function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Tuesday 24 November 2026, 10:00 in Paris. */
export const AT = new Date('2026-11-24T10:00:00+01:00');

/** A random need of the catalogue: a procedure or none, a difficulty or none, filters, situations. */
export function randomNeed(next: () => number): Need {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const some = <T>(list: readonly T[], p: number): T[] => list.filter(() => next() < p);
  const procedure = next() < 0.85 ? pick(PROCEDURES).id : undefined;
  const difficulty = next() < 0.8 ? pick(DIFFICULTIES) : undefined;
  const need: Need = {
    ...(procedure ? { procedure } : {}),
    ...(difficulty ? { difficulty } : {}),
    ...(next() < 0.15 ? { cannotTravel: true } : {}),
    ...(next() < 0.1 ? { freeOnly: true } : {}),
    ...(next() < 0.1 ? { withoutAppointment: true } : {}),
    ...(next() < 0.05 ? { openAt: AT } : {}),
  };
  const publics = some(Object.keys(PUBLIC_IDS), 0.08);
  const support = some(Object.keys(SUPPORT_IDS), 0.08);
  const modalities = some(Object.keys(MODALITY_IDS), 0.04);
  const situations = difficulty === 'situation' ? some(SITUATIONS, 0.3) : [];
  if (publics.length) need.publics = publics;
  if (support.length) need.support = support;
  if (modalities.length) need.modalities = modalities;
  if (situations.length) need.situations = situations;
  return need;
}

const CLI_SCRIPT = `import { main } from ${JSON.stringify(pathToFileURL(join(HERE, '../src/cli/main.ts')).href)};
process.exitCode = await main(process.argv.slice(1), process.stdout, process.stderr);`;
const CLI_ARGS = ['--import', 'tsx', '--input-type=module', '-e', CLI_SCRIPT];

/**
 * The CLI in its own process, as a data manager runs it (from the sources, through tsx); `as`
 * another user when the tests run as root (`runuser`), to meet the refusals root never meets.
 */
export function runCli(args: string[], as?: string): SpawnSyncReturns<string> {
  const [command, prefix] = as ? ['runuser', ['-u', as, '--', process.execPath]] : [process.execPath, []];
  return spawnSync(command, [...prefix, ...CLI_ARGS, ...args], { encoding: 'utf8', timeout: 300_000 });
}

/** The CLI's process itself, its streams the test's (`spawn` passed in: node:child_process's). */
export const spawnCli = (start: typeof spawn, args: string[]) =>
  start(process.execPath, [...CLI_ARGS, ...args]);

/** The same, running while the test goes on: its exit code, stdout and stderr when it ends. */
export function startCli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [...CLI_ARGS, ...args]);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}
