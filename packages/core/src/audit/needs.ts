import { PROCEDURES } from '../procedures/catalogue.js';
import type { Procedure } from '../procedures/types.js';
import { homeVisitsFor } from '../routing/home-visits.js';
import { belongingOf, DIFFICULTIES, type Need } from '../routing/need.js';
import { type Orientation, orient } from '../routing/orient.js';
import { PlaceIndex } from '../routing/place-index.js';
import { SITUATIONS } from '../routing/remote.js';

/**
 * Every need the catalogue lets a person express, as the audit asks them: each procedure (and
 * none said) × each difficulty (and none said) × each situation (and none said) × whether the
 * person can travel: with the catalogue's 46 procedures, 47 × 6 × 6 × 2 = 3,384 needs per commune.
 */
export function catalogueNeeds(procedures: readonly Procedure[] = PROCEDURES): Need[] {
  const needs: Need[] = [];
  for (const cannotTravel of [false, true])
    for (const procedure of [undefined, ...procedures])
      for (const difficulty of [undefined, ...DIFFICULTIES])
        for (const situation of [undefined, ...SITUATIONS])
          needs.push({
            ...(procedure ? { procedure: procedure.id } : {}),
            ...(difficulty ? { difficulty } : {}),
            ...(situation ? { situations: [situation] } : {}),
            ...(cannotTravel ? { cannotTravel: true } : {}),
          });
  return needs;
}

/** A need in one line, for reports: "caf-rsa · do-for-me · violence · cannot travel". */
export function needLabel(need: Need): string {
  return [
    need.procedure ?? 'no procedure',
    need.difficulty ?? 'no difficulty',
    ...(need.situations ?? []),
    ...(need.cannotTravel ? ['cannot travel'] : []),
  ].join(' · ');
}

/**
 * Needs that orient reads alike, oriented once for all of them. Two orientations are made of a
 * part that depends on the places (the rule, the kinds of help, the ranked places, the notices
 * about them) and a part that depends only on the body and the situation (the lines, the crisis,
 * the "other body" notice). Needs share a place class when orient reads the same things for the
 * places: the same rule and kinds of help, the same counters, the same programmes and training
 * labels that make a place fit. They share a line class when they name the same body, the same
 * situations, the same difficulty "situation" and the same travel. `verifyClasses` checks both
 * claims on real communes at every run, and splits off any need that orients differently.
 */
export interface NeedClass {
  key: string;
  /** The need oriented for the whole class: its first member. */
  need: Need;
  members: Need[];
}

export interface PlaceSignature {
  rule: string;
  actors: Orientation['actors'];
  counters: string[];
  programmes: string[];
  trainingLabels: string[];
  /** Who comes home to a person who cannot travel (see `HOME_VISITS`). */
  homeVisits: string[];
  /** The publics the person belongs to (a homeless person: the SIAO's day centres open). */
  belongs: string[];
  /** Who checks the person's identity in person (`Procedure.inPerson`): its notice leads. */
  inPerson: string | null;
}

const EMPTY_INDEX = new PlaceIndex([]);
const NOWHERE = { latitude: 0, longitude: 0, label: 'audit' };

/** What orient reads of a need for its places; the rule and kinds come from orient itself. */
export function placeSignature(need: Need, procedures: readonly Procedure[] = PROCEDURES): PlaceSignature {
  // orient on an empty index costs nothing and says which rule and kinds of help it applies:
  // the audit does not restate the routing table.
  const { rule, actors } = orient(EMPTY_INDEX, NOWHERE, need, { procedures });
  const procedure = procedures.find((p) => p.id === need.procedure);
  const counters = actors.some((a) => a.kind === 'body-counter') ? (procedure?.counters ?? []) : [];
  return {
    rule,
    actors,
    counters: [...counters].sort(),
    programmes: [...(procedure?.programmes ?? [])].sort(),
    trainingLabels: [...(procedure?.trainingLabels ?? [])].sort(),
    homeVisits: homeVisitsFor(
      procedure,
      actors.map((a) => a.kind),
      !!need.cannotTravel,
    ),
    belongs: [...belongingOf(need)].sort(),
    inPerson: procedure?.inPerson ?? null,
  };
}

/** What orient reads of a need for its lines and crisis. */
export function lineKey(need: Need, procedures: readonly Procedure[] = PROCEDURES): string {
  const procedure = procedures.find((p) => p.id === need.procedure);
  return JSON.stringify({
    body: procedure?.body ?? null,
    // Procedures that do not exist in a territory are named in its "other body" notice.
    procedure: procedure?.id ?? null,
    situations: [...(need.situations ?? [])].sort(),
    situation: need.difficulty === 'situation',
    cannotTravel: !!need.cannotTravel,
  });
}

/** Needs grouped by a key, in the order of their first member. */
export function groupNeeds(needs: readonly Need[], keyOf: (need: Need) => string): NeedClass[] {
  const classes = new Map<string, NeedClass>();
  for (const need of needs) {
    const key = keyOf(need);
    const known = classes.get(key);
    if (known) known.members.push(need);
    else classes.set(key, { key, need, members: [need] });
  }
  return [...classes.values()];
}

/** The place classes of a set of needs. */
export function placeClasses(
  needs: readonly Need[],
  procedures: readonly Procedure[] = PROCEDURES,
): NeedClass[] {
  const signatures = new Map<string, string>();
  return groupNeeds(needs, (need) => {
    // The body does not change the places (verified); a situation may (its own kind of help,
    // such as a CIDFF for violence), so orient's rule and kinds for it make the key.
    const situations = [...(need.situations ?? [])].sort().join(',');
    const id = `${need.procedure ?? ''}|${need.difficulty ?? ''}|${need.cannotTravel ? 1 : 0}|${situations}`;
    let key = signatures.get(id);
    if (key === undefined) {
      key = JSON.stringify(placeSignature(need, procedures));
      signatures.set(id, key);
    }
    return key;
  });
}
