import { parseTable } from '../tables/table.js';
import type { Commune } from './gazetteer.js';
import type { PublicOffice } from './town-halls.js';

/**
 * A commune with several postal codes is named by its main one: "Saint-Benoît (97470)", not the
 * code of its village Sainte-Anne (97437), which the commune lists put first because they sort
 * the codes. Which code is the commune's own, in order of evidence:
 * 1. La Poste's file (base officielle des codes postaux, `Ligne_5` empty): the only code with a
 *    line that names the commune itself rather than a locality of it ("ligne 5");
 * 2. the postal code of its town hall's address (annuaire de l'administration), when it is one
 *    of the commune's (not a CEDEX) and its other town halls filed under its code do not give
 *    another;
 * 3. otherwise the order the list gives (the lowest code: Nice 06000, Toulouse 31000).
 * Paris, Lyon and Marseille keep their lowest code: each arrondissement has its own, and the
 * city's town hall (Marseille's, 13002) names no more of the city than its first arrondissement.
 * Returns the communes with `postalCodes` reordered (the main one first), and which moved.
 */
export function mainPostalCodesFirst(
  communes: readonly Commune[],
  sources: {
    /** La Poste's `laposte_hexasmal` CSV (Code_commune_INSEE;Nom_commune;Code_postal;Ligne_5;…). */
    postalLines?: string;
    /** The annuaire's offices with their address's postal code (`publicOfficesOf`). */
    offices?: readonly PublicOffice[];
  },
): { communes: Commune[]; changed: Array<{ insee: string; name: string; from: string; to: string }> } {
  const ownLines = sources.postalLines ? ownLineCodes(sources.postalLines) : new Map<string, Set<string>>();
  // Its town halls' codes: an associated commune's ("Mairie associée de Lomme", 59160, filed
  // under Lille's code) may be among them, and then they do not tell.
  const townHalls = new Map<string, Set<string>>();
  for (const office of sources.offices ?? []) {
    if (office.role !== 'town-hall' || !office.postalCode) continue;
    const set = townHalls.get(office.insee);
    if (set) set.add(office.postalCode);
    else townHalls.set(office.insee, new Set([office.postalCode]));
  }
  const withArrondissements = new Set(
    communes.flatMap((c) => (c.type === 'ARM' && c.parent ? [c.parent] : [])),
  );
  const changed: Array<{ insee: string; name: string; from: string; to: string }> = [];
  const ordered = communes.map((commune) => {
    const codes = commune.postalCodes;
    if (codes.length < 2 || withArrondissements.has(commune.insee)) return commune;
    const own = codes.filter((code) => ownLines.get(commune.insee)?.has(code));
    const halls = codes.filter((code) => townHalls.get(commune.insee)?.has(code));
    const main = own.length === 1 ? own[0] : halls.length === 1 ? halls[0] : undefined;
    if (!main || main === codes[0]) return commune;
    changed.push({ insee: commune.insee, name: commune.name, from: codes[0] as string, to: main });
    return { ...commune, postalCodes: [main, ...codes.filter((code) => code !== main)] };
  });
  return { communes: ordered, changed };
}

/** By INSEE code, the postal codes of La Poste's lines without a "ligne 5" (the commune's own). */
function ownLineCodes(text: string): Map<string, Set<string>> {
  const codes = new Map<string, Set<string>>();
  for (const row of parseTable(text).rows) {
    if (!('record' in row)) continue;
    const r = row.record as Record<string, string>;
    const insee = (r.Code_commune_INSEE ?? '').trim();
    const postal = (r.Code_postal ?? '').trim();
    if (!insee || !postal || (r.Ligne_5 ?? '').trim()) continue;
    const set = codes.get(insee);
    if (set) set.add(postal);
    else codes.set(insee, new Set([postal]));
  }
  return codes;
}
