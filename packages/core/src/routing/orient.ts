import { distanceKm } from '../geo/distance.js';
import type { Location } from '../geo/location.js';
import { type OpeningStatus, openingStatus } from '../hours/status.js';
import { type LocalTime, localTime, timeZoneOf } from '../hours/zones.js';
import {
  type Competence,
  competenceOf,
  type RestrictedPublic,
  STRUCTURE_FACTS,
  type StructureKind,
  usable,
} from '../places/classification.js';
import type { Place } from '../places/place.js';
import type { SupportMode } from '../places/vocabulary.js';
import { PROCEDURES } from '../procedures/catalogue.js';
import type { Body, Bring, Procedure } from '../procedures/types.js';
import { foldText } from '../text/normalize.js';
import type { ActorKind } from './actors.js';
import { type Area, areaFirst, livesInArea } from './area.js';
import { numberToCall } from './counter-lines.js';
import { type Crisis, crisisOf } from './crisis.js';
import {
  BY_ADDRESS,
  type OwnDoors,
  ownDoors,
  SECTORISED,
  SOCIAL_AUTHORITY_AREAS,
  SOCIAL_DOORS,
  socialAuthorityOf,
  TOWN_HALL_OPEN_TO_ALL,
} from './doors.js';
import type { Reason } from './explain.js';
import { type HomeVisitor, homeVisitsFor } from './home-visits.js';
import {
  admitted,
  BELONGS_TO_IDS,
  belongingOf,
  DIFFICULTIES,
  MODALITY_IDS,
  type Need,
  PUBLIC_IDS,
  SUPPORT_IDS,
} from './need.js';
import { type IndexedPlace, indexedPlace, KIND_BIT, type PlaceIndex } from './place-index.js';
import {
  ABSENT_BODIES,
  ALL_REMOTE_OPTIONS,
  type RemoteLine,
  type RemoteOption,
  remoteLine,
  remoteOptionsFor,
  SITUATION_PLACES,
  SITUATIONS,
} from './remote.js';
import { type KindReason, ROUTING_RULES, type RoutingRule } from './rules.js';
import { distanceOfBurden, FAR_KM, NEAR_HOME_HELP, travelBurden } from './travel.js';
import { doubtful, hoursTrusted } from './trust.js';
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
  /**
   * The territory of the institution showing the finder: for a person who lives in it, its places
   * come first among the places of their kind (see `areaFirst`); the nearest right door beyond it
   * stays in the list and a `beyond-area` notice names it. Made from codes by `resolveArea`.
   */
  area?: Area;
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
  /**
   * The number to call: the place's own, or today's line of its body when the number in the data
   * was retired (a `national-line` reason says so); none when no working number is known.
   */
  telephone?: string;
  place: Place;
}

export interface Orientation {
  location: Location;
  need: Need;
  /** The procedure, by id (its words: `procedureLabel`, `bringLabel` in messages). */
  procedure: { id: string; body: Body; bring: Bring[] } | null;
  rule: string;
  /** `counters`: the typologies a `body-counter` is looked for by, when the rule names its own. */
  actors: Array<{ kind: ActorKind; reason: KindReason; counters?: string[] }>;
  radius_km: number;
  /**
   * Set when a place shown lies beyond the first radius; `missing`: the kind of help that fits
   * best, when none of it was within the first radius (and no notice says so already).
   */
  widened: { from_km: number; to_km: number; missing?: ActorKind } | null;
  /** What the person should know about the list, by code (see `Notice`). */
  notices: Notice[];
  results: OrientedPlace[];
  /** Crisis lines first (`crisis.lines`), then the body's own line, then the rest. */
  remote: RemoteLine[];
  /** Set when the person named a crisis situation (homeless, violence, child-danger, abuse). */
  crisis?: Crisis;
}

/**
 * - `far`: the nearest place of the best-fitting kind is more than FAR_KM away: call it first;
 *   nearer places of other kinds come before it.
 * - `none-of-first-kind`: no place of the best-fitting kind within `km`: the largest radius, or
 *   less for help that serves the people around it (`NEAR_HOME_HELP`).
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
  /**
   * The procedure's body does not work where the person lives: `instead` does its job, or the
   * procedure does not exist there (`missing`); `phone` and `line`: that body's line.
   */
  | {
      code: 'other-body';
      instead: string;
      missing: boolean;
      territory: string;
      procedure: string;
      line?: string;
      phone?: string;
    }
  /**
   * For a person who cannot travel, before any line or place: who may come to them. `by`: the
   * département's team (the APA is assessed at home) or the commune's CCAS, reached through
   * `name` (the council, the CCAS or the town hall) on `phone`.
   */
  | { code: 'home-visit'; by: 'departement' | 'commune'; name: string; id?: string; phone?: string }
  /** A police officer or gendarme can come to establish the proxy: asked in writing (no door named). */
  | { code: 'home-visit'; by: 'police' }
  /**
   * The procedure needs the person in person, whoever helps with it (`Procedure.inPerson`): for a
   * proxy vote, at a police station, a gendarmerie or a consulate, or online with France Identité.
   */
  | { code: 'in-person'; by: 'police' }
  /**
   * The places of the institution's area come first: a place that fits, the first of its kind
   * (`kind`), `name`, lies beyond it, `km` away; it is still in the list (`areaFirst`).
   */
  | { code: 'beyond-area'; kind: ActorKind; km: number; id: string; name: string; phone?: string }
  /** The person lives outside the institution's area: the places near them come as they rank. */
  | { code: 'outside-area' }
  | {
      code: 'filtered-out';
      count: number;
      km: number;
      filters: Array<'free' | 'without-appointment' | 'open-now' | 'modalities'>;
    };

/**
 * What is wrong with a search's need or options, as a code a host turns into words (its own
 * catalogue's); the message names the value, for logs and developers.
 */
export type OrientErrorCode =
  | 'unknown-procedure'
  | 'unknown-difficulty'
  | 'unknown-public'
  | 'unknown-modality'
  | 'unknown-support'
  | 'unknown-situation'
  | 'unknown-belongs-to'
  | 'position-out-of-range'
  | 'limit-out-of-range'
  | 'distance-out-of-range'
  | 'invalid-date'
  | 'no-radius'
  | 'no-rule';

export class OrientError extends Error {
  constructor(
    message: string,
    readonly code: OrientErrorCode,
  ) {
    super(message);
  }
}

/** Whether `id` is one of `table`'s own keys (never `__proto__`, `constructor`…). */
const known = (table: object, id: unknown): boolean => typeof id === 'string' && Object.hasOwn(table, id);

const MIN_FITTING = 3;
/**
 * A list this long needs no widening, whatever `limit` is asked (the default list): a shorter
 * list is the beginning of the same answer, never one searched farther.
 */
const FULL_LIST = 10;

/** Two records of a kind that serves the communes around it, this near, are one door (see `#nearestAround`). */
const SAME_DOOR_KM = 0.2;

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
  if (when.publics && !when.publics.some((p) => need.publics?.includes(p as never))) return false;
  return true;
}

/**
 * The kind of help the need calls for first: the routing rule's, not a place that specialises in
 * the situation (rare, often one per département: it is named when far, never widened for).
 */
function leadingKind(kinds: readonly ActorKind[]): ActorKind | undefined {
  return kinds.find((k) => k !== 'situation-help' && k !== 'remote');
}

/** Typology codes of the places that specialise in the situations the person named. */
function situationTypologies(need: Need): string[] {
  return [...new Set((need.situations ?? []).flatMap((s) => SITUATION_PLACES[s] ?? []))];
}

function expandActors(
  rule: RoutingRule,
  procedure: Procedure | undefined,
  need: Need = {},
): Orientation['actors'] {
  // A place that specialises in the person's situation comes first among the places.
  const actors: Orientation['actors'] = situationTypologies(need).length
    ? [{ kind: 'situation-help', reason: 'situation-help' }]
    : [];
  for (const actor of rule.actors) {
    const kinds: ActorKind[] =
      actor.kind === 'procedure' ? (procedure?.actors ?? ['admin-help', 'digital-mediation']) : [actor.kind];
    for (const kind of kinds) {
      if (actors.some((a) => a.kind === kind)) continue;
      // Nobody can stand in for the person where they must appear themselves (a proxy vote).
      if (kind === 'do-it-for-me' && procedure?.inPerson) continue;
      actors.push({
        kind,
        reason: (actor.kind !== 'procedure' && actor.reason) || kind,
        ...(actor.kind !== 'procedure' && actor.counters ? { counters: actor.counters } : {}),
      });
    }
  }
  return actors;
}

/** Validates a need's ids: unknown ones are an error, named. */
export function checkNeed(need: Need, procedures: readonly Procedure[] = PROCEDURES): Procedure | undefined {
  const procedure = need.procedure ? procedures.find((p) => p.id === need.procedure) : undefined;
  if (need.procedure !== undefined && typeof need.procedure !== 'string')
    throw new OrientError(`unknown procedure "${String(need.procedure)}"`, 'unknown-procedure');
  if (need.procedure && !procedure)
    throw new OrientError(`unknown procedure "${need.procedure}"`, 'unknown-procedure');
  if (need.difficulty && !(DIFFICULTIES as readonly string[]).includes(need.difficulty)) {
    throw new OrientError(
      `unknown difficulty "${need.difficulty}" (one of ${DIFFICULTIES.join(', ')})`,
      'unknown-difficulty',
    );
  }
  for (const id of need.publics ?? []) {
    if (!known(PUBLIC_IDS, id))
      throw new OrientError(
        `unknown public "${id}" (one of ${Object.keys(PUBLIC_IDS).join(', ')})`,
        'unknown-public',
      );
  }
  for (const id of need.modalities ?? []) {
    if (!known(MODALITY_IDS, id))
      throw new OrientError(
        `unknown modality "${id}" (one of ${Object.keys(MODALITY_IDS).join(', ')})`,
        'unknown-modality',
      );
  }
  for (const id of need.support ?? []) {
    if (!known(SUPPORT_IDS, id))
      throw new OrientError(
        `unknown support "${id}" (one of ${Object.keys(SUPPORT_IDS).join(', ')})`,
        'unknown-support',
      );
  }
  for (const id of need.situations ?? []) {
    if (!(SITUATIONS as readonly string[]).includes(id))
      throw new OrientError(
        `unknown situation "${id}" (one of ${SITUATIONS.join(', ')})`,
        'unknown-situation',
      );
  }
  for (const id of need.belongsTo ?? []) {
    if (!BELONGS_TO_IDS.includes(id))
      throw new OrientError(
        `unknown public "${id}" for belongsTo (one of ${BELONGS_TO_IDS.join(', ')})`,
        'unknown-belongs-to',
      );
  }
  if (!isDate(need.openAt)) throw new OrientError('openAt must be a valid date', 'invalid-date');
  return procedure;
}

const MAX_LIMIT = 200;
/** Half the Earth's circumference: no place is farther than that. */
const MAX_KM = 20_000;

/** A point on Earth, or an `OrientError` naming it (NaN, ±Infinity, a latitude of 91…). */
export function checkPosition(latitude: number, longitude: number): void {
  if (
    !Number.isFinite(latitude) ||
    !Number.isFinite(longitude) ||
    Math.abs(latitude) > 90 ||
    Math.abs(longitude) > 180
  )
    throw new OrientError(
      `impossible position: latitude ${latitude}, longitude ${longitude}`,
      'position-out-of-range',
    );
}

/**
 * Options are checked at the API, before anything is fetched (a radius of 1e308 km would read
 * every shard): a bad value is an `OrientError` naming it, with its code.
 */
export function checkOptions(options: OrientOptions): void {
  const { limit } = options;
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= MAX_LIMIT))
    throw new OrientError(
      `limit must be a whole number from 1 to ${MAX_LIMIT}, not ${limit}`,
      'limit-out-of-range',
    );
  for (const [name, km] of [
    ['maxKm', options.maxKm],
    ['radiusKm', options.radiusKm],
    ...(options.widenSteps ?? []).map((step) => ['widenSteps', step] as const),
  ] as const) {
    if (km !== undefined && !(typeof km === 'number' && Number.isFinite(km) && km > 0 && km <= MAX_KM))
      throw new OrientError(
        `${name} must be a distance in km above 0 and at most ${MAX_KM}, not ${km}`,
        'distance-out-of-range',
      );
  }
  if (options.widenSteps && options.widenSteps.length === 0)
    throw new OrientError('widenSteps must name at least one radius', 'no-radius');
  if (!isDate(options.at)) throw new OrientError('at must be a valid date', 'invalid-date');
}

const isDate = (date: unknown) =>
  date === undefined || (date instanceof Date && Number.isFinite(date.getTime()));

/** The routing rule that applies to a need and the kinds of help it names, in order. */
function route(need: Need, options: OrientOptions): { rule: RoutingRule; procedure: Procedure | undefined } {
  const procedure = checkNeed(need, options.procedures ?? PROCEDURES);
  const rule = (options.rules ?? ROUTING_RULES).find((r) => ruleMatches(r, need, procedure));
  if (!rule) throw new OrientError('no routing rule matches this need', 'no-rule');
  return { rule, procedure };
}

/**
 * Whether an orientation for this need looks for social work, whose doors include the person's
 * town hall and département council: only then are `OrientOptions.doors` worth fetching.
 */
export function needsOwnDoors(need: Need, options: OrientOptions = {}): boolean {
  const { rule, procedure } = route(need, options);
  const kinds = expandActors(rule, procedure, need).map((a) => a.kind);
  return kinds.includes('social-work') || homeVisitsFor(procedure, kinds, !!need.cannotTravel).length > 0;
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
  checkPosition(location.latitude, location.longitude);
  checkOptions(options);
  const { rule, procedure } = route(need, options);
  const actors = expandActors(rule, procedure, need);
  const placeKinds = actors.map((a) => a.kind).filter((k) => k !== 'remote');
  // "Open at 22:00" asks about 22:00, whatever instant the caller orients at.
  const at = need.openAt ?? options.at ?? new Date();
  const limit = options.limit ?? 10;
  const steps = widenSteps(options);

  const own =
    location.territory && options.doors ? ownDoors(options.doors, location.territory, location) : {};
  const context = new QueryContext(
    index,
    location,
    need,
    procedure,
    placeKinds,
    at,
    own,
    steps.at(-1) ?? 15,
    actors.find((a) => a.kind === 'body-counter')?.counters,
  );
  // A person who cannot travel is not sent farther for a kind of help: enough places will do.
  const firstKind = need.cannotTravel ? undefined : leadingKind(placeKinds);
  // The widening and the ranking do not depend on `limit`: the answer for 5 places is always the
  // first five of the answer for 10.
  let results: OrientedPlace[] = [];
  let radius = steps[0] ?? 15;
  for (const step of steps) {
    radius = step;
    results = context.search(step, Math.max(limit, FULL_LIST));
    // A full list, or enough places with one of the kind that fits best: stop widening. A far
    // place of the first kind is announced by a notice, not fetched by widening past nearer help.
    const enough = results.length >= MIN_FITTING;
    if (results.length >= FULL_LIST || (enough && (!firstKind || context.hasKindWithin(firstKind, step))))
      break;
  }
  const inArea = options.area && livesInArea(location, options.area);
  let beyond: OrientedPlace | undefined;
  if (options.area && inArea) ({ results, moved: beyond } = areaFirst(results, options.area, limit));
  results = results.slice(0, limit);
  const first = steps[0] ?? radius;
  const notices = context.notices(results, radius, limit, steps.at(-1) ?? radius);
  if (inArea === false) notices.push({ code: 'outside-area' });
  if (beyond)
    notices.push({
      code: 'beyond-area',
      kind: beyond.actor,
      // The distance its card shows.
      km: distanceShown(beyond),
      id: beyond.id,
      name: beyond.nom,
      ...(beyond.telephone ? { phone: beyond.telephone } : {}),
    });
  // Widening is announced only when a place shown lies beyond the first radius; a notice that
  // already says the first kind is far or absent is not repeated in it.
  const farthest = Math.max(0, ...results.map((r) => r.distance_km));
  let widened: Orientation['widened'] = null;
  if (radius > first && farthest > first) {
    const missing =
      firstKind &&
      !context.hasKindWithin(firstKind, first) &&
      !notices.some((n) => n.code === 'far' || n.code === 'none-of-first-kind');
    widened = { from_km: first, to_km: radius, ...(missing && firstKind ? { missing: firstKind } : {}) };
  }
  const departement = location.territory?.departement;
  const allOptions = options.remote ?? ALL_REMOTE_OPTIONS;
  // Who visits at home leads (a person who cannot travel; anyone asking for the APA), then the lines.
  notices.unshift(
    ...(procedure?.inPerson ? [{ code: 'in-person' as const, by: procedure.inPerson }] : []),
    ...context.homeVisits(homeVisitsFor(procedure, placeKinds, !!need.cannotTravel), own, first),
  );
  const absent = procedure
    ? ABSENT_BODIES.find(
        (a) => departement && a.territories.includes(departement) && a.bodies.includes(procedure.body),
      )
    : undefined;
  if (absent && procedure) {
    const line = allOptions.find((o) => o.id === absent.line);
    notices.unshift({
      code: 'other-body',
      instead: absent.instead,
      missing: absent.missing?.includes(procedure.id) ?? false,
      territory: departement ?? '',
      procedure: procedure.id,
      ...(line ? { line: line.id } : {}),
      ...(line?.phone ? { phone: line.phone } : {}),
    });
  }
  const offered: RemoteOption[] = [];
  const remote: RemoteLine[] = [];
  for (const option of remoteOptionsFor(procedure?.body, allOptions, {
    ...(departement ? { departement } : {}),
    situation: need.difficulty === 'situation',
    ...(need.situations ? { situations: need.situations } : {}),
  })) {
    const line = remoteLine(option, departement, at);
    if (!line) continue;
    offered.push(option);
    remote.push(line);
  }
  const crisis = crisisOf(need.situations, offered, results, at, departement);
  return {
    location,
    need,
    procedure: procedure ? { id: procedure.id, body: procedure.body, bring: procedure.bring ?? [] } : null,
    rule: rule.id,
    actors,
    radius_km: radius,
    widened,
    notices,
    results,
    remote,
    ...(crisis ? { crisis } : {}),
  };
}

/** A place's distance as its card shows it (its `distance` reason). */
const distanceShown = (r: OrientedPlace): number =>
  r.reasons.find((reason) => reason.code === 'distance')?.km ?? r.distance_km;

/** Everything computed once per orientation. */
class QueryContext {
  readonly #weights: number[];
  readonly #supportWanted: string[];
  readonly #publicsWanted: string[];
  readonly #modalities: SupportMode[];
  readonly #belongsTo: Set<RestrictedPublic>;
  readonly #localTimes = new Map<string, LocalTime>();
  /** For each kind that serves the communes around it, the id of the person's own (`#nearestAround`). */
  readonly #around = new Map<StructureKind, string | null>();
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
    /** The counters a rule looks for instead of the procedure's (a Mission locale for the young). */
    counters?: readonly string[],
  ) {
    this.#counters = counters;
    this.#weights = kinds.map((_, i) => SCORE_WEIGHTS.kindRank[i] ?? SCORE_WEIGHTS.kindRank.at(-1) ?? 0);
    let support = (need.support ?? []).flatMap((id) => SUPPORT_IDS[id] ?? []);
    if (need.language && need.support?.includes('foreign-language')) {
      support = [need.language === 'en' ? 'Langues étrangères (anglais)' : 'Langues étrangères (autres)'];
    }
    this.#supportWanted = support;
    this.#publicsWanted = (need.publics ?? []).map((id) => PUBLIC_IDS[id] ?? id);
    this.#modalities = (need.modalities ?? []).flatMap((id) => MODALITY_IDS[id] ?? []);
    this.#belongsTo = belongingOf(need);
    this.#situationTypologies = situationTypologies(need);
    if (kinds.includes('social-work')) {
      if (own.townHall && !this.#hasOwn('commune', maxKm)) {
        this.#townHall = indexedPlace(own.townHall, KIND_BIT['social-work']);
      }
      // The data never says which office serves which address: the switchboard always does,
      // even when offices of the département are shown (a distant one must not hide it).
      this.#council = own.council;
    }
  }

  /** Typology codes of the places that specialise in the person's situations (`situation-help`). */
  readonly #situationTypologies: string[];
  readonly #counters: readonly string[] | undefined;

  /** Whether the data has a social-work place of the person's own commune or département. */
  #hasOwn(scope: Competence, maxKm: number): boolean {
    const { latitude, longitude } = this.location;
    // A CIAS's first reception for people without a home is no door for everyone: it does not
    // stand for the town hall.
    const accept = (i: number) => {
      const entry = this.index.entry(i);
      const competence = this.#competence(entry);
      return competence?.scope === scope && competence.yours && this.#admits(entry.place);
    };
    return this.index.nearest(latitude, longitude, 1, maxKm, { kind: 'social-work' }, accept).length > 0;
  }

  /** A place reserved to publics is offered only to a person of each (see `admitted`). */
  #admits(place: Place): boolean {
    return admitted(place.restrictedTo, this.#belongsTo);
  }

  /**
   * Whether this place may be offered: its public, then the person's filters (left out when
   * counting what the filters removed). The entry is made only when a filter needs it.
   */
  #usable(place: Place, entry: () => IndexedPlace, withFilters = true): boolean {
    return (
      this.#admits(place) &&
      !this.#othersSocialDoor(place, entry) &&
      (!withFilters || !this.#filtered || this.#passesFilters(entry()))
    );
  }

  /**
   * A social service that receives only the residents of another commune or département (see
   * `SOCIAL_DOORS`), or a Mission locale that serves other communes than the person's (see
   * `#nearestAround`), whatever other kind of help it also counts as.
   */
  #othersSocialDoor(place: Place, entry: () => IndexedPlace): boolean {
    for (const claim of place.claims ?? []) {
      if (
        (SOCIAL_DOORS.has(claim.kind) || STRUCTURE_FACTS[claim.kind].competence === 'around') &&
        usable(claim) &&
        this.#scopeOf(claim.kind, entry())?.yours === false
      )
        return true;
    }
    return false;
  }

  /**
   * Whether place `i` of the index may be offered as this kind of help (`#usable`, `#opensFor`):
   * at once for the many places with no mark (see `MARK`) when no filter applies.
   */
  #accepts(i: number, kind: ActorKind, withFilters = true): boolean {
    if (this.index.marks[i] === 0 && !(withFilters && this.#filtered) && !RESIDENT_DOORS.has(kind))
      return true;
    const entry = this.index.entry(i);
    return this.#usable(entry.place, () => entry, withFilters) && this.#opensFor(kind, entry);
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
  #competence(
    entry: IndexedPlace,
  ): { kind: StructureKind; scope: Competence; yours: boolean; authority?: string } | undefined {
    const competence = competenceOf(entry.place);
    const scope = competence && this.#scopeOf(competence.kind, entry);
    return competence && scope ? { kind: competence.kind, ...scope } : undefined;
  }

  /** Whether a structure of this kind, at this place, serves where the person lives. */
  #scopeOf(
    kind: StructureKind,
    entry: IndexedPlace,
  ): { scope: Competence; yours: boolean; authority?: string } | undefined {
    const territory = this.location.territory;
    const scope = STRUCTURE_FACTS[kind].competence;
    if (scope === 'around') return { scope, yours: this.#nearestAround(kind) === entry.place.id };
    if (!territory || !scope) return undefined;
    if (scope === 'departement') {
      if (SOCIAL_AUTHORITIES.has(kind) && entry.place.code_insee) {
        const theirs = socialAuthorityOf(territory.communes[0] ?? '', territory.departement);
        const its = socialAuthorityOf(entry.place.code_insee, entry.departement);
        return { scope, yours: theirs === its, authority: its };
      }
      return { scope, yours: entry.departement === territory.departement };
    }
    const insee = entry.place.code_insee;
    const yours = insee
      ? territory.communes.includes(insee)
      : foldText(entry.place.commune) === foldText(territory.name);
    return { scope, yours };
  }

  /**
   * The place of a kind that serves the communes around it, which no data lists (`competence:
   * 'around'`: the Missions locales, each within its département): the nearest in the person's
   * commune, else the nearest of their département. Its id; null when the index has none, or
   * where the person lives is unknown.
   * The same answer whatever the index holds beyond the radius searched: when that place lies
   * within the radius, any nearer one would too, and be in the index; when it lies beyond, no
   * place of the kind is offered. (The nearest of all, across a border, would depend on it.)
   */
  #nearestAround(kind: StructureKind): string | null {
    let id = this.#around.get(kind);
    if (id !== undefined) return id;
    const { latitude, longitude, territory } = this.location;
    const places = this.index.places;
    // One that opens to the person: a SIAO's first reception hosted by a Mission locale is not.
    const ofKind = (i: number) =>
      (places[i]?.claims ?? []).some((claim) => claim.kind === kind && usable(claim)) &&
      this.#admits(places[i] as Place);
    // Two records of one door (the national list's, with its phone, and a survey's without, at
    // the same address in Briançon): the one the official list vouches for, then with a phone.
    const nearest = (accept: (i: number) => boolean) => {
      const found = this.index.nearest(latitude, longitude, 4, Number.POSITIVE_INFINITY, {}, accept);
      const km = (i: number) => {
        const place = places[i] as Place;
        return distanceKm(latitude, longitude, place.latitude, place.longitude);
      };
      const first = found[0];
      if (first === undefined) return undefined;
      const sameDoor = found.filter((i) => km(i) <= km(first) + SAME_DOOR_KM);
      // Named as this kind by the official list (not `vouched`: a programme it hosts vouches too).
      const listedAs = (i: number) =>
        (places[i]?.claims ?? []).some((claim) => claim.kind === kind && claim.confidence === 'certain');
      const rank = (i: number) => (listedAs(i) ? 0 : 2) + (places[i]?.telephone ? 0 : 1);
      return sameDoor.reduce((best, i) => (rank(i) < rank(best) ? i : best), first);
    };
    // One in the person's own commune serves it, wherever its point is (the 2017 annuaire placed
    // Saint-Denis's 3 km north, behind La Courneuve's).
    const found =
      territory &&
      (nearest((i) => ofKind(i) && territory.communes.includes(places[i]?.code_insee ?? '')) ??
        nearest((i) => ofKind(i) && this.index.entry(i).departement === territory.departement));
    id = found === undefined || !territory ? null : (places[found] as Place).id;
    this.#around.set(kind, id);
    return id;
  }

  /**
   * Social work and the bodies' counters are doors chosen by where one lives; a town hall of
   * another commune is offered only for what it opens to all (see `TOWN_HALL_OPEN_TO_ALL`).
   */
  #opensFor(kind: ActorKind, entry: IndexedPlace): boolean {
    if (RESIDENT_DOORS.has(kind)) return this.#competence(entry)?.yours !== false;
    if (TOWN_HALL_OPEN_TO_ALL.has(kind)) return true;
    const claims = entry.place.claims ?? [];
    if (claims.some((c) => c.kind === 'france-services' && usable(c))) return true;
    const townHall = claims.some((c) => c.kind === 'town-hall' && usable(c));
    return !townHall || this.#scopeOf('town-hall', entry)?.yours !== false;
  }

  /** The first kind of the orientation this place counts as (a place may count as several). */
  #bestRank(entry: IndexedPlace, found: number): number {
    for (let rank = 0; rank < found; rank++) {
      const kind = this.kinds[rank] as ActorKind;
      const typologies = this.#typologiesOf(kind);
      const fits = typologies
        ? typologies.some((t) => entry.place.typologie.includes(t))
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

  /**
   * The best `limit` places within `radiusKm`, as a prefix of the ranking of every place there:
   * the same places in the same order whatever `limit` (see `nearestFirstWithinKind`).
   *
   * One nearest-neighbour search per kind, so that a rarer first kind is not crowded out. A
   * place's score is at most its kind's best possible score less the burden of its straight-line
   * distance (a place known only by its town ranks at least that far): a kind's search goes on,
   * nearest first, until that bound cannot reach the `limit`-th score found so far. A place at
   * the centre of its town is not "nearer" than a precisely located one 2 km away.
   */
  search(radiusKm: number, limit: number, withFilters = true): OrientedPlace[] {
    const { latitude, longitude } = this.location;
    const places = this.index.places;
    const seen = new Set<number>();
    const scored: Scored[] = [];
    /** The `limit`-th score so far; below it a place cannot enter the list. */
    const threshold = () => {
      if (scored.length < limit) return Number.NEGATIVE_INFINITY;
      scored.sort(byScore);
      return (scored[limit - 1] as Scored).score;
    };
    // Scores are rounded to the hundredth: a bound must clear the threshold by more than that.
    const reach = (rank: number) => distanceOfBurden(this.#bestPossible(rank) + 0.01 - threshold());
    // A town hall offered as the person's door may be in the index too (it also helps): once.
    const doors = new Set<string>();
    const score = (i: number, rank: number) => {
      if (seen.has(i) || doors.has((places[i] as Place).id)) return;
      seen.add(i);
      const entry = this.index.entry(i);
      scored.push(this.#quickScore(entry, this.#bestRank(entry, rank)));
    };
    for (const [rank, kind] of this.kinds.entries()) {
      const door = this.#townHallAs(kind, withFilters);
      if (door && !doors.has(door.place.id) && !scored.some((x) => x.id === door.place.id)) {
        const s = this.#quickScore(door, rank);
        if (s.distance <= radiusKm) {
          scored.push(s);
          doors.add(door.place.id);
        }
      }
      const of = this.#queryOf(kind);
      if (!of || reach(rank) <= 0) continue;
      const acceptKind = (i: number) => this.#accepts(i, kind, withFilters);
      // The nearest first; then, when there may be more that could enter the list, every place
      // of this kind as far as its best possible score still reaches it.
      const nearest = this.index.nearest(latitude, longitude, limit, radiusKm, of, acceptKind);
      for (const i of nearest) score(i, rank);
      const last = nearest.at(-1);
      if (last === undefined || nearest.length < limit) continue;
      const place = places[last] as Place;
      const lastKm = distanceKm(latitude, longitude, place.latitude, place.longitude);
      const km = Math.min(radiusKm, reach(rank));
      if (km <= lastKm) continue;
      for (const i of this.index.nearest(latitude, longitude, Number.POSITIVE_INFINITY, km, of, acceptKind))
        score(i, rank);
    }
    scored.sort(byScore);
    return nearestFirstWithinKind(scored, limit).map((s) => this.#explain(s));
  }

  /**
   * Who may come to a person who cannot travel (see `HOME_VISITS`): the département's team, on
   * its council's switchboard; the commune's CCAS, from the data (a CCAS of their commune with a
   * phone) or through their town hall.
   */
  homeVisits(visits: readonly HomeVisitor[], own: OwnDoors, withinKm: number): Notice[] {
    const notices: Notice[] = [];
    for (const by of visits) {
      if (by === 'police') {
        notices.push({ code: 'home-visit', by });
        continue;
      }
      const door =
        by === 'departement'
          ? own.council && {
              name: own.council.name,
              place: own.council.place,
              phone: own.council.place?.telephone || own.council.phone,
            }
          : (this.#ownCcas(withinKm) ??
            (own.townHall && { name: own.townHall.nom, place: own.townHall, phone: own.townHall.telephone }));
      if (!door) continue;
      notices.push({
        code: 'home-visit',
        by,
        name: door.name,
        ...(door.place ? { id: door.place.id } : {}),
        ...(door.phone ? { phone: door.phone } : {}),
      });
    }
    return notices;
  }

  /**
   * The nearest CCAS of the person's own commune with a phone, within the first radius (a client
   * that has the places within it gives the same answer as one that has them all).
   */
  #ownCcas(withinKm: number): { name: string; place: Place; phone: string } | undefined {
    const { latitude, longitude } = this.location;
    const accept = (i: number) => {
      const entry = this.index.entry(i);
      if (!entry.place.telephone) return false;
      const claim = entry.place.claims?.find((c) => c.kind === 'ccas' && usable(c));
      return !!claim && this.#scopeOf('ccas', entry)?.yours === true;
    };
    const [i] = this.index.nearest(latitude, longitude, 1, withinKm, { kind: 'social-work' }, accept);
    const place = i === undefined ? undefined : this.index.places[i];
    return place?.telephone ? { name: place.nom, place, phone: place.telephone } : undefined;
  }

  /** The notice naming the nearest place of a kind, to call before going. */
  #far(kind: ActorKind, nearest: { place: Place; distance: number }): Notice {
    const phone = numberToCall(nearest.place, this.location.territory?.departement ?? '').phone;
    return {
      code: 'far',
      kind,
      km: Math.round(nearest.distance),
      id: nearest.place.id,
      name: nearest.place.nom,
      ...(phone ? { phone } : {}),
    };
  }

  /** What the person should know about this list (see `Notice`). */
  notices(results: readonly OrientedPlace[], radiusKm: number, limit: number, maxKm: number): Notice[] {
    const notices: Notice[] = [];
    const firstKind = leadingKind(this.kinds);
    // A person who cannot travel is not sent to call a far place: what comes to them leads.
    if (
      firstKind &&
      !this.need.cannotTravel &&
      !results.some((r) => r.actor === firstKind && r.distance_km <= FAR_KM)
    ) {
      const nearHome = NEAR_HOME_HELP.kinds.includes(firstKind);
      const doneNear = results.some(
        (r) => NEAR_HOME_HELP.doesIt.includes(r.actor) && r.distance_km <= FAR_KM,
      );
      const nearHomeKm = nearHome ? Math.min(maxKm, doneNear ? FAR_KM : NEAR_HOME_HELP.km) : maxKm;
      // Never less than the circle the answer says it searched (« élargie à 30 km »): within it,
      // the nearest is named; none there is said of that whole circle.
      const withinKm = Math.max(nearHomeKm, radiusKm);
      const nearest = this.#nearestOf(firstKind, withinKm);
      if (!nearest) notices.push({ code: 'none-of-first-kind', kind: firstKind, km: withinKm });
      else notices.push(this.#far(firstKind, nearest));
    }
    // A place that specialises in the situation, when none is shown: named with its number, or
    // said to be missing (it is never widened for).
    if (this.kinds[0] === 'situation-help' && !results.some((r) => r.actor === 'situation-help')) {
      const nearest = this.#nearestOf('situation-help', maxKm);
      notices.push(
        nearest
          ? this.#far('situation-help', nearest)
          : { code: 'none-of-first-kind', kind: 'situation-help', km: maxKm },
      );
    }
    if (this.#council && firstKind === 'social-work') {
      const { name, place } = this.#council;
      const phone = place?.telephone || this.#council.phone || undefined;
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

  /**
   * The typology codes a kind of help depends on the need for: the body's counters of the
   * procedure, the places that specialise in the person's situation; none for the other kinds.
   */
  #typologiesOf(kind: ActorKind): readonly string[] | undefined {
    if (kind === 'body-counter') return this.#counters ?? this.procedure?.counters ?? [];
    if (kind === 'situation-help') return this.#situationTypologies;
    return undefined;
  }

  /** What a nearest-neighbour query for this kind asks the index; none for a kind without typologies. */
  #queryOf(kind: ActorKind): { kind: ActorKind } | { typologies: readonly string[] } | undefined {
    const typologies = this.#typologiesOf(kind);
    if (!typologies) return { kind };
    return typologies.length ? { typologies } : undefined;
  }

  /** Whether a place of this kind the person may use lies within `km`. */
  hasKindWithin(kind: ActorKind, km: number): boolean {
    return this.#nearestOf(kind, km) !== undefined;
  }

  /** The nearest place of this kind the person may use, within `maxKm`. */
  #nearestOf(kind: ActorKind, maxKm: number): { place: Place; distance: number } | undefined {
    const { latitude, longitude } = this.location;
    const of = this.#queryOf(kind);
    if (!of) return undefined;
    const places = this.index.places;
    const accept = (i: number) => this.#accepts(i, kind);
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
  /** Whether some programme or training label makes a place fit this procedure (see `#quickScore`). */
  get #fitting(): boolean {
    return (
      (this.procedure?.programmes ?? []).some((p) => p !== 'France Services') ||
      (this.procedure?.trainingLabels?.length ?? 0) > 0
    );
  }

  #bestPossible(rank: number): number {
    const w = SCORE_WEIGHTS;
    return (
      w.kind * (this.#weights[rank] ?? 0) +
      w.open +
      (this.index.anyFresh ? w.fresh : 0) +
      (this.#fitting ? w.procedureFit : 0) +
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
    const uncertainty = Math.max(
      place.quality.position === 'town' ? (place.quality.positionUncertaintyKm ?? w.townRadiusKm) : 0,
      roams(place) ? w.roamingKm : 0,
    );
    const rankingDistance = Math.hypot(distance, uncertainty);
    const fit =
      (supportMet.length ? (w.support * supportMet.length) / this.#supportWanted.length : 0) +
      (publicsMet.length ? (w.public * publicsMet.length) / this.#publicsWanted.length : 0);
    let score = w.kind * (this.#weights[rank] ?? 0) - travelBurden(rankingDistance) + fit;
    if (procedureFit.length) score += w.procedureFit;
    // Hours checked too long ago are shown, never ranked on: every such counter ranks alike.
    const trusted = hoursTrusted(place, this.at);
    if (open.state === 'unknown' || !trusted) score += w.hoursUnknown;
    else if (open.state === 'open') score += w.open;
    else if (open.nextOpening?.date === this.#now(entry.departement).date) score += w.opensToday;
    if (!place.quality.stale) score += w.fresh;
    return {
      entry,
      id: place.id,
      kind: this.kinds[rank] as ActorKind,
      score: Math.round(score * 100) / 100,
      distance,
      rankingDistance,
      withinKind:
        travelBurden(
          doubtful(place, this.at, trusted)
            ? w.doubtFactor * Math.hypot(rankingDistance, w.doubtKm)
            : rankingDistance,
        ) - fit,
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
    const area = competence?.authority ? SOCIAL_AUTHORITY_AREAS[competence.authority] : undefined;
    if (s.entry === this.#townHall) {
      reasons.push({ code: 'town-hall', where: this.location.territory?.name ?? place.commune });
    } else if (competence?.yours && SECTORISED.has(competence.kind)) {
      // No data says which office serves which address: never "yours".
      reasons.push({
        code: 'departement-office',
        departement: this.location.territory?.departement ?? s.entry.departement,
        ...(area ? { area } : {}),
      });
    } else if (competence?.yours && BY_ADDRESS.has(competence.kind)) {
      reasons.push({ code: 'address-office' });
    } else if (competence?.yours) {
      const { scope } = competence;
      reasons.push(
        scope === 'around'
          ? { code: 'nearest-around' }
          : {
              code: 'yours',
              scope,
              where:
                scope === 'commune'
                  ? (this.location.territory?.name ?? place.commune)
                  : (this.location.territory?.departement ?? s.entry.departement),
              ...(area ? { area } : {}),
            },
      );
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
    if (roams(place)) reasons.push({ code: 'roaming' });
    if (!place.date_maj || place.quality.unknownDate) reasons.push({ code: 'date-unknown' });
    else if (place.quality.stale) reasons.push({ code: 'stale', date: place.date_maj });
    const call = numberToCall(place, this.location.territory?.departement ?? s.entry.departement);
    if (call.line?.phone) reasons.push({ code: 'national-line', phone: call.line.phone, line: call.line.id });
    else if (call.retired) reasons.push({ code: 'retired-number' });
    return {
      id: place.id,
      nom: place.nom,
      distance_km: Math.round(s.distance * 100) / 100,
      score: s.score,
      actor: kind,
      open,
      reasons,
      ...(call.phone ? { telephone: call.phone } : {}),
      place,
    };
  }
}

/** A place that travels (a France Services bus): where it stops today is known by calling. */
const roams = (place: Place) => place.itinerance.includes('Itinérant') && !place.itinerance.includes('Fixe');

const byScore = (a: Scored, b: Scored) => b.score - a.score || a.distance - b.distance || byId(a, b);

/**
 * The kinds keep the slots the scores gave the first `limit` places, but the places of one kind
 * fill its slots nearest first, a requested support or public counting as much as in the score
 * (`withinKind`): opening hours and freshness decide between kinds, never against distance within
 * one. Each kind's order is over all its places scored, not only those of the first `limit`, so
 * that a shorter list is always the beginning of a longer one (`search` scores every place that
 * could come first in its kind's order).
 */
function nearestFirstWithinKind(scored: readonly Scored[], limit: number): Scored[] {
  const byKind = new Map<ActorKind, Scored[]>();
  for (const s of scored) {
    const list = byKind.get(s.kind);
    if (list) list.push(s);
    else byKind.set(s.kind, [s]);
  }
  for (const list of byKind.values()) {
    list.sort((a, b) => a.withinKind - b.withinKind || a.rankingDistance - b.rankingDistance || byId(a, b));
  }
  return scored.slice(0, limit).map((s) => (byKind.get(s.kind) as Scored[]).shift() as Scored);
}

interface Scored {
  entry: IndexedPlace;
  id: string;
  kind: ActorKind;
  score: number;
  distance: number;
  /** Distance with the town's radius for a place known only by its town. */
  rankingDistance: number;
  /** Its order within its kind: the trip's burden less the points of the support and public met. */
  withinKind: number;
  open: OpeningStatus;
  procedureFit: string[];
  supportMet: string[];
  publicsMet: string[];
}

/**
 * Ties broken by id, by code point: the same order everywhere, without the collator a first
 * `localeCompare` sets up (a tenth of a second on a slow phone, for ids nobody reads).
 */
function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
