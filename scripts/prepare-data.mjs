#!/usr/bin/env node
/**
 * Builds what the product ships from open data, into ignored folders (never committed):
 *   packages/core/data/gazetteer.tsv        communes, postal codes, centres (offline geocoding)
 *   packages/core/data/gazetteer/           the same per département and per word of the names, and their index
 *   packages/core/data/places/manifest.json + places-<département>.json
 *   packages/core/data/places/report.json   what was read, accepted, rejected and merged
 *
 * Sources: ../shared/data when it is beside the repository (development, CI), otherwise the
 * official publishers, downloaded into .cache/open-data/ (a failed download falls back to the
 * cached copy and says so). Licence Ouverte 2.0: the attribution travels in the manifest.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Files read from ../shared/data (paths relative to it). */
export const LOCAL_SOURCES = {
  communes: 'communes/communes-france-2026-centroides-codes-postaux.csv',
  departements: 'communes/decoupage-administratif-6.0.0-departements.json',
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
    url: 'https://geo.api.gouv.fr/communes?zone=metro,drom,com&type=commune-actuelle,arrondissement-municipal,commune-deleguee,commune-associee&fields=nom,code,type,chefLieu,codesPostaux,centre,population,codeDepartement,codeRegion&format=json',
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
  const today = options.today;

  let communes;
  let departements;
  let placeFiles;
  if (sharedDir && existsSync(join(sharedDir, LOCAL_SOURCES.communes))) {
    log(`reading open data from ${sharedDir}`);
    communes = core.communesFromCsv(await readFile(join(sharedDir, LOCAL_SOURCES.communes), 'utf8'));
    departements = JSON.parse(await readFile(join(sharedDir, LOCAL_SOURCES.departements), 'utf8'));
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
      'Communes, codes postaux et centres : INSEE (COG), La Poste, geo.api.gouv.fr — Licence Ouverte 2.0 ; ' +
      'centres approchés des collectivités d’outre-mer : GeoNames (CC BY 4.0), Wikipédia',
    departements: Object.fromEntries(departements.map((d) => [d.code, d.nom])),
  };
  const gazetteerText = core.serializeGazetteer(meta, communes);
  const gazetteer = Gazetteer.parse(gazetteerText);

  const reports = [];
  for (const { path, date } of placeFiles) {
    const report = core.readPlaces(await readFile(path), {
      file: path.split('/').pop(),
      gazetteer,
      today,
      ...(date ? { fileDate: date } : {}),
    });
    log(
      `${report.file}: ${report.rows} rows, ${report.accepted} accepted, ${report.rejected.length} rejected`,
    );
    reports.push(report);
  }
  const built = core.buildDataset(reports, gazetteer);
  const { manifest, shards } = built;

  const { writeDataset } = await import(pathToFileURL(join(ROOT, 'packages/core/dist/cli/dataset.js')).href);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'gazetteer.tsv'), gazetteerText);
  // Per département and per word of the names, for a first answer on a slow phone (a few KB, not 1.7 MB).
  const { index: gazetteerIndex, files: gazetteerFiles } = core.shardGazetteer(meta, gazetteer.communes);
  await mkdir(join(outDir, 'gazetteer/names'), { recursive: true });
  for (const [file, text] of gazetteerFiles) await writeFile(join(outDir, 'gazetteer', file), text);
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
