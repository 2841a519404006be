import type { MediationFinderProperties } from './types.js';

type PresetHost = Pick<
  MediationFinderProperties,
  | 'procedure'
  | 'difficulty'
  | 'postalCode'
  | 'latitude'
  | 'longitude'
  | 'src'
  | 'dataUrl'
  | 'radius'
  | 'limit'
  | 'territory'
>;

/**
 * What the page presets (the procedure, the difficulty, the place, the data, the radius, the
 * limit): when the page changes them, the search runs again; when the finder changes one itself
 * (the person's position, a typed place), the search it runs is the only one.
 */
export class Presets {
  #ran = '';

  constructor(private readonly host: PresetHost) {}

  get #key(): string {
    const { procedure, difficulty, postalCode, latitude, longitude, src, dataUrl, radius, limit, territory } =
      this.host;
    return `${procedure}|${difficulty}|${postalCode}|${latitude}|${longitude}|${src}|${dataUrl}|${radius}|${limit}|${territory}`;
  }

  /**
   * The page gives the place: the search runs at once (an impossible position too, which core
   * refuses with a message, rather than nothing happening).
   */
  get place(): boolean {
    return !!this.host.postalCode || (this.host.latitude !== null && this.host.longitude !== null);
  }

  /** Whether the page changed them since the search they last ran; they are the ones searched now. */
  changed(): boolean {
    const key = this.#key;
    if (key === this.#ran) return false;
    this.#ran = key;
    return true;
  }

  /** The finder changed them itself: no search of their own for that. */
  own(): void {
    this.#ran = this.#key;
  }
}
