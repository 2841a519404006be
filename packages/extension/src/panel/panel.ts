import { applyFinderParams } from '../shared/finder-url.js';

// The finder for the procedure recognised on the portal; parameters come from the content script.
const finder = document.querySelector('mediation-finder') as HTMLElement;
applyFinderParams(finder, new URLSearchParams(location.search));
const lang = new URLSearchParams(location.search).get('lang');
if (lang) document.documentElement.lang = lang;
