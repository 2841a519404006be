import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { PROCEDURES } from '@mediation-finder/core';
import { QUICK_DIFFICULTIES, QUICK_PROCEDURES } from '../src/shared/quick.js';

const LOCALES = new URL('../src/_locales/', import.meta.url);
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const catalogue = (lang: string): Messages =>
  JSON.parse(readFileSync(new URL(`${lang}/messages.json`, LOCALES), 'utf8'));
const languages = readdirSync(LOCALES).sort();

test('the extension speaks five languages, each with every message and its placeholders', () => {
  assert.deepEqual(languages, ['ar', 'en', 'es', 'fr', 'uk']);
  const french = catalogue('fr');
  for (const lang of languages) {
    const words = catalogue(lang);
    assert.deepEqual(Object.keys(words).sort(), Object.keys(french).sort(), lang);
    for (const [key, { message, placeholders }] of Object.entries(words)) {
      assert.ok(message.trim(), `${lang} ${key} is empty`);
      for (const name of Object.keys(french[key]?.placeholders ?? {}))
        assert.ok(
          message.includes(`$${name.toUpperCase()}$`) && placeholders?.[name],
          `${lang} ${key}: $${name}$`,
        );
    }
    assert.equal(words.languageCode?.message, lang);
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
  for (const lang of languages)
    for (const id of [...QUICK_PROCEDURES, ...QUICK_DIFFICULTIES])
      assert.ok(catalogue(lang)[`quick_${id.replace(/-/g, '_')}`], `${lang}: quick_${id}`);
});
