import { parseTable } from '../tables/table.js';
import { type Commune, type CommuneType, departementOfInsee } from './gazetteer.js';
import { withOverseasCentre } from './overseas-centres.js';

/**
 * Adapters from the published commune lists to the gazetteer's `Commune`:
 * the derived CSV in `shared/data/communes/` and the official geo.api.gouv.fr JSON. Overseas
 * communes neither locates get their approximate centre from `overseas-centres.ts`.
 */

const CSV_TYPES: Record<string, CommuneType> = {
  COM: 'COM',
  ARM: 'ARM',
  COMD: 'COMD',
  COMA: 'COMA',
};

function coordinate(value: unknown): number | null {
  if (value === '' || value === null || value === undefined) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/** `communes-france-2026-centroides-codes-postaux.csv` (code_insee, nom, type, commune_parente…). */
export function communesFromCsv(text: string): Commune[] {
  const table = parseTable(text);
  const communes: Commune[] = [];
  for (const row of table.rows) {
    if (!('record' in row)) throw new Error(`communes CSV, row ${row.index}: ${row.error}`);
    const r = row.record as Record<string, string>;
    const type = CSV_TYPES[r.type ?? ''];
    if (!r.code_insee || !r.nom || !type) throw new Error(`communes CSV, row ${row.index}: malformed`);
    communes.push(
      withOverseasCentre({
        insee: r.code_insee,
        name: r.nom,
        type,
        ...(r.commune_parente ? { parent: r.commune_parente } : {}),
        departement: r.code_departement || departementOfInsee(r.code_insee),
        postalCodes: (r.codes_postaux ?? '').split('|').filter(Boolean),
        population: Number(r.population) || 0,
        latitude: coordinate(r.latitude),
        longitude: coordinate(r.longitude),
        ...pointOf(r),
        ...(r.anciens_codes ? { formerCodes: r.anciens_codes.split('|').filter(Boolean) } : {}),
        ...(r.source_coordonnees === AVERAGED && type === 'COM' ? { approximateCentre: true } : {}),
      }),
    );
  }
  return communes.map((commune) => (commune.approximateCentre ? atFormerCentre(commune, communes) : commune));
}

/**
 * How the file says it placed a commune created in 2025–26 that its sources did not locate: at
 * the mean of the communes sharing its postal codes, which may lie outside it (Orée d'Anjou's,
 * 20 km east of its town, pulled by the other communes of 49270 and 49530).
 */
const AVERAGED = 'approx-moyenne-communes-meme-code-postal';

/**
 * A commune the file placed by its postal codes: at the centre of its former communes that the
 * file locates (Champtoceaux, the 2024 centre of Orée d'Anjou under its former code), else left
 * where it is and said to be approximate.
 */
function atFormerCentre(commune: Commune, communes: readonly Commune[]): Commune {
  const former = new Set(commune.formerCodes ?? []);
  const located = communes.filter(
    (c) => c !== commune && former.has(c.insee) && c.latitude !== null && c.longitude !== null,
  );
  if (!located.length) return commune;
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const { approximateCentre: _, ...rest } = commune;
  return {
    ...rest,
    latitude: mean(located.map((c) => c.latitude as number)),
    longitude: mean(located.map((c) => c.longitude as number)),
  };
}

/** A delegated commune the file locates at its parent's centre has no point of its own. */
function pointOf(r: Record<string, string>): Pick<Commune, 'point'> {
  if (!r.latitude || !r.longitude) return {};
  return { point: r.source_coordonnees === 'coordonnees-commune-parente' ? 'parent' : 'centre' };
}

/**
 * Communes' areas in km² from datas.fun's communes file (`insee_com`, `superficie_km2`: INSEE's
 * comparateur de territoires), for the town halls' guard (`placeAtTownHalls`).
 */
export function areasFromDatasFun(text: string): Map<string, number> {
  const areas = new Map<string, number>();
  for (const row of parseTable(text).rows) {
    if (!('record' in row)) continue;
    const r = row.record as Record<string, string>;
    const area = Number(r.superficie_km2);
    if (r.insee_com && r.superficie_km2 && area > 0) areas.set(r.insee_com, area);
  }
  return areas;
}

interface GeoApiCommune {
  code: string;
  nom: string;
  /** In hectares. */
  surface?: number;
  type?: string;
  chefLieu?: string;
  codeDepartement?: string;
  codesPostaux?: string[];
  population?: number;
  centre?: { coordinates?: [number, number] };
}

const GEO_API_TYPES: Record<string, CommuneType> = {
  'commune-actuelle': 'COM',
  'arrondissement-municipal': 'ARM',
  'commune-deleguee': 'COMD',
  'commune-associee': 'COMA',
};

/** geo.api.gouv.fr `/communes?type=…&fields=nom,code,codesPostaux,centre,population,…` */
export function communesFromGeoApi(json: unknown): Commune[] {
  if (!Array.isArray(json)) throw new Error('geo.api communes: expected a JSON array');
  return (json as GeoApiCommune[]).map((c, index) => {
    if (!c?.code || !c.nom) throw new Error(`geo.api communes, item ${index + 1}: malformed`);
    const [longitude, latitude] = c.centre?.coordinates ?? [];
    return withOverseasCentre({
      insee: c.code,
      name: c.nom,
      type: GEO_API_TYPES[c.type ?? 'commune-actuelle'] ?? 'COM',
      ...(c.chefLieu ? { parent: c.chefLieu } : {}),
      departement: c.codeDepartement ?? departementOfInsee(c.code),
      postalCodes: c.codesPostaux ?? [],
      population: c.population ?? 0,
      latitude: coordinate(latitude),
      longitude: coordinate(longitude),
      ...(latitude !== undefined && longitude !== undefined ? { point: 'centre' as const } : {}),
      ...(c.surface && c.surface > 0 ? { areaKm2: c.surface / 100 } : {}),
    });
  });
}
