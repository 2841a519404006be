import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { useLocale } from '../src/cli/locale.js';
import { LOCALES } from '../src/messages/catalogue.js';
import { lineDescription } from '../src/messages/lines.js';
import { bringLabel, procedureLabel } from '../src/messages/procedures.js';
import { procedureSummary } from '../src/messages/summaries.js';
import { BRING } from '../src/procedures/bring.js';
import { PROCEDURES } from '../src/procedures/catalogue.js';
import { ABSENT_BODIES, ALL_REMOTE_OPTIONS } from '../src/routing/remote.js';

const SRC = join(import.meta.dirname ?? '.', '../src');

/** Every .ts file of core's sources but the catalogue's generated templates. */
function sources(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Values anywhere in `value` that look like the former `Text`: an object with `fr` or `en` keys. */
function textLike(value: unknown, path = '', seen = new Set<unknown>()): string[] {
  if (!value || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  if (!Array.isArray(value) && ('fr' in value || 'en' in value)) return [path];
  return Object.entries(value).flatMap(([key, v]) => textLike(v, `${path}.${key}`, seen));
}

describe('one way to say things: words are the message catalogue’s', () => {
  test('no { fr, en } text is left in core’s sources', () => {
    const found = sources()
      .filter((file) => /\b(fr|en):\s*['"`]/.test(readFileSync(file, 'utf8')))
      .map((file) => file.slice(SRC.length + 1));
    assert.deepEqual(found, []);
  });

  test('the tables hold ids and data, no text in two languages', () => {
    const tables = { PROCEDURES, ALL_REMOTE_OPTIONS, ABSENT_BODIES };
    assert.deepEqual(textLike(tables), []);
    for (const line of ALL_REMOTE_OPTIONS) assert.ok(!('description' in line), line.id);
  });

  test('every procedure, thing to bring and line has its words in French, the source', () => {
    for (const p of PROCEDURES) {
      assert.notEqual(procedureLabel(p), p.id, p.id);
      assert.ok(procedureSummary(p)?.endsWith('.'), `${p.id}: one sentence`);
    }
    for (const item of BRING) assert.ok(bringLabel(item), item);
    const used = new Set(PROCEDURES.flatMap((p) => p.bring ?? []));
    assert.deepEqual(
      BRING.filter((item) => !used.has(item)),
      [],
      'every item is brought for some procedure',
    );
    for (const line of ALL_REMOTE_OPTIONS) assert.ok(lineDescription(line), line.id);
    assert.equal(procedureLabel('a-procedure-of-an-institution'), 'a-procedure-of-an-institution');
    assert.equal(lineDescription({ id: 'a-line-of-an-institution' }), null);
  });

  /** Letters only this language writes with (Arabic, Cyrillic), or a word of it. */
  const WRITTEN: Record<string, RegExp> = {
    ar: /[\u0600-\u06ff]/,
    uk: /[\u0400-\u04ff]/,
    es: /[a-záéíóúñ]/i,
    en: /[a-z]/i,
    'fr-x-falc': /[a-zéèàç]/i,
  };
  /** Legal names every language keeps (and explains): the person meets them on the forms. */
  const LEGAL = /\b(RSA|C2S|AAH|AME|ASPA|APA|CAF|MDPH|CPF|ANTS|ANTAI|Crous|Urssaf)\b/g;

  for (const locale of LOCALES.filter((l) => l !== 'fr'))
    test(`${locale}: every label, summary, thing to bring and line is translated, legal names kept`, async () => {
      await useLocale('fr');
      const french = PROCEDURES.map((p) => procedureLabel(p));
      const frenchItems = BRING.map(bringLabel);
      await useLocale(locale);
      PROCEDURES.forEach((p, i) => {
        const label = procedureLabel(p);
        const summary = procedureSummary(p) ?? '';
        assert.match(`${label} ${summary}`, WRITTEN[locale] as RegExp, p.id);
        if (locale !== 'fr-x-falc') assert.notEqual(label, french[i], `${p.id} is translated`);
        for (const [name] of (french[i] as string).matchAll(LEGAL))
          assert.ok(`${label} ${summary}`.includes(name), `${locale}: ${p.id} keeps ${name}`);
      });
      if (locale !== 'fr-x-falc')
        BRING.forEach((item, i) => {
          const words = bringLabel(item);
          assert.match(words, WRITTEN[locale] as RegExp, item);
          // A SIRET or INE number is written alike; the sentence around it is not.
          assert.notEqual(words, frenchItems[i], `${item} is translated`);
        });
      for (const line of ALL_REMOTE_OPTIONS)
        assert.match(lineDescription(line) ?? '', WRITTEN[locale] as RegExp, line.id);
    });

  test('easy-to-read French: a plain name and one short sentence per procedure', async () => {
    await useLocale('fr-x-falc');
    for (const p of PROCEDURES) {
      const summary = procedureSummary(p) ?? '';
      // FALC: short sentences (a sentence of at most 20 words), no parentheses in the name.
      for (const sentence of summary.split(/(?<=[.?!])\s+/))
        assert.ok(sentence.split(/\s+/).length <= 20, `${p.id}: "${sentence}"`);
      assert.doesNotMatch(procedureLabel(p), /\(/, p.id);
    }
    assert.equal(procedureSummary('ameli-c2s'), 'La C2S aide à payer les soins.');
  });
});
