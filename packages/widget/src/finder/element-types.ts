import type { MediationFinderElement } from './types.js';

/** The types of `dist/element.js`: the class, not registered, and the public types. */
export type * from './types.js';
export declare const MediationFinder: {
  new (): MediationFinderElement;
  readonly prototype: MediationFinderElement;
};
