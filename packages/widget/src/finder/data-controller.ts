import type { Gazetteer } from '@mediation-finder/core';
import {
  type Attribution,
  loadGazetteer,
  loadGazetteerFor,
  loadGazetteerNear,
  openWithFallback,
  type PlaceSource,
} from '../data/loader.js';

/**
 * What a finder reads: the places (its `src`, or the data shipped beside the script when that
 * fails, with a notice) and the communes a search needs, from the gazetteer's small files unless
 * the whole gazetteer is already here. A failed load is forgotten, so the next search tries again.
 * No lifecycle of its own: a plain object the finder holds.
 */
export class DataController {
  #gazetteer?: Promise<Gazetteer>;
  #source?: Promise<PlaceSource>;
  #sourceFor: string | null | undefined;

  constructor(
    private readonly events: {
      /** The requested data failed (now or later): the shipped data is used from now on. */
      onFallback(requested: string, error: Error): void;
      onAttribution(attribution: Attribution): void;
    },
  ) {}

  /** Whether the whole gazetteer (37,590 communes) is already asked for. */
  get hasWholeGazetteer(): boolean {
    return this.#gazetteer !== undefined;
  }

  /** The whole gazetteer: for raw files and names only it can tell, never a postal code's answer. */
  wholeGazetteer(): Promise<Gazetteer> {
    this.#gazetteer ??= loadGazetteer();
    const pending = this.#gazetteer;
    pending.catch(() => {
      if (this.#gazetteer === pending) this.#gazetteer = undefined;
    });
    return pending;
  }

  /**
   * The communes a search needs: a postal code's département, a name's file, the départements
   * around a position (a few KB), unless the whole gazetteer is here or only it can tell.
   */
  async gazetteerFor(where: string, position: [number, number] | null): Promise<Gazetteer> {
    if (!this.#gazetteer) {
      const small = position ? await loadGazetteerNear(...position) : await loadGazetteerFor(where);
      if (small) return small;
    }
    return this.wholeGazetteer();
  }

  /** The places of `src`, or the shipped ones when it fails (told through `onFallback`). */
  source(src: string | null): Promise<PlaceSource> {
    if (!this.#source || this.#sourceFor !== src) {
      this.#sourceFor = src;
      this.#source = openWithFallback(
        src,
        () => this.wholeGazetteer(),
        (error) => this.events.onFallback(src ?? '', error),
      );
      const opened = this.#source;
      opened.then(
        (source) => this.events.onAttribution(source.attribution),
        () => {
          // Nothing could be read (not even the shipped data): the next search tries again.
          if (this.#source === opened) this.#source = undefined;
        },
      );
    }
    return this.#source;
  }
}
