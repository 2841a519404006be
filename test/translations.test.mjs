import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

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
