import type { Place } from '../places/place.js';
import type { Body } from '../procedures/types.js';
import type { RemoteOption } from './line.js';
import { ALL_REMOTE_OPTIONS, remoteOptionsFor } from './remote.js';

/**
 * Shared-cost and premium numbers (08 1x, 08 2x): public services may no longer use them since
 * 1 January 2021 (loi ESSOC 2018-727, art. 28). The annuaire of 2017 still gives them for the
 * bodies' counters (970 of the 973 CAF counters: 08 10 25 xx xx, replaced by the 3230 in
 * December 2020).
 */
export const RETIRED_NUMBER = /^\+338[12]\d{7}$/;

/** The body whose national line answers for a counter, by the counter's typology code. */
export const COUNTER_BODIES: Readonly<Record<string, Body>> = {
  CAF: 'caf',
  CPAM: 'assurance-maladie',
  CARSAT: 'retraite',
  CFP: 'impots',
};

/**
 * The number to call for a place: its own, or, when that number was retired, today's line of
 * its body where the place is (the CAF's 3230, the Assurance Maladie's 3646 or the CGSS…), or
 * none. `line`: the id of the line given instead.
 */
export function numberToCall(
  place: Place,
  departement: string,
  options: readonly RemoteOption[] = ALL_REMOTE_OPTIONS,
): { phone?: string; line?: RemoteOption; retired: boolean } {
  const own = place.telephone;
  if (!own || !RETIRED_NUMBER.test(own)) return own ? { phone: own, retired: false } : { retired: false };
  // A counter shared by two bodies (a CAF and a CPAM in one building) keeps its first body's line.
  const body = place.typologie.map((code) => COUNTER_BODIES[code]).find(Boolean);
  const line = body
    ? remoteOptionsFor(body, options, { departement }).find((o) => o.phone && o.bodies?.includes(body))
    : undefined;
  return line?.phone ? { phone: line.phone, line, retired: true } : { retired: true };
}
