import { configureLocalization } from '@lit/localize';
import {
  LOCALES,
  type Locale,
  loadTemplates,
  pickLocale,
  sourceLocale,
  targetLocales,
} from '@mediation-finder/core/messages';

export { LOCALES, type Locale, pickLocale };
export const RTL_LOCALES: ReadonlySet<string> = new Set(['ar']);

/**
 * Each language named in itself, for the language choice (whatever language is shown now), and
 * the offer to use it, in it: a person whose browser is in Arabic reads the Arabic offer on a
 * French page. Not the catalogue's messages: those are in the language shown.
 */
export const LANGUAGE_NAMES: ReadonlyArray<{ locale: Locale; name: string; lang: string; offer: string }> = [
  { locale: 'fr', name: 'Français', lang: 'fr', offer: 'Afficher en français' },
  { locale: 'fr-x-falc', name: 'Français facile à lire', lang: 'fr', offer: 'Lire en français facile' },
  { locale: 'en', name: 'English', lang: 'en', offer: 'Use this finder in English' },
  { locale: 'es', name: 'Español', lang: 'es', offer: 'Usar en español' },
  { locale: 'ar', name: 'العربية', lang: 'ar', offer: 'استخدم هذه الأداة بالعربية' },
  { locale: 'uk', name: 'Українська', lang: 'uk', offer: 'Українською' },
];

/** The first of the browser's languages the finder speaks, if any ("ar-MA" → ar). */
export function browserLocale(): Locale | null {
  for (const tag of navigator.languages) {
    const locale = pickLocale([tag]);
    if (locale !== sourceLocale || /^fr\b/i.test(tag)) return locale;
  }
  return null;
}

/**
 * The language a person chose inside a finder: every finder of the page follows it until the
 * page is left. Kept in memory only, never stored nor sent.
 */
let chosen: Locale | null = null;
const listeners = new Set<() => void>();

export function chosenLocale(): Locale | null {
  return chosen;
}

export function chooseLocale(locale: Locale): void {
  chosen = locale;
  for (const listener of listeners) listener();
}

/** Calls `listener` when a person chooses a language; returns how to stop. */
export function onLocaleChosen(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let configured: ReturnType<typeof configureLocalization> | undefined;

/**
 * Lit's runtime localization is one per page: the first copy of the script configures it;
 * elements re-render when `setLocale` changes it.
 */
export function localization(): ReturnType<typeof configureLocalization> {
  configured ??= configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: loadTemplates,
  });
  return configured;
}
