import type { Orientation } from '../routing/orient.js';
import { crisisOf } from './invariants.js';

/**
 * The two parts of an orientation that needs of one class must share (see `NeedClass`), as
 * strings to compare. Anything orient adds later falls in the place part unless named here as a
 * line or a need's own, so a new input splits classes rather than hiding behind them.
 */
export function placePart(o: Orientation): string {
  const {
    need: _need,
    procedure: _procedure,
    remote: _remote,
    location: _location,
    notices,
    results,
    ...rest
  } = o as Orientation & { crisis?: unknown };
  delete (rest as { crisis?: unknown }).crisis;
  return JSON.stringify({
    ...rest,
    notices: notices.filter((n) => n.code !== 'other-body'),
    results: results.map(({ place: _place, ...r }) => r),
  });
}

/** The lines, the crisis block (but whether places are for tomorrow: that is the places'), the "other body" notice. */
export function linePart(o: Orientation): string {
  const crisis = crisisOf(o);
  const { placesLater: _later, ...block } = crisis ?? { placesLater: false };
  return JSON.stringify({
    remote: o.remote.map((r) => [r.id, r.phone ?? null]),
    notices: o.notices.filter((n) => n.code === 'other-body'),
    crisis: crisis ? block : null,
  });
}
