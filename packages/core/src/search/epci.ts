/** An EPCI's communes, as the gazetteer ships them (`gazetteer/epci/<siren>.json`). */
export interface Epci {
  code: string;
  name: string;
  /** Its member communes with their parts (arrondissements, delegated and former communes). */
  communes: string[];
}

/** An EPCI file's content, checked: undefined when it is not one. */
export function readEpci(json: unknown, siren: string): Epci | undefined {
  const epci = json as Partial<Epci> | null;
  if (!epci || epci.code !== siren || typeof epci.name !== 'string' || !Array.isArray(epci.communes))
    return undefined;
  const communes = epci.communes.filter((c): c is string => typeof c === 'string' && /^[0-9AB]{5}$/.test(c));
  return { code: siren, name: epci.name, communes };
}
