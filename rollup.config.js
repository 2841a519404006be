import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** Browser bundles of the examples, into build/ (ignored). */
export default [
  {
    input: 'examples/postal-code/demo.js',
    output: { file: 'build/examples/postal-code.js', format: 'es', sourcemap: true },
    plugins: [nodeResolve({ browser: true }), terser()],
  },
];
