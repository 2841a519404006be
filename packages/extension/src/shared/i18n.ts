import type { Procedure } from '@mediation-finder/core';
import { PROCEDURE_LABELS } from '@mediation-finder/core/procedure-labels';
import browser from 'webextension-polyfill';

/**
 * The extension's words: one catalogue per language in `_locales/<language>/messages.json`
 * (French, English, Spanish, Arabic, Ukrainian), the browser's language first, French otherwise.
 */
export const t = (key: string, ...substitutions: string[]): string =>
  browser.i18n.getMessage(key, substitutions);

/** The catalogue's own language and direction (French when the browser's is not one of ours). */
export const language = (): { lang: string; dir: 'ltr' | 'rtl' } => ({
  lang: t('languageCode') || 'fr',
  dir: t('languageDirection') === 'rtl' ? 'rtl' : 'ltr',
});

/** A procedure's name in the catalogue's language (the procedure catalogue's own translations). */
export function procedureLabel(procedure: Procedure): string {
  const { lang } = language();
  if (lang === 'es' || lang === 'ar' || lang === 'uk')
    return PROCEDURE_LABELS[procedure.id]?.[lang] ?? procedure.label.fr;
  return lang === 'en' ? procedure.label.en : procedure.label.fr;
}

/** Fills an extension page's `[data-i18n]` elements, and its language and direction. */
export function localizePage(): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]'))
    element.textContent = t(element.dataset.i18n as string);
  const { lang, dir } = language();
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
}
