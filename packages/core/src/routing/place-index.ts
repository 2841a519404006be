import KDBush from 'kdbush';
import { around } from '../geo/around.js';
import { departementOfPlace } from '../geo/gazetteer.js';
import { parseOpeningHours, type WeeklyHours } from '../hours/weekly.js';
import { type StructureKind, usable } from '../places/classification.js';
import type { Place } from '../places/place.js';
import { ACTOR_CRITERIA, ACTOR_KINDS, type ActorKind } from './actors.js';

/** Bit of each actor kind in `IndexedPlace.kinds`. */
export const KIND_BIT = Object.fromEntries(ACTOR_KINDS.map((kind, i) => [kind, 1 << i])) as Record<
  ActorKind,
  number
>;

/** What routing needs of a place, computed once when the index is built. */
export interface IndexedPlace {
  place: Place;
  /** Kinds of help the place counts as (body-counter excluded: it depends on the procedure). */
  kinds: number;
  /** Parsed on first use (see `PlaceIndex.hours`): most places are never scored. */
  hours?: WeeklyHours | null;
  departement: string;
  free: boolean;
  appointmentOnly: boolean;
}

/** For each service, programme and typology: the kinds of help it makes a place count as. */
const MASKS = (() => {
  const services = new Map<string, number>();
  const programmes = new Map<string, number>();
  const typologies = new Map<string, number>();
  const structures = new Map<string, number>();
  let doesItForYou = 0;
  const add = (map: Map<string, number>, key: string, bit: number) => map.set(key, (map.get(key) ?? 0) | bit);
  for (const [kind, criteria] of Object.entries(ACTOR_CRITERIA)) {
    const bit = KIND_BIT[kind as ActorKind];
    for (const value of criteria.services ?? []) add(services, value, bit);
    for (const value of criteria.programmes ?? []) add(programmes, value, bit);
    for (const value of criteria.typologies ?? []) add(typologies, value, bit);
    for (const value of criteria.structures ?? []) add(structures, value, bit);
    if (criteria.doesItForYou) doesItForYou |= bit;
  }
  return { services, programmes, typologies, structures, doesItForYou };
})();

/**
 * What makes a place more than a place near the person, by bit of `PlaceIndex.marks`: reserved to
 * a public, a social service or a town hall (doors chosen by where one lives), a France Services.
 * Most places have none: routing then asks nothing more of them.
 */
export const MARK = { restricted: 1, socialDoor: 2, townHall: 4, franceServices: 8, residents: 16 } as const;

/** Claims that make a place a door chosen by where the person lives, by mark. */
const MARKED_CLAIMS: Partial<Record<StructureKind, number>> = {
  ccas: MARK.socialDoor | MARK.residents,
  'departement-social-service': MARK.socialDoor | MARK.residents,
  'body-social-service': MARK.socialDoor | MARK.residents,
  'town-hall': MARK.townHall | MARK.residents,
  'france-services': MARK.franceServices,
};

/** The marks of a place (see `MARK`). */
export function marksOf(place: Place): number {
  let marks = place.restrictedTo?.length ? MARK.restricted : 0;
  for (const claim of place.claims ?? []) if (usable(claim)) marks |= MARKED_CLAIMS[claim.kind] ?? 0;
  return marks;
}

/** The kinds of help a place counts as, per ACTOR_CRITERIA (body-counter excluded). */
export function kindsOf(place: Place): number {
  let mask = place.capabilities.doesItForYou ? MASKS.doesItForYou : 0;
  for (const value of place.services) mask |= MASKS.services.get(value) ?? 0;
  for (const value of place.dispositif_programmes_nationaux) mask |= MASKS.programmes.get(value) ?? 0;
  for (const value of place.typologie) mask |= MASKS.typologies.get(value) ?? 0;
  for (const claim of place.claims ?? []) if (usable(claim)) mask |= MASKS.structures.get(claim.kind) ?? 0;
  return mask;
}

/** What routing needs of a place, for a place of the index or a door looked up by territory. */
export function indexedPlace(place: Place, kinds: number = kindsOf(place)): IndexedPlace {
  const access = place.modalites_acces;
  return {
    place,
    kinds,
    departement: departementOfPlace(place),
    free: place.frais_a_charge.includes('Gratuit') || place.frais_a_charge.includes('Gratuit sous condition'),
    appointmentOnly:
      access.length > 0 &&
      !access.includes('Se présenter') &&
      (access.includes('Prendre un RDV en ligne') ||
        access.includes('Téléphoner') ||
        access.includes('Contacter par mail')),
  };
}

interface Tree {
  tree: KDBush;
  /** Entry index of each point of the tree. */
  ids: Uint32Array;
}

/**
 * A static spatial index of places (kdbush, and `around` for great-circle nearest neighbours) with
 * what scoring needs precomputed, so that an orientation only reads. Each kind of help has its
 * own tree: a nearest-neighbour query for a rare kind (Aidants Connect) does not wade through
 * thousands of places of other kinds.
 */
export class PlaceIndex {
  readonly places: readonly Place[];
  /** Bit mask of the kinds of help of each place (see KIND_BIT). */
  readonly kinds: Uint8Array;
  /** What else routing must check of each place (see `MARK`); 0 for most. */
  readonly marks: Uint8Array;
  /**
   * Whether any place's information is recent (`quality.stale` false): when none is, no place
   * earns the freshness bonus, and the search need not look farther for one that might.
   */
  readonly anyFresh: boolean;
  readonly #entries: Array<IndexedPlace | undefined>;
  readonly #trees = new Map<string, Tree | null>();

  constructor(places: readonly Place[]) {
    this.places = places;
    this.kinds = new Uint8Array(places.length);
    this.marks = new Uint8Array(places.length);
    this.#entries = new Array(places.length);
    const kinds = Object.keys(ACTOR_CRITERIA) as ActorKind[];
    const bits = kinds.map((kind) => KIND_BIT[kind]);
    const idsByKind = kinds.map(() => [] as number[]);
    let anyFresh = false;
    for (let i = 0; i < places.length; i++) {
      anyFresh ||= !(places[i] as Place).quality.stale;
      const mask = kindsOf(places[i] as Place);
      this.kinds[i] = mask;
      this.marks[i] = marksOf(places[i] as Place);
      for (let k = 0; k < bits.length; k++) if (mask & (bits[k] as number)) idsByKind[k]?.push(i);
    }
    this.anyFresh = anyFresh;
    for (const [k, kind] of kinds.entries()) this.#trees.set(`kind:${kind}`, this.#tree(idsByKind[k] ?? []));
  }

  /** What routing needs of place `i`, made on first use: most places are never scored. */
  entry(i: number): IndexedPlace {
    let entry = this.#entries[i];
    if (!entry) {
      entry = indexedPlace(this.places[i] as Place, this.kinds[i] as number);
      this.#entries[i] = entry;
    }
    return entry;
  }

  /** The same few hundred opening-hours strings recur across thousands of places. */
  readonly #hoursCache = new Map<string, WeeklyHours | null>();

  /** Weekly hours of an entry, parsed on first use. */
  hours(entry: IndexedPlace): WeeklyHours | null {
    if (entry.hours !== undefined) return entry.hours;
    const text = entry.place.quality.unparsedHours ? '' : (entry.place.horaires ?? '');
    let hours = text ? this.#hoursCache.get(text) : null;
    if (hours === undefined) {
      const parsed = parseOpeningHours(text);
      hours = parsed.ok ? parsed.hours : null;
      this.#hoursCache.set(text, hours);
    }
    entry.hours = hours ?? null;
    return entry.hours;
  }

  get size(): number {
    return this.places.length;
  }

  #build(key: string, accept: (place: Place) => boolean): Tree | null {
    const ids: number[] = [];
    this.places.forEach((place, i) => {
      if (accept(place)) ids.push(i);
    });
    const built = this.#tree(ids);
    this.#trees.set(key, built);
    return built;
  }

  #tree(ids: number[]): Tree | null {
    if (ids.length === 0) return null;
    // Float32 coordinates (≈ 0.5 m here) halve the memory and speed up the build.
    const tree = new KDBush(ids.length, 64, Float32Array);
    for (const i of ids) {
      const place = this.places[i] as Place;
      tree.add(place.longitude, place.latitude);
    }
    tree.finish();
    return { tree, ids: Uint32Array.from(ids) };
  }

  /** The tree of the places with one of these typologies (a body's counters), built on first use. */
  #typologyTree(typologies: readonly string[]): Tree | null {
    const key = `typologies:${[...typologies].sort().join(',')}`;
    if (this.#trees.has(key)) return this.#trees.get(key) ?? null;
    return this.#build(key, (place) => typologies.some((t) => place.typologie.includes(t)));
  }

  /**
   * Entry indices of the nearest places of a kind of help (or with one of `typologies`), within
   * `maxKm`, accepted by `accept`, nearest first.
   */
  nearest(
    latitude: number,
    longitude: number,
    maxResults: number,
    maxKm: number,
    of: { kind?: ActorKind; typologies?: readonly string[] } = {},
    accept?: (i: number) => boolean,
  ): number[] {
    const key = of.kind ? `kind:${of.kind}` : 'all';
    const tree = of.typologies
      ? this.#typologyTree(of.typologies)
      : this.#trees.has(key)
        ? this.#trees.get(key)
        : this.#build(key, () => true);
    if (!tree) return [];
    const { ids } = tree;
    const found = around(
      tree.tree,
      longitude,
      latitude,
      maxResults,
      maxKm,
      accept && ((p: number) => accept(ids[p] as number)),
    ) as number[];
    return found.map((p) => ids[p] as number);
  }
}
