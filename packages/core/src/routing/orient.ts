import { distanceKm } from '../geo/distance.js';
import type { Location } from '../geo/location.js';
import { type OpeningStatus, openingStatus } from '../hours/status.js';
import { type LocalTime, localTime, timeZoneOf } from '../hours/zones.js';
import { type Competence, competenceOf, type RestrictedPublic } from '../places/classification.js';
import type { Place } from '../places/place.js';
import type { SupportMode } from '../places/vocabulary.js';
import { PROCEDURES } from '../procedures/catalogue.js';
import type { Procedure } from '../procedures/types.js';
import { foldText } from '../text/normalize.js';
import type { Text } from '../text/types.js';
import type { ActorKind } from './actors.js';
import {
  COMMUNE_IS_DEPARTEMENT,
  type OwnDoors,
  ownDoors,
  SOCIAL_AUTHORITY_AREAS,
  socialAuthorityOf,
} from './doors.js';
import type { Reason } from './explain.js';
import { BELONGS_TO_IDS, DIFFICULTIES, MODALITY_IDS, type Need, PUBLIC_IDS, SUPPORT_IDS } from './need.js';
import { type IndexedPlace, indexedPlace, KIND_BIT, type PlaceIndex } from './place-index.js';
import {
  ABSENT_BODIES,
  REMOTE_OPTIONS,
  type RemoteOption,
  remoteOptionsFor,
  SITUATION_OPTIONS,
  SITUATIONS,
  TERRITORY_OPTIONS,
} from './remote.js';
import { type KindReason, ROUTING_RULES, type RoutingRule } from './rules.js';
import { FAR_KM, travelBurden } from './travel.js';
import { SCORE_WEIGHTS } from './weights.js';
import { widenSteps } from './widening.js';

export type { Location };

export interface OrientOptions {
  /** The instant for opening status (default: now; a need with `openAt` is judged at that instant). */
  at?: Date;
  /** Results to return (default 10). */
  limit?: number;
  /** A radius the person chose: results stay within it and it is never widened. */
  maxKm?: number;
  /** First radius tried, then widened along `widenSteps` until enough places fit (default 15 km). */
  radiusKm?: number;
  widenSteps?: number[];
  /** An institution's own tables. */
  rules?: readonly RoutingRule[];
  procedures?: readonly Procedure[];
  remote?: readonly RemoteOption[];
  /**
   * Doors looked up by where the person lives (town halls, the département's council): the
   * places of the dataset's doors file for the person's département (`DatasetManifest.doors`).
   * Without them, a commune with no CCAS place in the data has no social-work door of its own.
   */
  doors?: readonly Place[];
}

export interface OrientedPlace {
  id: string;
  nom: string;
  distance_km: number;
  score: number;
  /** The kind of help this place is proposed as. */
  actor: ActorKind;
  open: OpeningStatus;
  reasons: Reason[];
  place: Place;
}

export interface Orientation {
  location: Location;
  need: Need;
  procedure: { id: string; label: Text } | null;
  rule: string;
  actors: Array<{ kind: ActorKind; reason: KindReason }>;
  radius_km: number;
  /**
   * Set when a place shown lies beyond the first radius; `missing`: the kind of help that fits
   * best, when none of it was within the first radius (and no notice says so already).
   */
  widened: { from_km: number; to_km: number; missing?: ActorKind } | null;
  /** What the person should know about the list, by code (see `Notice`). */
  notices: Notice[];
  results: OrientedPlace[];
  remote: Array<{ id: string; name: string; phone?: string; url: string; description: Text }>;
}

/**
 * - `far`: the nearest place of the best-fitting kind is more than FAR_KM away: call it first;
 *   nearer places of other kinds come before it.
 * - `none-of-first-kind`: no place of the best-fitting kind within the largest radius.
 * - `filtered-out`: places within the radius were left out by the person's filters.
 */
export type Notice =
  | { code: 'far'; kind: ActorKind; km: number; id: string; name: string; phone?: string }
  | { code: 'none-of-first-kind'; kind: ActorKind; km: number }
  /**
   * No office of the département's social service is known: its council's switchboard gives the
   * address of the office for the person's sector.
   */
  | { code: 'departement-social-service'; departement: string; name: string; id?: string; phone?: string }
  /** The procedure's body does not work where the person lives: `instead` does its job, or it does not exist. */
  | { code: 'other-body'; instead: string; missing: boolean; territory: string; procedure: string }
  | {
      code: 'filtered-out';
      count: number;
      km: number;
      filters: Array<'free' | 'without-appointment' | 'open-now' | 'modalities'>;
    };

export class OrientError extends Error {}

const MIN_FITTING = 3;

/** Kinds of help whose doors are chosen by where the person lives (see `competenceOf`). */
const RESIDENT_DOORS: ReadonlySet<ActorKind> = new Set(['social-work', 'body-counter']);

/** Structures run by the département, or by the Métropole de Lyon in its communes (see `socialAuthorityOf`). */
const SOCIAL_AUTHORITIES: ReadonlySet<string> = new Set([
  'departement-social-service',
  'departement-council',
]);

function ruleMatches(rule: RoutingRule, need: Need, procedure: Procedure | undefined): boolean {
  const { when } = rule;
  if (when.cannotTravel !== undefined && when.cannotTravel !== !!need.cannotTravel) return false;
  if (when.procedures && !(procedure && when.procedures.includes(procedure.id))) return false;
  if (when.bodies && !(procedure && when.bodies.includes(procedure.body))) return false;
  if (when.difficulties && !when.difficulties.includes(need.difficulty ?? null)) return false;
  return true;
}

function expandActors(rule: RoutingRule, procedure: Procedure | undefined): Orientation['actors'] {
  const actors: Orientation['actors'] = [];
  for (const actor of rule.actors) {
    const kinds: ActorKind[] =
      actor.kind === 'procedure' ? (procedure?.actors ?? ['admin-help', 'digital-mediation']) : [actor.kind];
    for (const kind of kinds) {
      if (actors.some((a) => a.kind === kind)) continue;
      actors.push({ kind, reason: (actor.kind !== 'procedure' && actor.reason) || kind });
    }
  }
  return actors;
}

/** Validates a need's ids: unknown ones are an error, named. */
export function checkNeed(need: Need, procedures: readonly Procedure[] = PROCEDURES): Procedure | undefined {
  const procedure = need.procedure ? procedures.find((p) => p.id === need.procedure) : undefined;
  if (need.procedure && !procedure) throw new OrientError(`unknown procedure "${need.procedure}"`);
  if (need.difficulty && !(DIFFICULTIES as readonly string[]).includes(need.difficulty)) {
    throw new OrientError(`unknown difficulty "${need.difficulty}" (one of ${DIFFICULTIES.join(', ')})`);
  }
  for (const id of need.publics ?? []) {
    if (!PUBLIC_IDS[id])
      throw new OrientError(`unknown public "${id}" (one of ${Object.keys(PUBLIC_IDS).join(', ')})`);
  }
  for (const id of need.modalities ?? []) {
    if (!MODALITY_IDS[id])
      throw new OrientError(`unknown modality "${id}" (one of ${Object.keys(MODALITY_IDS).join(', ')})`);
  }
  for (const id of need.support ?? []) {
    if (!SUPPORT_IDS[id])
      throw new OrientError(`unknown support "${id}" (one of ${Object.keys(SUPPORT_IDS).join(', ')})`);
  }
  for (const id of need.situations ?? []) {
    if (!(SITUATIONS as readonly string[]).includes(id))
      throw new OrientError(`unknown situation "${id}" (one of ${SITUATIONS.join(', ')})`);
  }
  for (const id of need.belongsTo ?? []) {
    if (!BELONGS_TO_IDS.includes(id))
      throw new OrientError(`unknown public "${id}" for belongsTo (one of ${BELONGS_TO_IDS.join(', ')})`);
  }
  return procedure;
}

const MAX_LIMIT = 200;

/** Options and position are checked at the API: a bad value is an `OrientError` naming it. */
function checkOptions(location: Location, options: OrientOptions): void {
  const { latitude, longitude } = location;
  if (
    !Number.isFinite(latitude) ||
    !Number.isFinite(longitude) ||
    Math.abs(latitude) > 90 ||
    Math.abs(longitude) > 180
  )
    throw new OrientError(`impossible position: latitude ${latitude}, longitude ${longitude}`);
  const { limit } = options;
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= MAX_LIMIT))
    throw new OrientError(`limit must be a whole number from 1 to ${MAX_LIMIT}, not ${limit}`);
  for (const [name, km] of [
    ['maxKm', options.maxKm],
    ['radiusKm', options.radiusKm],
    ...(options.widenSteps ?? []).map((step) => ['widenSteps', step] as const),
  ] as const) {
    if (km !== undefined && !(Number.isFinite(km) && km > 0 && km <= 20_000))
      throw new OrientError(`${name} must be a distance in km above 0, not ${km}`);
  }
  if (options.widenSteps && options.widenSteps.length === 0)
    throw new OrientError('widenSteps must name at least one radius');
  if (options.at !== undefined && !(options.at instanceof Date && Number.isFinite(options.at.getTime())))
    throw new OrientError('at must be a valid date');
}

/** The routing rule that applies to a need and the kinds of help it names, in order. */
function route(need: Need, options: OrientOptions): { rule: RoutingRule; procedure: Procedure | undefined } {
  const procedure = checkNeed(need, options.procedures ?? PROCEDURES);
  const rule = (options.rules ?? ROUTING_RULES).find((r) => ruleMatches(r, need, procedure));
  if (!rule) throw new OrientError('no routing rule matches this need');
  return { rule, procedure };
}

/**
 * Whether an orientation for this need looks for social work, whose doors include the person's
 * town hall and département council: only then are `OrientOptions.doors` worth fetching.
 */
export function needsOwnDoors(need: Need, options: OrientOptions = {}): boolean {
  const { rule, procedure } = route(need, options);
  return expandActors(rule, procedure).some((a) => a.kind === 'social-work');
}

/**
 * Who should help this person with this procedure, near this place: the kinds of help in order,
 * with reasons, and the places that fit them, ranked, each with its reasons. Always includes
 * remote help.
 */
export function orient(
  index: PlaceIndex,
  location: Location,
  need: Need,
  options: OrientOptions = {},
): Orientation {
  checkOptions(location, options);
  const { rule, procedure } = route(need, options);
  const actors = expandActors(rule, procedure);
  const placeKinds = actors.map((a) => a.kind).filter((k) => k !== 'remote');
  // "Open at 22:00" asks about 22:00, whatever instant the caller orients at.
  const at = need.openAt ?? options.at ?? new Date();
  const limit = options.limit ?? 10;
  const steps = widenSteps(options);

  const own = location.territory && options.doors ? ownDoors(options.doors, location.territory) : {};
  const context = new QueryContext(index, location, need, procedure, placeKinds, at, own, steps.at(-1) ?? 15);
  const firstKind = placeKinds[0];
  let results: OrientedPlace[] = [];
  let firstResults: OrientedPlace[] | null = null;
  let radius = steps[0] ?? 15;
  for (const step of steps) {
    radius = step;
    results = context.search(step, limit);
    firstResults ??= results;
    // A full list, or enough places with one of the kind that fits best: stop widening. A far
    // place of the first kind is announced by a notice, not fetched by widening past nearer help.
    const enough = results.length >= Math.min(limit, MIN_FITTING);
    if (results.length >= limit || (enough && (!firstKind || results.some((r) => r.actor === firstKind))))
      break;
  }
  const first = steps[0] ?? radius;
  const notices = context.notices(results, radius, limit, steps.at(-1) ?? radius);
  // Widening is announced only when a place shown lies beyond the first radius; a notice that
  // already says the first kind is far or absent is not repeated in it.
  const farthest = Math.max(0, ...results.map((r) => r.distance_km));
  let widened: Orientation['widened'] = null;
  if (radius > first && farthest > first) {
    const missing =
      firstKind &&
      !firstResults?.some((r) => r.actor === firstKind) &&
      !notices.some((n) => n.code === 'far' || n.code === 'none-of-first-kind');
    widened = { from_km: first, to_km: radius, ...(missing && firstKind ? { missing: firstKind } : {}) };
  }
  const absent = procedure
    ? ABSENT_BODIES.find(
        (a) =>
          location.territory &&
          a.territories.includes(location.territory.departement) &&
          a.bodies.includes(procedure.body),
      )
    : undefined;
  if (absent && procedure) {
    notices.unshift({
      code: 'other-body',
      instead: absent.instead,
      missing: absent.missing?.includes(procedure.id) ?? false,
      territory: location.territory?.departement ?? '',
      procedure: procedure.id,
    });
  }
  return {
    location,
    need,
    procedure: procedure ? { id: procedure.id, label: procedure.label } : null,
    rule: rule.id,
    actors,
    radius_km: radius,
    widened,
    notices,
    results,
    remote: remoteOptionsFor(
      procedure?.body,
      options.remote ?? [...TERRITORY_OPTIONS, ...REMOTE_OPTIONS, ...SITUATION_OPTIONS],
      {
        ...(location.territory ? { departement: location.territory.departement } : {}),
        situation: need.difficulty === 'situation',
        ...(need.situations ? { situations: need.situations } : {}),
      },
    ).map(({ id, name, phone, url, description }) => ({
      id,
      name,
      ...(phone ? { phone } : {}),
      url,
      description,
    })),
  };
}

/** Everything computed once per orientation. */
class QueryContext {
  readonly #weights: number[];
  readonly #supportWanted: string[];
  readonly #publicsWanted: string[];
  readonly #modalities: SupportMode[];
  readonly #belongsTo: Set<RestrictedPublic>;
  readonly #localTimes = new Map<string, LocalTime>();
  /** The person's town hall, as their CCAS's door when the data has no CCAS of their commune. */
  readonly #townHall: IndexedPlace | undefined;
  readonly #council: OwnDoors['council'];

  constructor(
    readonly index: PlaceIndex,
    readonly location: Location,
    readonly need: Need,
    readonly procedure: Procedure | undefined,
    readonly kinds: ActorKind[],
    readonly at: Date,
    own: OwnDoors,
    maxKm: number,
  ) {
    this.#weights = kinds.map((_, i) => SCORE_WEIGHTS.kindRank[i] ?? SCORE_WEIGHTS.kindRank.at(-1) ?? 0);
    let support = (need.support ?? []).flatMap((id) => SUPPORT_IDS[id] ?? []);
    if (need.language && need.support?.includes('foreign-language')) {
      support = [need.language === 'en' ? 'Langues étrangères (anglais)' : 'Langues étrangères (autres)'];
    }
    this.#supportWanted = support;
    this.#publicsWanted = (need.publics ?? []).map((id) => PUBLIC_IDS[id] ?? id);
    this.#modalities = (need.modalities ?? []).flatMap((id) => MODALITY_IDS[id] ?? []);
    this.#belongsTo = new Set(need.belongsTo ?? []);
    if (need.publics?.includes('young')) this.#belongsTo.add('young-16-25');
    if (kinds.includes('social-work')) {
      if (own.townHall && !this.#hasOwn('commune', maxKm)) {
        this.#townHall = indexedPlace(own.townHall, KIND_BIT['social-work']);
      }
      const departement = location.territory?.departement ?? '';
      const served = () =>
        this.#hasOwn('departement', maxKm) ||
        (COMMUNE_IS_DEPARTEMENT.has(departement) && this.#hasOwn('commune', maxKm));
      if (own.council && !served()) this.#council = own.council;
    }
  }

  /** Whether the data has a social-work place of the person's own commune or département. */
  #hasOwn(scope: Competence, maxKm: number): boolean {
    const { latitude, longitude } = this.location;
    const accept = (i: number) => {
      const competence = this.#competence(this.index.entry(i));
      return competence?.scope === scope && competence.yours;
    };
    return this.index.nearest(latitude, longitude, 1, maxKm, { kind: 'social-work' }, accept).length > 0;
  }

  /** A place reserved to a public is offered only to a person of that public. */
  #admits(place: Place): boolean {
    const restricted = place.restrictedTo;
    return !restricted?.length || restricted.some((publicId) => this.#belongsTo.has(publicId));
  }

  /**
   * Whether this place may be offered: its public, then the person's filters (left out when
   * counting what the filters removed). The entry is made only when a filter needs it.
   */
  #usable(place: Place, entry: () => IndexedPlace, withFilters = true): boolean {
    return this.#admits(place) && (!withFilters || !this.#filtered || this.#passesFilters(entry()));
  }

  /** The person's town hall, as a door of this kind (social work only), if it may be offered. */
  #townHallAs(kind: ActorKind, withFilters = true): IndexedPlace | undefined {
    const door = kind === 'social-work' ? this.#townHall : undefined;
    return door && this.#usable(door.place, () => door, withFilters) ? door : undefined;
  }

  #now(departement: string): LocalTime {
    const zone = timeZoneOf(departement);
    let now = this.#localTimes.get(zone);
    if (!now) {
      now = localTime(this.at, zone);
      this.#localTimes.set(zone, now);
    }
    return now;
  }

  status(entry: IndexedPlace): OpeningStatus {
    return openingStatus(this.index.hours(entry), this.at, entry.departement, this.#now(entry.departement));
  }

  /**
   * Whether a door that serves only residents (CCAS of a commune, a département's social service
   * or counters) is the person's own: `yours`, `not-yours`, or undefined when the place serves
   * anyone or where the person lives is unknown.
   */
  #competence(entry: IndexedPlace): { scope: Competence; yours: boolean; authority?: string } | undefined {
    const territory = this.location.territory;
    if (!territory) return undefined;
    const competence = competenceOf(entry.place);
    if (!competence) return undefined;
    if (competence.scope === 'departement') {
      if (SOCIAL_AUTHORITIES.has(competence.kind) && entry.place.code_insee) {
        const theirs = socialAuthorityOf(territory.communes[0] ?? '', territory.departement);
        const its = socialAuthorityOf(entry.place.code_insee, entry.departement);
        return { scope: 'departement', yours: theirs === its, authority: its };
      }
      return { scope: 'departement', yours: entry.departement === territory.departement };
    }
    const insee = entry.place.code_insee;
    const yours = insee
      ? territory.communes.includes(insee)
      : foldText(entry.place.commune) === foldText(territory.name);
    return { scope: 'commune', yours };
  }

  /** Social work and the bodies' counters are doors chosen by where one lives. */
  #opensFor(kind: ActorKind, entry: IndexedPlace): boolean {
    return !RESIDENT_DOORS.has(kind) || this.#competence(entry)?.yours !== false;
  }

  /** The first kind of the orientation this place counts as (a place may count as several). */
  #bestRank(entry: IndexedPlace, found: number): number {
    for (let rank = 0; rank < found; rank++) {
      const kind = this.kinds[rank] as ActorKind;
      const fits =
        kind === 'body-counter'
          ? this.procedure?.counters?.some((t) => entry.place.typologie.includes(t))
          : (entry.kinds & KIND_BIT[kind]) !== 0;
      if (fits && this.#opensFor(kind, entry)) return rank;
    }
    return found;
  }

  #passesFilters(entry: IndexedPlace): boolean {
    if (this.need.freeOnly && !entry.free) return false;
    if (this.need.withoutAppointment && entry.appointmentOnly) return false;
    if (
      this.#modalities.length &&
      !this.#modalities.some((m) => entry.place.modalites_accompagnement.includes(m))
    ) {
      return false;
    }
    if (this.need.openAt && this.status(entry).state !== 'open') return false;
    return true;
  }

  get #filtered(): boolean {
    return !!(
      this.need.freeOnly ||
      this.need.withoutAppointment ||
      this.need.openAt ||
      this.#modalities.length
    );
  }

  search(radiusKm: number, limit: number, withFilters = true): OrientedPlace[] {
    const { latitude, longitude } = this.location;
    const places = this.index.places;
    const accept = (i: number) => this.#usable(places[i] as Place, () => this.index.entry(i), withFilters);
    // One nearest-neighbour query per kind, so that a rarer first kind is not crowded out; a kind
    // whose best possible score cannot reach the current top `limit` is not queried at all.
    const seen = new Set<number>();
    const scored: Scored[] = [];
    for (const [rank, kind] of this.kinds.entries()) {
      if (scored.length >= limit) {
        scored.sort(byScore);
        if ((scored[limit - 1] as Scored).score > this.#bestPossible(rank)) break;
      }
      const of = this.#queryOf(kind);
      if (!of) continue;
      const acceptKind = (i: number) => accept(i) && this.#opensFor(kind, this.index.entry(i));
      for (const i of this.index.nearest(latitude, longitude, limit, radiusKm, of, acceptKind)) {
        if (seen.has(i)) continue;
        seen.add(i);
        const entry = this.index.entry(i);
        scored.push(this.#quickScore(entry, this.#bestRank(entry, rank)));
      }
      const door = this.#townHallAs(kind, withFilters);
      if (door) {
        const s = this.#quickScore(door, rank);
        if (s.distance <= radiusKm) scored.push(s);
      }
    }
    scored.sort(byScore);
    return nearestFirstWithinKind(scored.slice(0, limit)).map((s) => this.#explain(s));
  }

  /** What the person should know about this list (see `Notice`). */
  notices(results: readonly OrientedPlace[], radiusKm: number, limit: number, maxKm: number): Notice[] {
    const notices: Notice[] = [];
    const firstKind = this.kinds[0];
    if (firstKind && !results.some((r) => r.actor === firstKind && r.distance_km <= FAR_KM)) {
      const nearest = this.#nearestOf(firstKind, maxKm);
      if (!nearest) {
        notices.push({ code: 'none-of-first-kind', kind: firstKind, km: maxKm });
      } else {
        const km = Math.round(nearest.distance);
        const phone = nearest.place.telephone || undefined;
        notices.push({
          code: 'far',
          kind: firstKind,
          km,
          id: nearest.place.id,
          name: nearest.place.nom,
          ...(phone ? { phone } : {}),
        });
      }
    }
    if (this.#council && firstKind === 'social-work') {
      const { name, place } = this.#council;
      const phone = place?.telephone || undefined;
      notices.push({
        code: 'departement-social-service',
        departement: this.location.territory?.departement ?? '',
        name,
        ...(place ? { id: place.id } : {}),
        ...(phone ? { phone } : {}),
      });
    }
    if (this.#filtered && results.length < limit) {
      const all = this.search(radiusKm, limit, false);
      const shown = new Set(results.map((r) => r.id));
      const count = all.filter((r) => !shown.has(r.id)).length;
      if (count > 0) {
        const filters: Array<'free' | 'without-appointment' | 'open-now' | 'modalities'> = [];
        if (this.need.freeOnly) filters.push('free');
        if (this.need.withoutAppointment) filters.push('without-appointment');
        if (this.need.openAt) filters.push('open-now');
        if (this.#modalities.length) filters.push('modalities');
        notices.push({
          code: 'filtered-out',
          count,
          km: radiusKm,
          filters,
        });
      }
    }
    return notices;
  }

  /** What a nearest-neighbour query for this kind asks the index; none for a procedure without counters. */
  #queryOf(kind: ActorKind): { kind: ActorKind } | { typologies: string[] } | undefined {
    if (kind !== 'body-counter') return { kind };
    const typologies = this.procedure?.counters ?? [];
    return typologies.length ? { typologies } : undefined;
  }

  /** The nearest place of this kind the person may use, within `maxKm`. */
  #nearestOf(kind: ActorKind, maxKm: number): { place: Place; distance: number } | undefined {
    const { latitude, longitude } = this.location;
    const of = this.#queryOf(kind);
    if (!of) return undefined;
    const places = this.index.places;
    const accept = (i: number) =>
      this.#usable(places[i] as Place, () => this.index.entry(i)) &&
      this.#opensFor(kind, this.index.entry(i));
    const [i] = this.index.nearest(latitude, longitude, 1, maxKm, of, accept);
    const candidates = [i === undefined ? undefined : (places[i] as Place), this.#townHallAs(kind)?.place];
    let nearest: { place: Place; distance: number } | undefined;
    for (const place of candidates) {
      if (!place) continue;
      const distance = distanceKm(latitude, longitude, place.latitude, place.longitude);
      if (distance <= maxKm && (!nearest || distance < nearest.distance)) nearest = { place, distance };
    }
    return nearest;
  }

  /** The highest score a place of this rank could get: its kind, and every bonus at its maximum. */
  #bestPossible(rank: number): number {
    const w = SCORE_WEIGHTS;
    return (
      w.kind * (this.#weights[rank] ?? 0) +
      w.open +
      w.fresh +
      (this.procedure?.programmes?.length || this.procedure?.trainingLabels?.length ? w.procedureFit : 0) +
      (this.#supportWanted.length ? w.support : 0) +
      (this.#publicsWanted.length ? w.public : 0)
    );
  }

  #quickScore(entry: IndexedPlace, rank: number): Scored {
    const { place } = entry;
    const w = SCORE_WEIGHTS;
    const distance = distanceKm(
      this.location.latitude,
      this.location.longitude,
      place.latitude,
      place.longitude,
    );
    const open = this.status(entry);
    const procedureFit = [
      ...(this.procedure?.programmes ?? []).filter(
        (p) => p !== 'France Services' && place.dispositif_programmes_nationaux.includes(p),
      ),
      ...(this.procedure?.trainingLabels ?? []).filter((l) => place.formations_labels.includes(l)),
    ];
    const supportMet = this.#supportWanted.filter((s) =>
      place.prise_en_charge_specifique.includes(s as never),
    );
    const publicsMet = this.#publicsWanted.filter((p) =>
      place.publics_specifiquement_adresses.includes(p as never),
    );
    // A place known only by its town may be anywhere in it: never "0 km", rank it with the town's size.
    const uncertainty =
      place.quality.position === 'town' ? (place.quality.positionUncertaintyKm ?? w.townRadiusKm) : 0;
    const rankingDistance = Math.hypot(distance, uncertainty);
    let score = w.kind * (this.#weights[rank] ?? 0) - travelBurden(rankingDistance);
    if (procedureFit.length) score += w.procedureFit;
    if (supportMet.length) score += (w.support * supportMet.length) / this.#supportWanted.length;
    if (publicsMet.length) score += (w.public * publicsMet.length) / this.#publicsWanted.length;
    if (open.state === 'open') score += w.open;
    else if (open.state === 'unknown') score += w.hoursUnknown;
    else if (open.nextOpening?.date === this.#now(entry.departement).date) score += w.opensToday;
    if (!place.quality.stale) score += w.fresh;
    return {
      entry,
      id: place.id,
      kind: this.kinds[rank] as ActorKind,
      score: Math.round(score * 100) / 100,
      distance,
      rankingDistance,
      open,
      procedureFit,
      supportMet,
      publicsMet,
    };
  }

  /** Reasons and sentences, only for the places returned. */
  #explain(s: Scored): OrientedPlace {
    const { place } = s.entry;
    const kind = s.kind;
    const reasons: Reason[] = [];
    const programmes = place.dispositif_programmes_nationaux;
    if (place.capabilities.doesItForYou && kind === 'do-it-for-me') reasons.push({ code: 'does-it-for-you' });
    if (programmes.includes('France Services')) reasons.push({ code: 'programme', value: 'France Services' });
    if (place.capabilities.doesItWithYou) reasons.push({ code: 'does-it-with-you' });
    else if (place.capabilities.stepByStep) reasons.push({ code: 'step-by-step' });
    if (place.restrictedTo?.length) reasons.push({ code: 'restricted', publics: [...place.restrictedTo] });
    if (programmes.includes('Aidants Connect') && kind !== 'do-it-for-me') {
      reasons.push({ code: 'programme', value: 'Aidants Connect' });
    }
    reasons.push({ code: 'actor', kind });
    const competence = RESIDENT_DOORS.has(kind) ? this.#competence(s.entry) : undefined;
    if (s.entry === this.#townHall) {
      reasons.push({ code: 'town-hall', where: this.location.territory?.name ?? place.commune });
    } else if (competence?.yours) {
      const area = competence.authority ? SOCIAL_AUTHORITY_AREAS[competence.authority] : undefined;
      reasons.push({
        code: 'yours',
        scope: competence.scope,
        where:
          competence.scope === 'commune'
            ? (this.location.territory?.name ?? place.commune)
            : (this.location.territory?.departement ?? s.entry.departement),
        ...(area ? { area } : {}),
      });
    }
    for (const value of s.procedureFit) reasons.push({ code: 'procedure-fit', value });
    for (const value of s.supportMet) reasons.push({ code: 'support', value });
    for (const value of s.publicsMet) reasons.push({ code: 'public', value });
    if (this.need.freeOnly && s.entry.free) reasons.push({ code: 'free' });
    const open = s.open;
    if (open.state === 'open') reasons.push({ code: 'open', closesAt: open.closesAt });
    else if (open.state === 'unknown') reasons.push({ code: 'hours-unknown' });
    else if (open.nextOpening)
      reasons.push({
        code: 'opens',
        ...open.nextOpening,
        today: open.nextOpening.date === this.#now(s.entry.departement).date,
      });
    else reasons.push({ code: 'closed', ...(open.holiday ? { holiday: open.holiday } : {}) });
    const townRadius = place.quality.position === 'town' ? place.quality.positionUncertaintyKm : undefined;
    reasons.push({
      code: 'distance',
      km: Math.round(s.distance * 10) / 10,
      approximate: place.quality.approximateCoordinates,
      ...(townRadius !== undefined ? { uncertaintyKm: townRadius } : {}),
    });
    if (!place.date_maj || place.quality.unknownDate) reasons.push({ code: 'date-unknown' });
    else if (place.quality.stale) reasons.push({ code: 'stale', date: place.date_maj });
    return {
      id: place.id,
      nom: place.nom,
      distance_km: Math.round(s.distance * 100) / 100,
      score: s.score,
      actor: kind,
      open,
      reasons,
      place,
    };
  }
}

const byScore = (a: Scored, b: Scored) =>
  b.score - a.score || a.distance - b.distance || a.id.localeCompare(b.id);

/**
 * The kinds keep the slots the scores gave them, but places of one kind are shown nearest first
 * (those that meet the person's requested support or public before the others): opening hours
 * and freshness decide between kinds, never against distance within one.
 */
function nearestFirstWithinKind(top: Scored[]): Scored[] {
  const byKind = new Map<ActorKind, Scored[]>();
  for (const s of top) {
    const list = byKind.get(s.kind);
    if (list) list.push(s);
    else byKind.set(s.kind, [s]);
  }
  const met = (s: Scored) => s.supportMet.length + s.publicsMet.length;
  for (const list of byKind.values()) {
    list.sort((a, b) => met(b) - met(a) || a.rankingDistance - b.rankingDistance || a.id.localeCompare(b.id));
  }
  return top.map((s) => (byKind.get(s.kind) as Scored[]).shift() as Scored);
}

interface Scored {
  entry: IndexedPlace;
  id: string;
  kind: ActorKind;
  score: number;
  distance: number;
  /** Distance with the town's radius for a place known only by its town. */
  rankingDistance: number;
  open: OpeningStatus;
  procedureFit: string[];
  supportMet: string[];
  publicsMet: string[];
}
