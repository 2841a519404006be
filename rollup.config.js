import commonjs from '@rollup/plugin-commonjs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { dts } from 'rollup-plugin-dts';
import { cssString, serverSafeLit, typescript } from './build-tools/rollup-plugins.js';

/**
 * Browser bundles, into ignored folders:
 * - the widget: one entry (`mediation-finder.js`, the single script tag) and lazily loaded chunks
 *   (map, languages, raw-file readers) resolved relative to it; `element.js` (the class alone) and
 *   the package's types;
 * - the examples' own scripts.
 * `--environment TARGET:widget` or `TARGET:examples` builds one of them.
 */
const widget = {
  input: { 'mediation-finder': 'packages/widget/src/finder/define.ts' },
  // The entry is a side-effect script that also exports its class (`MediationFinder.dataUrl`):
  // letting rollup put the shared code in it keeps import.meta.url (the default data's base)
  // pointing at mediation-finder.js itself.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'packages/widget/dist',
    format: 'es',
    // Kept beside the files for a developer's stack traces, not linked: the npm package leaves
    // them out (under 2 MB), and a link to a missing map is an error in every app's console.
    sourcemap: 'hidden',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
  plugins: [
    typescript(),
    cssString(),
    serverSafeLit(),
    nodeResolve({ browser: true, extensions: ['.ts', '.js'] }),
    commonjs(),
    terser({ format: { comments: false } }),
  ],
};

// `element.js`: the same finder, its class exported and not registered (scoped registries, another
// tag, subclasses). Built on its own so that the single script tag stays one file; its lazy
// chunks go to chunks/element/.
const element = {
  ...widget,
  input: { element: 'packages/widget/src/finder/element.ts' },
  preserveEntrySignatures: 'allow-extension',
  output: { ...widget.output, chunkFileNames: 'chunks/element/[name]-[hash].js' },
};

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
  input: 'examples/postal-code/demo.js',
  output: { file: 'build/examples/postal-code.js', format: 'es', sourcemap: true },
  plugins: [nodeResolve({ browser: true }), terser()],
};

const target = process.env.TARGET;
const widgets = [widget, element, ...types];
export default target === 'widget' ? widgets : target === 'examples' ? examples : [...widgets, examples];
