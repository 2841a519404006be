import { readFile } from 'node:fs/promises';
import { Gazetteer } from '../geo/gazetteer.js';
import { type ReadReport, readPlaces } from '../places/read.js';

/** Where the gazetteer built by `scripts/prepare-data.mjs` sits, relative to this module. */
export const DEFAULT_GAZETTEER = new URL('../../data/gazetteer.tsv', import.meta.url);

export class CliError extends Error {}

export async function loadGazetteer(path?: string): Promise<Gazetteer> {
  const location = path ?? DEFAULT_GAZETTEER;
  let text: string;
  try {
    text = await readFile(location, 'utf8');
  } catch {
    throw new CliError(
      `cannot read the communes gazetteer at ${String(location)}: run "pnpm run data" first or pass --gazetteer FILE`,
    );
  }
  return Gazetteer.parse(text);
}

export async function readFiles(files: string[], gazetteer: Gazetteer, today?: Date): Promise<ReadReport[]> {
  const reports: ReadReport[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      throw new CliError(
        `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
    }
    reports.push(readPlaces(bytes, { file, gazetteer, ...(today ? { today } : {}) }));
  }
  return reports;
}
