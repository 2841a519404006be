import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';

const PACKAGE = join(import.meta.dirname ?? '.', '..');
const exportsOf = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')).exports as Record<
  string,
  { default: string }
>;

/** Each entry's source file: `./dist/x.js` is built from `src/x.ts`. */
const entries = Object.entries(exportsOf).map(([entry, { default: built }]) => ({
  name: `@mediation-finder/core${entry.slice(1)}`,
  file: join(PACKAGE, built.replace('./dist/', 'src/').replace(/\.js$/, '.ts')),
}));

test('the README lists every name each entry exports, and only those', () => {
  const program = ts.createProgram(
    entries.map((e) => e.file),
    { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true },
  );
  const checker = program.getTypeChecker();
  const readme = readFileSync(join(PACKAGE, 'README.md'), 'utf8');
  for (const { name, file } of entries) {
    const module = checker.getSymbolAtLocation(program.getSourceFile(file) as ts.SourceFile);
    const exported = checker.getExportsOfModule(module as ts.Symbol).map((s) => s.name);
    const line = readme.split('\n').find((l) => l.startsWith(`- \`${name}\`: `));
    assert.ok(line, `the README has no line for ${name}`);
    const documented = [...line.slice(name.length + 6).matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    assert.deepEqual(documented.sort(), exported.sort(), name);
  }
});
