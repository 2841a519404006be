import { prefetchPresets } from '../data/early.js';
import { localization } from '../i18n/localization.js';
import { MediationFinder } from './mediation-finder.js';
import type { MediationFinderConstructor } from './types.js';

/**
 * The finder, imported by the single script tag (`entry.ts`). Safe when the page loads the script
 * twice, or another version: the first registration wins and nothing else happens. `element.ts`
 * gives the class without registering it, `index.ts` (the package's import) registers it at once.
 */
function define(): void {
  if (!globalThis.customElements || customElements.get('mediation-finder')) return;
  localization();
  customElements.define('mediation-finder', MediationFinder);
}

/**
 * A finder with a preset place is drawn once its first places are asked for (at most
 * `FIRST_RENDER_WAIT_MS` later): on a phone, drawing the form first would keep the main thread
 * from reading the manifest and the gazetteer for about as long, and the places would be asked
 * for that much later; drawn while they come, the form costs the answer nothing.
 */
const FIRST_RENDER_WAIT_MS = 400;

// The published types (element-types.ts) describe this class: checked here.
MediationFinder satisfies MediationFinderConstructor;

// On a server rendering the page (Node, no DOM) nothing is fetched nor defined: the browser
// defines the element when the page's script runs there.
const asked = globalThis.customElements ? prefetchPresets() : null;
if (!asked) define();
else
  Promise.race([asked, new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS))]).then(() =>
    // A task of its own: a browser sends the requests just made once the current task ends.
    setTimeout(define, 0),
  );

export type * from './types.js';
export { MediationFinder };
