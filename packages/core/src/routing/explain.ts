import type { Competence, RestrictedPublic } from '../places/classification.js';
import type { ActorKind } from './actors.js';

/** Machine-readable reasons of a result: the contract; messages/labels.ts's `reasonText` says them. */
export type Reason =
  | { code: 'actor'; kind: ActorKind }
  | { code: 'programme'; value: string }
  | { code: 'procedure-fit'; value: string }
  /** An Aidants Connect helper may do it in the person's name, with a mandate. */
  | { code: 'does-it-for-you' }
  /** France Services: the agent does it with the person and can contact the partner body. */
  | { code: 'does-it-with-you' }
  /** Accompanies step by step (v0 "A ma place" without an authorisation behind it). */
  | { code: 'step-by-step' }
  /** Reserved to these publics (shown only to people who said they belong to one). */
  | { code: 'restricted'; publics: RestrictedPublic[] }
  | { code: 'support'; value: string }
  | { code: 'public'; value: string }
  | { code: 'free' }
  | { code: 'open'; closesAt: string }
  /** `today`: it opens later on the place's own today (its time zone's). */
  | { code: 'opens'; date: string; weekday: number; time: string; today: boolean; inDays?: number }
  | { code: 'closed'; holiday?: string }
  | { code: 'hours-unknown' }
  /** `approximate`: only the town is known; `uncertaintyKm`: about how far the place may be from its centre. */
  | { code: 'distance'; km: number; approximate: boolean; uncertaintyKm?: number }
  | { code: 'stale'; date: string }
  /** A door that serves residents only, and the person is one: their commune's or département's. */
  /** `area`: the part of the département it serves, when not all of it (la Métropole de Lyon). */
  | { code: 'yours'; scope: Exclude<Competence, 'around'>; where: string; area?: string }
  /**
   * The nearest door of a kind that serves the communes around it (a Mission locale, see
   * `Competence`): most likely the person's, who asks whether it serves their commune.
   */
  | { code: 'nearest-around' }
  /**
   * An office of the person's département's social service (or the Métropole de Lyon's, `area`):
   * offices serve sectors the data does not give, so the person asks which one serves their
   * address (the `departement-social-service` notice gives the number).
   */
  | { code: 'departement-office'; departement: string; area?: string }
  /** One of the département's counters that serve by address (`BY_ADDRESS`): ask which is theirs. */
  | { code: 'address-office' }
  /** The counter's number in the data was retired: `phone` is its body's line today (`line`, a remote id). */
  | { code: 'national-line'; phone: string; line: string }
  /** The counter's number in the data was retired and its body has no line here: none is shown. */
  | { code: 'retired-number' }
  /** The person's town hall, offered as the door of their commune's CCAS (no CCAS place known). */
  | { code: 'town-hall'; where: string }
  | { code: 'date-unknown' }
  /** It travels (a France Services bus): where it stops today is known by calling. */
  | { code: 'roaming' };
