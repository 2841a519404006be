import { distanceToBoxKm } from './distance.js';
import {
  type Commune,
  correctedQueries,
  Gazetteer,
  type GazetteerMeta,
  searchTokens,
  serializeGazetteer,
  wordsToCorrect,
} from './gazetteer.js';
import { departementsOfPostalDigits, POSTAL_FILE_DIGITS, postalFileName } from './postal-digits.js';
import {
  asArrondissement,
  atParentOf,
  codeFilter,
  locatePosition,
  NEAR_COMMUNE_KM,
  parseWhere,
  type Resolved,
  resolveLocation,
  type Typed,
} from './resolve.js';
import { buildSpellingGroups, groupsNear, isUnknownWord, type SpellingGroups } from './spelling.js';

/**
 * The gazetteer cut in small files, for a first answer on a slow phone: a postal code needs its
 * département's communes (a few KB), a position the départements around it, a town's name the
 * file of one of its words, never the 37,590 communes of France (1.7 MB). Every cut gives the
 * same answer as the whole gazetteer (checked on real data in gazetteer-shards.test.ts).
 */

/** What tells which files a search needs (`gazetteer/index.json`). */
export interface GazetteerShardIndex {
  format: 'mediation-finder-gazetteer-shards';
  version: 3;
  /** Départements that have a file (`gazetteer/<code>.tsv`). */
  departements: string[];
  /** Postal codes also used in départements their digits do not tell ("01200": Ain and Haute-Savoie). */
  extra: Record<string, string[]>;
  /** [south, west, north, east] of each département's commune centres: a position's nearest commune. */
  bounds: Record<string, [number, number, number, number]>;
  /**
   * Names files in the order of their words: file `names/<n>.tsv` holds every commune with a word
   * (of 3 letters or more, folded as searches fold them) from `names[n]` up to, not including,
   * `names[n + 1]`.
   */
  names: string[];
  /** Words in too many names to look up alone ("saint", "sur"): they have no file. */
  common: string[];
  /**
   * Spelling files in the order of their groups (see `spelling.ts`): file `spelling/<n>.txt`
   * holds the name words of every group from `spelling[n]` up to, not including, `spelling[n + 1]`,
   * a line per group. Read only when a name is none, to correct it ("Melum": Melun).
   */
  spelling: string[];
  /** Départements whose files hold municipal arrondissements (Paris, Lyon, Marseille). */
  arrondissements: string[];
  /**
   * Postal codes' files, by their first two digits: the third digits that have a file
   * (`"77": "0123456789"`: `postal/770.tsv` to `postal/779.tsv`). File `postal/<3 digits>.tsv` holds
   * every commune with a postal code that starts so, with its parent and the parent's other parts
   * (for its territory). A postal code reads it rather than its départements' files: 1 KB, not 10.
   * Absent from an index written before them: the départements' files answer then.
   */
  postal?: Record<string, string>;
}

/** Words per names file: about 250 communes, 6 KB gzip. */
const WORDS_PER_NAMES_FILE = 250;
/** A word is looked up by name once it has 3 letters; shorter words are everywhere. */
const NAME_WORD_MIN = 3;
/** A word spread over more files than this is too common to look up alone ("cha"). */
const NAME_FILES_MAX = 2;
/** A word in more communes' names than this has no file ("saint": 4,900; "sur": 2,200). */
const COMMON_WORD = 1000;
/** Words per spelling file (a word is in two or three groups): about 1 KB gzip. */
const WORDS_PER_SPELLING_FILE = 500;

export { departementsOfPostalDigits };

/** The départements whose communes may carry a postal code, with the index's exceptions. */
export function shardsOfPostalCode(code: string, index: GazetteerShardIndex): string[] {
  const wanted = [...departementsOfPostalDigits(code), ...(index.extra[code] ?? [])];
  return [...new Set(wanted)].filter((departement) => index.departements.includes(departement));
}

/**
 * The file of a five-digit postal code's communes (`postal/770.tsv`), from an index that has such
 * files; none when no commune has a code that starts so. Undefined for an index written before
 * them (read the départements' files).
 */
export function postalFileOf(code: string, index: GazetteerShardIndex): string | null | undefined {
  if (!index.postal) return undefined;
  const digits = code.slice(0, POSTAL_FILE_DIGITS);
  return index.postal[digits.slice(0, 2)]?.includes(digits.slice(2)) ? postalFileName(digits) : null;
}

/** A five-digit postal code's communes: its file's, or its départements'. */
function readPostalCode(code: string, index: GazetteerShardIndex, read: GazetteerFileReader) {
  const file = postalFileOf(code, index);
  return file === undefined
    ? readDepartements(shardsOfPostalCode(code, index), read)
    : readAll(file ? [file] : [], read);
}

/** The départements with a commune centre that may lie within `km` of a point. */
export function departementsNear(
  latitude: number,
  longitude: number,
  index: GazetteerShardIndex,
  km = NEAR_COMMUNE_KM,
): string[] {
  return index.departements.filter((departement) => {
    const box = index.bounds[departement];
    return box !== undefined && distanceToBoxKm(latitude, longitude, box) <= km + 1;
  });
}

/** The names files holding every word that starts with `word`. */
function namesFilesOfWord(word: string, names: readonly string[]): number[] {
  let first = 0;
  let last = 0;
  for (let n = 0; n < names.length; n++) {
    const start = names[n] as string;
    if (start <= word) first = last = n;
    else if (start.startsWith(word)) last = n;
    else break;
  }
  return names.length ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : [];
}

/**
 * The names files a town's name needs: those of its most telling word ("st etienne" → the file of
 * "etienne"). Null when no word is long or rare enough: the whole gazetteer answers then.
 */
export function namesFilesOf(name: string, index: GazetteerShardIndex): number[] | null {
  let best: number[] | null = null;
  for (const word of searchTokens(name)) {
    if (word.length < NAME_WORD_MIN || index.common.some((common) => common.startsWith(word))) continue;
    const files = namesFilesOfWord(word, index.names);
    if (files.length && files.length <= NAME_FILES_MAX && (!best || files.length < best.length)) best = files;
  }
  return best;
}

/** Reads one file of the gazetteer folder ("77.tsv", "names/12.tsv"). */
export type GazetteerFileReader = (file: string) => Promise<Gazetteer>;
/** Reads one spelling file of the gazetteer folder ("spelling/3.txt", see `parseSpelling`). */
export type SpellingFileReader = (file: string) => Promise<SpellingGroups>;

/** A spelling file: a line per group, its name then its words, space-separated. */
export function parseSpelling(text: string): SpellingGroups {
  const groups = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const [group, ...words] = line.split(' ');
    if (group && words.length) groups.set(group, words);
  }
  return groups;
}

/** The spelling files that hold these groups. */
function spellingFilesOf(groups: readonly string[], index: GazetteerShardIndex): number[] {
  const files = new Set<number>();
  for (const group of groups) {
    let n = -1;
    while (n + 1 < index.spelling.length && (index.spelling[n + 1] as string) <= group) n++;
    if (n >= 0) files.add(n);
  }
  return [...files].sort((a, b) => a - b);
}

/**
 * The spelling groups that tell how a name may be corrected (see `correctedQueries`), from their
 * files: those of its words that are not a common name word ("saint"), one of which is likely
 * no name's word and the only one corrected; those of all its words when each is a name's.
 */
async function spellingOf(
  name: string,
  index: GazetteerShardIndex,
  readSpelling: SpellingFileReader,
): Promise<SpellingGroups> {
  const words = wordsToCorrect(searchTokens(name));
  const read = async (list: string[]) => {
    const files = spellingFilesOf(list.flatMap(groupsNear), index);
    const parts = await Promise.all(files.map((n) => readSpelling(`spelling/${n}.txt`)));
    return new Map(parts.flatMap((part) => [...part]));
  };
  const rare = words.filter((word) => !index.common.includes(word));
  const groups = await read(rare);
  return rare.length === words.length || rare.some((word) => isUnknownWord(word, groups))
    ? groups
    : read(words);
}

const NO_SPELLING: SpellingGroups = new Map();

const EMPTY_META: GazetteerMeta = {
  format: 'mediation-finder-gazetteer',
  version: 1,
  attribution: '',
  departements: {},
};

const readAll = async (files: string[], read: GazetteerFileReader) =>
  files.length ? Gazetteer.join(await Promise.all(files.map(read))) : new Gazetteer(EMPTY_META, []);
const readDepartements = (departements: string[], read: GazetteerFileReader) =>
  readAll(
    departements.map((d) => `${d}.tsv`),
    read,
  );
const readNames = (files: number[], read: GazetteerFileReader) =>
  readAll(
    files.map((n) => `names/${n}.tsv`),
    read,
  );

/**
 * Where what a person typed is, exactly as `resolveLocation` on the whole gazetteer tells it,
 * read from as few files as it takes, the text parsed once: a postal code's départements, the
 * départements around a position, a name's file and then its commune's département (for its
 * territory: arrondissements, former communes), a named département's file; when a name is none,
 * the spelling files of its words and the names files of its corrections. Null when only the
 * whole gazetteer can tell (a name made of short or very common words only, such as "Eu" or
 * "Saint").
 */
export async function locateInFiles(
  where: string,
  index: GazetteerShardIndex,
  read: GazetteerFileReader,
  readSpelling: SpellingFileReader,
): Promise<Resolved | null> {
  const typed = parseWhere(where);
  switch (typed.kind) {
    case 'empty':
      return resolveLocation(await readAll([], read), typed, NO_SPELLING);
    case 'coordinates': {
      const { latitude, longitude } = typed;
      return resolveLocation(await gazetteerNear(latitude, longitude, index, read), typed, NO_SPELLING);
    }
    case 'digits': {
      // A postal code, or one that is not (4 digits): its file, or none.
      const gazetteer =
        typed.text.length === 5 ? await readPostalCode(typed.text, index, read) : await readAll([], read);
      return resolveLocation(gazetteer, typed, NO_SPELLING);
    }
    case 'name': {
      const { code } = typed;
      if (!code) return locateName(typed, index, read, readSpelling);
      // "Paris 12": the arrondissement, when one is named so; otherwise the département. Only an
      // arrondissement's name has a number: its word's names file, or the cities' départements.
      if (typed.arrondissement) {
        const files = namesFilesOf(typed.text, index);
        const part = files
          ? await readNames(files, read)
          : await readDepartements(index.arrondissements, read);
        const resolved = asArrondissement(part, typed, NO_SPELLING);
        if (resolved) return withTerritory(resolved, index, read);
      }
      const departements =
        code.length === 5 ? shardsOfPostalCode(code, index) : index.departements.filter((d) => d === code);
      const gazetteer = await readDepartements(departements, read);
      const spelling = gazetteer.needsCorrection(typed.name, codeFilter(code))
        ? await spellingOf(typed.name, index, readSpelling)
        : NO_SPELLING;
      return resolveLocation(gazetteer, { ...typed, arrondissement: false }, spelling);
    }
  }
}

/** A name without a code: from its names files (and its corrections'), then its commune's département. */
async function locateName(
  typed: Typed & { kind: 'name' },
  index: GazetteerShardIndex,
  read: GazetteerFileReader,
  readSpelling: SpellingFileReader,
): Promise<Resolved | null> {
  const named = await communesNamed(typed.name, index, read, readSpelling);
  if (!named) return null;
  return withTerritory(resolveLocation(named.gazetteer, typed, named.spelling), index, read);
}

/** A commune found in a names file, with its territory from its département's file. */
async function withTerritory(
  resolved: Resolved,
  index: GazetteerShardIndex,
  read: GazetteerFileReader,
): Promise<Resolved> {
  const commune = resolved.ok ? resolved.location.commune : undefined;
  if (!resolved.ok || !commune || !index.departements.includes(commune.departement)) return resolved;
  const departement = await read(`${commune.departement}.tsv`);
  const found = departement.byInsee(commune.insee) ?? commune;
  // A names file holds no parent: the département's file says whose point a delegated commune has.
  return {
    ok: true,
    location: {
      ...resolved.location,
      ...atParentOf(departement, found),
      territory: departement.territoryOf(found),
    },
  };
}

/**
 * Every commune a name may mean, as the whole gazetteer's `suggest` finds them: those of its most
 * telling word's names files and, when none is named so, those of its corrections' (with the
 * spelling groups that gave them). Null when a name needs the whole gazetteer.
 */
async function communesNamed(
  name: string,
  index: GazetteerShardIndex,
  read: GazetteerFileReader,
  readSpelling: SpellingFileReader,
): Promise<{ gazetteer: Gazetteer; spelling: SpellingGroups } | null> {
  const files = namesFilesOf(name, index);
  if (!files) return null;
  const gazetteer = await readNames(files, read);
  if (!gazetteer.needsCorrection(name)) return { gazetteer, spelling: NO_SPELLING };
  const spelling = await spellingOf(name, index, readSpelling);
  const more = new Set<number>();
  for (const query of correctedQueries(searchTokens(name), spelling)) {
    const own = namesFilesOf(query.join(' '), index);
    if (!own) return null;
    for (const n of own) if (!files.includes(n)) more.add(n);
  }
  if (!more.size) return { gazetteer, spelling };
  const corrected = await readNames(
    [...more].sort((a, b) => a - b),
    read,
  );
  return { gazetteer: Gazetteer.join([gazetteer, corrected]), spelling };
}

/** Where a position is: its nearest commune, as the whole gazetteer would find it. */
export async function locatePositionInFiles(
  latitude: number,
  longitude: number,
  index: GazetteerShardIndex,
  read: GazetteerFileReader,
): Promise<Resolved> {
  return locatePosition(await gazetteerNear(latitude, longitude, index, read), latitude, longitude);
}

/** The communes around a position: its nearest commune, as the whole gazetteer would find it. */
function gazetteerNear(
  latitude: number,
  longitude: number,
  index: GazetteerShardIndex,
  read: GazetteerFileReader,
): Promise<Gazetteer> {
  return readDepartements(departementsNear(latitude, longitude, index), read);
}

/**
 * The communes a suggestion list needs for what is being typed, and the spelling groups to
 * correct it with, or null (wait for more letters).
 */
export async function gazetteerForSuggestions(
  typed: string,
  index: GazetteerShardIndex,
  read: GazetteerFileReader,
  readSpelling: SpellingFileReader,
): Promise<{ gazetteer: Gazetteer; spelling: SpellingGroups } | null> {
  const text = typed.trim();
  if (/^\d{5}$/.test(text))
    return { gazetteer: await readPostalCode(text, index, read), spelling: NO_SPELLING };
  if (/^\d/.test(text)) return null;
  return communesNamed(text, index, read, readSpelling);
}

/**
 * The gazetteer's files: one per département (same format as the whole one), names files (see
 * `GazetteerShardIndex.names`) and the index, as file name → text.
 */
export function shardGazetteer(
  meta: GazetteerMeta,
  communes: readonly Commune[],
): { index: GazetteerShardIndex; files: Map<string, string> } {
  const files = new Map<string, string>();
  const byDepartement = new Map<string, Commune[]>();
  for (const commune of communes) {
    const list = byDepartement.get(commune.departement);
    if (list) list.push(commune);
    else byDepartement.set(commune.departement, [commune]);
  }
  const bounds: GazetteerShardIndex['bounds'] = {};
  const departements = [...byDepartement.keys()].sort();
  for (const departement of departements) {
    const list = byDepartement.get(departement) as Commune[];
    const name = meta.departements[departement];
    const own: GazetteerMeta = { ...meta, departements: name ? { [departement]: name } : {} };
    files.set(`${departement}.tsv`, serializeGazetteer(own, list));
    const located = list.filter((c) => c.latitude !== null && c.longitude !== null);
    if (located.length) {
      const lats = located.map((c) => c.latitude as number);
      const lons = located.map((c) => c.longitude as number);
      // Rounded outwards to 0.01° (1 km): a smaller index, never a smaller box.
      const down = (values: number[]) => Math.floor(Math.min(...values) * 100) / 100;
      const up = (values: number[]) => Math.ceil(Math.max(...values) * 100) / 100;
      bounds[departement] = [down(lats), down(lons), up(lats), up(lons)];
    }
  }

  const postal = writePostal(meta, communes, files);

  const extra: Record<string, string[]> = {};
  const usedIn = new Map<string, Set<string>>();
  for (const commune of communes) {
    for (const code of commune.postalCodes) {
      const set = usedIn.get(code) ?? new Set<string>();
      set.add(commune.departement);
      usedIn.set(code, set);
    }
  }
  for (const [code, where] of [...usedIn].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const told = departementsOfPostalDigits(code);
    const others = [...where].filter((d) => !told.includes(d)).sort();
    if (others.length) extra[code] = others;
  }

  // Names: every (word, commune) pair in the words' order, cut between two different words.
  const pairs: Array<[string, number]> = [];
  communes.forEach((commune, i) => {
    const names = [commune.name, ...(commune.otherNames ?? [])];
    for (const word of new Set(names.flatMap(searchTokens)))
      if (word.length >= NAME_WORD_MIN) pairs.push([word, i]);
  });
  const uses = new Map<string, number>();
  for (const [word] of pairs) uses.set(word, (uses.get(word) ?? 0) + 1);
  const common = [...uses].filter(([, n]) => n > COMMON_WORD).map(([word]) => word);
  pairs.sort(([a, i], [b, j]) => (a < b ? -1 : a > b ? 1 : i - j));
  const names: string[] = [];
  let members = new Set<number>();
  let count = 0;
  const flush = () => {
    if (!members.size) return;
    const list = [...members].sort((a, b) => a - b).map((i) => communes[i] as Commune);
    files.set(`names/${names.length - 1}.tsv`, serializeGazetteer(metaOf(meta, list), list));
    members = new Set();
    count = 0;
  };
  for (let p = 0; p < pairs.length; p++) {
    const [word, i] = pairs[p] as [string, number];
    // A common word is never looked up alone: its communes are found by their other words.
    if (common.includes(word)) continue;
    const startsWord = p === 0 || (pairs[p - 1] as [string, number])[0] !== word;
    if (startsWord && (!names.length || count >= WORDS_PER_NAMES_FILE)) {
      flush();
      names.push(word);
    }
    members.add(i);
    count++;
  }
  flush();

  return {
    index: {
      format: 'mediation-finder-gazetteer-shards',
      version: 3,
      departements,
      extra,
      bounds,
      names,
      common,
      spelling: writeSpelling(communes, files),
      arrondissements: [
        ...new Set(communes.filter((c) => c.type === 'ARM').map((c) => c.departement)),
      ].sort(),
      postal,
    },
    files,
  };
}

/** A file's header: the gazetteer's, naming only the départements of the communes it holds. */
function metaOf(meta: GazetteerMeta, communes: readonly Commune[]): GazetteerMeta {
  const own = new Set(communes.map((c) => c.departement));
  const departements = Object.fromEntries(
    Object.entries(meta.departements).filter(([code]) => own.has(code)),
  );
  return { ...meta, departements };
}

/**
 * The postal codes' files (see `GazetteerShardIndex.postal`): each commune under the first digits
 * of each of its codes, with its family (its parent, the parent's parts), in the gazetteer's order.
 */
function writePostal(
  meta: GazetteerMeta,
  communes: readonly Commune[],
  files: Map<string, string>,
): Record<string, string> {
  const family = new Map<string, number[]>();
  communes.forEach((commune, i) => {
    const root = commune.parent ?? commune.insee;
    for (const code of new Set([root, commune.insee])) {
      const list = family.get(code);
      if (list) list.push(i);
      else family.set(code, [i]);
    }
  });
  const byDigits = new Map<string, Set<number>>();
  communes.forEach((commune, i) => {
    const members = [commune.parent ?? commune.insee, commune.insee].flatMap(
      (code) => family.get(code) ?? [],
    );
    for (const code of commune.postalCodes) {
      const digits = code.slice(0, POSTAL_FILE_DIGITS);
      const set = byDigits.get(digits) ?? new Set<number>();
      for (const member of [i, ...members]) set.add(member);
      byDigits.set(digits, set);
    }
  });
  const postal: Record<string, string> = {};
  for (const digits of [...byDigits.keys()].sort()) {
    const list = [...(byDigits.get(digits) as Set<number>)]
      .sort((a, b) => a - b)
      .map((i) => communes[i] as Commune);
    files.set(postalFileName(digits), serializeGazetteer(metaOf(meta, list), list));
    postal[digits.slice(0, 2)] = (postal[digits.slice(0, 2)] ?? '') + digits.slice(2);
  }
  return postal;
}

/**
 * Every name word under its spelling groups (common words too: "Sait-Denis" is corrected to
 * "saint"), in files of a few hundred words cut between groups: the first group of each file.
 */
function writeSpelling(communes: readonly Commune[], files: Map<string, string>): string[] {
  const words = communes.flatMap((c) => [c.name, ...(c.otherNames ?? [])].flatMap(searchTokens));
  const groups = [...buildSpellingGroups(words)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const starts: string[] = [];
  let lines: string[] = [];
  let count = 0;
  const flush = () => {
    if (lines.length) files.set(`spelling/${starts.length - 1}.txt`, `${lines.join('\n')}\n`);
    lines = [];
    count = 0;
  };
  for (const [group, list] of groups) {
    if (!starts.length || count >= WORDS_PER_SPELLING_FILE) {
      flush();
      starts.push(group);
    }
    lines.push(`${group} ${list.join(' ')}`);
    count += list.length;
  }
  flush();
  return starts;
}
