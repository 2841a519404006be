import type { Commune, Territory } from '../geo/gazetteer.js';
import type { Area } from '../routing/area.js';
import type { CommuneCode, CommuneSource } from './communes.js';

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

/** Départements in use; `20`, Corsica's former code, is read as 2A and 2B. */
const DEPARTEMENT = /^(?:0[1-9]|1\d|2[1-9]|[3-8]\d|9[0-5]|2[AB]|97[1-8]|98[46-9])$/;
const COMMUNE = /^(?:\d{5}|2[AB]\d{3})$/;
/** EPCIs' and Grand Paris's EPTs' SIREN numbers start 200 or 24; a commune's (21…) is not one. */
const EPCI = /^2(?:00|4\d)\d{6}$/;

/**
 * Reads an area as an integrator writes it: codes separated by spaces, commas or semicolons: a
 * département (`77`, `2A`, `974`; `20` is both of Corsica's), a commune's INSEE code (`77288`), an
 * EPCI's SIREN number (`200072130`, an EPT of the Grand Paris too), in any mix. A code that is none
 * of those is returned in `invalid`.
 */
export function parseArea(text: string): AreaCodes {
  const codes: AreaCodes = { departements: [], communes: [], epcis: [], invalid: [] };
  const add = (list: string[], code: string) => {
    if (!list.includes(code)) list.push(code);
  };
  for (const word of text.split(/[\s,;]+/)) {
    const code = word.trim().toUpperCase();
    if (!code) continue;
    if (code === '20') for (const corsica of ['2A', '2B']) add(codes.departements, corsica);
    else
      add(
        DEPARTEMENT.test(code)
          ? codes.departements
          : COMMUNE.test(code)
            ? codes.communes
            : EPCI.test(code)
              ? codes.epcis
              : codes.invalid,
        code,
      );
  }
  return codes;
}

/**
 * What could not be read of an area as written, for the integrator (a console warning, the CLI's
 * stderr): `invalid-code`, `unknown-commune` and `unknown-epci` are left out; a postal code is read
 * as its commune (`postal-code`), a code that is both an INSEE code and another commune's postal
 * code as the INSEE code (`postal-and-insee`), each said.
 */
export type AreaProblem =
  | { code: 'invalid-code' | 'unknown-commune' | 'unknown-epci'; value: string }
  | { code: 'postal-code'; value: string; read: Commune }
  | { code: 'postal-and-insee'; value: string; read: Commune; postal: Commune };

const label = (commune: Commune) => `${commune.name} (INSEE ${commune.insee})`;

/** A problem in words, for developers and data managers (the person never sees it). */
export function areaProblemText(problem: AreaProblem): string {
  const { value } = problem;
  switch (problem.code) {
    case 'invalid-code':
      return `"${value}" is not a département, an INSEE code of a commune nor the SIREN number of an EPCI or EPT`;
    case 'unknown-commune':
      return `"${value}" is no commune of the gazetteer (an INSEE code, not a postal code)`;
    case 'unknown-epci':
      return `"${value}" is no EPCI or EPT of the gazetteer (gazetteer/epci/): list its communes`;
    case 'postal-code':
      return `"${value}" is a postal code, not an INSEE code: read as ${label(problem.read)}`;
    case 'postal-and-insee':
      return `"${value}" is the INSEE code of ${problem.read.name} and the postal code of ${label(problem.postal)}: read as ${problem.read.name}; write ${problem.postal.insee} for ${problem.postal.name}`;
  }
}

/** Whether a problem leaves its code out (the others are read, and said). */
export const leftOut = (problem: AreaProblem): boolean =>
  problem.code === 'invalid-code' || problem.code === 'unknown-commune' || problem.code === 'unknown-epci';

/**
 * An area as codes (see `parseArea`) made into the départements and communes places are matched
 * against: a commune with its parts (arrondissements, delegated and former communes), an
 * arrondissement or a delegated commune alone, each EPCI with its member communes and theirs.
 * What cannot be found is a problem, named; the rest applies.
 */
export async function resolveArea(
  area: string | AreaCodes,
  communes: Pick<CommuneSource, 'communeCode' | 'epci'>,
): Promise<{ area: Area; problems: AreaProblem[] }> {
  const codes = typeof area === 'string' ? parseArea(area) : area;
  const problems: AreaProblem[] = codes.invalid.map((value) => ({ code: 'invalid-code', value }));
  const found = new Set<string>();
  const [read, epcis] = await Promise.all([
    Promise.all(codes.communes.map((code) => communes.communeCode(code).catch((): CommuneCode => ({})))),
    Promise.all(codes.epcis.map((code) => communes.epci(code).catch(() => undefined))),
  ]);
  read.forEach(({ insee, postal }, i) => {
    const value = codes.communes[i] as string;
    const own = (commune: Commune, territory?: Territory) =>
      commune.type === 'COM' && territory ? territory.communes : [commune.insee];
    if (insee) {
      for (const code of own(insee.commune, insee.territory)) found.add(code);
      if (postal && !insee.territory.communes.includes(postal.insee))
        problems.push({ code: 'postal-and-insee', value, read: insee.commune, postal });
    } else if (postal) {
      for (const code of own(postal)) found.add(code);
      problems.push({ code: 'postal-code', value, read: postal });
    } else problems.push({ code: 'unknown-commune', value });
  });
  epcis.forEach((epci, i) => {
    if (!epci) problems.push({ code: 'unknown-epci', value: codes.epcis[i] as string });
    for (const code of epci?.communes ?? []) found.add(code);
  });
  return { area: { departements: codes.departements, communes: [...found].sort() }, problems };
}
