import { configureLocalization } from '@lit/localize';
import { LOCALES, type Locale, loadTemplates, sourceLocale, targetLocales } from '../messages/catalogue.js';
import { CliError } from './load.js';

let setLocale: ((locale: string) => Promise<void>) | undefined;

/** Sets the language of the CLI's sentences: the widget's message catalogue, one per language. */
export async function useLocale(tag: string): Promise<Locale> {
  const locale = LOCALES.find((l) => l === tag);
  if (!locale) throw new CliError(`unknown --locale "${tag}" (one of ${LOCALES.join(', ')})`);
  // lit-localize announces each change of language to `window`, which Node has not.
  (globalThis as { window?: EventTarget }).window ??= new EventTarget();
  setLocale ??= configureLocalization({ sourceLocale, targetLocales, loadLocale: loadTemplates }).setLocale;
  await setLocale(locale);
  return locale;
}
