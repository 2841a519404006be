// First: the preset places' data starts coming while the rest is evaluated.
import '../data/early.js';
import { localization } from '../i18n/localization.js';
import { MediationFinder } from './mediation-finder.js';

/**
 * The single script tag's entry. Safe when the page loads the script twice, or another version:
 * the first registration wins and nothing else happens. `element.ts` gives the class without
 * registering it.
 */
if (!customElements.get('mediation-finder')) {
  localization();
  customElements.define('mediation-finder', MediationFinder);
}

export type * from './types.js';
export { MediationFinder };
