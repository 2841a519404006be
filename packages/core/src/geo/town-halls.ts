import KDBush from 'kdbush';
import { foldText } from '../text/normalize.js';
import { around } from './around.js';
import { distanceKm } from './distance.js';
import type { Commune } from './gazetteer.js';

/**
 * A commune resolves to where its people live: its town hall, not the centre of its area. The
 * centre of Saint-Laurent-du-Maroni lies in the forest 61 km south of its town, Arles's in the
 * Camargue 16 km from it, Maripasoula's 70 km from its village; a person typing their town's
 * name was placed there and its own CAF shown 61 km away. The annuaire de l'administration gives
 * the position of about 35,000 town halls; the data gives the commune's other places open to
 * the public (its CAF or tax counters, France Services, libraries…). A town hall's point is wrong
 * often enough (geocoded in a homonymous commune, another département or country, or far out in
 * the commune: Arles's lies in the Camargue, 30 km from its ten other offices) to be checked
 * twice: against the commune's size and département, and against its other places. Where they
 * agree with each other elsewhere, the commune resolves among them: its main town.
 */

/** A public office's position, from the annuaire (see `publicOfficesOfAnnuaire` in places/). */
export interface PublicOffice {
  /** The INSEE code of the commune it serves (in 2017: maybe a former commune's, now merged). */
  insee: string;
  name: string;
  latitude: number;
  longitude: number;
  /**
   * `town-hall`: the commune's; `part`: a delegated or annex town hall ("Mairie déléguée de…");
   * `office`: another place open to the public (a CAF or tax counter, a France Services, a
   * library…).
   */
  role: 'town-hall' | 'part' | 'office';
  /** Its address's postal code, where the row gives one (a town hall's tells its commune's main code). */
  postalCode?: string;
}

/**
 * The checks, as data:
 * - a point must lie within the box of its département's commune centres (with the margin readers
 *   use for places), and within `spread` times the commune's reach from its centre, or `minKm`.
 *   Its reach is the radius of a disc of its area or, where its area is not known, the distance
 *   to the nearest other commune's centre (communes tile the land): Saint-Laurent-du-Maroni's
 *   town hall is 1.6 reaches from its centre, Mana's 1.7, Lège-Cap-Ferret's (at the end of its
 *   peninsula) 2.3; Tremblay-en-France's wrong 2017 point 4.6, Île-d'Houat's (on the mainland) 29;
 * - where at least `cluster` of the commune's other offices lie near each other (within `agreeKm`),
 *   they tell where its main town is: a town hall near one of them is right, whatever its distance
 *   from the commune's centre (which may be off too); one near none of them is refused, and the
 *   commune resolves to the office nearest to all the others. One office alone overrules nothing.
 *   The distance does not grow with the commune's size: it did (up to the distance to the nearest
 *   other commune's centre), and the 2017 points of Saint-Pierre (974, in Le Tampon, 7 km from its
 *   CAF, CGSS and Mission locale), Le Tampon's, Cholet's (7 km south), Macouria's (15 km, near
 *   Cayenne) passed; 17 communes move, each to its town;
 * - a town hall within `sharedKm` of another commune's point, and nearer that commune's centre
 *   than its own, is that commune's: the 2017 annuaire geocoded about 2,700 town halls on a
 *   neighbour's (Guipavas's on Kersaint-Plabennec's, 4.8 km from its own centre; Genas's on
 *   Meyzieu's). Of two that point at each other, the one farther from its own centre is refused.
 *   The commune resolves among its offices as above, else at its centre.
 */
export const TOWN_HALL_GUARD = {
  spread: 3,
  minKm: 1.5,
  departementMarginDegrees: 0.2,
  agreeKm: 3,
  cluster: 2,
  sharedKm: 0.3,
} as const;

export interface Placement {
  /** The communes, each at its town hall or main town where one passed the guards. */
  communes: Commune[];
  /** Communes placed at their town hall, and how far it is from their centre. */
  moved: Array<{ insee: string; name: string; km: number }>;
  /** Communes placed among their public offices (their town hall's point disagreed with all of them). */
  atOffices: Array<{ insee: string; name: string; km: number }>;
  /** Communes whose town hall failed a guard, with no offices to tell: they keep their centre. */
  refused: Array<{
    insee: string;
    name: string;
    km: number;
    reason: 'far' | 'departement' | 'offices' | 'shared';
  }>;
  /** Communes (and arrondissements) with a centre but no town hall position in the annuaire. */
  withoutTownHall: Array<{ insee: string; name: string }>;
}

type Box = [number, number, number, number];
type Point = { latitude: number; longitude: number };

/**
 * Places communes and municipal arrondissements at their town hall: the one filed under their
 * own INSEE code, else (a commune nouvelle whose code was not a town hall's in the annuaire's
 * year) the one of a former commune (`formerCodes`) named like it, else the nearest to its
 * centre; delegated and annex town halls are a part's, never the commune's. A town hall that all
 * the commune's other offices contradict gives way to them. Delegated and associated communes
 * located at their parent's point follow it. Positions typed as coordinates are not concerned:
 * only a commune's own point moves.
 */
export function placeAtTownHalls(
  communes: readonly Commune[],
  offices: readonly PublicOffice[],
  /** Areas in km² by INSEE code (a commune's own `areaKm2` otherwise; a merged one sums its former communes'). */
  areas: ReadonlyMap<string, number> = new Map(),
): Placement {
  const byInsee = new Map<string, PublicOffice[]>();
  for (const office of offices) {
    if (office.role === 'part') continue;
    const list = byInsee.get(office.insee);
    if (list) list.push(office);
    else byInsee.set(office.insee, [office]);
  }
  const boxes = departementBoxes(communes);
  const nearest = neighbourDistances(communes);
  const reaches = reachesOf(communes, areas, nearest);
  const placement: Placement = { communes: [], moved: [], atOffices: [], refused: [], withoutTownHall: [] };
  const placed = new Map<string, Commune>();
  /** Communes placed at their town hall, with their main town when their offices tell one. */
  const halls = new Map<Commune, PublicOffice | undefined>();
  for (const commune of communes) {
    const { latitude, longitude } = commune;
    if ((commune.type !== 'COM' && commune.type !== 'ARM') || latitude === null || longitude === null) {
      placement.communes.push(commune);
      continue;
    }
    const reach = reaches.get(commune) ?? Number.POSITIVE_INFINITY;
    const limit = Math.max(TOWN_HALL_GUARD.minKm, TOWN_HALL_GUARD.spread * reach);
    const agreeKm = TOWN_HALL_GUARD.agreeKm;
    const box = boxes.get(commune.departement);
    const from = (p: Point) => distanceKm(latitude, longitude, p.latitude, p.longitude);
    const inDepartement = (p: Point) => !box || inside(box, p.latitude, p.longitude);
    const offices = officesOf(commune, byInsee);
    // A place at the very centre was geocoded to the commune, not to its address: it tells nothing;
    // one place listed by several sources is one place.
    const others = distinct(
      offices.filter((o) => o.role === 'office' && inDepartement(o) && from(o) > CENTRE_KM),
    );
    // One office alone tells nothing: several that lie near each other tell where the town is.
    const main = mainTown(others, agreeKm);
    const nearOffices = (p: Point) =>
      others.some((o) => distanceKm(p.latitude, p.longitude, o.latitude, o.longitude) <= agreeKm);
    let chosen: { point: Point; km: number; at: 'town-hall' | 'offices' } | undefined;
    let refusal: Placement['refused'][number] | undefined;
    for (const hall of candidatesOf(commune, offices)) {
      const km = from(hall);
      // Among the commune's offices, a town hall is right whatever its distance from a centre
      // that may itself be off (Granville's, pulled out to sea by the Chausey islands).
      const wrong = !inDepartement(hall)
        ? 'departement'
        : main
          ? nearOffices(hall)
            ? undefined
            : 'offices'
          : km > limit
            ? 'far'
            : undefined;
      if (!wrong) {
        chosen = { point: hall, km, at: 'town-hall' };
        break;
      }
      refusal ??= { insee: commune.insee, name: commune.name, km, reason: wrong };
    }
    if (!chosen && refusal && main) chosen = { point: main, km: from(main), at: 'offices' };
    if (chosen?.at === 'town-hall') halls.set(commune, main);
    if (!chosen) {
      if (refusal) placement.refused.push(refusal);
      else placement.withoutTownHall.push({ insee: commune.insee, name: commune.name });
      placement.communes.push(commune);
      continue;
    }
    const moved: Commune = {
      ...commune,
      latitude: round(chosen.point.latitude),
      longitude: round(chosen.point.longitude),
      point: chosen.at === 'town-hall' ? 'town-hall' : 'offices',
    };
    (chosen.at === 'town-hall' ? placement.moved : placement.atOffices).push({
      insee: commune.insee,
      name: commune.name,
      km: chosen.km,
    });
    placement.communes.push(moved);
    if (commune.type === 'COM') placed.set(commune.insee, moved);
  }
  refuseSharedHalls(placement, halls, placed, communes);
  // Delegated and associated communes that had no point of their own follow their parent.
  placement.communes = placement.communes.map((commune) => {
    const parent = commune.point === 'parent' && commune.parent ? placed.get(commune.parent) : undefined;
    return parent ? { ...commune, latitude: parent.latitude, longitude: parent.longitude } : commune;
  });
  return placement;
}

/**
 * A town hall geocoded on another commune's point (see `TOWN_HALL_GUARD.sharedKm`) is refused:
 * the commune goes to its main town when its offices tell one, else stays at its centre.
 * `halls` maps each commune at its town hall (as given, at its centre) to its main town.
 */
function refuseSharedHalls(
  placement: Placement,
  halls: ReadonlyMap<Commune, PublicOffice | undefined>,
  placed: Map<string, Commune>,
  /** The communes as given: at their centre. */
  communes: readonly Commune[],
): void {
  const points = placement.communes.filter(
    (c) => c.type === 'COM' && c.latitude !== null && c.longitude !== null,
  );
  const centres = new Map(communes.filter((c) => c.type === 'COM').map((c) => [c.insee, c]));
  const tree = new KDBush(points.length);
  for (const c of points) tree.add(c.longitude as number, c.latitude as number);
  tree.finish();
  // Each commune whose town hall is nearer the centre of a commune whose point is beside it.
  const suspects = new Map<
    string,
    { commune: Commune; main: PublicOffice | undefined; ownKm: number; of: string[] }
  >();
  for (const [commune, main] of halls) {
    if (commune.type !== 'COM' || commune.latitude === null || commune.longitude === null) continue;
    const at = placed.get(commune.insee);
    if (!at || at.latitude === null || at.longitude === null) continue;
    const { latitude, longitude } = at;
    const ownKm = distanceKm(latitude, longitude, commune.latitude, commune.longitude);
    const of = around(tree, longitude, latitude, Number.POSITIVE_INFINITY, TOWN_HALL_GUARD.sharedKm)
      .map((i) => points[i] as Commune)
      .filter((other) => {
        const centre = centres.get(other.insee);
        return (
          other.insee !== commune.insee &&
          !!centre &&
          centre.latitude !== null &&
          centre.longitude !== null &&
          distanceKm(latitude, longitude, centre.latitude, centre.longitude) < ownKm
        );
      })
      .map((other) => other.insee);
    if (of.length) suspects.set(commune.insee, { commune, main, ownKm, of });
  }
  // Two that point at each other: the one farther from its own centre is the one misplaced.
  const refused = new Map<string, { commune: Commune; main: PublicOffice | undefined }>();
  for (const [insee, suspect] of suspects) {
    const kept = suspect.of.every((other) => {
      const rival = suspects.get(other);
      return rival?.of.includes(insee) && rival.ownKm > suspect.ownKm;
    });
    if (!kept) refused.set(insee, suspect);
  }
  if (!refused.size) return;
  placement.moved = placement.moved.filter((m) => !refused.has(m.insee));
  placement.communes = placement.communes.map((c) => {
    const shared = c.type === 'COM' ? refused.get(c.insee) : undefined;
    if (!shared) return c;
    const { commune, main } = shared;
    const km = distanceKm(
      c.latitude as number,
      c.longitude as number,
      commune.latitude as number,
      commune.longitude as number,
    );
    if (!main) {
      placement.refused.push({ insee: commune.insee, name: commune.name, km, reason: 'shared' });
      placed.delete(commune.insee);
      return commune;
    }
    const moved: Commune = {
      ...commune,
      latitude: round(main.latitude),
      longitude: round(main.longitude),
      point: 'offices',
    };
    const fromCentre = distanceKm(
      main.latitude,
      main.longitude,
      commune.latitude as number,
      commune.longitude as number,
    );
    placement.atOffices.push({ insee: commune.insee, name: commune.name, km: fromCentre });
    placed.set(commune.insee, moved);
    return moved;
  });
}

/**
 * About how far each commune (arrondissement) stretches from its centre: the radius of a disc of
 * its area or, where its area is not known, the distance to the nearest other commune's centre.
 */
export function reachesOf(
  communes: readonly Commune[],
  areas: ReadonlyMap<string, number> = new Map(),
  nearest: ReadonlyMap<Commune, number> = neighbourDistances(communes),
): Map<Commune, number> {
  const reaches = new Map<Commune, number>();
  for (const [commune, km] of nearest) {
    const area = areaOf(commune, areas);
    reaches.set(commune, area ? Math.sqrt(area / Math.PI) : km);
  }
  return reaches;
}

function areaOf(commune: Commune, areas: ReadonlyMap<string, number>): number | undefined {
  const own = areas.get(commune.insee) ?? commune.areaKm2;
  if (own) return own;
  const former = (commune.formerCodes ?? []).map((code) => areas.get(code) ?? 0);
  const sum = former.reduce((a, b) => a + b, 0);
  return former.length && former.every((a) => a > 0) ? sum : undefined;
}

/** The offices filed under the commune's code, else under the codes of the communes merged into it. */
function officesOf(commune: Commune, byInsee: Map<string, PublicOffice[]>): PublicOffice[] {
  const own = byInsee.get(commune.insee) ?? [];
  if (own.some((o) => o.role === 'town-hall')) return own;
  return [...own, ...(commune.formerCodes ?? []).flatMap((code) => byInsee.get(code) ?? [])];
}

/**
 * The office most of the others lie near (the one nearest to all of them), when at least
 * `cluster` of them lie within `km` of it: where the commune's public services are.
 */
function mainTown(offices: readonly PublicOffice[], km: number): PublicOffice | undefined {
  let best: { office: PublicOffice; near: number; total: number } | undefined;
  for (const office of offices) {
    let near = 0;
    let total = 0;
    for (const other of offices) {
      const d = distanceKm(office.latitude, office.longitude, other.latitude, other.longitude);
      total += d;
      if (d <= km) near++;
    }
    if (!best || near > best.near || (near === best.near && total < best.total))
      best = { office, near, total };
  }
  return best && best.near >= TOWN_HALL_GUARD.cluster ? best.office : undefined;
}

/** Its own town hall first, then a former commune's: named like it, else the nearest to its centre. */
function candidatesOf(commune: Commune, offices: readonly PublicOffice[]): PublicOffice[] {
  const halls = offices.filter((o) => o.role === 'town-hall');
  const own = halls.filter((h) => h.insee === commune.insee);
  if (own.length) return own;
  const named = (hall: PublicOffice) => foldText(hall.name).includes(foldText(commune.name));
  const from = (hall: PublicOffice) =>
    distanceKm(commune.latitude as number, commune.longitude as number, hall.latitude, hall.longitude);
  return halls.sort((a, b) => Number(named(b)) - Number(named(a)) || from(a) - from(b));
}

/** [south, west, north, east] of each département's commune centres. */
function departementBoxes(communes: readonly Commune[]): Map<string, Box> {
  const boxes = new Map<string, Box>();
  for (const c of communes) {
    if (c.type !== 'COM' || c.latitude === null || c.longitude === null) continue;
    const box = boxes.get(c.departement);
    if (!box) boxes.set(c.departement, [c.latitude, c.longitude, c.latitude, c.longitude]);
    else {
      box[0] = Math.min(box[0], c.latitude);
      box[1] = Math.min(box[1], c.longitude);
      box[2] = Math.max(box[2], c.latitude);
      box[3] = Math.max(box[3], c.longitude);
    }
  }
  return boxes;
}

function inside([south, west, north, east]: Box, latitude: number, longitude: number): boolean {
  const m = TOWN_HALL_GUARD.departementMarginDegrees;
  return latitude >= south - m && latitude <= north + m && longitude >= west - m && longitude <= east + m;
}

/**
 * For each commune (arrondissement), the distance from its centre to the nearest other commune's
 * (arrondissement's) centre: about how far the commune stretches.
 */
function neighbourDistances(communes: readonly Commune[]): Map<Commune, number> {
  const distances = new Map<Commune, number>();
  for (const level of ['COM', 'ARM'] as const) {
    const list = communes.filter((c) => c.type === level && c.latitude !== null && c.longitude !== null);
    if (list.length < 2) continue;
    const tree = new KDBush(list.length, 64, Float64Array);
    for (const c of list) tree.add(c.longitude as number, c.latitude as number);
    tree.finish();
    list.forEach((commune, self) => {
      const [other] = around(
        tree,
        commune.longitude as number,
        commune.latitude as number,
        1,
        Number.POSITIVE_INFINITY,
        (i: number) => i !== self,
      ) as number[];
      const neighbour = other === undefined ? undefined : list[other];
      if (!neighbour) return;
      const km = distanceKm(
        commune.latitude as number,
        commune.longitude as number,
        neighbour.latitude as number,
        neighbour.longitude as number,
      );
      distances.set(commune, km);
    });
  }
  return distances;
}

export interface PlacementFigures {
  /** Communes and arrondissements with a point. */
  communes: number;
  moved: number;
  /** Placed among their public offices, their town hall's point disagreeing with all of them. */
  atOffices: number;
  /** How far the moved ones went from their centre: median, 90th percentile, more than 5 km. */
  medianKm: number;
  p90Km: number;
  over5Km: number;
  farthest?: { name: string; km: number };
  refused: { far: number; departement: number; offices: number; shared: number };
  withoutTownHall: number;
}

/** What a placement did, in figures (printed by prepare-data and the tests). */
export function placementFigures(placement: Placement): PlacementFigures {
  const kms = placement.moved.map((m) => m.km).sort((a, b) => a - b);
  const at = (share: number) => Math.round((kms[Math.floor(share * (kms.length - 1))] ?? 0) * 10) / 10;
  const farthest = placement.moved.reduce<Placement['moved'][number] | undefined>(
    (best, m) => (!best || m.km > best.km ? m : best),
    undefined,
  );
  return {
    communes:
      placement.moved.length +
      placement.atOffices.length +
      placement.refused.length +
      placement.withoutTownHall.length,
    moved: kms.length,
    atOffices: placement.atOffices.length,
    medianKm: at(0.5),
    p90Km: at(0.9),
    over5Km: kms.filter((km) => km > 5).length,
    ...(farthest ? { farthest: { name: farthest.name, km: Math.round(farthest.km * 10) / 10 } } : {}),
    refused: {
      far: placement.refused.filter((r) => r.reason === 'far').length,
      departement: placement.refused.filter((r) => r.reason === 'departement').length,
      offices: placement.refused.filter((r) => r.reason === 'offices').length,
      shared: placement.refused.filter((r) => r.reason === 'shared').length,
    },
    withoutTownHall: placement.withoutTownHall.length,
  };
}

/** Within this of a commune's centre, a place was geocoded to the commune (as readers say too). */
const CENTRE_KM = 0.05;
/** Places closer than this are one place listed twice (a France Services in two files). */
const SAME_PLACE_KM = 0.1;

function distinct(offices: readonly PublicOffice[]): PublicOffice[] {
  const kept: PublicOffice[] = [];
  for (const office of offices) {
    const same = kept.some(
      (k) => distanceKm(k.latitude, k.longitude, office.latitude, office.longitude) <= SAME_PLACE_KM,
    );
    if (!same) kept.push(office);
  }
  return kept;
}

/** 5 decimals (about a metre): the gazetteer keeps 3. */
const round = (value: number) => Math.round(value * 1e5) / 1e5;
