import { MediationFinder } from './finder/element.js';

/**
 * The package's import for apps and bundlers (`import '@mediation-finder/widget'`): the finder's
 * class, registered at once where there is a DOM (a bundler carries its code with the app's), and
 * exported (`MediationFinder.dataUrl`). The single script tag (`mediation-finder.js`, `entry.ts`)
 * loads the same finder in two steps, to ask for a preset finder's data before its code arrives.
 * On a server rendering the page (Node, no DOM) it defines nothing and throws nothing.
 */
if (globalThis.customElements && !customElements.get('mediation-finder'))
  customElements.define('mediation-finder', MediationFinder);

export type * from './finder/types.js';
export { MediationFinder };
