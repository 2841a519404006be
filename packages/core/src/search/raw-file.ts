import { mergePlacesInSteps } from '../places/merge.js';
import { readPlacesInSteps } from '../places/reader.js';
import { runStepsYielding } from '../steps.js';
import type { CommuneSource } from './communes.js';
import { DATA_LIMITS, DataError, type DataFiles } from './files.js';
import { MemoryPlaces } from './memory.js';

/**
 * One raw file of places (the standard, v0, France Services, data·inclusion), read as a search's
 * places: its rows located with every commune, merged, in slices that give the host a turn (a
 * large file slows the answer, never the page around the finder). `attribution`: whose file it
 * is, as the page says it (an embedder's own file: its licence is theirs to state).
 */
export async function rawFilePlaces(
  files: DataFiles,
  path: string,
  communes: CommuneSource,
  attribution: string,
): Promise<MemoryPlaces> {
  const bytes = await files.read(path, DATA_LIMITS.fileBytes);
  const file = path.split('/').pop() || 'data';
  const report = await runStepsYielding(readPlacesInSteps(bytes, { file, gazetteer: await communes.all() }));
  const { places } = await runStepsYielding(mergePlacesInSteps(report.places));
  if (places.length === 0) throw new DataError(`${path}: no valid place in this file`, 'invalid');
  const date =
    places
      .flatMap((p) => p.date_maj ?? [])
      .sort()
      .at(-1) ?? '';
  return new MemoryPlaces(places, { text: attribution, licence: '', date });
}
