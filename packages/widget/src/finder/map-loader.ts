import type { Orientation } from '@mediation-finder/core';
import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';

export type MapState = 'idle' | 'loading' | 'ready' | 'failed';

interface MapHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  tiles: string | null;
  tilesAttribution: string | null;
}

/**
 * The map (Leaflet, 46 KB, and tiles) loads when its place comes near the screen or when the
 * person asks for it: a person on a phone who reads the first cards never pays for it.
 */
export class MapLoader implements ReactiveController {
  state: MapState = 'idle';
  #module?: typeof import('../map/finder-map.js');
  #watcher?: { slot: Element; observer: IntersectionObserver };
  /** The person asked for the map: it gets the focus when it comes. */
  #focus = false;

  constructor(
    private readonly host: MapHost,
    private readonly events: { failed(message: string): void },
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.state === 'idle') this.#watch();
    if (this.state === 'ready' && this.#focus) {
      this.#focus = false;
      const map = this.host.renderRoot.querySelector('mediation-finder-map');
      void map?.updateComplete.then(() => map.focusMap());
    }
  }

  hostDisconnected(): void {
    this.#watcher?.observer.disconnect();
    this.#watcher = undefined;
  }

  #watch(): void {
    const slot = this.host.renderRoot.querySelector('.map-slot');
    if (!slot || this.#watcher?.slot === slot) return;
    this.#watcher?.observer.disconnect();
    if (typeof IntersectionObserver === 'undefined') {
      this.load();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          this.#watcher = undefined;
          if (this.state === 'idle') this.load();
        }
      },
      { rootMargin: '200px' },
    );
    observer.observe(slot);
    this.#watcher = { slot, observer };
  }

  /** "Afficher la carte": the map loads, and takes the focus from the button once it is there. */
  show = (): void => {
    this.#focus = true;
    if (this.state !== 'loading') this.load();
  };

  load = (): void => {
    this.#watcher?.observer.disconnect();
    this.#watcher = undefined;
    this.#set('loading');
    import('../map/finder-map.js').then(
      (module) => {
        this.#module = module;
        this.#set('ready');
      },
      (error: Error) => {
        this.#set('failed');
        this.events.failed(`map: ${error.message}`);
      },
    );
  };

  #set(state: MapState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  /** The map of an orientation's places, numbered as in the list, once its chunk is here. */
  render = (o: Orientation) => this.#module?.renderMap(o, this.host, this.#focusCard) ?? nothing;

  /** A marker was activated: its card in the list takes the focus (its name is read). */
  #focusCard = (id: string): void => {
    this.host.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] h4`)?.focus();
  };
}
