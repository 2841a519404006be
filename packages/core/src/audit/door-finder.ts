import KDBush from 'kdbush';
import { around } from '../geo/around.js';
import { distanceKm } from '../geo/distance.js';
import { departementOfPlace } from '../geo/gazetteer.js';
import type { Place } from '../places/place.js';
import type { ActorKind } from '../routing/actors.js';
import { doorArea } from './doors.js';

/** Where a person lives, as a door finder asks it: a point and the area keys of their doors (`areasOf`). */
export interface Doorstep {
  latitude: number;
  longitude: number;
  areas: ReadonlySet<string>;
}

/**
 * The nearest place of one sort that opens to a person. Doors open to everyone sit in a kd-tree;
 * residents-only doors (a CCAS, a département's office or counter) are listed by the area they
 * serve, so that a person's own are looked up, never searched for among thousands of others.
 */
export class DoorFinder {
  readonly size: number;
  readonly #open: Place[];
  readonly #tree: KDBush | null;
  readonly #byArea = new Map<string, Place[]>();

  /**
   * `offeredAs`: the kind of help the doors are looked for as (a conseiller numérique in a town
   * hall is open to all, its CCAS is not). `everyone`: every place counts as open. `permissive`:
   * where the audit's judgement is stricter than orient's (a door known only by its commune's
   * name, a social service without its INSEE code), it counts as opening to more people, never
   * fewer. The last two serve `Reach`, which must not miss a place orient could offer.
   */
  constructor(
    places: readonly Place[],
    {
      offeredAs,
      everyone = false,
      permissive = false,
    }: { offeredAs?: ActorKind; everyone?: boolean; permissive?: boolean } = {},
  ) {
    this.size = places.length;
    this.#open = [];
    for (const place of places) {
      let area = everyone ? undefined : doorArea(place, offeredAs);
      if (permissive && area?.key.startsWith('name:')) area = undefined;
      else if (permissive && area?.scope === 'departement')
        area = { ...area, key: `departement:${departementOfPlace(place)}` };
      if (!area) this.#open.push(place);
      else {
        const list = this.#byArea.get(area.key);
        if (list) list.push(place);
        else this.#byArea.set(area.key, [place]);
      }
    }
    if (this.#open.length === 0) this.#tree = null;
    else {
      const tree = new KDBush(this.#open.length, 64, Float32Array);
      for (const place of this.#open) tree.add(place.longitude, place.latitude);
      tree.finish();
      this.#tree = tree;
    }
  }

  /** The nearest door within `maxKm` that opens to the person at `from`. */
  nearest(from: Doorstep, maxKm: number): { place: Place; km: number } | undefined {
    let best: { place: Place; km: number } | undefined;
    if (this.#tree) {
      const [i] = around(this.#tree, from.longitude, from.latitude, 1, maxKm) as number[];
      const place = i === undefined ? undefined : this.#open[i];
      if (place)
        best = { place, km: distanceKm(from.latitude, from.longitude, place.latitude, place.longitude) };
    }
    for (const key of from.areas) {
      for (const place of this.#byArea.get(key) ?? []) {
        const km = distanceKm(from.latitude, from.longitude, place.latitude, place.longitude);
        if (km <= maxKm && (!best || km < best.km)) best = { place, km };
      }
    }
    return best;
  }
}
