import { distanceKm } from '../geo/distance.js';
import { type OpeningStatus, openingStatus } from '../hours/status.js';
import { type LocalTime, localTime, timeZoneOf } from '../hours/zones.js';
import type { RestrictedPublic } from '../places/classification.js';
import type { Place } from '../places/place.js';
import type { SupportMode } from '../places/vocabulary.js';
import { PROCEDURES } from '../procedures/catalogue.js';
import type { Procedure, Text } from '../procedures/types.js';
import { ACTOR_LABELS, type ActorKind } from './actors.js';
import { type Reason, summarize } from './explain.js';
import { BELONGS_TO_IDS, DIFFICULTIES, MODALITY_IDS, type Need, PUBLIC_IDS, SUPPORT_IDS } from './need.js';
import { type IndexedPlace, KIND_BIT, type PlaceIndex } from './place-index.js';
import { type RemoteOption, remoteOptionsFor } from './remote.js';
import { REASONS, ROUTING_RULES, type RoutingRule } from './rules.js';
import { SCORE_WEIGHTS } from './weights.js';

export interface Location {
  latitude: number;
  longitude: number;
  /** What the person typed or chose, resolved ("77000 Melun"). */
  label: string;
  /** The point is only an approximate centre of the commune (some overseas communes). */
  approximate?: boolean;
}

export interface OrientOptions {
  /** The instant for opening status (default: now). */
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
  summary: Text;
  place: Place;
}

export interface Orientation {
  location: Location;
  need: Need;
  procedure: { id: string; label: Text } | null;
  rule: string;
  actors: Array<{ kind: ActorKind; reason: Text }>;
  radius_km: number;
  /** Set when the first radius held too few fitting places. */
  widened: { from_km: number; to_km: number; message: Text } | null;
  results: OrientedPlace[];
  remote: Array<{ id: string; name: string; phone?: string; url: string; description: Text }>;
}

export class OrientError extends Error {}

const MIN_FITTING = 3;

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
      actors.push({ kind, reason: actor.kind === 'procedure' ? REASONS_BY_KIND[kind] : actor.reason });
    }
  }
  return actors;
}

const REASONS_BY_KIND: Record<ActorKind, Text> = {
  'social-work': REASONS.socialWork,
  'admin-help': REASONS.adminHelp,
  'do-it-for-me': REASONS.doForMe,
  'digital-mediation': REASONS.learn,
  equipment: REASONS.equipment,
  'body-counter': REASONS.counter,
  remote: REASONS.remote,
};

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
  for (const id of need.belongsTo ?? []) {
    if (!BELONGS_TO_IDS.includes(id))
      throw new OrientError(`unknown public "${id}" for belongsTo (one of ${BELONGS_TO_IDS.join(', ')})`);
  }
  return procedure;
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
  const procedure = checkNeed(need, options.procedures ?? PROCEDURES);
  const rules = options.rules ?? ROUTING_RULES;
  const rule = rules.find((r) => ruleMatches(r, need, procedure));
  if (!rule) throw new OrientError('no routing rule matches this need');
  const actors = expandActors(rule, procedure);
  const placeKinds = actors.map((a) => a.kind).filter((k) => k !== 'remote');
  const at = options.at ?? need.openAt ?? new Date();
  const limit = options.limit ?? 10;
  const steps =
    options.maxKm !== undefined
      ? [options.maxKm]
      : (options.widenSteps ?? [options.radiusKm ?? 15, 30, 60, 120]);

  const context = new QueryContext(index, location, need, procedure, placeKinds, at);
  const firstKind = placeKinds[0];
  let results: OrientedPlace[] = [];
  let firstResults: OrientedPlace[] | null = null;
  let radius = steps[0] ?? 15;
  for (const step of steps) {
    radius = step;
    results = context.search(step, limit);
    firstResults ??= results;
    // Enough places, and at least one of the kind of help that fits best: stop widening.
    const enough = results.length >= Math.min(limit, MIN_FITTING);
    if (enough && (!firstKind || results.some((r) => r.actor === firstKind))) break;
  }
  const first = steps[0] ?? radius;
  let widened: Orientation['widened'] = null;
  if (radius > first) {
    const missing = firstKind && !firstResults?.some((r) => r.actor === firstKind);
    const label = firstKind ? ACTOR_LABELS[firstKind] : { fr: '', en: '' };
    widened = {
      from_km: first,
      to_km: radius,
      message: missing
        ? {
            fr: `Aucun lieu « ${label.fr} » à moins de ${first} km : la recherche a été élargie à ${radius} km.`,
            en: `No "${label.en}" place within ${first} km: the search was widened to ${radius} km.`,
          }
        : {
            fr: `Peu de lieux adaptés à moins de ${first} km : la recherche a été élargie à ${radius} km.`,
            en: `Few suitable places within ${first} km: the search was widened to ${radius} km.`,
          },
    };
  }
  return {
    location,
    need,
    procedure: procedure ? { id: procedure.id, label: procedure.label } : null,
    rule: rule.id,
    actors,
    radius_km: radius,
    widened,
    results,
    remote: remoteOptionsFor(procedure?.body, options.remote).map(
      ({ id, name, phone, url, description }) => ({
        id,
        name,
        ...(phone ? { phone } : {}),
        url,
        description,
      }),
    ),
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

  constructor(
    readonly index: PlaceIndex,
    readonly location: Location,
    readonly need: Need,
    readonly procedure: Procedure | undefined,
    readonly kinds: ActorKind[],
    readonly at: Date,
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
  }

  /** A place reserved to a public is offered only to a person of that public. */
  #admits(place: Place): boolean {
    const restricted = place.restrictedTo;
    return !restricted?.length || restricted.some((publicId) => this.#belongsTo.has(publicId));
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

  /** The first kind of the orientation this place counts as (a place may count as several). */
  #bestRank(entry: IndexedPlace, found: number): number {
    for (let rank = 0; rank < found; rank++) {
      const kind = this.kinds[rank] as ActorKind;
      const fits =
        kind === 'body-counter'
          ? this.procedure?.counters?.some((t) => entry.place.typologie.includes(t))
          : (entry.kinds & KIND_BIT[kind]) !== 0;
      if (fits) return rank;
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

  search(radiusKm: number, limit: number): OrientedPlace[] {
    const { latitude, longitude } = this.location;
    const filtered =
      this.need.freeOnly || this.need.withoutAppointment || this.need.openAt || this.#modalities.length;
    const places = this.index.places;
    const accept = filtered
      ? (i: number) => this.#admits(places[i] as Place) && this.#passesFilters(this.index.entry(i))
      : (i: number) => this.#admits(places[i] as Place);
    // One nearest-neighbour query per kind, so that a rarer first kind is not crowded out; a kind
    // whose best possible score cannot reach the current top `limit` is not queried at all.
    const seen = new Set<number>();
    const scored: Scored[] = [];
    for (const [rank, kind] of this.kinds.entries()) {
      if (scored.length >= limit) {
        scored.sort(byScore);
        if ((scored[limit - 1] as Scored).score > this.#bestPossible(rank)) break;
      }
      const of = kind === 'body-counter' ? { typologies: this.procedure?.counters ?? [] } : { kind };
      if (kind === 'body-counter' && !of.typologies?.length) continue;
      for (const i of this.index.nearest(latitude, longitude, limit, radiusKm, of, accept)) {
        if (seen.has(i)) continue;
        seen.add(i);
        scored.push(this.#quickScore(i, this.#bestRank(this.index.entry(i), rank)));
      }
    }
    scored.sort(byScore);
    return scored.slice(0, limit).map((s) => this.#explain(s));
  }

  /** The highest score a place of this rank could get: its kind, and every bonus at its maximum. */
  #bestPossible(rank: number): number {
    const w = SCORE_WEIGHTS;
    return (
      w.kind * (this.#weights[rank] ?? 0) +
      w.distance +
      w.open +
      w.fresh +
      (this.procedure?.programmes?.length || this.procedure?.trainingLabels?.length ? w.procedureFit : 0) +
      (this.#supportWanted.length ? w.support : 0) +
      (this.#publicsWanted.length ? w.public : 0)
    );
  }

  #quickScore(i: number, rank: number): Scored {
    const entry = this.index.entry(i);
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
    let score = w.kind * (this.#weights[rank] ?? 0) + w.distance / (1 + rankingDistance / w.distanceHalfKm);
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
    for (const value of s.procedureFit) reasons.push({ code: 'procedure-fit', value });
    for (const value of s.supportMet) reasons.push({ code: 'support', value });
    for (const value of s.publicsMet) reasons.push({ code: 'public', value });
    if (this.need.freeOnly && s.entry.free) reasons.push({ code: 'free' });
    const open = s.open;
    if (open.state === 'open') reasons.push({ code: 'open', closesAt: open.closesAt });
    else if (open.state === 'unknown') reasons.push({ code: 'hours-unknown' });
    else if (open.nextOpening) reasons.push({ code: 'opens', ...open.nextOpening });
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
    const today = this.#now(s.entry.departement).date;
    return {
      id: place.id,
      nom: place.nom,
      distance_km: Math.round(s.distance * 100) / 100,
      score: s.score,
      actor: kind,
      open,
      reasons,
      summary: {
        fr: summarize(reasons, this.procedure?.body, today, 'fr'),
        en: summarize(reasons, this.procedure?.body, today, 'en'),
      },
      place,
    };
  }
}

const byScore = (a: Scored, b: Scored) =>
  b.score - a.score || a.distance - b.distance || a.id.localeCompare(b.id);

interface Scored {
  entry: IndexedPlace;
  id: string;
  kind: ActorKind;
  score: number;
  distance: number;
  open: OpeningStatus;
  procedureFit: string[];
  supportMet: string[];
  publicsMet: string[];
}
