// First: the preset places' data starts coming while the rest is evaluated.
import '../data/early.js';
import { localization } from '../i18n/localization.js';
import { MediationFinder } from './mediation-finder.js';
import type { MediationFinderConstructor } from './types.js';

/**
 * The single script tag's entry. Safe when the page loads the script twice, or another version:
 * the first registration wins and nothing else happens. `element.ts` gives the class without
 * registering it. Imported on a server rendering the page (Node, no DOM), it defines nothing and
 * throws nothing: the browser defines the element when the page's script runs there.
 */
if (globalThis.customElements && !customElements.get('mediation-finder')) {
  localization();
  customElements.define('mediation-finder', MediationFinder);
}

// The published types (element-types.ts) describe this class: checked here.
MediationFinder satisfies MediationFinderConstructor;

export type * from './types.js';
export { MediationFinder };
