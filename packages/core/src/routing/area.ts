import { departementOfPlace } from '../geo/gazetteer.js';
import type { Location } from '../geo/location.js';
import type { Place } from '../places/place.js';

/**
 * The territory of the institution that shows the finder (a CAF's département, a town's EPCI):
 * its places come first among the places of their kind, for the people who live in it. Communes
 * are INSEE codes with their parts (arrondissements, delegated and former communes: see
 * `resolveArea`), as places carry either.
 */
export interface Area {
  departements: readonly string[];
  communes: readonly string[];
}

/** Whether a place lies in the area: its commune (or a part of it), or its département. */
export function placeInArea(place: Pick<Place, 'code_insee' | 'code_postal'>, area: Area): boolean {
  if (place.code_insee && area.communes.includes(place.code_insee)) return true;
  return area.departements.length > 0 && area.departements.includes(departementOfPlace(place));
}

/**
 * Whether the person lives in the area: unknown (undefined) when where they live is (a position
 * with no commune).
 */
export function livesInArea(location: Location, area: Area): boolean | undefined {
  const territory = location.territory;
  if (!territory || (!area.departements.length && !area.communes.length)) return undefined;
  return (
    area.departements.includes(territory.departement) ||
    territory.communes.some((code) => area.communes.includes(code))
  );
}

/**
 * The area's places first among the places of their kind: each kind keeps the positions it had in
 * the list (a nearer kind that fits less well is not pushed ahead of one that fits better), and
 * within them the area's places come first, each group in its own order. The nearest right door
 * (the first place) stays within `limit` when the area moves it down: it is never hidden.
 */
export function areaFirst<T extends { actor: string; place: Place }>(
  results: readonly T[],
  area: Area,
  limit: number,
): T[] {
  const kinds = new Map<string, T[]>();
  for (const r of results) {
    const list = kinds.get(r.actor) ?? [];
    list.push(r);
    kinds.set(r.actor, list);
  }
  for (const [kind, list] of kinds)
    kinds.set(kind, [
      ...list.filter((r) => placeInArea(r.place, area)),
      ...list.filter((r) => !placeInArea(r.place, area)),
    ]);
  const next = new Map<string, number>();
  const arranged = results.map((r) => {
    const i = next.get(r.actor) ?? 0;
    next.set(r.actor, i + 1);
    return (kinds.get(r.actor) as T[])[i] as T;
  });
  const first = results[0];
  const at = first ? arranged.indexOf(first) : -1;
  if (first && at >= limit) {
    // Into the last position of its kind that is shown, or the last one shown.
    let slot = limit - 1;
    for (let i = limit - 1; i >= 0; i--) {
      if ((arranged[i] as T).actor === first.actor) {
        slot = i;
        break;
      }
    }
    arranged.splice(at, 1);
    arranged.splice(slot, 0, first);
  }
  return arranged;
}
