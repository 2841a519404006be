import type { Territory } from '../geo/gazetteer.js';
import { type Area, type AreaCodes, parseArea } from '../routing/area.js';
import type { CommuneSource } from './communes.js';

/**
 * What could not be read of an area, for the integrator (a console warning, the CLI's stderr):
 * the rest of the area still applies.
 */
export interface AreaProblem {
  code: 'invalid-code' | 'unknown-commune' | 'unknown-epci';
  value: string;
}

/** A problem in words, for developers and data managers (the person never sees it). */
export function areaProblemText({ code, value }: AreaProblem): string {
  const why = {
    'invalid-code': 'is not a département, an INSEE code of a commune nor the SIREN number of an EPCI',
    'unknown-commune': 'is no commune of the gazetteer',
    'unknown-epci': 'is no EPCI of the gazetteer (gazetteer/epci/)',
  }[code];
  return `"${value}" ${why}`;
}

/** An EPCI's communes, as the gazetteer ships them (`gazetteer/epci/<siren>.json`). */
export interface Epci {
  code: string;
  name: string;
  /** Its member communes with their parts (arrondissements, delegated and former communes). */
  communes: string[];
}

/**
 * An area as codes (see `parseArea`) made into the départements and communes places are matched
 * against: each commune with its parts, each EPCI with its member communes and theirs. What cannot
 * be found is a problem, named; the rest applies.
 */
export async function resolveArea(
  area: string | AreaCodes,
  communes: Pick<CommuneSource, 'territoryOfInsee' | 'epci'>,
): Promise<{ area: Area; problems: AreaProblem[] }> {
  const codes = typeof area === 'string' ? parseArea(area) : area;
  const problems: AreaProblem[] = codes.invalid.map((value) => ({ code: 'invalid-code', value }));
  const found = new Set<string>();
  const [territories, epcis] = await Promise.all([
    Promise.all(codes.communes.map((code) => communes.territoryOfInsee(code).catch(() => undefined))),
    Promise.all(codes.epcis.map((code) => communes.epci(code).catch(() => undefined))),
  ]);
  territories.forEach((territory: Territory | undefined, i) => {
    if (!territory) problems.push({ code: 'unknown-commune', value: codes.communes[i] as string });
    for (const code of territory?.communes ?? []) found.add(code);
  });
  epcis.forEach((epci, i) => {
    if (!epci) problems.push({ code: 'unknown-epci', value: codes.epcis[i] as string });
    for (const code of epci?.communes ?? []) found.add(code);
  });
  return { area: { departements: codes.departements, communes: [...found].sort() }, problems };
}

/** An EPCI file's content, checked: undefined when it is not one. */
export function readEpci(json: unknown, siren: string): Epci | undefined {
  const epci = json as Partial<Epci> | null;
  if (!epci || epci.code !== siren || typeof epci.name !== 'string' || !Array.isArray(epci.communes))
    return undefined;
  const communes = epci.communes.filter((c): c is string => typeof c === 'string' && /^[0-9AB]{5}$/.test(c));
  return { code: siren, name: epci.name, communes };
}
