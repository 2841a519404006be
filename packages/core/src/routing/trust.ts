import type { Place } from '../places/place.js';
import { surveyOnly } from '../places/source-review.js';
import { SCORE_WEIGHTS } from './weights.js';

const YEAR_MS = 365.25 * 86_400_000;

/** Whether a place's hours are recent enough to rank on (see `SCORE_WEIGHTS.hoursTrustedYears`). */
export function hoursTrusted(place: Place, at: Date): boolean {
  if (!place.date_maj || place.quality.unknownDate) return false;
  return (at.getTime() - Date.parse(place.date_maj)) / YEAR_MS < SCORE_WEIGHTS.hoursTrustedYears;
}

/** An official list or a national programme names it (France Services, the annuaire's counters…). */
export function vouched(place: Place): boolean {
  return (
    place.dispositif_programmes_nationaux.length > 0 ||
    place.claims.some((c) => c.evidence === 'official-list' || c.evidence === 'programme')
  );
}

/**
 * Nobody vouches for it, and its own word is old, undated or a council survey's unchecked answer
 * (`SOURCE_REVIEW`): ranked within its kind farther than it is (`SCORE_WEIGHTS.doubtKm`, `doubtFactor`).
 * `trusted`: `hoursTrusted(place, at)`, when the caller has it already.
 */
export const doubtful = (place: Place, at: Date, trusted = hoursTrusted(place, at)): boolean =>
  !vouched(place) && (!trusted || surveyOnly(place));
