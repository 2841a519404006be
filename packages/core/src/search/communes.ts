import {
  type Commune,
  departementOfInsee,
  Gazetteer,
  type NameMatch,
  type Territory,
} from '../geo/gazetteer.js';
import {
  type GazetteerShardIndex,
  gazetteerForSuggestions,
  locateInFiles,
  locatePositionInFiles,
  parseSpelling,
  type SpellingFileReader,
} from '../geo/gazetteer-shards.js';
import { departementFilesOfPostalDigits, gazetteerFilesOfPostalDigits } from '../geo/postal-digits.js';
import { locatePosition, parseWhere, type Resolved, resolveLocation } from '../geo/resolve.js';
import { type Epci, readEpci } from './epci.js';
import { DATA_LIMITS, DataError, type DataFiles, once, readJson, readText } from './files.js';

export const communesOf = (matches: readonly NameMatch[]) => matches.map((match) => match.commune);

/** A code read as an INSEE code and as a postal code (`CommuneSource.communeCode`). */
export interface CommuneCode {
  insee?: { commune: Commune; territory: Territory };
  postal?: Commune;
}

/** Where a person is: what they typed, or a position (the page's, or their device's). */
export type Where = string | { latitude: number; longitude: number };

/** Where a search finds communes. */
export interface CommuneSource {
  /** Where `where` is, as the whole gazetteer tells it: one resolution of what was typed. */
  locate(where: Where): Promise<Resolved>;
  /**
   * Communes to propose for what is being typed, best first; none until it says enough. When no
   * name is what was typed, the names one letter away come too ("Melum": Melun; see `Gazetteer.suggest`).
   */
  suggest(typed: string, limit: number): Promise<Commune[]>;
  /** Every commune (a raw file's rows are located with them). */
  all(): Promise<Gazetteer>;
  /**
   * A five-character code read both ways (an institution's territory): the commune of that INSEE
   * code with its territory, and the first commune of that postal code, when there are.
   */
  communeCode(code: string): Promise<CommuneCode>;
  /** An EPCI by its SIREN number (`gazetteer/epci/`); undefined when it is not known. */
  epci(siren: string): Promise<Epci | undefined>;
}

/**
 * The gazetteer as the data folder ships it (`gazetteer/`: an index and small files, see
 * `shardGazetteer`; `gazetteer.tsv`: all of it): a postal code, a position or a town's name is
 * answered from a few KB; the whole gazetteer only when nothing smaller can tell, or once it is
 * here anyway.
 */
export class GazetteerFiles implements CommuneSource {
  readonly #files = new Map<string, Promise<Gazetteer>>();
  readonly #spelling = new Map<string, ReturnType<SpellingFileReader>>();
  #index?: Promise<GazetteerShardIndex>;
  #whole?: Promise<Gazetteer>;

  constructor(private readonly files: DataFiles) {}

  async locate(where: Where): Promise<Resolved> {
    if (!this.#whole) {
      if (typeof where === 'string') this.#readPostalFiles(where);
      const small = await this.#small((index, read) =>
        typeof where === 'string'
          ? locateInFiles(where, index, read, this.#readSpelling)
          : locatePositionInFiles(where.latitude, where.longitude, index, read),
      );
      if (small) return small;
    }
    const whole = await this.all();
    return typeof where === 'string'
      ? resolveLocation(whole, where)
      : locatePosition(whole, where.latitude, where.longitude);
  }

  async suggest(typed: string, limit: number): Promise<Commune[]> {
    const part = this.#whole
      ? { gazetteer: await this.all(), spelling: undefined }
      : await this.#small((index, read) => gazetteerForSuggestions(typed, index, read, this.#readSpelling));
    return communesOf(part?.gazetteer.suggest(typed, limit, part.spelling) ?? []);
  }

  /** The whole gazetteer (37,590 communes, 652 KB gzip). */
  all(): Promise<Gazetteer> {
    this.#whole ??= this.#gazetteer('gazetteer.tsv');
    const pending = this.#whole;
    pending.catch(() => {
      if (this.#whole === pending) this.#whole = undefined;
    });
    return pending;
  }

  async communeCode(insee: string): Promise<CommuneCode> {
    const code = insee.trim().toUpperCase();
    const departement = departementOfInsee(code);
    const known =
      !this.#whole && (await this.#shardIndex().catch(() => undefined))?.departements.includes(departement);
    const gazetteer = known
      ? await this.#gazetteer(`gazetteer/${departement}.tsv`).catch(() => this.all())
      : await this.all();
    const commune = gazetteer.byInsee(code);
    const located = /^\d{5}$/.test(code) ? await this.locate(code).catch(() => undefined) : undefined;
    const postal = located?.ok ? located.location.commune : undefined;
    return {
      ...(commune ? { insee: { commune, territory: gazetteer.territoryOf(commune) } } : {}),
      ...(postal ? { postal } : {}),
    };
  }

  epci(siren: string): Promise<Epci | undefined> {
    return epciOf(this.files, siren);
  }

  /**
   * A postal code's file (its départements' for a name with a code), as its digits tell it,
   * asked for with the index rather than after it: on a slow phone one round trip less before the
   * places can be asked for. The index still decides which files answer (a folder without postal
   * codes' files, a code used in another département too); a file that does not exist is forgotten.
   */
  #readPostalFiles(where: string): void {
    const typed = parseWhere(where);
    const files =
      typed.kind === 'digits'
        ? gazetteerFilesOfPostalDigits(typed.text)
        : typed.kind === 'name'
          ? departementFilesOfPostalDigits(typed.code ?? '')
          : [];
    for (const file of files) this.#gazetteer(file).catch(() => undefined);
  }

  /** An answer from the small files, or null when they cannot give it or cannot be read. */
  async #small<T>(
    answer: (index: GazetteerShardIndex, read: (file: string) => Promise<Gazetteer>) => Promise<T | null>,
  ): Promise<T | null> {
    try {
      return await answer(await this.#shardIndex(), (file) => this.#gazetteer(`gazetteer/${file}`));
    } catch {
      return null;
    }
  }

  #shardIndex(): Promise<GazetteerShardIndex> {
    this.#index ??= readJson(this.files, 'gazetteer/index.json', DATA_LIMITS.manifestBytes).then((index) => {
      const known = index as GazetteerShardIndex | null;
      if (known?.format !== 'mediation-finder-gazetteer-shards' || known.version !== 3)
        throw new DataError('gazetteer/index.json: not a gazetteer index', 'invalid', 'not-a-dataset');
      return known;
    });
    const pending = this.#index;
    pending.catch(() => {
      if (this.#index === pending) this.#index = undefined;
    });
    return pending;
  }

  readonly #readSpelling: SpellingFileReader = (file) =>
    once(this.#spelling, file, async () =>
      parseSpelling(await readText(this.files, `gazetteer/${file}`, DATA_LIMITS.gazetteerBytes)),
    );

  #gazetteer(path: string): Promise<Gazetteer> {
    return once(this.#files, path, async () =>
      Gazetteer.parse(await readText(this.files, path, DATA_LIMITS.gazetteerBytes)),
    );
  }
}

/** An EPCI's file of a gazetteer folder, checked; undefined when it is missing or not one. */
export async function epciOf(files: DataFiles, siren: string): Promise<Epci | undefined> {
  if (!/^\d{9}$/.test(siren)) return undefined;
  try {
    return readEpci(await readJson(files, `gazetteer/epci/${siren}.json`, DATA_LIMITS.manifestBytes), siren);
  } catch {
    return undefined;
  }
}
