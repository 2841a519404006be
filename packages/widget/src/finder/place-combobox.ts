import { msg } from '@lit/localize';
import type { CommuneSource, Where } from '@mediation-finder/core';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** A commune proposed while the person types: what it shows, what it fills in, where it is. */
export interface Suggestion {
  label: string;
  value: string;
  at: [number, number] | null;
}

/**
 * The communes to propose for what is typed, from the gazetteer's small files: typing "770" or
 * "sa" never fetches the communes of all France. A postal code being typed shows the code it
 * starts.
 */
export async function suggestionsFor(communes: CommuneSource, text: string): Promise<Suggestion[]> {
  const digits = /^\d/.test(text);
  return (await communes.suggest(text, 8)).map((c) => {
    const postal = digits
      ? (c.postalCodes.find((p) => p.startsWith(text)) ?? c.postalCodes[0])
      : c.postalCodes[0];
    return {
      label: `${c.name} (${postal ?? c.departement})`,
      value: postal ? `${c.name} ${postal}` : c.name,
      at: c.latitude !== null && c.longitude !== null ? [c.latitude, c.longitude] : null,
    };
  });
}

/** What is typed; when nothing is, the page's (or the device's) position, if it has one. */
export function whereOf(text: string, latitude: number | null, longitude: number | null): Where {
  // An impossible position (NaN, a latitude of 91) is core's to refuse, with a message.
  return text.trim() === '' && latitude !== null && longitude !== null ? { latitude, longitude } : text;
}

/**
 * The device's position, only when the person asks for it ("use my position"), rounded to about
 * 100 m: `say` tells the person what happens meanwhile.
 */
export function devicePosition(
  say: (status: () => string) => void,
): Promise<{ latitude: number; longitude: number } | 'unavailable' | 'refused'> {
  if (!('geolocation' in navigator)) {
    say(() => msg('Votre appareil ne donne pas sa position. Tapez un code postal.'));
    return Promise.resolve('unavailable');
  }
  say(() => msg('Recherche de votre position…'));
  const round = (degrees: number) => Math.round(degrees * 1000) / 1000;
  return new Promise((resolve) =>
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => resolve({ latitude: round(coords.latitude), longitude: round(coords.longitude) }),
      () => {
        say(() => msg('Votre position n’a pas pu être obtenue. Tapez un code postal ou une commune.'));
        resolve('refused');
      },
      { maximumAge: 600_000, timeout: 15_000 },
    ),
  );
}

export interface PlaceComboboxOptions {
  /** The communes for what is typed, or none; called for 2 characters or more. */
  suggest(text: string): Promise<Suggestion[]>;
  /** The person typed: the host forgets its error about the previous text. */
  typed(): void;
  /** A commune was chosen: what it needs next can start coming. */
  chosen(suggestion: Suggestion): void;
}

/**
 * The place field as a WAI-ARIA combobox with list autocomplete: the text, the communes proposed,
 * the one highlighted, and the pattern's keys (arrows, Enter, Escape). A controller with a render
 * method rather than an element of its own: the label, hint and error around the field, and the
 * form that Enter submits, stay in the finder's shadow root, where `for`, `aria-describedby` and
 * `aria-activedescendant` can point at them.
 */
export class PlaceCombobox implements ReactiveController {
  /** What the field holds: typed, chosen, or set by the host (a preset postal code, the URL). */
  text = '';
  suggestions: Suggestion[] = [];
  active = -1;
  /** Counts the lists asked for and closed: an answer for a list closed since is dropped. */
  private asked = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PlaceComboboxOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Sets the text from outside (closing the list). */
  set(text: string): void {
    this.text = text;
    this.close();
  }

  /** Closes the list, and drops the answers still coming (a search has started: issue 27). */
  close(): void {
    this.asked++;
    this.suggestions = [];
    this.active = -1;
    this.host.requestUpdate();
  }

  #onInput = async (event: Event): Promise<void> => {
    this.text = (event.target as HTMLInputElement).value;
    this.options.typed();
    const text = this.text.trim();
    if (text.length < 2) return this.close();
    this.host.requestUpdate();
    const asked = ++this.asked;
    const suggestions = await this.options.suggest(text).catch(() => []);
    // Typed on, or searched, in the meantime: that answer is for an older text or a closed list.
    if (asked !== this.asked || this.text.trim() !== text) return;
    this.suggestions = suggestions;
    this.active = -1;
    this.host.requestUpdate();
  };

  #onKeydown = (event: KeyboardEvent): void => {
    const count = this.suggestions.length;
    if (event.key === 'ArrowDown' && count) this.active = (this.active + 1) % count;
    else if (event.key === 'ArrowUp' && count) this.active = (this.active - 1 + count) % count;
    else if (event.key === 'Enter' && this.active >= 0) this.#choose(this.active);
    else if (event.key === 'Escape' && count) this.close();
    else return;
    event.preventDefault();
    this.host.requestUpdate();
  };

  #choose(index: number): void {
    const suggestion = this.suggestions[index];
    if (!suggestion) return;
    this.set(suggestion.value);
    this.options.chosen(suggestion);
  }

  /** The field and its list; `id` prefixes the list's ids, `describedBy` names the hint and error. */
  render({ id, describedBy, invalid }: { id: string; describedBy: string; invalid: boolean }) {
    const listId = `${id}-suggestions`;
    const expanded = this.suggestions.length > 0;
    return html`<div class="combobox">
      <input id="where" type="text" role="combobox" autocomplete="off" spellcheck="false"
        aria-autocomplete="list" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${listId}
        aria-activedescendant=${this.active >= 0 ? `${listId}-${this.active}` : nothing}
        aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'}
        .value=${this.text} @input=${this.#onInput} @keydown=${this.#onKeydown}
        @blur=${() => setTimeout(() => this.close(), 150)} />
      <ul role="listbox" id=${listId} aria-label=${msg('Communes proposées')} ?hidden=${!expanded}>
        ${this.suggestions.map(
          (
            s,
            i,
          ) => html`<li role="option" id="${listId}-${i}" aria-selected=${i === this.active ? 'true' : 'false'}
            @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.#choose(i)}>${s.label}</li>`,
        )}
      </ul>
    </div>`;
  }
}
