import { type Area, areaProblemText, type CommuneSource, resolveArea } from '@mediation-finder/core';

/** A territory's codes made into communes; what cannot be read is warned about, the rest applies. */
export async function readTerritory(codes: string, communes: CommuneSource): Promise<Area> {
  const { area, problems } = await resolveArea(codes, communes);
  for (const problem of problems)
    console.warn(`<mediation-finder> territory: ${areaProblemText(problem)}; the rest of it applies.`);
  return area;
}
