import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { chosenLocale, type Locale, localization, onLocaleChosen, pickLocale } from '../i18n/localization.js';

/**
 * The finder's language: the one a person chose in a finder of the page (kept for the session,
 * never stored), else the element's `lang`, the page's, the browser's. Follows the page's
 * `lang` and the person's choice while the finder is on the page.
 */
export class LocaleController implements ReactiveController {
  locale: Locale = 'fr' as Locale;
  /** The language the finder speaks unless the person chooses: the element's, the page's, the browser's. */
  preset: Locale = 'fr' as Locale;
  /** Settles when the language last asked for is loaded (or could not be: French stays). */
  ready: Promise<void> = Promise.resolve();
  #observer?: MutationObserver;
  #stopFollowingChoice?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Told when a language's messages cannot be loaded. */
    private readonly onLoadError: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.apply();
    this.#observer = new MutationObserver(() => this.apply());
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    this.#stopFollowingChoice = onLocaleChosen(() => this.apply());
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#stopFollowingChoice?.();
  }

  /** Picks the language again (after the element's `lang` changed, for one). */
  apply(): void {
    this.preset = pickLocale([
      this.host.lang,
      this.host.closest('[lang]')?.getAttribute('lang'),
      document.documentElement.lang,
      ...navigator.languages,
    ]);
    const wanted = chosenLocale() ?? this.preset;
    if (wanted !== this.locale) {
      this.locale = wanted;
      this.host.requestUpdate();
    }
    // Always asked: lit-localize does nothing for the language active or loading, and the active
    // one may be about to give way to another still loading (a finder of another language that
    // was on the page a moment ago).
    this.ready = localization().setLocale(wanted).catch(this.onLoadError);
  }
}
