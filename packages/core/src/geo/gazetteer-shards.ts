import { type Commune, type GazetteerMeta, serializeGazetteer } from './gazetteer.js';

/**
 * The gazetteer cut per département, for a first answer on a slow phone: a postal code needs the
 * communes of its département (a few KB), not the 37,590 communes of France (1.7 MB). The whole
 * gazetteer stays for typing a town's name.
 */

/** What tells which départements' files a postal code needs. */
export interface GazetteerShardIndex {
  format: 'mediation-finder-gazetteer-shards';
  version: 1;
  /** Départements that have a file. */
  departements: string[];
  /** Postal codes also used in départements their digits do not tell ("01200": Ain and Haute-Savoie). */
  extra: Record<string, string[]>;
}

/** The départements a postal code's digits tell: "77000" → 77, "20000" → 2A and 2B, "97300" → 973. */
export function departementsOfPostalDigits(code: string): string[] {
  if (code.startsWith('20')) return ['2A', '2B'];
  return /^9[78]/.test(code) ? [code.slice(0, 3)] : [code.slice(0, 2)];
}

/** The départements whose communes may carry a postal code, with the index's exceptions. */
export function shardsOfPostalCode(code: string, index: GazetteerShardIndex): string[] {
  const wanted = [...departementsOfPostalDigits(code), ...(index.extra[code] ?? [])];
  return [...new Set(wanted)].filter((departement) => index.departements.includes(departement));
}

/** One gazetteer file per département (same format as the whole one), and their index. */
export function shardGazetteer(
  meta: GazetteerMeta,
  communes: readonly Commune[],
): { index: GazetteerShardIndex; shards: Map<string, string> } {
  const byDepartement = new Map<string, Commune[]>();
  for (const commune of communes) {
    const list = byDepartement.get(commune.departement);
    if (list) list.push(commune);
    else byDepartement.set(commune.departement, [commune]);
  }
  const shards = new Map<string, string>();
  for (const [departement, list] of [...byDepartement].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const name = meta.departements[departement];
    const own: GazetteerMeta = { ...meta, departements: name ? { [departement]: name } : {} };
    shards.set(departement, serializeGazetteer(own, list));
  }
  const extra: Record<string, string[]> = {};
  const usedIn = new Map<string, Set<string>>();
  for (const commune of communes) {
    for (const code of commune.postalCodes) {
      const set = usedIn.get(code) ?? new Set<string>();
      set.add(commune.departement);
      usedIn.set(code, set);
    }
  }
  for (const [code, departements] of [...usedIn].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const told = departementsOfPostalDigits(code);
    const others = [...departements].filter((d) => !told.includes(d)).sort();
    if (others.length) extra[code] = others;
  }
  return {
    index: {
      format: 'mediation-finder-gazetteer-shards',
      version: 1,
      departements: [...shards.keys()],
      extra,
    },
    shards,
  };
}
