import type { Body } from '../procedures/types.js';

/** Situations that call for an emergency or specialised line. Ids are a public contract. */
export const SITUATIONS = ['homeless', 'violence', 'child-danger', 'abuse', 'debt'] as const;
export type Situation = (typeof SITUATIONS)[number];

/**
 * Situations whose line is the answer, before any place: no roof tonight (115), violence
 * against a woman (3919; 17 in immediate danger, 114 by text message), a child in danger (119),
 * abuse of an elderly or disabled person (3977). Debt is serious, never urgent in this sense:
 * its line comes after the body's own.
 */
export const CRISIS_SITUATIONS: readonly Situation[] = ['homeless', 'violence', 'child-danger', 'abuse'];

export const isCrisis = (situation: Situation): boolean => CRISIS_SITUATIONS.includes(situation);

/**
 * Help without travelling: national lines and sites, the territories' own bodies, emergency
 * lines. Always part of an orientation. Territories are département codes (971…988).
 */
export interface RemoteOption {
  id: string;
  name: string;
  /** Bodies this option serves; none means every need. */
  bodies?: Body[];
  /** Shown when the person's situation is the difficulty (all of them) or is one of these. */
  situations?: Situation[];
  /** Only in these territories. */
  territories?: string[];
  /** Not in these territories, where another body does the job. */
  notIn?: string[];
  phone?: string;
  /**
   * For immediate danger, whatever the situation (the 17, the 114): in a crisis it comes right
   * after the lines of the situations themselves (3919 first, then 17 and 114).
   */
  immediate?: boolean;
  /** The number takes text messages, not calls (the 114). */
  sms?: boolean;
  /**
   * When it answers, in the OpenStreetMap `opening_hours` syntax: "24/7", "Mo-Fr 08:30-19:00".
   * None: hours that vary from one local fund to the next (3230, 3646…), not shown.
   */
  hours?: string;
  /**
   * The clock of `hours` (IANA zone) when one national call centre answers everyone: the hours
   * are then shown in the person's own time zone. None: the person's local body answers, on
   * local time.
   */
  timeZone?: string;
  url: string;
}
