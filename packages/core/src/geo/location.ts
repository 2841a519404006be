import type { Territory } from './gazetteer.js';

/** Where a search starts: a resolved place, a position, or a commune's centre. */
export interface Location {
  latitude: number;
  longitude: number;
  /** What the person typed or chose, resolved ("77000 Melun"). */
  label: string;
  /** The point is only an approximate centre of the commune (some overseas communes). */
  approximate?: boolean;
  /**
   * The commune has no point of its own in the data (most delegated communes): the distances
   * start from this parent commune's point, by its name ("La Salle-de-Vihiers" is at
   * Chemillé-en-Anjou's town hall, 15 km away). Shown to the person.
   */
  atParentOf?: string;
  /**
   * Where the person lives: without it, doors reserved to residents (the CCAS of a commune, the
   * département's social service and counters) cannot be told apart from the others.
   */
  territory?: Territory;
}
