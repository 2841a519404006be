import { access, constants, readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Gazetteer } from '../geo/gazetteer.js';
import { type ReadReport, readPlaces } from '../places/reader.js';

/**
 * Where the CLI finds the communes when no --gazetteer is given: the one built by
 * `scripts/prepare-data.mjs` beside this module (in the repository, and in the npm package,
 * which carries it), else the `@mediation-finder/data` package's, installed beside core.
 */
export const DEFAULT_GAZETTEER = new URL('../../data/gazetteer.tsv', import.meta.url);

function dataPackageGazetteer(): URL | null {
  try {
    return new URL(import.meta.resolve('@mediation-finder/data/gazetteer.tsv'));
  } catch {
    return null;
  }
}

export class CliError extends Error {}

export async function loadGazetteer(path?: string): Promise<Gazetteer> {
  return (await findGazetteer(path)).gazetteer;
}

/**
 * The gazetteer and the folder it was found in, whose `gazetteer/epci/` has the EPCIs' communes
 * (an institution's territory, `orient --territory`).
 */
export async function findGazetteer(path?: string): Promise<{ gazetteer: Gazetteer; folder: string }> {
  const locations = path ? [path] : [DEFAULT_GAZETTEER, dataPackageGazetteer()].filter((url) => url !== null);
  for (const location of locations) {
    const text = await readFile(location, 'utf8').catch(() => null);
    const file = typeof location === 'string' ? location : fileURLToPath(location);
    if (text !== null) return { gazetteer: Gazetteer.parse(text), folder: dirname(file) };
  }
  throw new CliError(
    path
      ? `cannot read the communes gazetteer at ${path}`
      : `cannot read the communes gazetteer at ${locations.map(String).join(' nor ')}: ` +
          'install @mediation-finder/data, run "pnpm run data" in the repository, or pass --gazetteer FILE',
  );
}

/**
 * The name each input is published under (in manifest.json, report.json and every place's
 * provenance): its file name, never the folders of the data manager's machine; with its folder's
 * name only when two inputs share a file name.
 */
export function publishedNames(files: readonly string[]): string[] {
  const names = files.map((file) => basename(file));
  return names.map((name, i) => {
    if (names.indexOf(name) === names.lastIndexOf(name)) return name;
    const qualified = `${basename(dirname(files[i] as string))}/${name}`;
    return names.indexOf(name) === i ? qualified : `${qualified} (${i + 1})`;
  });
}

/** Where long work says how far it is (standard error), or nowhere. */
export type Progress = (message: string) => void;

/** Files above this size are long to read: say so, and how far the reading is. */
const LARGE_FILE_BYTES = 20_000_000;

/**
 * Fails on the first input that cannot be read, before anything long (the gazetteer) is loaded:
 * a data manager's mistyped path is named first.
 */
export async function checkReadable(files: readonly string[]): Promise<void> {
  for (const file of files) {
    await access(file, constants.R_OK).catch((error: NodeJS.ErrnoException) => {
      throw new CliError(`cannot read ${file}: ${error.code ?? error.message}`);
    });
  }
}

/** An input `build` left out, and why (see `readFiles`' `skip`). */
export interface Skipped {
  file: string;
  why: string;
}

/**
 * Reads every input. A file that cannot be read is a `CliError`, unless `skip` is given: then it
 * is told to `skip` and left out (`build` without `--strict`).
 */
export async function readFiles(
  files: string[],
  gazetteer: Gazetteer,
  today?: Date,
  progress?: Progress,
  skip?: (skipped: Skipped) => void,
): Promise<ReadReport[]> {
  const reports: ReadReport[] = [];
  const names = publishedNames(files);
  for (const [n, file] of files.entries()) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      const why = `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
      if (!skip) throw new CliError(why);
      skip({ file, why });
      continue;
    }
    const large = progress && bytes.length >= LARGE_FILE_BYTES;
    if (progress && files.length > 1 && !large) progress(`reading ${file} (${n + 1} of ${files.length})…`);
    if (large) progress(`reading ${file} (${Math.round(bytes.length / 1e6)} MB)…`);
    reports.push(
      readPlaces(bytes, {
        // Published datasets and reports name the file, never where it sat on this machine.
        file: names[n] as string,
        gazetteer,
        ...(today ? { today } : {}),
        ...(large
          ? { progress: (rows, share) => progress(`  ${rows} rows read (${Math.round(share * 100)} %)`) }
          : {}),
      }),
    );
  }
  return reports;
}
