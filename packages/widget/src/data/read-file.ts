import type { Gazetteer, Place } from '@mediation-finder/core';
import { mergePlacesInSteps, readPlacesInSteps, runStepsYielding } from '@mediation-finder/core/read';

/**
 * Reads one raw file in the browser (lazy chunk: zod and papaparse live here), in slices that
 * give the host page a turn: a large file slows the answer, never the page around the finder.
 */
export async function readFileSource(
  bytes: Uint8Array,
  file: string,
  gazetteer: Gazetteer,
): Promise<{ places: Place[]; date: string }> {
  const report = await runStepsYielding(readPlacesInSteps(bytes, { file, gazetteer }));
  const { places } = await runStepsYielding(mergePlacesInSteps(report.places));
  const date =
    places
      .flatMap((p) => p.date_maj ?? [])
      .sort()
      .at(-1) ?? '';
  return { places, date };
}
