#!/usr/bin/env node
/**
 * Builds the embeddable widget into dist/:
 *   0. the procedure ids' type from core's catalogue (src/finder/generated/, ignored),
 *   1. the bundle (root rollup.config.js, TARGET=widget); its languages are the message catalogue
 *      core builds from xliff/ at the repository's root,
 *   2. the default data next to the script (dist/data/, the data package's files: for the examples,
 *      the tests and the release zip; the npm package leaves it out, see package.json "files"),
 *      and embed.html (the finder alone in a page set by its URL parameters, for an iframe),
 *   3. custom-elements.json (Custom Elements Manifest analyzer),
 *   4. a size report, failing when a budget is exceeded.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const PACKAGE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = resolve(PACKAGE, '../..');
const DIST = join(PACKAGE, 'dist');
const bin = (name) => join(PACKAGE, 'node_modules/.bin', name);
const run = (command, args, options = {}) => execFileSync(command, args, { stdio: 'inherit', ...options });

/** Budgets in gzip bytes (issue: core + widget ≤ 40 KB without map and data; map chunk ≤ 60 KB). */
// 44 KB since the right-door work (competence, travel burden, emergency lines and the overseas
// bodies: +3.2 KB). To win back: core still builds fr/en sentences (summary, widened) the widget
// throws away; one message catalogue (issue "Ready to adopt") removes them.
// 45 KB with the doors looked up by where the person lives (town hall as the CCAS's door, the
// département's or Métropole de Lyon's social service: +1.3 KB).
// 46 KB with 15 more procedures people bring to a France Services desk (labels and what to bring
// in the widget; their portal patterns, for the extension only, moved out of its bundle: net +0.7 KB).
// 47 KB with orient()'s checks of its options at the API and the area a social service serves
// (+0.4 KB). The way back under 44 KB is the single message catalogue (issue "Ready to adopt").
// 48 KB with the data loading made safe under faults: a deadline and a size limit on every fetch,
// published places checked again (links, bidirectional characters), one source per page shared by
// every finder, the shipped data when the embedder's fails at any point (+1.3 KB).
// 49 KB with the phone path: remote help after a failed search and an "or call" line on top,
// overseas phone numbers written as dialled, left-to-right values isolated in Arabic (+0.5 KB).
// 50 KB with the visible language choice, the map loaded when in view, a postal code answered
// from its département's gazetteer file, nearest places first (+1.1 KB; they save 640 KB of
// gazetteer and most farther shards before the first places).
// 50 KB still with a town's name and a position answered from the gazetteer's small files (+0.7
// KB; they save 640 KB before the first places).
// 51 KB with a known position's places fetched with its commune, the far place's number as
// dialled, typed events, and core re-laid in entries (its modules' new order compresses 0.3 KB
// worse; nothing else came in). The single message catalogue is the way back under 50 KB.
// 48 KB with the single message catalogue: core returns codes only (no fr/en summary, widened
// message, kind labels nor location sentences built on every answer): −3.8 KB.
// 52.5 KB with issue 22's "right door everywhere": crisis lines first with their hours on the
// person's clock (15 lines and territories' bodies as data, the situation asked, the crisis block
// and the slip's), one ranking whatever the limit, who comes home to a person who cannot travel,
// the retired 08 10 numbers replaced by today's lines, the honest competence wording and their
// words (+4.1 KB: every line, notice and reason of an answer must be in the first script).
// 53 KB with both halves of issue 22 merged: the places that are no public door (reserved
// publics and their words, the gazetteer's point and other names, +0.5 KB) and the above.
// 50.0 KB (from 50.5) with one way to say things: procedures, what to bring and remote lines said
// by the catalogue (their English leaves the first script, every other language comes with its
// own chunk); the procedures' one-sentence summaries are a 2.3 KB chunk of their own.
// 51.9 KB (measured on the town branch, before the merge with the above) with finding the town
// (issue 24, +1.4 KB): a name one letter wrong corrected from the gazetteer's spelling files and
// offered as « Vouliez-vous dire … ? » buttons, "77000 Melun", arrondissements by their number.
// 51.7 KB with both merged (51.8 KB with a town hall offered once): budget 52 KB.
// 52.2 KB with the preset place's data started first (data/early.ts, +0.2 KB: the manifest, the
// gazetteer's files, the nearest shards, the doors and the results' view requested while the
// script is evaluated, about 300 ms before the finder's own search would ask): budget 52.5 KB.
// 53.3 KB (+1.5 KB, languages branch of issue 24): the procedures grouped by body as radio buttons
// a person filters by typing (the groups as data, their 11 names, the keys), the browser's language
// offered in it with the way back, French data isolated in Arabic sentences. Budget 53.5 KB, for the
// lead to judge: the list could leave the first script for pages that preset a procedure.
// Both merged: 53.8 KB; budget 54 KB. With short cards (the results' styles in their chunk): 53.6 KB.
// 54.5 KB (+0.7 KB) with a first script of 0.6 KB (src/entry.ts) that asks for a preset finder's
// manifest and gazetteer files before the finder's chunk (chunks/define-*.js) has arrived and been
// evaluated: budget 55 KB.
// 55.5 KB (+1.8 KB, core's part of issue 26, measured before the first script): a dataset read as
// untrusted input, by hand rather than with zod/mini (5.4 KB gzip for a schema of four fields
// alone): every field and file name of the manifest, every field of every place (core's
// checkManifest, checkPublishedPlaces), displayText, the e-mail rule, a search's options checked
// before anything is fetched, six reads at a time. Both: 56.5 KB; budget 57 KB.
// The finder's guards of issue 26 (a render that throws, a refused search, their messages), with
// all the above: 57.5 KB; budget 58 KB for now (the checks could go to a chunk loaded with a
// dataset's first shard).
// 54.2 KB (measured alone) with the widget in every stack (issue 25, +0.5 KB): the default data's folder set by
// `data-url` or `MediationFinder.dataUrl`, the error naming the URL that answered with a web page
// (Vite's dev server) or nothing, and the script importable on a server (SSR). All merged, with the first script and issue 26: 57.9 KB; budget 58.5 KB.
// 58.0 KB (+0.1 KB) with a neutral default look and `theme="dsfr"` (four custom properties on
// :host([theme=dsfr])): the DSFR's blue and Marianne are the State's.
// An institution's territory (issue 25): the places of the territory first within their kind
// and the two notices in orient, a commune's or EPCI's communes read by the gazetteer (its codes'
// reading in a lazy chunk, 0.7 KB, for a finder with a territory only): +0.9 KB, 58.8 KB; budget 59 KB.
// A small namesake never taken for a larger town ("Evry": Évry-Courcouronnes or Évry, asked):
// +0.3 KB, 59.1 KB; budget 59.5 KB.
// The first script asks for a preset finder's first places itself (issue 24): the gazetteer's
// reading and the manifest's checks move from the finder's chunk into it (8.5 KB gzip, the
// finder's chunk 53 KB), +1.2 KB in all (two files compress less than one): 60.5 KB; budget 61 KB.
// A counter of the département to ask about (address-office) and French's « du Mans », « des
// Abymes » in the heading and the status: 60.8 KB.
// The browser's formatting data loaded by the first script while the network is busy (0.1 KB,
// 300 ms of main thread off the first answer on the phone profile), a place nobody vouches for
// ranked farther within its kind and near-home help named only within 60 km (0.2 KB), a young
// person's Mission locale and a delegated commune's distances said to start from its parent's
// point (0.2 KB): 61.3 KB; budget 61.5 KB.
// The right door, a third review: a council survey's rows are doubtful (the source review's table,
// 0.1 KB), a proxy vote's in-person and police notices and « la semaine prochaine » (their French
// sentences are the catalogue's source, in the first script: 0.3 KB), the commune's own town hall
// nearest (0.1 KB): 61.8 KB; budget 62 KB.
// V8's compile hint atop the first answer's five files (compiled while they download: 1.90 →
// 1.77 s for a preset's first places on the phone profile) and a young person's own Mission
// locale said to be the nearest, to ask (its French sentence, the rule: 0.3 KB): 62.2 KB; budget 62.5 KB.
// A postal code's own gazetteer file (postal/770.tsv, 0.5 KB brotli where its département's is 8),
// named by the first script and read by core: +0.1 KB, 62.3 KB.
export const BUDGETS = { main: 62.5 * 1024, map: 60 * 1024 };

// `procedure="caf-rssa"` is a type error in a user's code: the ids are the catalogue's, as built.
const { PROCEDURES } = await import(pathToFileURL(join(ROOT, 'packages/core/dist/index.js')).href);
mkdirSync(join(PACKAGE, 'src/finder/generated'), { recursive: true });
writeFileSync(
  join(PACKAGE, 'src/finder/generated/catalogue.ts'),
  `// Written by scripts/build.mjs from core's catalogue (PROCEDURES): not edited, not committed.\n` +
    `/** A procedure's id in core's catalogue. */\n` +
    `export type ProcedureId =\n${PROCEDURES.map((p) => `  | '${p.id}'`).join('\n')};\n` +
    `/** The ids alone, for embed.html's parameters (not the catalogue's 40 KB). */\n` +
    `export const PROCEDURE_IDS: readonly ProcedureId[] = ${JSON.stringify(PROCEDURES.map((p) => p.id))};\n`,
);

rmSync(DIST, { recursive: true, force: true });
run(
  join(ROOT, 'node_modules/.bin/rollup'),
  ['-c', 'rollup.config.js', '--environment', 'TARGET:widget', '--silent'],
  { cwd: ROOT },
);

const data = join(ROOT, 'packages/data/dist');
if (!existsSync(join(data, 'places/manifest.json'))) {
  throw new Error(
    'packages/data/dist is missing: run "pnpm run data" (scripts/prepare-data.mjs), then "pnpm --filter @mediation-finder/data run build"',
  );
}
cpSync(data, join(DIST, 'data'), { recursive: true });
// embed.html (one finder set by its URL parameters, for an iframe) and its style, beside the script.
for (const file of ['embed.html', 'embed.css']) cpSync(join(PACKAGE, 'src/embed', file), join(DIST, file));
// The framework types (hand-written: they name React's and Vue's types, which the app has), and
// the module their entries resolve to at run time.
for (const file of ['react.d.ts', 'vue.d.ts']) cpSync(join(PACKAGE, 'types', file), join(DIST, file));
writeFileSync(join(DIST, 'types-only.js'), '// Types only: see react.d.ts and vue.d.ts.\nexport {};\n');

run(
  bin('cem'),
  [
    'analyze',
    '--litelement',
    '--globs',
    'src/finder/mediation-finder.ts',
    'src/map/finder-map.ts',
    '--outdir',
    'dist',
    '--quiet',
  ],
  { cwd: PACKAGE },
);

// Size report: what a page downloads first (the entry, the finder's chunk it imports at once, and
// their static imports), then the lazy chunks.
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const entry = join(DIST, 'mediation-finder.js');
const staticImports = (file, seen = new Set()) => {
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(
    /(?:^|[;}\s])(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.\.?\/[^"']+)["']/g,
  )) {
    const target = resolve(dirname(file), match[1]);
    if (!seen.has(target)) {
      seen.add(target);
      staticImports(target, seen);
    }
  }
  return seen;
};
const chunks = readdirSync(join(DIST, 'chunks'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => join(DIST, 'chunks', f));
const finderChunk = chunks.find((f) => /\/define-[\w-]+\.js$/.test(f));
if (!finderChunk) throw new Error('no chunks/define-*.js: the entry must import the finder (src/entry.ts)');
const initial = [...new Set([entry, ...staticImports(entry), finderChunk, ...staticImports(finderChunk)])];
const mapChunks = chunks.filter((f) => /finder-map/.test(f));
const mapOwn = mapChunks.flatMap((f) => [f, ...staticImports(f)]).filter((f) => !initial.includes(f));
const sum = (files) => [...new Set(files)].reduce((n, f) => n + gz(f), 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const main = sum(initial);
const map = sum(mapOwn);
const lines = [
  'mediation-finder size report (gzip -9)',
  `  initial (core + widget, no map, no data)  ${kb(main).padStart(9)}   budget ${kb(BUDGETS.main)}`,
  `  map chunk (Leaflet + its CSS + map code)  ${kb(map).padStart(9)}   budget ${kb(BUDGETS.map)}`,
];
for (const file of chunks.filter((f) => !initial.includes(f) && !mapOwn.includes(f)).sort()) {
  lines.push(`  lazy ${file.slice(DIST.length + 1).padEnd(36)} ${kb(gz(file)).padStart(9)}`);
}
const gazetteer = join(DIST, 'data/gazetteer.tsv');
const largest = (folder) =>
  Math.max(
    ...readdirSync(folder)
      .filter((f) => f.endsWith('.tsv'))
      .map((f) => gz(join(folder, f))),
  );
lines.push(
  `  data: a postal code needs its gazetteer file (at most ${kb(largest(join(DIST, 'data/gazetteer/postal')))}), ` +
    `a position its département's (at most ${kb(largest(join(DIST, 'data/gazetteer')))}), ` +
    `a town's name one or two names files (at most ${kb(largest(join(DIST, 'data/gazetteer/names')))}) and its département's; ` +
    `the whole gazetteer (${kb(gz(gazetteer))}) only for raw files and names of short or common words only; ` +
    'places: the shards within 15 km first, farther ones when the answer needs them',
);
lines.push(
  `  element.js (the class, not registered; its own lazy chunks) ${kb(gz(join(DIST, 'element.js'))).padStart(9)}`,
);
console.log(lines.join('\n'));
const over = [main > BUDGETS.main && 'initial', map > BUDGETS.map && 'map'].filter(Boolean);
if (over.length) {
  console.error(`size budget exceeded: ${over.join(', ')}`);
  process.exit(1);
}
