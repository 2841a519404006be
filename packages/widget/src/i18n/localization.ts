import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

export type Locale = typeof sourceLocale | (typeof targetLocales)[number];
export const LOCALES: readonly Locale[] = [sourceLocale, ...targetLocales];
export const RTL_LOCALES: ReadonlySet<string> = new Set(['ar']);

/** Each language named in itself, for the language choice (whatever language is shown now). */
export const LANGUAGE_NAMES: ReadonlyArray<{ locale: Locale; name: string; lang: string }> = [
  { locale: 'fr', name: 'Français', lang: 'fr' },
  { locale: 'fr-x-falc', name: 'Français facile à lire', lang: 'fr' },
  { locale: 'en', name: 'English', lang: 'en' },
  { locale: 'es', name: 'Español', lang: 'es' },
  { locale: 'ar', name: 'العربية', lang: 'ar' },
  { locale: 'uk', name: 'Українська', lang: 'uk' },
];

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

/** Literal imports: the bundler makes one chunk per language, loaded relative to this module. */
const loaders: Record<string, () => Promise<unknown>> = {
  en: () => import('../generated/locales/en.js'),
  ar: () => import('../generated/locales/ar.js'),
  es: () => import('../generated/locales/es.js'),
  uk: () => import('../generated/locales/uk.js'),
  'fr-x-falc': () => import('../generated/locales/fr-x-falc.js'),
};

let configured: ReturnType<typeof configureLocalization> | undefined;

/**
 * Lit's runtime localization is one per page: the first copy of the script configures it;
 * elements re-render when `setLocale` changes it.
 */
export function localization(): ReturnType<typeof configureLocalization> {
  configured ??= configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: (locale) =>
      (loaders[locale]?.() ?? Promise.reject(new Error(`no locale ${locale}`))) as never,
  });
  return configured;
}

/** The best supported locale for a list of BCP 47 tags ("ar-MA" → ar, "fr-FR" → fr). */
export function pickLocale(candidates: readonly (string | null | undefined)[]): Locale {
  for (const raw of candidates) {
    if (!raw) continue;
    const tag = raw.toLowerCase();
    const exact = LOCALES.find((l) => l.toLowerCase() === tag);
    if (exact) return exact;
    if (tag.startsWith('fr-x-falc') || tag === 'fr-falc') return 'fr-x-falc' as Locale;
    const language = LOCALES.find((l) => l === tag.split('-')[0]);
    if (language) return language;
  }
  return sourceLocale;
}

type OtherLabels = Record<string, { es: string; ar: string; uk: string }>;
let otherLabels: OtherLabels | undefined;

/** Loads the Spanish, Arabic and Ukrainian procedure labels (their own chunk) when needed. */
export async function loadProcedureLabels(locale: string): Promise<boolean> {
  if (otherLabels || !['es', 'ar', 'uk'].includes(locale)) return false;
  otherLabels = (await import('@mediation-finder/core/procedure-labels')).PROCEDURE_LABELS;
  return true;
}

/** A procedure's label in the page's language (French and English from the catalogue). */
export function procedureLabelIn(
  locale: string,
  procedure: { id: string; label: { fr: string; en: string } },
): { value: string; lang: string } {
  const other = otherLabels?.[procedure.id];
  if (other && (locale === 'es' || locale === 'ar' || locale === 'uk'))
    return { value: other[locale], lang: locale };
  return textIn(locale, procedure.label);
}

/** Which of a Text's languages to show, and the lang attribute it needs. */
export function textIn(locale: string, text: { fr: string; en: string }): { value: string; lang: string } {
  return locale === 'en' ? { value: text.en, lang: 'en' } : { value: text.fr, lang: 'fr' };
}
