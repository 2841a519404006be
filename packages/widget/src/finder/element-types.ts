import type { MediationFinderConstructor } from './types.js';

/**
 * The types of both entries, `dist/mediation-finder.js` (the element registered; its class
 * exported, for `MediationFinder.dataUrl`) and `dist/element.js` (the class, not registered), and
 * the public types.
 */
export type * from './types.js';
export declare const MediationFinder: MediationFinderConstructor;
