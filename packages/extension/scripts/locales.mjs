/**
 * The extension's `_locales/<language>/messages.json`, written from the project's one message
 * catalogue (xliff/ at the repository's root): the messages src/shared/words.ts declares under
 * their `browser.i18n` keys, French from the sources, the other browser languages from their
 * XLIFF file. A `$NAME$` placeholder gets `$1`, `$2`… in order of appearance (`t(key, …values)`).
 * Each procedure's label is in the catalogue under its `browser.i18n` key (`procedure_<id>`, see
 * core's src/messages/procedures.ts): the content script names a recognised procedure without
 * carrying the procedure catalogue.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROCEDURES } from '@mediation-finder/core';

/** The browser languages the extension speaks (easy-to-read French is no browser's). */
export const BROWSER_LOCALES = ['fr', 'en', 'es', 'ar', 'uk'];
const RTL = new Set(['ar']);

const unescapeXml = (text) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The keys src/shared/words.ts declares, in its order. */
export function extensionKeys(root) {
  const source = readFileSync(join(root, 'packages/extension/src/shared/words.ts'), 'utf8');
  return [...source.matchAll(/\bid: '(\w+)'/g)].map((m) => m[1]);
}

/** An XLIFF file's units: id → source and target, as text (placeholder-free messages only). */
export function readXliff(file) {
  const units = new Map();
  const xml = readFileSync(file, 'utf8');
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1];
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    units.set(id, {
      source: source === undefined ? undefined : unescapeXml(source),
      target: target === undefined ? undefined : unescapeXml(target),
    });
  }
  return units;
}

/** One language's messages.json, as an object; throws on a message the catalogue lacks. */
export function localeMessages(root, lang) {
  const units = readXliff(join(root, 'xliff', `${lang === 'fr' ? 'en' : lang}.xlf`));
  const messages = {
    languageCode: { message: lang, description: 'The language of these messages (not to translate).' },
    languageDirection: { message: RTL.has(lang) ? 'rtl' : 'ltr', description: 'ltr or rtl.' },
  };
  const procedures = PROCEDURES.map((p) => `procedure_${p.id.replace(/-/g, '_')}`);
  for (const key of [...extensionKeys(root), ...procedures]) {
    const unit = units.get(key);
    const message = lang === 'fr' ? unit?.source : unit?.target;
    if (!message?.trim())
      throw new Error(
        `xliff/${lang}.xlf has no translation of "${key}": run "pnpm run localize" and translate`,
      );
    const names = [...new Set([...(unit.source ?? '').matchAll(/\$([A-Z_]+)\$/g)].map((m) => m[1]))];
    messages[key] = {
      message,
      ...(names.length
        ? {
            placeholders: Object.fromEntries(
              names.map((name, i) => [name.toLowerCase(), { content: `$${i + 1}` }]),
            ),
          }
        : {}),
    };
  }
  return messages;
}

/** Writes `<out>/_locales/<language>/messages.json` for every browser language. */
export function writeLocales(root, out) {
  for (const lang of BROWSER_LOCALES) {
    const dir = join(out, '_locales', lang);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'messages.json'), `${JSON.stringify(localeMessages(root, lang), null, 2)}\n`);
  }
}
