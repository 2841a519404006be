/**
 * Small rollup plugins shared by the root rollup.config.js and the widget's test runner.
 * - typescript(): strips types with esbuild (legacy decorators, as Lit's docs use), and lets
 *   TypeScript sources import each other with ".js" specifiers.
 * - cssString(): `import css from 'x.css'` gives the file as a string (Leaflet's CSS goes into a
 *   shadow root, not into the page).
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
