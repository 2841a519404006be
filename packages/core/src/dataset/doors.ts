/**
 * How a dataset lays out its doors (town halls, a département's council: looked up by where the
 * person lives, see `ownDoors`): a département's doors in `parts` files, a commune's town halls
 * all in one of them, chosen from its INSEE code, and the département's councils in each. One
 * search reads one file of a few KB (a commune's town hall and its council), not its
 * département's (up to 1.1 MB, 44 KB gzip for the Seine-et-Marne's 511 doors).
 */

/** Doors per file at most, about: 3–5 KB gzip (a town hall is about 1.3 KB of JSON). */
export const DOOR_PART_PLACES = 24;

/** How many files a département's doors take. */
export const doorParts = (places: number): number => Math.max(1, Math.ceil(places / DOOR_PART_PLACES));

/**
 * The part holding a commune's town halls: a hash of today's commune's INSEE code (the code that
 * names its arrondissements and former communes too: `Territory.communes[0]`). Part of the
 * dataset's format: a dataset built with another hash would send the search to the wrong file.
 */
export function doorPartOf(insee: string, parts: number): number {
  let hash = 0;
  for (let i = 0; i < insee.length; i++) hash = (hash * 31 + insee.charCodeAt(i)) % 1_000_003;
  return hash % parts;
}

/**
 * The file of one part of a département's doors: "doors-77-3-<hash>.json", the hash the manifest
 * gives the département's parts together (one hash for all: a manifest naming each of 1,300
 * parts by its own hash weighed 20 KB gzip more, fetched before every first answer); "doors-77-3.json"
 * in a dataset built before content hashes.
 */
export const doorsFileOf = (departement: string, entry: { hash?: string }, part: number): string =>
  `doors-${departement}-${part}${entry.hash ? `-${entry.hash}` : ''}.json`;
