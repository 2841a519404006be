import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { chooseLocale, LANGUAGE_NAMES, type Locale } from '../i18n/localization.js';

/**
 * The language choice, as a render module: a person whose language is not the page's can switch.
 * Each language is named in itself, and the label says "language" in the language shown and in
 * French.
 */
export function renderLanguageChoice(id: string, locale: Locale) {
  return html`<div class="language">
    <label for="${id}-language">${msg('Langue')}${locale.startsWith('fr') ? nothing : html` <span lang="fr">(langue)</span>`}</label>
    <select id="${id}-language" @change=${(e: Event) => chooseLocale((e.target as HTMLSelectElement).value as Locale)}>
      ${LANGUAGE_NAMES.map(
        (l) =>
          html`<option value=${l.locale} lang=${l.lang} ?selected=${l.locale === locale}>${l.name}</option>`,
      )}
    </select>
  </div>`;
}
