import { foldText } from '../text/normalize.js';
import { distanceKm } from './distance.js';
import {
  buildSpellingGroups,
  corrections,
  isUnknownWord,
  SPELLING_MIN,
  type SpellingGroups,
} from './spelling.js';

/**
 * Offline geocoding: French communes with their postal codes, centre and population, from the
 * compact text file that `scripts/prepare-data.mjs` builds (see `serializeGazetteer`).
 * Pure and synchronous once parsed; load the file on first use.
 */

export type CommuneType = 'COM' | 'ARM' | 'COMD' | 'COMA';

export interface Commune {
  insee: string;
  name: string;
  type: CommuneType;
  /** INSEE code of the parent commune, for arrondissements and delegated or associated communes. */
  parent?: string;
  departement: string;
  /** The main one first (the commune's own, not a village's: `mainPostalCodesFirst`), which labels it. */
  postalCodes: string[];
  population: number;
  /** Null for a commune no source locates. */
  latitude: number | null;
  longitude: number | null;
  /** The centre is an approximate one from `overseas-centres.ts`, not the publisher's. */
  approximateCentre?: boolean;
  /** Which point `latitude`/`longitude` are (see `COMMUNE_POINTS`); absent: not known (older files). */
  point?: CommunePoint;
  /** Other names people give it, found by the name search: "Mata-Utu" for Uvea. */
  otherNames?: string[];
  /** INSEE codes of the communes merged into it: read from the communes file, not written in the gazetteer. */
  formerCodes?: string[];
  /** Its area in km², where the communes file gives it (not written in the gazetteer). */
  areaKm2?: number;
}

/**
 * Which point a commune resolves to, and the letter the gazetteer file writes for it: where its
 * people live (its town hall, from the annuaire de l'administration, or where its public offices
 * are; overseas, its chief village), else the publisher's centre of its area; a delegated
 * commune without a point of its own has its parent's.
 */
export const COMMUNE_POINTS = {
  'town-hall': 'M',
  /** Its town hall's point disagreed with all its other public offices: among them (its main town). */
  offices: 'S',
  'chief-village': 'V',
  centre: 'C',
  parent: 'P',
} as const;
export type CommunePoint = keyof typeof COMMUNE_POINTS;
const POINT_OF_LETTER = Object.fromEntries(
  Object.entries(COMMUNE_POINTS).map(([point, letter]) => [letter, point as CommunePoint]),
);

export interface GazetteerMeta {
  format: 'mediation-finder-gazetteer';
  version: 1;
  /** Human-readable attribution (source, licence, date) to show wherever results are shown. */
  attribution: string;
  departements: Record<string, string>;
  /** What each point letter of the file means (`COMMUNE_POINTS`), in words, with its source. */
  points?: Record<string, string>;
}

/** Where a person lives, as the doors that serve residents see it (see `Gazetteer.territoryOf`). */
export interface Territory {
  /** INSEE codes of the person's commune: today's commune first, then its parts and former communes. */
  communes: string[];
  /** Today's commune's name. */
  name: string;
  departement: string;
  /** The part the person named, when it is one (an arrondissement, a former commune): its town hall is theirs first. */
  part?: string;
}

export interface Departement {
  code: string;
  name: string;
  /** [south, west, north, east] of its communes' centres. */
  bounds: [number, number, number, number];
}

const TYPE_CODES: Record<string, CommuneType> = { C: 'COM', A: 'ARM', D: 'COMD', S: 'COMA' };
const TYPE_LETTERS: Record<CommuneType, string> = { COM: 'C', ARM: 'A', COMD: 'D', COMA: 'S' };

/** Département of an INSEE commune code: 2 characters, 3 overseas (971…989). */
export function departementOfInsee(insee: string): string {
  return /^9[78]/.test(insee) ? insee.slice(0, 3) : insee.slice(0, 2);
}

/**
 * Département of a place: from its INSEE code, else from the communes of its postal code, else
 * from the postal code itself (CEDEX codes start with their département; 97x/98x overseas).
 */
export function departementOfPlace(
  place: { code_insee?: string | undefined; code_postal: string },
  gazetteer?: Gazetteer,
): string {
  if (place.code_insee) return departementOfInsee(place.code_insee);
  const fromCommunes = gazetteer?.departementsOfPostalCode(place.code_postal)[0];
  if (fromCommunes) return fromCommunes;
  return /^9[78]/.test(place.code_postal) ? place.code_postal.slice(0, 3) : place.code_postal.slice(0, 2);
}

/**
 * Writes communes in the compact format: a JSON header line, then one tab-separated line each:
 * INSEE code, name, type letter, parent, postal codes, population, latitude, longitude, which
 * point they are (a `COMMUNE_POINTS` letter), other names (`|`-separated). Points keep 3 decimals
 * (about 100 m), plenty for a commune and 10% smaller. An approximate point's latitude starts
 * with `~`; a delegated commune at its parent's point writes `^`.
 */
export function serializeGazetteer(meta: GazetteerMeta, communes: readonly Commune[]): string {
  const byInsee = new Map(communes.filter((c) => c.type === 'COM').map((c) => [c.insee, c]));
  const lines = [JSON.stringify(meta)];
  for (const c of communes) {
    // A delegated commune located at its parent's centre stores no point of its own.
    const parent = c.parent ? byInsee.get(c.parent) : undefined;
    const sameAsParent =
      parent !== undefined && parent.latitude === c.latitude && parent.longitude === c.longitude;
    lines.push(
      [
        c.insee,
        c.name,
        TYPE_LETTERS[c.type],
        c.parent ?? '',
        c.postalCodes.join(' '),
        c.population || '',
        c.latitude === null
          ? ''
          : sameAsParent
            ? '^'
            : `${c.approximateCentre ? '~' : ''}${c.latitude.toFixed(3)}`,
        c.longitude === null ? '' : sameAsParent ? '^' : c.longitude.toFixed(3),
        c.point ? COMMUNE_POINTS[c.point] : '',
        (c.otherNames ?? []).join('|'),
      ]
        .join('\t')
        .replace(/\t+$/, ''),
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Tokens used for name search: folded words, with "st"/"ste" read as "saint"/"sainte" and an
 * arrondissement's number as the names write it ("12ème", "12eme" → "12e"; "1ère" → "1er").
 */
export function searchTokens(text: string): string[] {
  return foldText(text)
    .split(' ')
    .filter(Boolean)
    .map((token) =>
      token === 'st'
        ? 'saint'
        : token === 'ste'
          ? 'sainte'
          : token.replace(/^(\d+)(?:eme|ere|er|e)$/, (_, n: string) => (n === '1' ? '1er' : `${n}e`)),
    );
}

/** Name words by a commune's index, and its other names' (a few overseas communes have some). */
interface NameTokens {
  tokens: string[][];
  other: Map<number, string[][]>;
}

const TYPE_RANK: Record<CommuneType, number> = { ARM: 0, COM: 1, COMD: 2, COMA: 3 };

export class Gazetteer {
  readonly meta: GazetteerMeta;
  readonly communes: readonly Commune[];
  #byInsee = new Map<string, Commune>();
  #byPostalCode = new Map<string, Commune[]>();
  /** Name words by the commune's index, made on the first search by name (a postal code needs none). */
  #names?: NameTokens;
  #departements = new Map<string, Departement>();
  #children?: Map<string, string[]>;
  #spelling?: Map<string, string[]>;

  constructor(meta: GazetteerMeta, communes: Commune[]) {
    this.meta = meta;
    this.communes = communes;
    for (const commune of communes) {
      // A delegated commune may share its INSEE code with its parent: the parent wins.
      if (!this.#byInsee.has(commune.insee) || commune.type === 'COM') {
        this.#byInsee.set(commune.insee, commune);
      }
      for (const code of commune.postalCodes) {
        const list = this.#byPostalCode.get(code);
        if (list) list.push(commune);
        else this.#byPostalCode.set(code, [commune]);
      }
      if (commune.latitude !== null && commune.longitude !== null && commune.type !== 'COMD') {
        this.#extendDepartement(commune.departement, commune.latitude, commune.longitude);
      }
    }
    for (const list of this.#byPostalCode.values()) list.sort(byRelevance);
  }

  #extendDepartement(code: string, lat: number, lon: number): void {
    const known = this.#departements.get(code);
    if (!known) {
      const name = this.meta.departements[code] ?? code;
      this.#departements.set(code, { code, name, bounds: [lat, lon, lat, lon] });
      return;
    }
    const b = known.bounds;
    b[0] = Math.min(b[0], lat);
    b[1] = Math.min(b[1], lon);
    b[2] = Math.max(b[2], lat);
    b[3] = Math.max(b[3], lon);
  }

  /**
   * Parses the compact text format. Throws with the line number on a malformed file. With
   * `keepLine`, only the communes of the lines it keeps (the widget's first script: a postal
   * code's communes out of a département's, a tenth of the work); a kept commune placed at its
   * parent's centre then has none unless its parent's line was kept too.
   */
  static parse(text: string, keepLine?: (line: string) => boolean): Gazetteer {
    const lines = text.split('\n');
    let meta: GazetteerMeta;
    try {
      meta = JSON.parse(lines[0] ?? '') as GazetteerMeta;
    } catch {
      throw new Error('gazetteer: the first line is not a JSON header');
    }
    if (meta.format !== 'mediation-finder-gazetteer' || meta.version !== 1) {
      throw new Error('gazetteer: unknown format or version');
    }
    const communes: Commune[] = [];
    const atParentCentre: Commune[] = [];
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i];
      if (!line || (keepLine && !keepLine(line))) continue;
      const [insee, name, type, parent, postal, population, lat, lon, point, others] = line.split('\t');
      const communeType = TYPE_CODES[type ?? ''];
      if (!insee || !name || !communeType) throw new Error(`gazetteer: line ${i + 1} is malformed`);
      const commune: Commune = {
        insee,
        name,
        type: communeType,
        ...(parent ? { parent } : {}),
        departement: departementOfInsee(insee),
        postalCodes: postal ? postal.split(' ') : [],
        population: Number(population) || 0,
        latitude: lat && lat !== '^' ? Number(lat.replace('~', '')) : null,
        longitude: lon && lon !== '^' ? Number(lon) : null,
        ...(lat?.startsWith('~') ? { approximateCentre: true } : {}),
      };
      // Set, not spread: 37,590 lines are parsed on a phone.
      const at = point ? POINT_OF_LETTER[point] : undefined;
      if (at) commune.point = at;
      if (others) commune.otherNames = others.split('|');
      communes.push(commune);
      if (lat === '^') atParentCentre.push(commune);
    }
    const parents = new Map(communes.filter((c) => c.type === 'COM').map((c) => [c.insee, c]));
    for (const commune of atParentCentre) {
      const parent = parents.get(commune.parent ?? '');
      commune.latitude = parent?.latitude ?? null;
      commune.longitude = parent?.longitude ?? null;
      if (parent?.approximateCentre) commune.approximateCentre = true;
    }
    return new Gazetteer(meta, communes);
  }

  /**
   * Several files' communes as one gazetteer (a département's file and a name's file may hold the
   * same commune: it is kept once).
   */
  static join(parts: readonly Gazetteer[]): Gazetteer {
    const [first] = parts;
    if (!first) throw new Error('gazetteer: nothing to join');
    if (parts.length === 1) return first;
    const seen = new Set<string>();
    const communes: Commune[] = [];
    for (const part of parts) {
      for (const commune of part.communes) {
        const key = `${commune.insee} ${commune.type} ${commune.name}`;
        if (seen.has(key)) continue;
        seen.add(key);
        communes.push(commune);
      }
    }
    const departements = Object.assign({}, ...parts.map((part) => part.meta.departements));
    return new Gazetteer({ ...first.meta, departements }, communes);
  }

  /**
   * The territory a person living in this commune belongs to, for doors chosen by where one lives:
   * the commune as it is today (an arrondissement's city, a delegated commune's new commune) with
   * every INSEE code that still names a part of it (arrondissements, communes merged into it).
   */
  territoryOf(commune: Commune): Territory {
    if (!this.#children) {
      this.#children = new Map();
      for (const c of this.communes) {
        if (!c.parent) continue;
        const list = this.#children.get(c.parent);
        if (list) list.push(c.insee);
        else this.#children.set(c.parent, [c.insee]);
      }
    }
    const root = commune.parent && commune.type !== 'COM' ? commune.parent : commune.insee;
    const name = this.byInsee(root)?.name ?? commune.name;
    return {
      communes: [root, ...(this.#children.get(root) ?? []).filter((code) => code !== root).sort()],
      name,
      departement: commune.departement,
      ...(root !== commune.insee ? { part: commune.insee } : {}),
    };
  }

  byInsee(code: string): Commune | undefined {
    return this.#byInsee.get(code.trim().toUpperCase());
  }

  /** Communes served by a postal code, most specific and most populated first. */
  byPostalCode(code: string): Commune[] {
    return this.#byPostalCode.get(code.trim()) ?? [];
  }

  departement(code: string): Departement | undefined {
    return this.#departements.get(code);
  }

  /** Départements of the communes that use this postal code. */
  departementsOfPostalCode(code: string): string[] {
    return [...new Set(this.byPostalCode(code).map((c) => c.departement))];
  }

  /**
   * Autocomplete: a 1-5 digit query matches postal codes by prefix; words match commune names
   * accent- and case-insensitively, each word a prefix of a word of the name, in order
   * ("st etienne" finds Saint-Étienne, "paris 11" the 11th arrondissement).
   */
  search(query: string, limit = 10): Commune[] {
    const trimmed = query.trim();
    if (/^\d{1,5}$/.test(trimmed)) {
      const found: Commune[] = [];
      const seen = new Set<Commune>();
      const codes = [...this.#byPostalCode.keys()].filter((code) => code.startsWith(trimmed)).sort();
      for (const code of codes) {
        for (const commune of this.byPostalCode(code)) {
          if (!seen.has(commune)) {
            seen.add(commune);
            found.push(commune);
          }
        }
        if (found.length >= limit) break;
      }
      return found.slice(0, limit);
    }
    return this.#best(this.#scored(searchTokens(trimmed)), limit, trimmed);
  }

  /**
   * The search of a place field: `search`, and when no name begins with what was typed, the names
   * it would be with one word corrected by one letter (see `spelling.ts`), or without one of its
   * short words: "Melum" gives Melun. Those are marked `corrected`: offered, never taken for what
   * was typed. The small files pass the spelling groups of the whole gazetteer, to correct alike.
   */
  suggest(
    query: string,
    limit = 10,
    spelling: SpellingGroups = this.spelling(),
    accept?: (commune: Commune) => boolean,
  ): NameMatch[] {
    const wanted = searchTokens(query);
    if (/^\d/.test(query.trim()) || !wanted.length)
      return this.search(query, limit)
        .filter((commune) => !accept || accept(commune))
        .map((commune) => ({ commune, corrected: false }));
    const direct = this.#scored(wanted, accept);
    if (direct.length)
      return this.#best(direct, limit, query).map((commune) => ({ commune, corrected: false }));
    const corrected = correctedQueries(wanted, spelling).flatMap((query) => this.#scored(query, accept));
    return this.#ranked(corrected, limit, true);
  }

  /**
   * Whether `suggest` corrects what was typed, and needs the spelling groups of its words: when
   * no name (of a commune that `accept`s, when given) begins with it.
   */
  needsCorrection(query: string, accept?: (commune: Commune) => boolean): boolean {
    const wanted = searchTokens(query);
    return !/^\d/.test(query.trim()) && wanted.length > 0 && this.#scored(wanted, accept).length === 0;
  }

  #ranked(scored: Scored[], limit: number, corrected: boolean): NameMatch[] {
    return this.#best(scored, limit).map((commune) => ({ commune, corrected }));
  }

  /** Its name words by spelling group (built on first use). */
  spelling(): SpellingGroups {
    const { tokens, other } = this.#nameTokens();
    this.#spelling ??= buildSpellingGroups([...tokens.flat(), ...[...other.values()].flat(2)]);
    return this.#spelling;
  }

  #nameTokens(): NameTokens {
    if (!this.#names) {
      const other = new Map<number, string[][]>();
      const tokens = this.communes.map((commune, index) => {
        if (commune.otherNames) other.set(index, commune.otherNames.map(searchTokens));
        return searchTokens(commune.name);
      });
      this.#names = { tokens, other };
    }
    return this.#names;
  }

  #scored(wanted: string[], accept?: (commune: Commune) => boolean): Scored[] {
    if (wanted.length === 0) return [];
    const scored: Scored[] = [];
    const names = this.#nameTokens();
    this.communes.forEach((commune, index) => {
      if (accept && !accept(commune)) return;
      // Another name people give it counts as its name ("Mata-Utu" finds Uvea).
      let score = matchScore(wanted, names.tokens[index] ?? []);
      for (const tokens of names.other.get(index) ?? []) score = Math.max(score, matchScore(wanted, tokens));
      if (score > 0) scored.push({ commune, score });
    });
    return scored;
  }

  /**
   * Best first, each INSEE code once (a delegated commune may carry its parent's code and name);
   * a town that `outweighs` the communes named as typed comes before them.
   */
  #best(scored: Scored[], limit: number, typed = ''): Commune[] {
    scored.sort((a, b) => b.score - a.score || byRelevance(a.commune, b.commune));
    const exact = scored.filter(
      (s) => s.score === EXACT_SCORE && s.commune.type !== 'COMD' && s.commune.type !== 'COMA',
    );
    if (exact.length) {
      const named = exact.map((s) => s.commune);
      // Four at most: the communes of that very name stay among the first five.
      const larger = scored
        .filter((s) => s.score !== EXACT_SCORE && outweighs(s.commune, typed, named))
        .slice(0, Math.max(1, 5 - exact.length));
      if (larger.length) scored = [...larger, ...scored.filter((s) => !larger.includes(s))];
    }
    const seen = new Set<string>();
    const found: Commune[] = [];
    for (const { commune } of scored) {
      if (found.length === limit) break;
      if (seen.has(commune.insee)) continue;
      seen.add(commune.insee);
      found.push(commune);
    }
    return found;
  }

  /** The commune whose centre is closest to a point (reverse geocoding for "use my position"). */
  nearest(latitude: number, longitude: number): { commune: Commune; distanceKm: number } | undefined {
    let best: { commune: Commune; distanceKm: number } | undefined;
    for (const commune of this.communes) {
      if (commune.latitude === null || commune.longitude === null || commune.type === 'COMD') continue;
      if (Math.abs(commune.latitude - latitude) > 0.5) continue;
      const d = distanceKm(latitude, longitude, commune.latitude, commune.longitude);
      if (!best || d < best.distanceKm) best = { commune, distanceKm: d };
    }
    return best;
  }
}

const ARTICLES = new Set(['l', 'le', 'la', 'les']);

interface Scored {
  commune: Commune;
  score: number;
}

/** A commune offered for a typed name, and whether its name is what was typed corrected. */
export interface NameMatch {
  commune: Commune;
  corrected: boolean;
}

/** Words this short, when they break the match, may be a slip in "le", "en", "sur": tried without. */
const SHORT_WORD = 3;

/** The words of what was typed that `correctedQueries` may correct (whose spelling groups it needs). */
export function wordsToCorrect(wanted: readonly string[]): string[] {
  return wanted.filter((word) => word.length >= SPELLING_MIN);
}

/**
 * What was typed with one of its words corrected by one letter, or without one of its short words
 * ("Choisy-ae-Roi", "Ll Mans"). The word corrected is the first that is no name's word, when one
 * is not ("Saint-Maur-des-Fosés": only "fosés"); otherwise each in turn ("Aux-en-Provence").
 */
export function correctedQueries(wanted: readonly string[], spelling: SpellingGroups): string[][] {
  const queries: string[][] = [];
  if (wanted.length > 1)
    wanted.forEach((word, i) => {
      if (word.length <= SHORT_WORD) queries.push(wanted.filter((_, j) => j !== i));
    });
  const words = wordsToCorrect(wanted);
  const unknown = words.find((word) => isUnknownWord(word, spelling));
  for (const word of unknown ? [unknown] : words) {
    const i = wanted.indexOf(word);
    for (const correction of corrections(word, spelling))
      queries.push(wanted.map((w, j) => (j === i ? correction : w)));
  }
  return queries;
}

/** Higher is better; 0 means no match. */
function matchScore(wanted: string[], tokens: string[]): number {
  let position = 0;
  let anchored = false;
  for (let w = 0; w < wanted.length; w++) {
    const word = wanted[w] ?? '';
    let found = -1;
    for (let t = position; t < tokens.length; t++) {
      if ((tokens[t] ?? '').startsWith(word)) {
        found = t;
        break;
      }
    }
    if (found < 0) return 0;
    // "oie" should find L'Oie first: a leading article does not break the anchor.
    if (w === 0 && (found === 0 || (found === 1 && ARTICLES.has(tokens[0] ?? '')))) anchored = true;
    position = found + 1;
  }
  const significant =
    tokens.length > 1 && ARTICLES.has(tokens[0] ?? '') && wanted[0] !== tokens[0] ? tokens.slice(1) : tokens;
  const exact = wanted.length === significant.length && wanted.every((word, i) => word === significant[i]);
  return exact ? EXACT_SCORE : (startsWithWords(wanted, significant) ? 1 : 0) + (anchored ? 2 : 0) + 1;
}

/** The score of a name that is what was typed: first, unless a larger town `outweighs` it. */
const EXACT_SCORE = 7;

/** Whether a name's words begin with the words typed, whole ("evry" in Évry-Courcouronnes). */
function startsWithWords(wanted: readonly string[], tokens: readonly string[]): boolean {
  return wanted.length < tokens.length && wanted.every((word, i) => word === tokens[i]);
}

/**
 * A town whose name begins with the name typed, whole words, and ten times as populous as every
 * commune of that very name (at least 2,000 people): "Evry" is more often Évry-Courcouronnes
 * (91, 66,919) than Évry (89, 402); "Charleville", "Vire", "Bar" alike. It is offered first, and a
 * name typed is never taken for the small one without asking (see `resolveName`).
 */
export function outweighs(town: Commune, typed: string, exact: readonly Commune[]): boolean {
  if (town.type !== 'COM' || town.population < OUTWEIGH_MIN_POPULATION || !exact.length) return false;
  const wanted = searchTokens(typed);
  if (!wanted.length || !startsWithWords(wanted, searchTokens(town.name))) return false;
  return exact.every((commune) => town.population >= OUTWEIGH_RATIO * commune.population);
}

const OUTWEIGH_RATIO = 10;
const OUTWEIGH_MIN_POPULATION = 2_000;

function byRelevance(a: Commune, b: Commune): number {
  return (
    TYPE_RANK[a.type] - TYPE_RANK[b.type] ||
    b.population - a.population ||
    // Ties in a fixed order, whichever files the communes were read from.
    (a.insee < b.insee ? -1 : a.insee > b.insee ? 1 : 0) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
}
