import browser from 'webextension-polyfill';

/**
 * The extension's words (words.ts), as the browser reads them from `_locales/<language>/
 * messages.json`, which the build writes from the project's message catalogue: French, English,
 * Spanish, Arabic, Ukrainian; the browser's language first, French otherwise.
 */
export const t = (key: string, ...substitutions: string[]): string =>
  browser.i18n.getMessage(key, substitutions);

/** The catalogue's own language and direction (French when the browser's is not one of ours). */
export const language = (): { lang: string; dir: 'ltr' | 'rtl' } => ({
  lang: t('languageCode') || 'fr',
  dir: t('languageDirection') === 'rtl' ? 'rtl' : 'ltr',
});

/**
 * A procedure's name in the catalogue's language, by its id (`procedure_<id>`: the build writes
 * them from the procedure catalogue's labels, so the content script never carries the catalogue).
 */
export const procedureName = (id: string): string => t(`procedure_${id.replace(/-/g, '_')}`) || id;

/** Fills an extension page's `[data-i18n]` elements, and its language and direction. */
export function localizePage(): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]'))
    element.textContent = t(element.dataset.i18n as string);
  const { lang, dir } = language();
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
}
