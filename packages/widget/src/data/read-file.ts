import type { Gazetteer, Place } from '@mediation-finder/core';
import { mergePlaces, readPlaces } from '@mediation-finder/core/read';

/** Reads one raw file in the browser (lazy chunk: zod and papaparse live here). */
export function readFileSource(
  bytes: Uint8Array,
  file: string,
  gazetteer: Gazetteer,
): { places: Place[]; date: string } {
  const report = readPlaces(bytes, { file, gazetteer });
  const { places } = mergePlaces(report.places);
  const date =
    places
      .flatMap((p) => p.date_maj ?? [])
      .sort()
      .at(-1) ?? '';
  return { places, date };
}
