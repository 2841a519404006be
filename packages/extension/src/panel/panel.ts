import browser from 'webextension-polyfill';
import { applyFinderParams, finderParams } from '../shared/finder-url.js';
import { localizePage } from '../shared/i18n.js';
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
