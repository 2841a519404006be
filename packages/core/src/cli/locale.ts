import { configureLocalization } from '@lit/localize';
import { LOCALES, type Locale, loadTemplates, sourceLocale, targetLocales } from '../messages/catalogue.js';
import { CliError } from './load.js';

let setLocale: ((locale: string) => Promise<void>) | undefined;

/** Sets the language of the CLI's sentences, from the project's message catalogue (xliff/). */
export async function useLocale(tag: string): Promise<Locale> {
  const locale = LOCALES.find((l) => l === tag);
  if (!locale) throw new CliError(`unknown --locale "${tag}" (one of ${LOCALES.join(', ')})`);
  setLocale ??= configureLocalization({ sourceLocale, targetLocales, loadLocale: loadTemplates }).setLocale;
  // lit-localize announces a change of language to `window`, which Node has not: one stands in
  // while the language loads (its "loading" and "ready" announcements), and goes after.
  const scope = globalThis as { window?: EventTarget };
  const standIn = scope.window === undefined;
  if (standIn) scope.window = new EventTarget();
  try {
    await setLocale(locale);
  } finally {
    if (standIn) delete scope.window;
  }
  return locale;
}
