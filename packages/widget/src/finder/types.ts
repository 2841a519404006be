import type { Difficulty, OrientationJson, OrientedPlaceJson } from '@mediation-finder/core';
import type { ProcedureId } from './generated/catalogue.js';

/**
 * The finder's public types, for TypeScript users of the npm package (bundled into
 * `dist/mediation-finder.d.ts` with core's types they name). The class implements them, so that
 * they cannot drift from it.
 */

export type { Difficulty, OrientationJson, OrientedPlaceJson, ProcedureId };

/** What the finder's attributes set, as properties. */
export interface MediationFinderProperties {
  /** Procedure id from the catalogue (e.g. `caf-rsa`); the person chooses when absent. */
  procedure: ProcedureId | null;
  /** `equipment`, `learn`, `do-for-me`, `understand` or `situation`; asked when absent. */
  difficulty: Difficulty | null;
  /** Preset location: results show at once. */
  postalCode: string | null;
  /** Preset location (with `longitude`). */
  latitude: number | null;
  /** Preset location (with `latitude`). */
  longitude: number | null;
  /** Maximum distance in km; when set, the search is never widened beyond it. */
  radius: number | null;
  /** A dataset directory, its `manifest.json`, or a CSV/JSON file in the standard. */
  src: string | null;
  /**
   * The default data's folder (`data-url`): where the files of `@mediation-finder/data` are
   * served, relative to the page. Default: `MediationFinder.dataUrl`, then `data/` next to the script.
   */
  dataUrl: string | null;
  /** Map tile URL template; no tiles (and no third-party request) when absent. */
  tiles: string | null;
  /** Attribution text of the tiles (plain text, or http(s) links). */
  tilesAttribution: string | null;
  /** Number of places shown (default 10). */
  limit: number;
  layout: 'full' | 'compact';
  map: 'on' | 'off';
  /** Keep the search in the page's URL hash, so that the link can be shared. */
  share: boolean;
  /**
   * A public page (http or https) that shows a finder with `share`: the slip's link, its e-mail
   * and its QR code point there, with the search in the hash (never a name nor a situation).
   */
  shareUrl: string | null;
  /** Who orients the person (name, service, phone, hours…), printed on every slip ("Orienté par"). */
  referrer: string | null;
  /** What is happening, space-separated: `homeless`, `violence`, `child-danger`, `abuse`, `debt`. */
  situations: string | null;
  /**
   * The institution's territory: départements, communes' INSEE codes and EPCIs' SIREN numbers,
   * space-separated; its places come first among those of their kind for the people who live in it.
   */
  territory: string | null;
  /** Ids of the places chosen for the slip (the first place when none). */
  selected: string[];
  /** `fr`, `en`, `ar`, `es`, `uk`, `fr-x-falc`; default: the page's, then the browser's. */
  lang: string;
}

export interface MediationFinderErrorDetail {
  kind: 'data' | 'location' | 'network' | 'invalid';
  /** For developers, in English or as codes ("unknown-postal-code: 99999"); the person reads the finder's own words. */
  message: string;
}

export interface MediationFinderSelectDetail {
  place: OrientedPlaceJson;
}

/** The finder's events, as `addEventListener` sees them. */
export interface MediationFinderEventMap {
  'mediation-finder-orient': CustomEvent<OrientationJson>;
  'mediation-finder-select': CustomEvent<MediationFinderSelectDetail>;
  'mediation-finder-error': CustomEvent<MediationFinderErrorDetail>;
}

/** A `<mediation-finder>` element. */
export interface MediationFinderElement extends HTMLElement, MediationFinderProperties {
  /** Resolves once the finder has shown its latest change. */
  readonly updateComplete: Promise<boolean>;
  addEventListener<K extends keyof MediationFinderEventMap>(
    type: K,
    listener: (this: MediationFinderElement, event: MediationFinderEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
}

/** The class, as `customElements.get('mediation-finder')` gives it. */
export interface MediationFinderConstructor {
  new (): MediationFinderElement;
  readonly prototype: MediationFinderElement;
  /**
   * The default data's folder for every finder of the page (a finder's `data-url` comes first):
   * where the files of `@mediation-finder/data` are served, relative to the page. Set it before
   * the first search. Default: `data/` next to the script, which a bundler does not carry.
   */
  dataUrl: string | URL | null;
}

/**
 * The attributes a template writes (JSX, Vue, Svelte…): a property where the element has one
 * (React 19 and Vue set `limit={5}` as a number), else the attribute.
 */
export interface MediationFinderAttributes {
  procedure?: ProcedureId | undefined;
  difficulty?: Difficulty | undefined;
  'postal-code'?: string | undefined;
  latitude?: number | string | undefined;
  longitude?: number | string | undefined;
  radius?: number | string | undefined;
  src?: string | undefined;
  'data-url'?: string | undefined;
  tiles?: string | undefined;
  'tiles-attribution'?: string | undefined;
  limit?: number | string | undefined;
  layout?: 'full' | 'compact' | undefined;
  map?: 'on' | 'off' | undefined;
  share?: boolean | undefined;
  'share-url'?: string | undefined;
  referrer?: string | undefined;
  situations?: string | undefined;
  territory?: string | undefined;
  /** `dsfr`: the State design system's colours and Marianne, for the State's own sites. */
  theme?: 'dsfr' | undefined;
  selected?: string[] | undefined;
  lang?: string | undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'mediation-finder': MediationFinderElement;
  }
  // The events bubble out of the shadow root to the document (and composed, across shadow roots).
  interface HTMLElementEventMap extends MediationFinderEventMap {}
  interface DocumentEventMap extends MediationFinderEventMap {}
}
