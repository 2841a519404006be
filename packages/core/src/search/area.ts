import type { Territory } from '../geo/gazetteer.js';
import type { Area } from '../routing/area.js';
import type { CommuneSource } from './communes.js';

export type { Epci } from './epci.js';

/** What an area is written as: départements, communes and EPCIs by their codes. */
export interface AreaCodes {
  departements: string[];
  communes: string[];
  /** SIREN numbers of EPCIs (communautés de communes, d'agglomération, métropoles). */
  epcis: string[];
  /** Words that are none of those, to tell the integrator. */
  invalid: string[];
}

const DEPARTEMENT = /^(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-8]|98[4-9])$/;
const COMMUNE = /^(?:\d{5}|2[AB]\d{3})$/;
/** EPCIs' SIREN numbers start 200 or 24; a commune's (21…) is not an EPCI's. */
const EPCI = /^2(?:00|4\d)\d{6}$/;

/**
 * Reads an area as an integrator writes it: codes separated by spaces, commas or semicolons: a
 * département (`77`, `2A`, `974`), a commune's INSEE code (`77288`), an EPCI's SIREN number
 * (`200072130`), in any mix. A code that is none of those is returned in `invalid`.
 */
export function parseArea(text: string): AreaCodes {
  const codes: AreaCodes = { departements: [], communes: [], epcis: [], invalid: [] };
  for (const word of text.split(/[\s,;]+/)) {
    const code = word.trim().toUpperCase();
    if (!code) continue;
    const list = DEPARTEMENT.test(code)
      ? codes.departements
      : COMMUNE.test(code)
        ? codes.communes
        : EPCI.test(code)
          ? codes.epcis
          : codes.invalid;
    if (!list.includes(code)) list.push(code);
  }
  return codes;
}

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
