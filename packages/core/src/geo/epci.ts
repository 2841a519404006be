import type { Epci } from '../search/epci.js';
import type { Gazetteer } from './gazetteer.js';

/** An EPCI as `@etalab/decoupage-administratif`'s `data/epci.json` lists it. */
export interface EpciSource {
  code: string;
  nom: string;
  membres: Array<{ code: string }>;
}

/**
 * The gazetteer's EPCI files (`epci/<siren>.json`, read when an institution's territory names an
 * EPCI): each EPCI's member communes with their parts as the gazetteer knows them
 * (arrondissements, delegated and former communes), so that a place under any of their codes is
 * in it. A member the gazetteer does not know is kept under its own code.
 */
export function epciFiles(epcis: readonly EpciSource[], gazetteer: Gazetteer): Map<string, string> {
  const files = new Map<string, string>();
  for (const epci of epcis) {
    const communes = new Set<string>();
    for (const { code } of epci.membres) {
      const commune = gazetteer.byInsee(code);
      for (const part of commune ? gazetteer.territoryOf(commune).communes : [code]) communes.add(part);
    }
    const file: Epci = { code: epci.code, name: epci.nom, communes: [...communes].sort() };
    files.set(`epci/${epci.code}.json`, JSON.stringify(file));
  }
  return files;
}
