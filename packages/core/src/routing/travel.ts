import type { ActorKind } from '../kinds.js';

/**
 * The burden of a trip, in score points, as a table: what it costs a person without a car to go
 * somewhere, so that a far place of the best-fitting kind never outranks a much nearer one that
 * also fits. Between two rows the burden is interpolated linearly; beyond the last it keeps the
 * last slope.
 *
 * The kind of help is worth SCORE_WEIGHTS.kind × kindRank (60, 42, 30, 21…): one step down the
 * kinds of help (18 points) is worth about 15 km of extra travel near home, far less once the
 * trip is long. So in Mende, an Aidants Connect place 52 km away (60 − 63) comes after the France
 * Services 1.7 km away (42 − 1.7); in a city, a CCAS 3 km away (60 − 3) still comes before a
 * France Services at 500 m (42 − 0.5).
 *
 * The shape is a judgement, written down so it can be argued with: within about 5 km a walk or a
 * bus ride is a trip people make (1 point per km); from 10 km a person without a car needs a
 * lift or an infrequent bus, and beyond 20 km loses half a day, so each kilometre weighs more.
 */
export const TRAVEL_BURDEN: ReadonlyArray<readonly [km: number, points: number]> = [
  [0, 0],
  [2, 2],
  [5, 5],
  [10, 10.5],
  [20, 23],
  [30, 37],
  [50, 63],
  [100, 130],
];

/** Score points a trip of `km` costs (see TRAVEL_BURDEN). */
export function travelBurden(km: number): number {
  const table = TRAVEL_BURDEN;
  for (let i = 1; i < table.length; i++) {
    const [k1, p1] = table[i] as readonly [number, number];
    const [k0, p0] = table[i - 1] as readonly [number, number];
    if (km <= k1) return p0 + ((p1 - p0) * (km - k0)) / (k1 - k0);
  }
  const [kA, pA] = table[table.length - 2] as readonly [number, number];
  const [kB, pB] = table[table.length - 1] as readonly [number, number];
  return pB + ((pB - pA) * (km - kB)) / (kB - kA);
}

/** The distance whose trip costs `points` (the inverse of `travelBurden`). */
export function distanceOfBurden(points: number): number {
  const table = TRAVEL_BURDEN;
  if (points <= 0) return 0;
  for (let i = 1; i < table.length; i++) {
    const [k1, p1] = table[i] as readonly [number, number];
    const [k0, p0] = table[i - 1] as readonly [number, number];
    if (points <= p1) return k0 + ((k1 - k0) * (points - p0)) / (p1 - p0);
  }
  const [kA, pA] = table[table.length - 2] as readonly [number, number];
  const [kB, pB] = table[table.length - 1] as readonly [number, number];
  return kB + ((kB - kA) * (points - pB)) / (pB - pA);
}

/** Beyond this, the nearest place of the best-fitting kind is "far": say so and offer to call. */
export const FAR_KM = 25;

/**
 * Help that serves the people around it: someone to do the procedure for you or with you, a
 * digital-help session, equipment. When no place of its kind is near, a far one is named (to
 * call before going) only within `km`, and only when nothing among the answer's places within
 * `FAR_KM` does the procedure with or for the person (`doesIt`): a person in Ajaccio was told to
 * call a Bastia neighbourhood committee 102 km away as her nearest Aidants Connect place, people
 * in Saint-Malo a town hall's service for its own residents 30 km away, while a France Services a
 * few kilometres away does the procedure with them. The answer then says none is near, and the
 * nearer help leads; in Saint-Barthélemy, with no such help on the island, Saint-Martin's France
 * Services across the sea is still named. A body's counter, a specialised service (the CIDFF) or
 * a social service is named as far as the search goes: people do travel to their préfecture.
 * Neither limit is ever below the circle the answer searched: an answer widened to 30 km (or, in
 * Saint-Laurent-du-Maroni, to 120) names the nearest place of the kind within it, or says there
 * is none within 30 (120) km, never « none within 25 km » beside « widened to 30 km ».
 */
export const NEAR_HOME_HELP: {
  kinds: readonly ActorKind[];
  doesIt: readonly ActorKind[];
  km: number;
} = {
  kinds: ['do-it-for-me', 'admin-help', 'digital-mediation', 'equipment'],
  doesIt: ['do-it-for-me', 'admin-help'],
  km: 60,
};
