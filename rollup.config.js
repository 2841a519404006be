import commonjs from '@rollup/plugin-commonjs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { dts } from 'rollup-plugin-dts';
import { cssString, serverSafeLit, typescript } from './build-tools/rollup-plugins.js';

/**
 * Browser bundles, into ignored folders:
 * - the widget: one entry (`mediation-finder.js`, the single script tag: a few hundred bytes that
 *   start a preset finder's data and import the finder's chunk at once) and lazily loaded chunks
 *   (map, languages, raw-file readers) resolved relative to it; `element.js` (the class alone) and
 *   the package's types;
 * - the examples' own scripts (the postal-code demo, the configurator).
 * `--environment TARGET:widget` or `TARGET:examples` builds one of them.
 */
/** The chunks of a preset finder's first answer (see `banner`), and V8's hint to compile them eagerly. */
const FIRST_ANSWER_CHUNKS = ['mediation-finder', 'define', 'view', 'text', 'summaries'];
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

const widget = {
  // The entry is a few hundred bytes that ask for a preset finder's first files, then import the
  // finder (chunks/define-*.js). The default data's base (data/base.ts) is imported by the entry,
  // so it stays in mediation-finder.js and its import.meta.url is the entry's own.
  input: { 'mediation-finder': 'packages/widget/src/entry.ts' },
  preserveEntrySignatures: false,
  output: {
    dir: 'packages/widget/dist',
    format: 'es',
    // Kept beside the files for a developer's stack traces, not linked: the npm package leaves
    // them out (under 2 MB), and a link to a missing map is an error in every app's console.
    sourcemap: 'hidden',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    // V8's explicit compile hint (Chrome 136+; a plain comment elsewhere): the first answer's
    // code is compiled while it downloads, off the main thread, not function by function once
    // its places have come. 1.90 → 1.77 s for a preset's first places on the phone profile.
    banner: (chunk) => (FIRST_ANSWER_CHUNKS.includes(chunk.name) ? COMPILE_HINT : ''),
  },
  plugins: [
    typescript(),
    cssString(),
    serverSafeLit(),
    nodeResolve({ browser: true, extensions: ['.ts', '.js'] }),
    commonjs(),
    // Every comment out but the compile hint (a regular expression: terser runs in workers).
    terser({ format: { comments: /^# allFunctionsCalledOnLoad$/ } }),
  ],
};

// `element.js`: the same finder, its class exported and not registered (scoped registries, another
// tag, subclasses); `index.js`, the package's import for bundlers, registers that class at once
// and exports it (`MediationFinder.dataUrl`). Built on their own so that the single script tag
// stays its two files; their lazy chunks go to chunks/element/.
const element = {
  ...widget,
  input: { element: 'packages/widget/src/finder/element.ts', index: 'packages/widget/src/index.ts' },
  preserveEntrySignatures: 'allow-extension',
  output: { ...widget.output, chunkFileNames: 'chunks/element/[name]-[hash].js' },
};

// `embed.html`'s script (its URL parameters made attributes, its height told to the parent page)
// and `embed-host.js` (the parent page's side): each one file of its own, nothing shared with the
// finder's chunks, so that the single script tag's budget never pays for them.
const embeds = [
  ['packages/widget/src/embed/embed.ts', 'embed.js'],
  ['packages/widget/src/embed/host.ts', 'embed-host.js'],
].map(([input, file]) => ({
  ...widget,
  input,
  output: {
    ...widget.output,
    dir: undefined,
    file: `packages/widget/dist/${file}`,
    chunkFileNames: undefined,
  },
}));

// The npm package's types, core's included (no zod, no lit: they are bundled, not dependencies).
const types = [
  ['packages/widget/src/finder/element-types.ts', 'mediation-finder.d.ts'],
  ['packages/widget/src/finder/element-types.ts', 'element.d.ts'],
].map(([input, file]) => ({
  input,
  output: { file: `packages/widget/dist/${file}`, format: 'es' },
  plugins: [dts({ respectExternal: true, tsconfig: 'packages/widget/tsconfig.json' })],
}));

const examples = {
  input: {
    'postal-code': 'examples/postal-code/demo.js',
    configurator: 'examples/configurator/configurator.js',
  },
  output: { dir: 'build/examples', format: 'es', sourcemap: true, chunkFileNames: '[name]-[hash].js' },
  plugins: [nodeResolve({ browser: true }), terser()],
};

const target = process.env.TARGET;
const widgets = [widget, element, ...embeds, ...types];
export default target === 'widget' ? widgets : target === 'examples' ? examples : [...widgets, examples];
