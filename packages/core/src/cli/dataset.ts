import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuiltDataset, DatasetManifest } from '../dataset/build.js';
import type { Place } from '../places/place.js';
import type { ReadReport } from '../places/read.js';
import { CliError } from './load.js';

/**
 * Writes a built dataset: manifest, one JSON file per département, and the full read report.
 * Deterministic: same inputs, same bytes (no build time, sorted keys and places).
 */
export async function writeDataset(
  outDir: string,
  built: BuiltDataset,
  reports: ReadReport[],
): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'manifest.json'), `${JSON.stringify(built.manifest, null, 1)}\n`);
  for (const [code, places] of built.shards) {
    const shard = built.manifest.shards[code];
    if (shard) await writeFile(join(outDir, shard.file), JSON.stringify(places));
  }
  for (const [code, places] of built.doors) {
    const file = built.manifest.doors[code]?.file;
    if (file) await writeFile(join(outDir, file), JSON.stringify(places));
  }
  for (const [code, places] of built.directory) {
    const file = built.manifest.directory[code]?.file;
    if (file) await writeFile(join(outDir, file), JSON.stringify(places));
  }
  const report = reports.map(({ places: _places, ...rest }) => rest);
  await writeFile(join(outDir, 'report.json'), `${JSON.stringify(report, null, 1)}\n`);
}

/** Reads every shard of a dataset directory written by `writeDataset`. */
export async function readDataset(dir: string): Promise<{ manifest: DatasetManifest; places: Place[] }> {
  let manifest: DatasetManifest;
  try {
    manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as DatasetManifest;
  } catch (error) {
    const entries = await readdir(dir).catch(() => []);
    throw new CliError(
      `${dir} is not a dataset built by "mediation-finder build" (${entries.length ? 'no readable manifest.json' : (error as Error).message})`,
    );
  }
  if (manifest.format !== 'mediation-finder-dataset')
    throw new CliError(`${dir}/manifest.json is not a mediation-finder dataset`);
  const places: Place[] = [];
  for (const shard of Object.values(manifest.shards)) places.push(...(await readPlacesFile(dir, shard.file)));
  return { manifest, places };
}

/** One JSON file of places of a dataset directory. */
async function readPlacesFile(dir: string, file: string): Promise<Place[]> {
  try {
    return JSON.parse(await readFile(join(dir, file), 'utf8')) as Place[];
  } catch (error) {
    throw new CliError(`cannot read ${join(dir, file)}: ${(error as Error).message}`);
  }
}

/**
 * The doors of one département (town halls, its council: see `ownDoors`); none when the dataset
 * has no doors file for it (a dataset built without the annuaire's town halls).
 */
export async function readDoors(
  dir: string,
  manifest: DatasetManifest,
  departement: string,
): Promise<Place[]> {
  const file = manifest.doors?.[departement]?.file;
  return file ? readPlacesFile(dir, file) : [];
}
