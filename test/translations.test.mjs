import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const DIR = new URL('../packages/widget/xliff/', import.meta.url);

test('every message of the widget is translated in every language, placeholders kept', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.xlf'));
  assert.deepEqual(files.sort(), ['ar.xlf', 'en.xlf', 'es.xlf', 'fr-x-falc.xlf', 'uk.xlf']);
  const counts = new Set();
  for (const file of files) {
    const xml = readFileSync(new URL(file, DIR), 'utf8');
    const units = [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
    counts.add(units.length);
    for (const [, id, body] of units) {
      const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
      const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
      assert.ok(target?.trim(), `${file}: ${id} ("${source.slice(0, 40)}") has no translation`);
      const placeholders = (text) => [...text.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort();
      assert.deepEqual(placeholders(target), placeholders(source), `${file}: ${id} placeholders`);
    }
  }
  assert.equal(counts.size, 1, 'the same messages in every file');
});

test('the XLIFF files are what lit-localize extracts from the sources today (no message left out)', () => {
  const widget = fileURLToPath(new URL('../packages/widget/', import.meta.url));
  const check = mkdtempSync(join(widget, '.xliff-check-'));
  const config = join(widget, `${basename(check)}.json`);
  try {
    cpSync(fileURLToPath(DIR), check, { recursive: true });
    const own = JSON.parse(readFileSync(join(widget, 'lit-localize.json'), 'utf8'));
    writeFileSync(
      config,
      JSON.stringify({ ...own, interchange: { ...own.interchange, xliffDir: `./${basename(check)}/` } }),
    );
    execFileSync(join(widget, 'node_modules/.bin/lit-localize'), ['extract', '--config', config], {
      cwd: widget,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const file of readdirSync(DIR))
      assert.equal(
        readFileSync(join(check, file), 'utf8'),
        readFileSync(new URL(file, DIR), 'utf8'),
        `${file} differs from a fresh extraction: run "npx lit-localize extract" in packages/widget and translate`,
      );
  } finally {
    rmSync(check, { recursive: true, force: true });
    rmSync(config, { force: true });
  }
});
