import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extensionKeys } from '../packages/extension/scripts/locales.mjs';

const ROOT = new URL('../', import.meta.url);
const DIR = new URL('xliff/', ROOT);

test('every message of the catalogue is translated in every language, placeholders kept', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.xlf'));
  assert.deepEqual(files.sort(), ['ar.xlf', 'en.xlf', 'es.xlf', 'fr-x-falc.xlf', 'uk.xlf']);
  // The extension's words, named by their browser.i18n keys: easy-to-read French is no
  // browser's language, so they have none.
  const extension = new Set(extensionKeys(fileURLToPath(ROOT)));
  assert.ok(extension.size > 70, 'the extension declares its words');
  const counts = new Set();
  for (const file of files) {
    const xml = readFileSync(new URL(file, DIR), 'utf8');
    const units = [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
    counts.add(units.length);
    for (const [, id, body] of units) {
      const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
      const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
      if (file === 'fr-x-falc.xlf' && extension.has(id)) {
        assert.equal(target, undefined, `${file}: ${id} is the extension's`);
        continue;
      }
      assert.ok(target?.trim(), `${file}: ${id} ("${source.slice(0, 40)}") has no translation`);
      const placeholders = (text) =>
        [...text.matchAll(/<x id="(\d+)"|\$([A-Z_]+)\$/g)].map((m) => m[1] ?? m[2]).sort();
      assert.deepEqual(placeholders(target), placeholders(source), `${file}: ${id} placeholders`);
    }
  }
  assert.equal(counts.size, 1, 'the same messages in every file');
});

test('the XLIFF files are what lit-localize extracts from the sources today (no message left out)', () => {
  const root = fileURLToPath(ROOT);
  const check = mkdtempSync(join(root, '.xliff-check-'));
  const config = join(root, `${basename(check)}.json`);
  try {
    cpSync(fileURLToPath(DIR), check, { recursive: true });
    const own = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
    writeFileSync(
      config,
      JSON.stringify({ ...own, interchange: { ...own.interchange, xliffDir: `./${basename(check)}/` } }),
    );
    execFileSync(
      join(root, 'packages/core/node_modules/.bin/lit-localize'),
      ['extract', '--config', config],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    for (const file of readdirSync(DIR))
      assert.equal(
        readFileSync(join(check, file), 'utf8'),
        readFileSync(new URL(file, DIR), 'utf8'),
        `${file} differs from a fresh extraction: run "pnpm run localize" and translate`,
      );
  } finally {
    rmSync(check, { recursive: true, force: true });
    rmSync(config, { force: true });
  }
});
