/**
 * A slip of one letter in a town's name: on the 1,000 most populous communes, a fixed seed, three
 * one-edit typos each (a letter missing, extra, wrong, or two neighbours swapped: "Melum",
 * "Marseile"), the share whose first suggestion is the commune, and what a browser fetches for
 * it from the shipped gazetteer's small files (`shardGazetteer`): files and bytes gzip, median
 * and 95th percentile, and the size those files add to the shipped gazetteer. Prints figures;
 * asserts nothing.
 *   pnpm bench:typos      (after "pnpm run data" or "pnpm run build", which build packages/core/data)
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { type Commune, Gazetteer } from '../src/geo/gazetteer.js';
import { gazetteerForSuggestions, parseSpelling, shardGazetteer } from '../src/geo/gazetteer-shards.js';
import { random } from './random.js';

const SEED = 24;
const COMMUNES = 1_000;
const TYPOS_PER_COMMUNE = 3;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

const whole = Gazetteer.parse(readFileSync(new URL('../data/gazetteer.tsv', import.meta.url), 'utf8'));
const { index, files } = shardGazetteer(whole.meta, whole.communes);
const gz = (text: string) => gzipSync(text, { level: 9 }).length;
const sizes = new Map([...files].map(([name, text]) => [name, gz(text)]));

const rand = random(SEED);
const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
const fold = (letter: string) =>
  letter
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);

type Edit = 'missing' | 'extra' | 'wrong' | 'swapped';
/** One edit of one letter of the name as it is written (its accents, hyphens and capitals kept). */
function typo(name: string): { edit: Edit; text: string } {
  const letters = [...name].flatMap((ch, i) => (isLetter(ch) ? [i] : []));
  for (;;) {
    const i = pick(letters);
    const edit = pick(['missing', 'extra', 'wrong', 'swapped'] as const);
    const [before, at, after] = [name.slice(0, i), name[i] as string, name.slice(i + 1)];
    if (edit === 'missing') return { edit, text: before + after };
    if (edit === 'extra') return { edit, text: before + pick([...LETTERS]) + at + after };
    if (edit === 'wrong') {
      const letter = pick([...LETTERS]);
      if (letter !== fold(at)) return { edit, text: before + letter + after };
    } else if (isLetter(after[0]) && fold(after[0] as string) !== fold(at)) {
      return { edit, text: before + after[0] + at + after.slice(1) };
    }
  }
}

const top: Commune[] = whole.communes
  .filter((c) => c.type === 'COM')
  .sort((a, b) => b.population - a.population)
  .slice(0, COMMUNES);
// A namesake more populous (Saint-Denis in La Réunion before the one in Seine-Saint-Denis) comes
// first for the name well typed too: counted apart.
const firstWhenWellTyped = new Set(top.filter((c) => whole.suggest(c.name, 1)[0]?.commune === c));

const read = new Set<string>();
const readNames = async (file: string) => {
  read.add(file);
  return Gazetteer.parse(files.get(file) as string);
};
const readSpelling = async (file: string) => {
  read.add(file);
  return parseSpelling(files.get(file) as string);
};

const byEdit = new Map<Edit, { right: number; all: number }>();
let right = 0;
let rightWellTyped = 0;
let wholeNeeded = 0;
const bytes: number[] = [];
const fileCounts: number[] = [];
const failures: string[] = [];
const started = performance.now();
for (const commune of top) {
  for (let n = 0; n < TYPOS_PER_COMMUNE; n++) {
    const { edit, text } = typo(commune.name);
    read.clear();
    // What the browser fetches: the gazetteer's index (already there for any search), then these.
    const part = await gazetteerForSuggestions(text, index, readNames, readSpelling);
    if (!part) wholeNeeded++;
    const first = part ? part.gazetteer.suggest(text, 8, part.spelling)[0] : whole.suggest(text, 8)[0];
    const ok = first?.commune === commune || first?.commune.insee === commune.insee;
    const counts = byEdit.get(edit) ?? { right: 0, all: 0 };
    counts.all++;
    if (ok) {
      right++;
      counts.right++;
      if (firstWhenWellTyped.has(commune)) rightWellTyped++;
    } else if (failures.length < 12)
      failures.push(`${text} → ${first?.commune.name ?? 'nothing'} (${commune.name})`);
    byEdit.set(edit, counts);
    if (part) {
      bytes.push([...read].reduce((sum, file) => sum + (sizes.get(file) ?? 0), 0));
      fileCounts.push(read.size);
    }
  }
}
const ms = performance.now() - started;

const total = top.length * TYPOS_PER_COMMUNE;
const percent = (a: number, b: number) => `${((100 * a) / b).toFixed(1)} %`;
const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] as number;
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
const sum = (prefix: string) =>
  [...sizes].filter(([name]) => name.startsWith(prefix)).reduce((all, [, size]) => all + size, 0);
const count = (prefix: string) => [...sizes.keys()].filter((name) => name.startsWith(prefix)).length;

console.log(`one-edit typos of the ${COMMUNES} most populous communes, seed ${SEED}, ${total} typed names`);
console.log(`  first suggestion is the commune: ${right} of ${total}, ${percent(right, total)}`);
const wellTyped = firstWhenWellTyped.size * TYPOS_PER_COMMUNE;
console.log(
  `  of the ${firstWhenWellTyped.size} communes their own name gives first (no more populous namesake): ${percent(rightWellTyped, wellTyped)}`,
);
for (const [edit, counts] of byEdit) console.log(`  ${edit}: ${percent(counts.right, counts.all)}`);
console.log(`  whole gazetteer needed (short or common words only): ${wholeNeeded}`);
console.log(
  `  fetched from the small files: median ${kb(quantile(bytes, 0.5))} gzip in ${quantile(fileCounts, 0.5)} files, 95th percentile ${kb(quantile(bytes, 0.95))} in ${quantile(fileCounts, 0.95)}, largest ${kb(Math.max(...bytes))}`,
);
console.log(`  time in Node: ${(ms / total).toFixed(1)} ms per typed name (small files parsed each time)`);
console.log(`shipped gazetteer files, gzip -9:`);
console.log(`  names files: ${count('names/')}, ${kb(sum('names/'))}`);
console.log(
  `  spelling files (new): ${count('spelling/')}, ${kb(sum('spelling/'))}, each at most ${kb(Math.max(...[...sizes].filter(([n]) => n.startsWith('spelling/')).map(([, s]) => s)))}`,
);
console.log(
  `  index.json: ${kb(gz(JSON.stringify(index)))} (its spelling and arrondissements: ${kb(gz(JSON.stringify(index)) - gz(JSON.stringify({ ...index, spelling: [], arrondissements: [] })))})`,
);
console.log(
  `  all the small files: ${kb([...sizes.values()].reduce((a, b) => a + b, 0) + gz(JSON.stringify(index)))}`,
);
console.log(`missed, the first ${failures.length}:\n  ${failures.join('\n  ')}`);
