import { type Area, areaProblemText, type CommuneSource, resolveArea } from '@mediation-finder/core';

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
    area = resolveArea(text, communes).then(({ area, problems }) => {
      for (const problem of problems)
        console.warn(`<mediation-finder> territory: ${areaProblemText(problem)}; the rest of it applies.`);
      return area;
    });
    areas.set(key, area);
  }
  return area;
}
