import browser from 'webextension-polyfill';
import { applyFinderParams, finderParams } from '../shared/finder-url.js';
import { localizePage } from '../shared/i18n.js';
import { PANEL_ESCAPE } from '../shared/panel-escape.js';
import { loadSettings } from '../shared/settings.js';

/**
 * The finder for the procedure recognised on the portal. This page can be framed by any portal
 * page (it is web-accessible): it takes only the procedure from its address, and everything
 * else (postal code, dataset, language) from the extension's own settings, so that a page
 * framing it with `?src=<its own dataset>` gets nothing it asked for.
 */
localizePage();
const finder = document.querySelector('mediation-finder') as HTMLElement;
const procedure = new URLSearchParams(location.search).get('procedure') ?? '';
const settings = await loadSettings(browser.storage.local);
applyFinderParams(
  finder,
  finderParams(settings, /^[a-z0-9-]{1,60}$/.test(procedure) ? procedure : undefined),
);

// Opened from the prompt, the panel takes the focus at its first control (the prompt gave the
// frame the focus); Escape, unless a control inside used it (a list of suggestions closing),
// asks the prompt to close the panel and give the focus back.
await customElements.whenDefined('mediation-finder');
await (finder as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
const first = finder.shadowRoot?.querySelector<HTMLElement>(
  'button:not([disabled]), input:not([disabled]), select, a[href], [tabindex="0"]',
);
if (window.parent !== window) first?.focus();
addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !event.defaultPrevented && window.parent !== window)
    window.parent.postMessage(PANEL_ESCAPE, '*');
});
