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
 * Whether the person lives in the area; undefined when where they live is not known (a position
 * with no commune) or the area names nothing.
 */
export function livesInArea(location: Location, area: Area): boolean | undefined {
  const territory = location.territory;
  if (!territory || (!area.departements.length && !area.communes.length)) return undefined;
  if (area.departements.includes(territory.departement)) return true;
  // A person in Marseille's 8th is not in a territory of its 1st alone; one who gave no
  // arrondissement is in a territory of any part of their commune.
  const theirs = territory.part ? [territory.communes[0] ?? '', territory.part] : territory.communes;
  return theirs.some((code) => area.communes.includes(code));
}

/**
 * The area's places first among the places of their kind: each kind keeps the positions it had in
 * the list (a nearer kind that fits less well is not pushed ahead of one that fits better), and
 * within them the area's places come first, each group in its own order. Each kind's first place
 * (its nearest right door) that was shown stays shown, in the last position of its kind within
 * `limit`: the area never hides it. `moved`: the first of those the area moved down, to name.
 */
export function areaFirst<T extends { actor: string; place: Place }>(
  results: readonly T[],
  area: Area,
  limit: number,
): { results: T[]; moved?: T } {
  const kinds = new Map<string, T[]>();
  for (const r of results) {
    const list = kinds.get(r.actor) ?? [];
    list.push(r);
    kinds.set(r.actor, list);
  }
  const shown = results.slice(0, limit);
  const leaders = new Set<T>();
  for (const [kind, list] of kinds) {
    const leader = list[0] as T;
    leaders.add(leader);
    const arranged = [
      ...list.filter((r) => placeInArea(r.place, area)),
      ...list.filter((r) => !placeInArea(r.place, area)),
    ];
    const slots = shown.filter((r) => r.actor === kind).length;
    const at = arranged.indexOf(leader);
    if (slots > 0 && at >= slots) {
      arranged.splice(at, 1);
      arranged.splice(slots - 1, 0, leader);
    }
    kinds.set(kind, arranged);
  }
  const next = new Map<string, number>();
  const arranged = results.map((r) => {
    const i = next.get(r.actor) ?? 0;
    next.set(r.actor, i + 1);
    return (kinds.get(r.actor) as T[])[i] as T;
  });
  const moved = shown.find((r, i) => leaders.has(r) && arranged[i] !== r);
  return { results: arranged, ...(moved ? { moved } : {}) };
}
