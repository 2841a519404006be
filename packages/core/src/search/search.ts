import type { Location } from '../geo/location.js';
import type { ResolveFailure } from '../geo/resolve.js';
import { localTime, timeZoneOf } from '../hours/zones.js';
import type { Area } from '../routing/area.js';
import type { Need } from '../routing/need.js';
import {
  checkNeed,
  checkOptions,
  checkPosition,
  needsOwnDoors,
  type Orientation,
  OrientError,
  type OrientOptions,
  orient,
} from '../routing/orient.js';
import { fetchSteps, settledWithin } from '../routing/widening.js';
import type { CommuneSource, Where } from './communes.js';
import type { PlaceSource } from './places.js';

export { fetchSteps } from '../routing/widening.js';
export type { Where } from './communes.js';

/**
 * All a host supplies to search: where places come from (or the promise of them, while a
 * dataset's manifest is on its way: where the person is does not wait for it), and where
 * communes come from.
 */
export interface DataSource {
  places: PlaceSource | Promise<PlaceSource>;
  communes: CommuneSource;
}

export interface SearchOptions extends Omit<OrientOptions, 'doors' | 'area'> {
  /**
   * The institution's area (`OrientOptions.area`), or its promise while its communes are read
   * (`resolveArea`): the places are fetched meanwhile.
   */
  area?: Area | Promise<Area>;
  /** Abort to drop this search (a newer one replaces it): it stops at its next step. */
  signal?: AbortSignal;
}

/** What a search learns, in order. */
export type SearchStep =
  /** Where the person is. */
  | { step: 'location'; location: Location }
  /** What was typed gives no place (nothing follows): `failure` says why, for the person. */
  | { step: 'not-found'; failure: ResolveFailure }
  /**
   * An orientation from every place within `withinKm`: `settled` when it is the one all places
   * give (the last step; nothing follows), otherwise the search fetches farther.
   */
  | { step: 'orientation'; orientation: Orientation; withinKm: number; settled: boolean };

/**
 * One search: where the person is (what they typed, parsed once, or a position), then the places
 * nearest first, with the doors chosen by where they live when their need looks for social work,
 * and an orientation each time more places come, until one is settled. A newer search replaces
 * an older one by aborting its `signal`: the older one stops at its next step (the files it asked
 * for still come, for whoever needs them next). An unknown id in `need`, an impossible position
 * or option is an `OrientError` (with its `code`), thrown before anything is fetched; data that
 * cannot be read is a `DataError`.
 */
export async function* search(
  source: DataSource,
  where: Where,
  need: Need,
  options: SearchOptions = {},
): AsyncGenerator<SearchStep, void, undefined> {
  const { signal, area: areaAsked, ...orientOptions } = options;
  // Everything asked is checked before anything is fetched.
  checkOptions(orientOptions);
  if (typeof where !== 'string') checkPosition(where.latitude, where.longitude);
  const steps = fetchSteps(orientOptions);
  if (!steps.length) throw new OrientError('widenSteps must name at least one radius', 'no-radius');
  const wantsDoors = needsOwnDoors(need, orientOptions);
  const places = Promise.resolve(source.places);
  // Read when the location is known; a failure to open them is this search's, told then.
  places.catch(() => undefined);
  // A known position needs no commune to fetch its nearest places: they come meanwhile.
  if (typeof where !== 'string') prefetchAround(places, where, orientOptions);
  const resolved = await abortable(source.communes.locate(where), signal);
  if (!resolved.ok) {
    yield { step: 'not-found', failure: resolved };
    return;
  }
  const { location } = resolved;
  yield { step: 'location', location };

  const { latitude, longitude, territory } = location;
  const areaRead = Promise.resolve(areaAsked);
  const doors = territory && wantsDoors ? places.then((p) => p.doorsOf(territory)) : [];
  for (const [i, km] of steps.entries()) {
    const around = places.then((p) => {
      const index = p.around(latitude, longitude, km);
      prepareClock(location);
      return index;
    });
    const [index, own, area] = await abortable(Promise.all([around, doors, areaRead]), signal);
    const orientation = orient(index, location, need, {
      ...orientOptions,
      doors: own,
      ...(area ? { area } : {}),
    });
    signal?.throwIfAborted();
    const settled = i === steps.length - 1 || settledWithin(orientation, km);
    yield { step: 'orientation', orientation, withinKm: km, settled };
    if (settled) return;
  }
}

/**
 * What a search for `where` will need first, fetched now (a commune picked from the suggestions,
 * before the person presses the button; a page's preset place, while the finder's script is still
 * being evaluated): its communes, the places of the first circle around it (at once when its
 * position is known, else as soon as its commune is), and with `need`, the doors chosen by where
 * the person lives when the search will want them. Failures are the search's to report, later.
 * Resolves once the places of the first circle have been asked for (not when they arrive), or
 * could not be: a host may hold other work until then (the widget's first render).
 */
export function prefetch(
  source: DataSource,
  where: Where,
  options: Pick<OrientOptions, 'maxKm' | 'radiusKm' | 'widenSteps'> = {},
  position?: { latitude: number; longitude: number },
  need?: Need,
): Promise<void> {
  const at = position ?? (typeof where === 'string' ? undefined : where);
  try {
    checkOptions(options);
    if (at) checkPosition(at.latitude, at.longitude);
    if (need) checkNeed(need);
  } catch {
    return Promise.resolve(); // The search says what is wrong, and fetches nothing either.
  }
  const places = Promise.resolve(source.places);
  places.catch(() => undefined);
  const around = at ? prefetchAround(places, at, options) : undefined;
  const located = source.communes.locate(where).then((resolved) => {
    if (!resolved.ok) return;
    const { territory } = resolved.location;
    if (territory && need && needsOwnDoors(need, options))
      places.then((p) => p.doorsOf(territory)).catch(() => undefined);
    return (at ? around : prefetchAround(places, resolved.location, options))?.then(() =>
      prepareClock(resolved.location),
    );
  });
  located.catch(() => undefined);
  return (around ?? located).catch(() => undefined);
}

/** Asks for the places of the first circle around a point; resolves once they are asked for. */
function prefetchAround(
  places: Promise<PlaceSource>,
  { latitude, longitude }: { latitude: number; longitude: number },
  options: Pick<OrientOptions, 'maxKm' | 'radiusKm' | 'widenSteps'>,
): Promise<void> {
  const [first] = fetchSteps(options);
  return places.then((p) => {
    if (first !== undefined) p.around(latitude, longitude, first).catch(() => undefined);
  });
}

/**
 * Reads the person's clock once, after their places are asked for and before they arrive: the
 * first reading of a time zone (Intl's zone data) costs a slow phone a quarter of a second, which
 * orienting would otherwise spend after the places came (then the clock is cached by the minute).
 * In a task of its own: a browser sends the requests just made once the current task ends.
 */
function prepareClock(location: Location): void {
  setTimeout(() => localTime(new Date(), timeZoneOf(location.territory?.departement ?? '')), 0);
}

/** A step's promise, or the signal's reason as soon as it aborts (the work itself goes on). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
