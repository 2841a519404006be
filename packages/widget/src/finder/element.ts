import { localization } from '../i18n/localization.js';
import { MediationFinder } from './mediation-finder.js';

/**
 * The finder's class, not registered: for a scoped registry, another tag name or a subclass
 * (`customElements.define('my-finder', class extends MediationFinder {})`). Its data and lazy
 * chunks are found next to this file, as for `mediation-finder.js`.
 */
localization();

export type * from './types.js';
export { MediationFinder };
