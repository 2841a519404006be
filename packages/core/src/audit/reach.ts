import type { Place } from '../places/place.js';
import { DoorFinder, type Doorstep } from './door-finder.js';
import type { NeedClass, PlaceSignature } from './needs.js';

/**
 * Beyond orient's widest circle (120 km), with a margin: a place farther than this from the
 * person changes nothing in their orientation. `verifyClasses` checks the classes it makes.
 */
export const REACH_KM = 150;

/**
 * Needs that differ only by counters, programmes, training labels or publics (a place reserved
 * to people without a home) no place within reach holds
 * (for counters: no place that could open to the person) orient alike here: a commune's classes
 * are the global ones merged on what is within its reach. In most communes this folds about a
 * third of the classes (a CCAS counter where the commune has no CCAS, a Point d'accès numérique
 * CAF where there is none).
 */
export class Reach {
  readonly #finders = new Map<string, DoorFinder>();

  constructor(places: readonly Place[], signatures: readonly PlaceSignature[]) {
    const wanted = new Set<string>();
    for (const s of signatures) {
      for (const t of s.counters) wanted.add(`t:${t}`);
      for (const p of s.programmes) wanted.add(`p:${p}`);
      for (const l of s.trainingLabels) wanted.add(`l:${l}`);
      for (const b of s.belongs) wanted.add(`r:${b}`);
    }
    const holders = new Map<string, Place[]>([...wanted].map((value) => [value, []]));
    for (const place of places) {
      const values = [
        ...place.typologie.map((t) => `t:${t}`),
        ...place.dispositif_programmes_nationaux.map((p) => `p:${p}`),
        ...place.formations_labels.map((l) => `l:${l}`),
        ...(place.restrictedTo ?? []).map((r) => `r:${r}`),
      ];
      for (const value of values) holders.get(value)?.push(place);
    }
    // A counter is offered only to the residents it serves; a programme makes any place orient
    // offers fit better, whoever it serves.
    for (const [value, list] of holders)
      this.#finders.set(
        value,
        new DoorFinder(
          list,
          value.startsWith('t:') ? { offeredAs: 'body-counter', permissive: true } : { everyone: true },
        ),
      );
  }

  /** The key of a class's signature as it reads from this doorstep. */
  keyAt(signature: PlaceSignature, from: Doorstep, seen: Map<string, boolean>): string {
    const here = (value: string) => {
      let found = seen.get(value);
      if (found === undefined) {
        found = this.#finders.get(value)?.nearest(from, REACH_KM) !== undefined;
        seen.set(value, found);
      }
      return found;
    };
    return JSON.stringify({
      rule: signature.rule,
      actors: signature.actors,
      counters: signature.counters.filter((t) => here(`t:${t}`)),
      programmes: signature.programmes.filter((p) => here(`p:${p}`)),
      trainingLabels: signature.trainingLabels.filter((l) => here(`l:${l}`)),
      homeVisits: signature.homeVisits,
      inPerson: signature.inPerson,
      // Belonging to a public matters only where a place reserved to it lies within reach.
      belongs: signature.belongs.filter((b) => here(`r:${b}`)),
      // orient bounds what a kind may score by whether the procedure names any programme at all.
      fit: signature.programmes.length + signature.trainingLabels.length > 0,
    });
  }

  /** The global classes merged on what is within reach of this doorstep, in their order. */
  classesAt(
    classes: readonly NeedClass[],
    signatures: readonly PlaceSignature[],
    from: Doorstep,
  ): NeedClass[][] {
    const seen = new Map<string, boolean>();
    const groups = new Map<string, NeedClass[]>();
    classes.forEach((c, i) => {
      const key = this.keyAt(signatures[i] as PlaceSignature, from, seen);
      const group = groups.get(key);
      if (group) group.push(c);
      else groups.set(key, [c]);
    });
    return [...groups.values()];
  }
}
