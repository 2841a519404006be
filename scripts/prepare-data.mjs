#!/usr/bin/env node
/**
 * Builds what the product ships from open data, into ignored folders (never committed):
 *   packages/core/data/gazetteer.tsv        communes, postal codes, their point (offline geocoding): the
 *                                           town hall (annuaire de l'administration), else the centre
 *   packages/core/data/gazetteer/           the same per département and per word of the names, and their index;
 *                                           epci/<SIREN>.json: each EPCI's communes (@etalab/decoupage-administratif)
 *   packages/core/data/places/manifest.json + places-<département>.json
 *   packages/core/data/places/report.json   what was read, accepted, rejected and merged
 *
 * Sources: ../shared/data when it is beside the repository (development, CI), otherwise the
 * official publishers, downloaded into .cache/open-data/ (a failed download falls back to the
 * cached copy and says so). Licence Ouverte 2.0: the attribution travels in the manifest.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Files read from ../shared/data (paths relative to it). */
export const LOCAL_SOURCES = {
  communes: 'communes/communes-france-2026-centroides-codes-postaux.csv',
  // Areas (superficie_km2) for the town halls' guard: a point far beyond a commune's size is wrong.
  areas: 'communes/datas-fun-communes-2024.csv',
  departements: 'communes/decoupage-administratif-6.0.0-departements.json',
  // La Poste's postal codes with their "ligne 5": which of a commune's codes is its own (its label's).
  postalLines: 'communes/laposte_hexasmal-2020.csv',
  places: [
    'mediation_numerique/20221202-conseiller-numerique-lieux-de-mediation-numerique-national.json',
    'mediation_numerique/20230206-data-inclusion-lieux-de-mediation-numerique-national.json',
    'mediation_numerique/regional/hinaura-lieux-de-mediation-numeriques-auvergne-rhone-alpes.json',
    'france_services/liste-fs-20240801.csv',
    // The bodies' counters, town halls and départements' councils (2017 snapshot: shown with its
    // date, "call before you go").
    'services_publics/annuaire-administration-2017-12-12-guichets-sociaux-emploi.csv',
    'services_publics/annuaire-administration-2017-12-12-mairies-conseils-departementaux.csv',
  ],
};

/** The official publishers, for a deployment without ../shared/data. */
export const REMOTE_SOURCES = {
  communes: {
    file: 'communes-geo-api.json',
    // zone=…,com brings the communes of the overseas collectivities (Nouvelle-Calédonie, Polynésie…).
    url: 'https://geo.api.gouv.fr/communes?zone=metro,drom,com&type=commune-actuelle,arrondissement-municipal,commune-deleguee,commune-associee&fields=nom,code,type,chefLieu,codesPostaux,centre,surface,population,codeDepartement,codeRegion&format=json',
  },
  departements: {
    file: 'departements-geo-api.json',
    url: 'https://geo.api.gouv.fr/departements?fields=nom,code',
  },
  places: [
    {
      // ANCT, "Lieux de médiation numérique sur le territoire national" (cartographie nationale),
      // standard v1 export, Licence Ouverte 2.0.
      file: 'lieux-de-mediation-numerique-national.csv',
      url: 'https://www.data.gouv.fr/api/1/datasets/r/398edc71-0d51-4cb6-9cbe-2540a4db573c',
    },
    {
      // ANCT, "Liste des structures France Services": the dataset page lists the latest CSV.
      file: 'liste-france-services.csv',
      dataset: 'https://www.data.gouv.fr/api/1/datasets/liste-des-structures-france-services/',
    },
    {
      // DILA, "Annuaire de l'administration" (service-public.fr), current export: the bodies'
      // counters, town halls and départements' councils. Licence Ouverte 2.0.
      file: 'annuaire-administration.json',
      url: 'https://api-lannuaire.service-public.gouv.fr/api/explore/v2.1/catalog/datasets/api-lannuaire-administration/exports/json?select=id,nom,pivot,adresse,telephone,adresse_courriel,site_internet,plage_ouverture,code_insee_commune,date_modification',
    },
  ],
};

const log = (message) => process.stderr.write(`prepare-data: ${message}\n`);

/**
 * Downloads one source into the cache, with a sidecar `.meta.json` holding where it came from and
 * the publication date (the resource's `last_modified`, else the HTTP Last-Modified header, else
 * the download day). On failure, the cached copy is used and the fallback is said.
 */
async function download(source, cacheDir, fetchImpl) {
  const target = join(cacheDir, source.file);
  const sidecar = `${target}.meta.json`;
  try {
    let url = source.url;
    let published;
    if (!url) {
      const response = await fetchImpl(source.dataset, { signal: AbortSignal.timeout(30_000) });
      if (!response.ok) throw new Error(`HTTP ${response.status} for ${source.dataset}`);
      const dataset = await response.json();
      const csv = (dataset.resources ?? [])
        .filter((r) => /csv/i.test(r.format ?? '') || /\.csv$/i.test(r.url ?? ''))
        .sort((a, b) => String(b.last_modified ?? '').localeCompare(String(a.last_modified ?? '')))[0];
      if (!csv) throw new Error(`no CSV resource in ${source.dataset}`);
      url = csv.url;
      published = csv.last_modified;
    }
    const response = await fetchImpl(url, { signal: AbortSignal.timeout(120_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length === 0) throw new Error(`empty answer from ${url}`);
    published ??= response.headers.get('last-modified') ?? new Date().toISOString();
    const date = new Date(published).toISOString().slice(0, 10);
    await writeFile(target, bytes);
    await writeFile(sidecar, JSON.stringify({ url, date }));
    log(`downloaded ${source.file} (${bytes.length} bytes, published ${date}) from ${new URL(url).host}`);
    return { path: target, date };
  } catch (error) {
    if (!existsSync(target)) {
      throw new Error(`download of ${source.file} failed (${error.message}) and there is no cached copy`);
    }
    const { mtime } = await stat(target);
    const meta = existsSync(sidecar) ? JSON.parse(await readFile(sidecar, 'utf8')) : {};
    log(
      `WARNING: download of ${source.file} failed (${error.message}); using the copy cached on ${mtime.toISOString().slice(0, 10)}`,
    );
    return { path: target, date: meta.date };
  }
}

/**
 * Builds the shipped data. Options make it testable: `sharedDir` (null forces downloads),
 * `remote` (other URLs), `fetch`, `outDir`, `cacheDir`.
 */
/** Whose the shipped places are (the manifest's attribution, shown under every finder). */
const SHIPPED_ATTRIBUTION =
  "Lieux de médiation numérique : ANCT, La MedNum, data·inclusion, France Services (ANCT) ; accueils des organismes, mairies : Annuaire de l'administration (DILA) ; communes : INSEE, La Poste — Licence Ouverte 2.0";

export async function prepareData(options = {}) {
  const core = await import(pathToFileURL(join(ROOT, 'packages/core/dist/read.js')).href);
  const { Gazetteer } = await import(pathToFileURL(join(ROOT, 'packages/core/dist/index.js')).href);
  const sharedDir =
    options.sharedDir === undefined
      ? (process.env.MEDIATION_FINDER_SHARED_DATA ?? resolve(ROOT, '../shared/data'))
      : options.sharedDir;
  const outDir = options.outDir ?? join(ROOT, 'packages/core/data');
  const cacheDir = options.cacheDir ?? join(ROOT, '.cache/open-data');
  const remote = options.remote ?? REMOTE_SOURCES;
  // A place's "stale" flag depends on the day of the build: SOURCE_DATE_EPOCH (the reproducible
  // builds' convention, seconds) fixes that day, so that a reviewer's rebuild gives the same files.
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const today = options.today ?? (epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined);

  let communes;
  let departements;
  let placeFiles;
  let areas = new Map();
  let postalLines;
  if (sharedDir && existsSync(join(sharedDir, LOCAL_SOURCES.communes))) {
    log(`reading open data from ${sharedDir}`);
    communes = core.communesFromCsv(await readFile(join(sharedDir, LOCAL_SOURCES.communes), 'utf8'));
    departements = JSON.parse(await readFile(join(sharedDir, LOCAL_SOURCES.departements), 'utf8'));
    areas = core.areasFromDatasFun(await readFile(join(sharedDir, LOCAL_SOURCES.areas), 'utf8'));
    postalLines = await readFile(join(sharedDir, LOCAL_SOURCES.postalLines), 'utf8');
    placeFiles = LOCAL_SOURCES.places.map((file) => ({ path: join(sharedDir, file) }));
  } else {
    log('no local open data: downloading from the publishers');
    await mkdir(cacheDir, { recursive: true });
    const fetchImpl = options.fetch ?? fetch;
    const communesFile = await download(remote.communes, cacheDir, fetchImpl);
    const departementsFile = await download(remote.departements, cacheDir, fetchImpl);
    communes = core.communesFromGeoApi(JSON.parse(await readFile(communesFile.path, 'utf8')));
    departements = JSON.parse(await readFile(departementsFile.path, 'utf8'));
    placeFiles = [];
    for (const source of remote.places) placeFiles.push(await download(source, cacheDir, fetchImpl));
  }

  const meta = {
    format: 'mediation-finder-gazetteer',
    version: 1,
    attribution:
      'Communes, codes postaux, centres et EPCI : INSEE (COG), La Poste, geo.api.gouv.fr et découpage administratif (Etalab) ; mairies : Annuaire de ' +
      'l’administration (DILA) — Licence Ouverte 2.0 ; centres approchés des collectivités d’outre-mer : ' +
      'GeoNames (CC BY 4.0), Wikipédia',
    departements: Object.fromEntries(departements.map((d) => [d.code, d.nom])),
    points: {
      M: 'mairie (Annuaire de l’administration, DILA)',
      V: 'chef-lieu approché (collectivités d’outre-mer : GeoNames, Wikipédia)',
      C: 'centre de la commune (éditeur de la liste des communes)',
      P: 'point de la commune parente',
    },
  };
  // Each commune where its people live: its town hall, checked against its centre and département.
  const bytes = [];
  for (const { path } of placeFiles) bytes.push(await readFile(path));
  const published = new Gazetteer(meta, communes);
  const offices = bytes.flatMap((file) => core.publicOfficesOf(file, published));
  const placement = core.placeAtTownHalls(communes, offices, areas);
  // Each commune labelled by its own postal code, not a village's (without La Poste's file,
  // downloaded deployments go by the town hall's address).
  const labelled = core.mainPostalCodesFirst(placement.communes, { postalLines, offices });
  log(`communes labelled by another of their postal codes than the lowest: ${labelled.changed.length}`);
  const f = core.placementFigures(placement);
  const refused = f.refused.far + f.refused.departement + f.refused.offices + f.refused.shared;
  log(
    `communes at their town hall: ${f.moved} of ${f.communes} (moved a median ${f.medianKm} km, 90th percentile ${f.p90Km} km, ${f.over5Km} more than 5 km` +
      `${f.farthest ? `, farthest ${f.farthest.name} ${f.farthest.km} km` : ''}); among their other public offices: ${f.atOffices}; ` +
      `at their centre: ${f.withoutTownHall} without a town hall position, ${refused} whose town hall failed a guard ` +
      `(${f.refused.far} too far from the commune, ${f.refused.departement} outside its département, ${f.refused.offices} far from all its offices, ${f.refused.shared} on another commune's point)`,
  );
  const gazetteerText = core.serializeGazetteer(meta, labelled.communes);
  const gazetteer = Gazetteer.parse(gazetteerText);

  const reports = [];
  for (const [i, { path, date }] of placeFiles.entries()) {
    const report = core.readPlaces(bytes[i], {
      file: path.split('/').pop(),
      gazetteer,
      today,
      ...(date ? { fileDate: date } : {}),
    });
    log(
      `${report.file}: ${report.rows} rows, ${report.accepted} accepted, ${report.rejected.length} rejected` +
        (report.withheld.length
          ? `, ${report.withheld.length} withheld (shelters for women fleeing violence)`
          : ''),
    );
    reports.push(report);
  }
  // The shipped data names its publishers as their licences ask (build's own attribution lists
  // each input's most frequent row sources, which for these national files are local networks).
  const built = core.buildDataset(reports, gazetteer, { attribution: SHIPPED_ATTRIBUTION });
  const { manifest, shards } = built;

  const { writeDataset } = await import(pathToFileURL(join(ROOT, 'packages/core/dist/cli/dataset.js')).href);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'gazetteer.tsv'), gazetteerText);
  // Per département and per word of the names, for a first answer on a slow phone (a few KB, not 1.7 MB);
  // spelling files, to correct a name one letter wrong ("Melum": Melun).
  const { index: gazetteerIndex, files: gazetteerFiles } = core.shardGazetteer(meta, gazetteer.communes);
  await mkdir(join(outDir, 'gazetteer/names'), { recursive: true });
  await mkdir(join(outDir, 'gazetteer/spelling'), { recursive: true });
  await mkdir(join(outDir, 'gazetteer/postal'), { recursive: true });
  for (const [file, text] of gazetteerFiles) await writeFile(join(outDir, 'gazetteer', file), text);
  // Each EPCI's communes, and each EPT's of the Grand Paris, for an institution whose territory
  // is one (Etalab's découpage administratif, the source of geo.api.gouv.fr, from npm: COG 2026).
  const epcis = [];
  for (const file of ['epci.json', 'ept.json'])
    epcis.push(
      ...JSON.parse(await readFile(require.resolve(`@etalab/decoupage-administratif/data/${file}`), 'utf8')),
    );
  await mkdir(join(outDir, 'gazetteer/epci'), { recursive: true });
  for (const [file, text] of core.epciFiles(epcis, gazetteer))
    await writeFile(join(outDir, 'gazetteer', file), text);
  await writeFile(join(outDir, 'gazetteer', 'index.json'), JSON.stringify(gazetteerIndex));
  await writeDataset(join(outDir, 'places'), built, reports);
  let shardBytes = 0;
  let shardGzip = 0;
  for (const { file } of Object.values(manifest.shards)) {
    const bytes = await readFile(join(outDir, 'places', file));
    shardBytes += bytes.length;
    shardGzip += gzipSync(bytes).length;
  }
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  log(
    `gazetteer: ${communes.length} communes, ${kb(gazetteerText.length)} (${kb(gzipSync(gazetteerText).length)} gzip); ` +
      `places: ${manifest.places} in ${shards.size} shards, ${kb(shardBytes)} (${kb(shardGzip)} gzip); ${manifest.merge.merged} duplicates merged`,
  );
  return { manifest, outDir, gazetteerBytes: gazetteerText.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  prepareData().catch((error) => {
    log(`ERROR: ${error.message}`);
    process.exit(1);
  });
}
