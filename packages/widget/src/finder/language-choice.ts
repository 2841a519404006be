import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import {
  browserLocale,
  chooseLocale,
  chosenLocale,
  LANGUAGE_NAMES,
  type Locale,
} from '../i18n/localization.js';

/**
 * The language choice, as a render module. A person whose browser speaks another language than
 * the one shown is offered theirs with one button written in it ("Use this finder in English" on
 * a French page); once they chose, a button offers the page's language back. The full choice
 * stays: each language named in itself, labelled "language" in the language shown and in French.
 * Nothing is stored or sent: the choice lasts while the page does.
 */
export function renderLanguageChoice(id: string, shown: Locale, preset: Locale) {
  const browser = browserLocale();
  const offered = chosenLocale()
    ? shown !== preset && preset
    : browser && browser.slice(0, 2) !== shown.slice(0, 2) && browser;
  const offer = offered && LANGUAGE_NAMES.find((l) => l.locale === offered);
  return html`${
    offer
      ? html`<button type="button" class="secondary offer" lang=${offer.lang} dir="auto" @click=${() => chooseLocale(offer.locale)}>${offer.offer}</button>`
      : nothing
  }<div class="language">
    <label for="${id}-language">${msg('Langue')}${shown.startsWith('fr') ? nothing : html` <span lang="fr">(langue)</span>`}</label>
    <select id="${id}-language" @change=${(e: Event) => chooseLocale((e.target as HTMLSelectElement).value as Locale)}>
      ${LANGUAGE_NAMES.map(
        (l) =>
          html`<option value=${l.locale} lang=${l.lang} ?selected=${l.locale === shown}>${l.name}</option>`,
      )}
    </select>
  </div>`;
}
