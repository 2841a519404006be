import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { PROCEDURES, SITUATIONS } from '@mediation-finder/core';
// @ts-expect-error: the build's own module, plain JavaScript.
import { BROWSER_LOCALES, extensionKeys, localeMessages } from '../scripts/locales.mjs';
import { QUICK_DIFFICULTIES, QUICK_PROCEDURES, QUICK_SITUATIONS } from '../src/shared/quick.js';
import { words } from '../src/shared/words.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
/** A language's _locales/<language>/messages.json, as the build writes it from xliff/. */
const catalogue = (lang: string): Messages => localeMessages(ROOT, lang);
const languages = [...(BROWSER_LOCALES as string[])].sort();

test('the extension speaks five languages, each with every message and its placeholders', () => {
  assert.deepEqual(languages, ['ar', 'en', 'es', 'fr', 'uk']);
  const french = catalogue('fr');
  for (const lang of languages) {
    const messages = catalogue(lang);
    assert.deepEqual(Object.keys(messages).sort(), Object.keys(french).sort(), lang);
    for (const [key, { message, placeholders }] of Object.entries(messages)) {
      assert.ok(message.trim(), `${lang} ${key} is empty`);
      for (const name of Object.keys(french[key]?.placeholders ?? {}))
        assert.ok(
          message.includes(`$${name.toUpperCase()}$`) && placeholders?.[name],
          `${lang} ${key}: $${name}$`,
        );
    }
    assert.equal(messages.languageCode?.message, lang);
  }
  // Store listings: the name fits Chrome's 75 characters, the description its 132.
  for (const lang of languages) {
    assert.ok((catalogue(lang).extensionName?.message.length ?? 0) <= 75, lang);
    assert.ok((catalogue(lang).extensionDescription?.message.length ?? 0) <= 132, lang);
  }
});

test('the quick orientation names catalogue procedures and routing difficulties, in every language', () => {
  const ids = new Set(PROCEDURES.map((p) => p.id));
  for (const id of QUICK_PROCEDURES) assert.ok(ids.has(id), `${id} is not in the procedure catalogue`);
  assert.deepEqual(QUICK_SITUATIONS, [...SITUATIONS]);
  for (const lang of languages)
    for (const id of [...QUICK_PROCEDURES, ...QUICK_DIFFICULTIES, ...QUICK_SITUATIONS])
      assert.ok(catalogue(lang)[`quick_${id.replace(/-/g, '_')}`], `${lang}: quick_${id}`);
});

test('every word the extension shows is declared in the catalogue', () => {
  // Each word's catalogue id is its key (what the build looks for).
  assert.deepEqual(extensionKeys(ROOT), Object.keys(words()));
  const declared = new Set([...Object.keys(words()), 'languageCode', 'languageDirection']);
  const src = fileURLToPath(new URL('../src/', import.meta.url));
  const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => /\.(ts|html)$/.test(f));
  const used = new Set<string>();
  for (const file of files) {
    const text = readFileSync(join(src, file), 'utf8');
    for (const m of text.matchAll(/\bt\('(\w+)'|data-i18n="(\w+)"|__MSG_(\w+)__/g))
      used.add(m[1] ?? m[2] ?? m[3] ?? '');
  }
  assert.ok(used.size > 40, `${used.size} keys found`);
  for (const key of used) assert.ok(declared.has(key), `${key} is used but not in src/shared/words.ts`);
});
