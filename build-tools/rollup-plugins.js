/**
 * Small rollup plugins shared by the root rollup.config.js and the widget's test runner.
 * - typescript(): strips types with esbuild (legacy decorators, as Lit's docs use), and lets
 *   TypeScript sources import each other with ".js" specifiers.
 * - cssString(): `import css from 'x.css'` gives the file as a string (Leaflet's CSS goes into a
 *   shadow root, not into the page).
 * - serverSafeLit(): Lit's browser build, importable in Node (server-side rendering).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { transform } from 'esbuild';

export function typescript({ target = 'es2021' } = {}) {
  return {
    name: 'esbuild-typescript',
    resolveId(source, importer) {
      if (!importer?.endsWith('.ts') || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const candidate = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
      return existsSync(candidate) ? candidate : null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const result = await transform(code, {
        loader: 'ts',
        format: 'esm',
        target,
        sourcemap: true,
        sourcefile: id,
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
      });
      return { code: result.code, map: result.map };
    },
  };
}

export function cssString() {
  return {
    name: 'css-string',
    load(id) {
      if (!id.endsWith('.css')) return null;
      return `export default ${JSON.stringify(readFileSync(id, 'utf8'))};`;
    },
  };
}

/**
 * Lit's browser build touches the DOM when it is evaluated: its element class extends
 * `HTMLElement`, and lit-html walks `document` at the top of its module. A page rendered on a server
 * (Next, Nuxt, Astro, Vite SSR) imports the widget in Node, where both are missing: the import threw
 * "HTMLElement is not defined". Lit's own Node build swaps in a DOM shim (1.5 KB more in every
 * browser); these two statements are all that runs at import time, so only they are made to do
 * nothing outside a browser. Fails the build when Lit's code no longer has them, rather than
 * shipping a script that throws on servers again.
 */
export function serverSafeLit() {
  const patches = [
    [
      /@lit\/reactive-element\/reactive-element\.js$/,
      'extends HTMLElement{',
      'extends(globalThis.HTMLElement??class{}){',
    ],
    [/lit-html\/lit-html\.js$/, '=document,', '=globalThis.document??{createTreeWalker:()=>({})},'],
  ];
  return {
    name: 'server-safe-lit',
    transform(code, id) {
      const patch = patches.find(([file]) => file.test(id.replaceAll('\\', '/')));
      if (!patch) return null;
      const [, from, to] = patch;
      if (code.split(from).length !== 2) {
        throw new Error(`serverSafeLit: "${from}" is not once in ${id}: see build-tools/rollup-plugins.js`);
      }
      return { code: code.replace(from, to), map: null };
    },
  };
}
