/**
 * A slip of one letter in a town's name ("Melum", "Marseile", "Fontainbleau"): the name words one
 * edit away (a letter missing, extra, wrong, or two swapped) that keep the first two or the last
 * two letters of what was typed, or, for a word of 4 letters or fewer, its first and last letters
 * ("Loyn": Lyon). A word of 5 letters or more always keeps its first two or last two after one
 * edit. The rule holds for the whole gazetteer and for its small files alike, so both correct a
 * name the same way, and the small files need only the words of a few groups (`groupsNear`).
 */

/** Words shorter than this are not corrected: one edit away from "eu" is half of France. */
export const SPELLING_MIN = 3;
/** Words this short are also filed by their first and last letters. */
const SHORT = 5;

/** Name words by group (see `groupsOfWord`), as the gazetteer or its spelling files give them. */
export type SpellingGroups = ReadonlyMap<string, readonly string[]>;

const pad = (length: number) => String(length).padStart(2, '0');
const reversed = (word: string) => [...word].reverse().join('');

const startGroup = (word: string, length: number) => `${word.slice(0, 2)}${pad(length)}`;
const endGroup = (word: string, length: number) => `<${reversed(word.slice(-2))}${pad(length)}`;
const edgesGroup = (word: string, length: number) => `>${word[0]}${word.at(-1)}${pad(length)}`;

/**
 * The groups a word is filed under: its first two letters and its length ("me05" for "melun"),
 * its last two letters read backwards and its length ("<nu05"), and when it is short its first
 * and last letters and length (">ln04" for "lyon"). Sorted, a group's words are next to those
 * of the same start (or end) and a length one more or less.
 */
export function groupsOfWord(word: string): string[] {
  const n = word.length;
  return [startGroup(word, n), endGroup(word, n), ...(n <= SHORT ? [edgesGroup(word, n)] : [])];
}

/** The groups that hold every word one edit away from `word` under the rule above. */
export function groupsNear(word: string): string[] {
  if (word.length < SPELLING_MIN) return [];
  const lengths = [word.length - 1, word.length, word.length + 1];
  return [
    ...lengths.map((n) => startGroup(word, n)),
    ...lengths.map((n) => endGroup(word, n)),
    ...(word.length < SHORT ? lengths.map((n) => edgesGroup(word, n)) : []),
  ];
}

/** Every word under its two groups, each group's words sorted. */
export function buildSpellingGroups(words: Iterable<string>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const word of new Set(words)) {
    if (word.length < SPELLING_MIN) continue;
    for (const group of groupsOfWord(word)) {
      const list = groups.get(group);
      if (list) list.push(word);
      else groups.set(group, [word]);
    }
  }
  for (const list of groups.values()) list.sort();
  return groups;
}

/**
 * Whether a word is known to be no name's word: its own group is there and lacks it. (A group
 * that is not there is not known: the small files read only the groups they need.)
 */
export function isUnknownWord(word: string, groups: SpellingGroups): boolean {
  const group = groups.get(startGroup(word, word.length));
  return group !== undefined && !group.includes(word);
}

/** The name words one edit away from `word` that keep its first or last two letters, sorted. */
export function corrections(word: string, groups: SpellingGroups): string[] {
  const found = new Set<string>();
  for (const group of groupsNear(word))
    for (const candidate of groups.get(group) ?? []) if (oneEditApart(word, candidate)) found.add(candidate);
  return [...found].sort();
}

/** Exactly one letter missing, extra, wrong, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length !== long.length) return short.slice(i) === long.slice(i + 1);
  if (short.slice(i + 1) === long.slice(i + 1)) return true;
  return short[i] === long[i + 1] && short[i + 1] === long[i] && short.slice(i + 2) === long.slice(i + 2);
}
