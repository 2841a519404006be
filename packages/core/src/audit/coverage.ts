import type { Commune, Territory } from '../geo/gazetteer.js';
import type { Location } from '../geo/location.js';
import type { Place } from '../places/place.js';
import type { ActorKind } from '../routing/actors.js';
import { KIND_BIT, type PlaceIndex } from '../routing/place-index.js';
import { DoorFinder } from './door-finder.js';
import { areasOf, isFranceServices } from './doors.js';

/**
 * The kinds of door a territory's coverage is measured by: the kinds of help, the labels a
 * préfecture places (France Services, conseillers numériques), and the bodies' own counters. Each
 * counts the places of the index that open to the commune's residents (no place reserved to a
 * public, no residents-only door of elsewhere), as orient would offer them.
 */
export interface CoverageKind {
  id: string;
  /** An actor kind's id, said in the catalogue's words; otherwise a name that needs no translation. */
  actor?: ActorKind;
  name?: string;
  /** The kind of help these doors are offered as (whose residents-only doors count only as the person's own). */
  offeredAs: ActorKind;
  holds: (place: Place, kinds: number) => boolean;
}

const ofKind = (actor: ActorKind): CoverageKind => ({
  id: actor,
  actor,
  offeredAs: actor,
  holds: (_place, kinds) => (kinds & KIND_BIT[actor]) !== 0,
});
const counter = (id: string, name: string, typologies: string[]): CoverageKind => ({
  id,
  name,
  offeredAs: 'body-counter',
  holds: (place) => typologies.some((t) => place.typologie.includes(t)),
});

export const COVERAGE_KINDS: readonly CoverageKind[] = [
  ofKind('social-work'),
  ofKind('admin-help'),
  { id: 'france-services', name: 'France Services', offeredAs: 'admin-help', holds: isFranceServices },
  ofKind('do-it-for-me'),
  ofKind('digital-mediation'),
  {
    id: 'conseiller-numerique',
    name: 'Conseiller numérique',
    offeredAs: 'digital-mediation',
    holds: (place) => place.dispositif_programmes_nationaux.includes('Conseillers numériques'),
  },
  ofKind('equipment'),
  counter('caf', 'CAF', ['CAF']),
  counter('cpam', 'CPAM', ['CPAM']),
  counter('france-travail', 'France Travail', ['FT']),
  counter('impots', 'Impôts (SIP)', ['CFP']),
  counter('carsat', 'CARSAT', ['CARSAT']),
  counter('msa', 'MSA', ['MSA']),
  counter('prefecture', 'Préfecture', ['PREF']),
  counter('mdph', 'MDPH', ['MDPH', 'MDA']),
];

/** How far the coverage looks: beyond, a commune has none of that kind "within reach". */
export const COVERAGE_KM = 200;

export interface CoverageRow {
  insee: string;
  name: string;
  departement: string;
  population: number;
  latitude: number;
  longitude: number;
  /** Per kind (COVERAGE_KINDS' order): km to the nearest door, or null beyond COVERAGE_KM. */
  km: Array<number | null>;
  /** Per kind: that door's id. */
  nearest: Array<string | null>;
}

/** The nearest door of each kind, for any commune. */
export class Coverage {
  readonly #finders: DoorFinder[];

  constructor(
    index: PlaceIndex,
    readonly kinds: readonly CoverageKind[] = COVERAGE_KINDS,
  ) {
    const open = (i: number) => !(index.places[i] as Place).restrictedTo?.length;
    this.#finders = kinds.map(
      (kind) =>
        new DoorFinder(
          index.places.filter((place, i) => open(i) && kind.holds(place, index.kinds[i] as number)),
          { offeredAs: kind.offeredAs },
        ),
    );
  }

  at(commune: Commune, location: Location & { territory: Territory }): { row: CoverageRow; places: Place[] } {
    const from = { ...location, areas: areasOf(location.territory) };
    const found = this.#finders.map((finder) => finder.nearest(from, COVERAGE_KM));
    return {
      row: {
        insee: commune.insee,
        name: commune.name,
        departement: commune.departement,
        population: commune.population,
        latitude: location.latitude,
        longitude: location.longitude,
        km: found.map((f) => (f ? Math.round(f.km * 10) / 10 : null)),
        nearest: found.map((f) => f?.place.id ?? null),
      },
      places: found.flatMap((f) => (f ? [f.place] : [])),
    };
  }
}

/** A field of RFC 4180 CSV. */
const field = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The coverage as CSV: one row per commune with its population (to weigh it), then per kind the
 * distance in km (as the crow flies, from the commune's point) and the nearest door's name and
 * id. UTF-8 with a byte-order mark, so that spreadsheet software reads the accents.
 */
export function coverageCsv(
  rows: readonly CoverageRow[],
  places: ReadonlyMap<string, { nom: string; commune: string }>,
  kinds: readonly CoverageKind[] = COVERAGE_KINDS,
): string {
  const header = [
    'insee',
    'commune',
    'departement',
    'population',
    'latitude',
    'longitude',
    ...kinds.flatMap((k) => [`${k.id}_km`, `${k.id}_nearest`, `${k.id}_nearest_id`]),
  ];
  const lines = [header.join(',')];
  for (const row of rows) {
    const cells: Array<string | number | null> = [
      row.insee,
      row.name,
      row.departement,
      row.population,
      row.latitude,
      row.longitude,
    ];
    kinds.forEach((_, k) => {
      const id = row.nearest[k] ?? null;
      const place = id ? places.get(id) : undefined;
      cells.push(row.km[k] ?? null, place ? `${place.nom} (${place.commune})` : null, id);
    });
    lines.push(cells.map(field).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Distances that mark a thin network (km, as the crow flies): a préfecture's usual yardsticks. */
export const THIN_KM = [10, 20, 30] as const;

export interface CoverageSummary {
  kind: string;
  communes: number;
  population: number;
  /** Population farther than each of THIN_KM (or with none within COVERAGE_KM). */
  beyond: number[];
  /** Population with none within COVERAGE_KM. */
  none: number;
}

/** For each kind: how many people live farther than 10, 20, 30 km from one. */
export function summarizeCoverage(
  rows: readonly CoverageRow[],
  kinds: readonly CoverageKind[] = COVERAGE_KINDS,
): CoverageSummary[] {
  return kinds.map((kind, k) => {
    const summary: CoverageSummary = {
      kind: kind.id,
      communes: rows.length,
      population: 0,
      beyond: THIN_KM.map(() => 0),
      none: 0,
    };
    for (const row of rows) {
      const km = row.km[k] ?? null;
      summary.population += row.population;
      if (km === null) summary.none += row.population;
      THIN_KM.forEach((limit, i) => {
        if (km === null || km > limit) summary.beyond[i] = (summary.beyond[i] ?? 0) + row.population;
      });
    }
    return summary;
  });
}
