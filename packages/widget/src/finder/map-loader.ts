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

  constructor(
    private readonly host: MapHost,
    private readonly events: { failed(message: string): void; select(id: string): void },
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.state === 'idle') this.#watch();
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
  render = (o: Orientation) => this.#module?.renderMap(o, this.host, this.events.select) ?? nothing;
}
