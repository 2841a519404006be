import type { Area, CommuneSource } from '@mediation-finder/core';

const areas = new Map<string, Promise<Area>>();

/**
 * The institution's territory (`territory`: départements, communes' INSEE codes, EPCIs' SIREN
 * numbers) as the places are matched against it, read once per page and gazetteer. What cannot be
 * read is the integrator's to fix: a console warning names it, and the rest applies.
 */
export function territoryArea(
  codes: string | null,
  communes: CommuneSource,
  base: string,
): Promise<Area> | undefined {
  const text = codes?.trim();
  if (!text) return undefined;
  const key = `${base} ${text}`;
  let area = areas.get(key);
  if (!area) {
    // Its code comes only to a finder that has a territory.
    area = import('./territory-read.js')
      .then(({ readTerritory }) => readTerritory(text, communes))
      .catch((error: unknown) => {
        // The places as they rank, rather than no answer; the next search tries again.
        console.warn(
          `<mediation-finder> territory "${text}" could not be read (${error}): places as they rank.`,
        );
        areas.delete(key);
        return { departements: [], communes: [] };
      });
    areas.set(key, area);
  }
  return area;
}
