import type { Commune, Gazetteer } from '../geo/gazetteer.js';
import { locatePosition, type Resolved, resolveLocation } from '../geo/resolve.js';
import type { Place } from '../places/place.js';
import { isOwnDoor } from '../routing/doors.js';
import { PlaceIndex } from '../routing/place-index.js';
import { type CommuneCode, type CommuneSource, communesOf, epciOf, type Where } from './communes.js';
import type { Epci } from './epci.js';
import type { DataFiles } from './files.js';
import type { Attribution, PlaceSource } from './places.js';

/**
 * Data already in memory, as a search's source: the CLI's gazetteer and a raw file read whole,
 * a test's places. (Apart from the files' sources, which a browser's first script carries.)
 */

/** A gazetteer already in memory (the CLI's, a test's). */
export class MemoryCommunes implements CommuneSource {
  constructor(
    readonly gazetteer: Gazetteer,
    /** Where its EPCIs are (a gazetteer folder's `gazetteer/epci/`), when it has them. */
    private readonly files?: DataFiles,
  ) {}

  async locate(where: Where): Promise<Resolved> {
    return typeof where === 'string'
      ? resolveLocation(this.gazetteer, where)
      : locatePosition(this.gazetteer, where.latitude, where.longitude);
  }

  async suggest(typed: string, limit: number): Promise<Commune[]> {
    return communesOf(this.gazetteer.suggest(typed, limit));
  }

  async all(): Promise<Gazetteer> {
    return this.gazetteer;
  }

  async communeCode(code: string): Promise<CommuneCode> {
    const commune = this.gazetteer.byInsee(code);
    const postal = this.gazetteer.byPostalCode(code)[0];
    return {
      ...(commune ? { insee: { commune, territory: this.gazetteer.territoryOf(commune) } } : {}),
      ...(postal ? { postal } : {}),
    };
  }

  async epci(siren: string): Promise<Epci | undefined> {
    return this.files ? epciOf(this.files, siren) : undefined;
  }
}

/** Places already in memory (one raw file read whole, a test's): one index, its own doors. */
export class MemoryPlaces implements PlaceSource {
  readonly #index: PlaceIndex;
  #doors: Place[] | undefined;

  constructor(
    places: readonly Place[],
    readonly attribution: Attribution,
  ) {
    this.#index = new PlaceIndex([...places]);
  }

  async around(): Promise<PlaceIndex> {
    return this.#index;
  }

  /** The town halls and councils among the places, if any (found once), wherever the person lives. */
  async doorsOf(): Promise<Place[]> {
    this.#doors ??= this.#index.places.filter(isOwnDoor);
    return this.#doors;
  }

  departementDoors(): Promise<Place[]> {
    return this.doorsOf();
  }
}
