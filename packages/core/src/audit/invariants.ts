import { distanceKm } from '../geo/distance.js';
import type { Territory } from '../geo/gazetteer.js';
import type { Location } from '../geo/location.js';
import { type OpeningStatus, openingStatus } from '../hours/status.js';
import { localTime, timeZoneOf } from '../hours/zones.js';
import type { Place } from '../places/place.js';
import { PROCEDURES } from '../procedures/catalogue.js';
import type { Procedure } from '../procedures/types.js';
import type { ActorKind } from '../routing/actors.js';
import { COMMUNE_IS_DEPARTEMENT, TOWN_HALL_OPEN_TO_ALL } from '../routing/doors.js';
import type { Need } from '../routing/need.js';
import type { Orientation, OrientedPlace } from '../routing/orient.js';
import type { PlaceIndex } from '../routing/place-index.js';
import {
  REMOTE_OPTIONS,
  type RemoteOption,
  SITUATION_OPTIONS,
  TERRITORY_OPTIONS,
} from '../routing/remote.js';
import { SITUATION_PLACES } from '../routing/situation-lines.js';
import { SCORE_WEIGHTS } from '../routing/weights.js';
import { doorVerdict, opensTo, placeLabel, reservedAgainst, SECTOR_BASED } from './doors.js';

/**
 * What must hold of every orientation, as small named functions. Each takes one case (a need
 * oriented for a person living somewhere) and returns what is wrong with it, in words a data
 * manager can act on; nothing means it holds. The reasoning behind each is in the core README
 * ("Audit"). Hard: a person is sent to a door that will not open, or is not told whom to call.
 * Soft: the answer could be better, and a social worker would want to know.
 */
export interface Invariant {
  id: string;
  severity: 'hard' | 'soft';
  /** What holds, in one line. */
  rule: string;
  check: (c: AuditCase) => string[];
  /**
   * Depends on the lines (the body, the situation, the territory), not on the commune: checked per
   * département on every need that names a situation, and per commune on the others.
   */
  lines?: boolean;
  /** Depends on the procedure's body where no place is offered: checked on each procedure's own orientation. */
  perProcedure?: boolean;
}

export interface AuditCase {
  /** Where the person lives (a commune's point and territory). */
  location: Location & { territory: Territory };
  need: Need;
  /** The orientation at the default limit (10). */
  orientation: Orientation;
  /** The same need at limit 5 (limit-prefix). */
  atFive?: Orientation;
  /** The index it was oriented on, and the instant (nearest-suitable). */
  index?: PlaceIndex;
  at?: Date;
  procedures?: readonly Procedure[];
  /** The lines orient chose from (default: its own tables). */
  lines?: readonly RemoteOption[];
}

/**
 * The crisis block of the shared design note (`Orientation.crisis`, added by the routing work):
 * read structurally, so that the audit checks it as soon as orient gives it.
 */
export interface CrisisBlock {
  situations: string[];
  lines: string[];
  placesLater: boolean;
}
export const crisisOf = (o: Orientation): CrisisBlock | undefined =>
  (o as Orientation & { crisis?: CrisisBlock }).crisis;

/** Situations that are a crisis (the design note): `debt` is not one. */
export const CRISIS_SITUATIONS: readonly string[] = ['homeless', 'violence', 'child-danger', 'abuse'];

const DEFAULT_LINES: readonly RemoteOption[] = [
  ...TERRITORY_OPTIONS,
  ...REMOTE_OPTIONS,
  ...SITUATION_OPTIONS,
];

const km = (value: number) => `${Math.round(value * 10) / 10} km`;
const shown = (r: OrientedPlace) => `${placeLabel(r.place)} as ${r.actor} at ${km(r.distance_km)}`;
const procedureOf = (c: AuditCase) =>
  c.need.procedure ? (c.procedures ?? PROCEDURES).find((p) => p.id === c.need.procedure) : undefined;

/** limit-prefix: the answer at limit 5 is the first five places of the answer at limit 10. */
export function limitPrefix(c: AuditCase): string[] {
  if (!c.atFive) return [];
  const ids = (o: Orientation, n: number) => o.results.slice(0, n).map((r) => `${r.id}:${r.actor}`);
  const five = ids(c.atFive, 5);
  const ten = ids(c.orientation, 5);
  if (five.length === ten.length && five.every((id, i) => id === ten[i])) return [];
  const names = (o: Orientation) => o.results.slice(0, 5).map((r) => `${r.nom} (${km(r.distance_km)})`);
  return [
    `at limit 5: ${names(c.atFive).join('; ') || 'none'} — first five at limit 10: ${names(c.orientation).join('; ') || 'none'}`,
  ];
}

/** restricted-public: no place reserved to a public is offered to a person who is not of it. */
export function restrictedPublic(c: AuditCase): string[] {
  return c.orientation.results.flatMap((r) => {
    const against = reservedAgainst(r.place, c.need);
    return against.length ? [`${shown(r)}: reserved to ${against.join(', ')}`] : [];
  });
}

/** residents-only-door: no CCAS or town hall of another commune, no département door of another. */
export function residentsOnlyDoor(c: AuditCase): string[] {
  const { territory } = c.location;
  return c.orientation.results.flatMap((r) => {
    const verdict = doorVerdict(r.place, territory, r.actor);
    if (!verdict.residentsOnly || verdict.own) return [];
    const whose = verdict.scope === 'commune' ? `commune ${verdict.of}` : `département ${verdict.of}`;
    return [`${shown(r)}: a ${verdict.kind} door for the residents of ${whose}`];
  });
}

const socialWorkFirst = (o: Orientation) => o.actors[0]?.kind === 'social-work';
const councilNotice = (o: Orientation) =>
  o.notices.find((n) => n.code === 'departement-social-service' && !!n.phone);

/**
 * social-work-door: where social work comes first, the person gets a social-work door that opens
 * to them (their CCAS or town hall, an office of their département) or the département's notice
 * with a number to call.
 */
export function socialWorkDoor(c: AuditCase): string[] {
  const o = c.orientation;
  if (!socialWorkFirst(o) || councilNotice(o)) return [];
  const own = o.results.some(
    (r) =>
      r.actor === 'social-work' &&
      opensTo(r.place, c.location.territory, r.actor) &&
      !r.place.restrictedTo?.length,
  );
  if (own) return [];
  const notice = o.notices.find((n) => n.code === 'departement-social-service');
  const first = o.results[0];
  return [
    `no social-work door of ${c.location.territory.name} or of its département${
      notice ? ', and the département notice has no phone' : ', and no département notice'
    }; first offered: ${first ? shown(first) : 'nothing'}`,
  ];
}

/**
 * departement-social-service (soft): where social work comes first, the département's social
 * service is reachable: one of its offices for the person's area, or its notice with a phone.
 * (Roubaix: the only Nord office in the data is 50 km away, and neither it nor the notice is shown.)
 */
export function departementSocialService(c: AuditCase): string[] {
  const o = c.orientation;
  if (!socialWorkFirst(o) || councilNotice(o)) return [];
  const { territory } = c.location;
  const office = o.results.some((r) => {
    const verdict = doorVerdict(r.place, territory, r.actor);
    if (!verdict.residentsOnly || !verdict.own || r.actor !== 'social-work') return false;
    return verdict.scope === 'departement' || COMMUNE_IS_DEPARTEMENT.has(territory.departement);
  });
  return office
    ? []
    : [`no office of the département's social service for ${territory.name}, and no notice with its number`];
}

const linesOf = (lines: readonly RemoteOption[], situations: readonly string[]) =>
  new Set(lines.filter((l) => l.situations?.some((s) => situations.includes(s))).map((l) => l.id));

/**
 * crisis-first (the design note): whenever a crisis situation is named, `crisis` exists, its first
 * line is a line of a named situation, `remote` starts with it, and no line of a crisis the person
 * did not name comes before the body's own line; with none named, there is no crisis block.
 */
export function crisisFirst(c: AuditCase): string[] {
  const o = c.orientation;
  const named: string[] = (c.need.situations ?? []).filter((s) => CRISIS_SITUATIONS.includes(s));
  const crisis = crisisOf(o);
  if (named.length === 0)
    return crisis ? [`a crisis block (${crisis.lines.join(', ')}) with no crisis named`] : [];
  const order = o.remote.map((r) => r.phone ?? r.id).join(', ');
  if (!crisis) return [`no crisis block for ${named.join(', ')}; lines in order: ${order}`];
  const lines = c.lines ?? DEFAULT_LINES;
  const theirs = linesOf(lines, named);
  const problems: string[] = [];
  const first = crisis.lines[0];
  if (!first || !theirs.has(first))
    problems.push(`the crisis block starts with ${first ?? 'nothing'}, not a line for ${named.join(', ')}`);
  if (o.remote[0]?.id !== first)
    problems.push(`the lines start with ${o.remote[0]?.id ?? 'nothing'}, not ${first}; in order: ${order}`);
  const body = procedureOf(c)?.body;
  const bodyAt = body
    ? o.remote.findIndex((r) => lines.find((l) => l.id === r.id)?.bodies?.includes(body))
    : -1;
  if (bodyAt > 0) {
    const unnamed = linesOf(
      lines,
      CRISIS_SITUATIONS.filter((s) => !named.includes(s)),
    );
    const before = o.remote.slice(0, bodyAt).filter((r) => unnamed.has(r.id) && !theirs.has(r.id));
    if (before.length)
      problems.push(
        `${before.map((r) => r.id).join(', ')} (not named) before the body's line ${o.remote[bodyAt]?.id}`,
      );
  }
  return problems;
}

/**
 * yours-needs-competence-data: "it is yours" only for a door the data says serves the person: a
 * CCAS of their own commune, a body's counter of their own département; never for an office that
 * serves a sector the data does not list.
 */
export function yoursNeedsCompetenceData(c: AuditCase): string[] {
  const { territory } = c.location;
  return c.orientation.results.flatMap((r) => {
    if (!r.reasons.some((reason) => reason.code === 'yours')) return [];
    const verdict = doorVerdict(r.place, territory, r.actor);
    if (!verdict.residentsOnly) return [`${shown(r)} is called yours, but serves everyone`];
    if (!verdict.own) return [`${shown(r)} is called yours, but serves ${verdict.scope} ${verdict.of}`];
    if (SECTOR_BASED.has(verdict.kind))
      return [`${shown(r)} is called yours: a ${verdict.kind} office, and the data lists no sector`];
    return [];
  });
}

/**
 * procedure-answered: a procedure gets a place, or a notice naming the competent body with a
 * number to call (the body's own line serving the territory counts as its number).
 */
export function procedureAnswered(c: AuditCase): string[] {
  const o = c.orientation;
  const procedure = procedureOf(c);
  if (!procedure || o.results.length > 0) return [];
  const lines = c.lines ?? DEFAULT_LINES;
  const bodyPhone = o.remote.some(
    (r) => r.phone && lines.find((l) => l.id === r.id)?.bodies?.includes(procedure.body),
  );
  const named = o.notices.some(
    (n) => (n.code === 'other-body' && bodyPhone) || (n.code === 'departement-social-service' && !!n.phone),
  );
  if (named) return [];
  const said = o.notices.map((n) => n.code).join(', ') || 'no notice';
  const called = o.remote.map((r) => r.phone ?? `${r.id} (no phone)`).join(', ') || 'none';
  return [`no place, and nothing names whom to call for ${procedure.body} (${said}; lines: ${called})`];
}

/**
 * How much farther the first place may be than the nearest place of its kind that also fits and
 * opens to the person, before a social worker calls the answer wrong: both more than `extraKm`
 * farther and more than `ratio` times as far (README, "Audit", for the reasoning).
 */
export const NEAREST_RULE = { extraKm: 10, ratio: 2, candidates: 10 } as const;

/** A place known only by its town may be anywhere in it: compare with its farthest plausible point. */
const plausibleKm = (place: Place, km: number) =>
  Math.hypot(
    km,
    Math.max(
      place.quality.position === 'town' ? (place.quality.positionUncertaintyKm ?? 0) : 0,
      // A bus stops somewhere in its tour each day, not at its depot (as orient ranks it).
      place.itinerance.includes('Itinérant') && !place.itinerance.includes('Fixe')
        ? SCORE_WEIGHTS.roamingKm
        : 0,
    ),
  );

/**
 * nearest-suitable: the first place is never much farther than a place of the same kind that
 * opens to the person, unless a social worker would choose it anyway (README, "Audit").
 */
export function nearestSuitable(c: AuditCase): string[] {
  const first = c.orientation.results[0];
  const { index } = c;
  if (!first || !index) return [];
  const { extraKm, ratio, candidates } = NEAREST_RULE;
  const { territory, latitude, longitude } = c.location;
  if (first.distance_km <= extraKm) return [];
  // A place of their own commune: the person knows it, and may prefer it (a large commune).
  if (first.place.code_insee && territory.communes.includes(first.place.code_insee)) return [];
  const procedure = procedureOf(c);
  const counters = c.orientation.actors.find((a) => a.kind === 'body-counter')?.counters;
  const of = queryOf(first.actor, procedure, c.need, counters);
  if (!of) return [];
  const fits = fitOf(procedure);
  const firstFits = fits(first.place);
  const at = c.at ?? new Date();
  const today = localTime(at, timeZoneOf(territory.departement)).date;
  const opensToday = (status: OpeningStatus) =>
    status.state === 'open' || (status.state === 'closed' && status.nextOpening?.date === today);
  const firstOpens = opensToday(first.open);
  const accept = (i: number) => {
    const place = index.places[i] as Place;
    return (
      place.id !== first.id &&
      reservedAgainst(place, c.need).length === 0 &&
      opensTo(place, territory, first.actor) &&
      surelyOpens(place, territory, first.actor)
    );
  };
  const nearer = index.nearest(latitude, longitude, candidates, first.distance_km - extraKm, of, accept);
  for (const i of nearer) {
    const place = index.places[i] as Place;
    const plausible = plausibleKm(place, distanceKm(latitude, longitude, place.latitude, place.longitude));
    if (first.distance_km - plausible <= extraKm || first.distance_km <= ratio * plausible) continue;
    // A better fit for the procedure (its programme or training label) is worth the trip.
    if (firstFits.some((f) => !fits(place).includes(f))) continue;
    // An open door is worth the trip when the nearer one stays shut all day.
    const entry = index.entry(i);
    const status = openingStatus(index.hours(entry), at, entry.departement);
    if (firstOpens && status.state === 'closed' && !opensToday(status)) continue;
    return [
      `${shown(first)}, while ${placeLabel(place)} is ${km(plausible)} away and also ${first.actor} for this person`,
    ];
  }
  return [];
}

/**
 * A rival must be a door that surely opens: a town hall of another commune only for what it
 * offers everyone (its public computers and digital workshops, `TOWN_HALL_OPEN_TO_ALL`, whatever
 * programme it hosts), a social service or counter of another commune or département never (as
 * orient judges them: the routing, not the audit, says which doors open).
 */
function surelyOpens(place: Place, territory: Territory, kind: ActorKind): boolean {
  const verdict = doorVerdict(place, territory, 'social-work');
  if (!verdict.residentsOnly || verdict.own) return true;
  return verdict.kind === 'town-hall' && TOWN_HALL_OPEN_TO_ALL.has(kind);
}

function queryOf(
  kind: ActorKind,
  procedure: Procedure | undefined,
  need: Need,
  /** The counters the orientation looked for, when its rule names its own. */
  counters?: readonly string[],
): { kind: ActorKind } | { typologies: readonly string[] } | undefined {
  if (kind === 'remote') return undefined;
  // Help for a situation is the places that specialise in the one the person named (a CIDFF for
  // violence), as orient looks for them; a counter is no such place.
  if (kind === 'situation-help') {
    const typologies = (need.situations ?? []).flatMap((s) => SITUATION_PLACES[s] ?? []);
    return typologies.length ? { typologies } : undefined;
  }
  if (kind !== 'body-counter') return { kind };
  const typologies = counters ?? procedure?.counters;
  return typologies?.length ? { typologies } : undefined;
}

/** The procedure's programmes and training labels a place holds. */
const fitOf =
  (procedure: Procedure | undefined) =>
  (place: Place): string[] => [
    ...(procedure?.programmes ?? []).filter((p) => place.dispositif_programmes_nationaux.includes(p)),
    ...(procedure?.trainingLabels ?? []).filter((l) => place.formations_labels.includes(l)),
  ];

export const INVARIANTS: readonly Invariant[] = [
  {
    id: 'limit-prefix',
    severity: 'hard',
    rule: 'the answer at limit 5 is the first five of the answer at limit 10',
    check: limitPrefix,
  },
  {
    id: 'restricted-public',
    severity: 'hard',
    rule: 'no place reserved to a public is offered to a person who has not said they belong to it',
    check: restrictedPublic,
  },
  {
    id: 'residents-only-door',
    severity: 'hard',
    rule: 'no CCAS or town hall of another commune, no département-scoped door of another département',
    check: residentsOnlyDoor,
  },
  {
    id: 'social-work-door',
    severity: 'hard',
    rule: "where social work comes first: a social-work door that opens to the person, or the département's notice with a phone",
    check: socialWorkDoor,
  },
  {
    id: 'departement-social-service',
    severity: 'soft',
    rule: "where social work comes first: an office of the département's social service, or its notice with a phone",
    check: departementSocialService,
  },
  {
    id: 'crisis-first',
    severity: 'hard',
    rule: "a crisis situation named: its line first (crisis block, then remote), no other crisis's line before the body's",
    check: crisisFirst,
    lines: true,
  },
  {
    id: 'yours-needs-competence-data',
    severity: 'hard',
    rule: '"it is yours" only where the data says the door serves the person (never a sector office without its sector)',
    check: yoursNeedsCompetenceData,
  },
  {
    id: 'procedure-answered',
    severity: 'hard',
    rule: 'every procedure gets a place, or a notice naming the competent body with a phone',
    check: procedureAnswered,
    perProcedure: true,
  },
  {
    id: 'nearest-suitable',
    severity: 'hard',
    rule: `the first place is at most ${NEAREST_RULE.extraKm} km or ${NEAREST_RULE.ratio}× farther than the nearest place of its kind that opens to the person`,
    check: nearestSuitable,
  },
];
