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
   * Where the person lives: without it, doors reserved to residents (the CCAS of a commune, the
   * département's social service and counters) cannot be told apart from the others.
   */
  territory?: Territory;
}
