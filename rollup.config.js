import commonjs from '@rollup/plugin-commonjs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { cssString, typescript } from './build-tools/rollup-plugins.js';

/**
 * Browser bundles, into ignored folders:
 * - the widget: one entry (`mediation-finder.js`, the single script tag) and lazily loaded chunks
 *   (map, languages, raw-file readers) resolved relative to it;
 * - the examples' own scripts.
 * `--environment TARGET:widget` or `TARGET:examples` builds one of them.
 */
const widget = {
  input: { 'mediation-finder': 'packages/widget/src/define.ts' },
  // The entry is a side-effect script: letting rollup put the shared code in it keeps
  // import.meta.url (the default data's base) pointing at mediation-finder.js itself.
  preserveEntrySignatures: false,
  output: {
    dir: 'packages/widget/dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
  plugins: [
    typescript(),
    cssString(),
    nodeResolve({ browser: true, extensions: ['.ts', '.js'] }),
    commonjs(),
    terser({ format: { comments: false } }),
  ],
};

const examples = {
  input: 'examples/postal-code/demo.js',
  output: { file: 'build/examples/postal-code.js', format: 'es', sourcemap: true },
  plugins: [nodeResolve({ browser: true }), terser()],
};

const target = process.env.TARGET;
export default target === 'widget' ? widget : target === 'examples' ? examples : [widget, examples];
