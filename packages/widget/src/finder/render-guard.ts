import { msg } from '@lit/localize';
import { html } from 'lit';
import { fireError } from './search-controller.js';

/** What the person reads when the finder's answer could not be shown. */
export const notShownText = () =>
  msg('Ces lieux n’ont pas pu être affichés. Faites une autre recherche, ou rechargez la page.');

/**
 * A render that throws (a value of a third party's dataset that no check foresaw) must never
 * leave the previous answer on screen: Lit keeps the DOM of the last render that worked, so a
 * worker would read, or print, the previous town's places under the new town's search. A failed
 * render shows a message instead of everything, and the host drops its answer (`drop` says
 * whether it had one) and the page is told (`mediation-finder-error`): the next render shows the questions again, without results. When even
 * that fails, the message stays.
 */
export class RenderGuard {
  #broken = false;

  constructor(
    private readonly host: HTMLElement,
    /** Drops the host's answer; false when it had none (then the message stays). */
    private readonly drop: () => boolean,
  ) {}

  /** The host's render, or the message when it throws. */
  render(render: () => unknown): unknown {
    if (this.#broken) return this.#message();
    try {
      return render();
    } catch (error) {
      return this.#fail(error);
    }
  }

  /** The host's update (render and commit); when committing throws, the message replaces it all. */
  update(update: () => void): void {
    try {
      update();
    } catch (error) {
      this.#fail(error);
      this.#broken = true;
      update();
      this.#broken = false;
    }
  }

  #fail(error: unknown) {
    // The host drops its answer after this render (a change during a render would be lost).
    queueMicrotask(() => {
      fireError(this.host, 'data', `the finder could not be shown: ${(error as Error)?.message ?? error}`);
      if (!this.drop()) this.#broken = true;
    });
    return this.#message();
  }

  #message() {
    return html`<p class="notice" role="alert">${notShownText()}</p>`;
  }
}
