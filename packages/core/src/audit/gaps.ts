/**
 * Territories where neither the data nor the catalogue knows a door or a number that would let
 * an invariant hold: the routing cannot be faulted there, the data must be completed. Their
 * violations are counted apart (`InvariantReport.gaps`), printed with the reason, and never
 * hidden; a gap that no longer breaks anything is reported as closed, to be removed from here.
 * Each entry says what is missing and what would close it. Data, with its sources.
 */
export interface DataGap {
  /** The départements and collectivities (codes as the gazetteer's) where it holds. */
  departements: readonly string[];
  invariants: readonly string[];
  why: string;
}

const SOCIAL_SERVICE = ['social-work-door', 'departement-social-service'];

export const DATA_GAPS: readonly DataGap[] = [
  {
    departements: ['972', '973'],
    invariants: SOCIAL_SERVICE,
    // Sources: loi 2011-884 (the collectivités territoriales replaced the councils in 2015);
    // src/routing/doors.ts, SUCCESSORS and SUCCESSOR_PHONES.
    why: 'Martinique and Guyane: the collectivité territoriale runs the département’s social service; the annuaire of 2017 still lists the former councils, whose switchboards are not offered, and no source checkable here gives the collectivités’ numbers. The notice names the collectivité without a number. Closed by adding its number to SUCCESSOR_PHONES with its source.',
  },
  {
    departements: ['977', '978'],
    invariants: SOCIAL_SERVICE,
    // Sources: DOMAIN.md (the CGSS and the CAF of Guadeloupe serve them; their lines are offered);
    // the annuaire extract of 2017-12-12 lists no office of either collectivity.
    why: 'Saint-Barthélemy and Saint-Martin: the collectivity runs social action, and the data lists no office of it and no number; the CAF and CGSS of Guadeloupe, which serve them, are offered with their lines. Closed by adding each collectivity’s social service with its number to the territories’ bodies.',
  },
  {
    departements: ['975'],
    invariants: [...SOCIAL_SERVICE, 'procedure-answered', 'crisis-first'],
    // Sources: the annuaire extract of 2017-12-12 (../shared/data) lists no office there;
    // DOMAIN.md: the CPS does the CAF's and the CPAM's work (its line is offered); the 115 is
    // not given for the territories with their own social security (SITUATION_OPTIONS).
    why: 'Saint-Pierre-et-Miquelon: no town hall, social service or counter in the data, and no source checkable here for the Collectivité territoriale’s social service (APA, RSA, child protection) or an emergency shelter line; the CPS’s line is offered. Closed by adding them, with their numbers, to the territories’ bodies.',
  },
  {
    departements: ['986', '987', '988'],
    invariants: [...SOCIAL_SERVICE, 'procedure-answered', 'crisis-first'],
    // Sources: DOMAIN.md (own social protection: RSA, C2S, AME and the CAF do not exist there);
    // src/routing/territories.ts (the CAFAT and the CPS with their numbers; Wallis-et-Futuna's
    // fund publishes none that could be checked).
    why: 'Wallis-et-Futuna, French Polynesia and New Caledonia: social protection and social action are the territories’ own (the provinces, the Pays); the data lists no place there, the 115 does not serve them, and no source checkable here gives their social services, their shelter lines or the CPSWF’s number. The CAFAT’s and the CPS’s lines are offered. Closed by adding the territories’ social services and lines, with their numbers and sources.',
  },
  {
    departements: ['984'],
    invariants: [...SOCIAL_SERVICE, 'procedure-answered'],
    // Source: INSEE, COG (the districts of the Terres australes et antarctiques françaises have
    // no permanent population); the gazetteer lists them as communes of 984.
    why: 'The Terres australes et antarctiques françaises (Kerguelen, Crozet, Saint-Paul et Nouvelle-Amsterdam, Adélie, the Scattered Islands): no permanent inhabitants, no place and no body of theirs in any source; the national lines are offered. Closed by the body that serves the people stationed there, with its number.',
  },
];

/** The gap that covers an invariant in a département, if any. */
export function gapOf(departement: string, invariant: string, gaps: readonly DataGap[] = DATA_GAPS) {
  return gaps.find((g) => g.departements.includes(departement) && g.invariants.includes(invariant));
}
