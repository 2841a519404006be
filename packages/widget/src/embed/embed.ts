import { HEIGHT_MESSAGE, type HeightMessage } from './message.js';
import { embedSettings } from './params.js';

/**
 * `embed.html`: one finder configured by the page's URL parameters (see params.ts), for a site
 * whose editor strips scripts but keeps an iframe. It tells its parent page how tall it is, so
 * that `embed-host.js` there sizes the iframe to it; without that script the iframe scrolls on
 * its own. It listens to no message: the parent page cannot command it.
 */

const here = new URL(location.href);
const finder = document.querySelector('mediation-finder');
const { attributes, warnings } = embedSettings(here);
for (const warning of warnings) console.warn(`mediation-finder embed: ${warning}`);
if (finder) for (const [name, value] of Object.entries(attributes)) finder.setAttribute(name, value);
if (attributes.lang) document.documentElement.lang = attributes.lang === 'fr-x-falc' ? 'fr' : attributes.lang;

const frame = here.searchParams.get('frame') ?? '';
let told = 0;

/** The page's height (its content, not the frame's: a frame made taller must not grow it). */
function tell(): void {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  // The finder's own title and language name the frame's document once it has drawn them.
  const title = finder?.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim();
  if (title) document.title = title;
  if (height === told || window.parent === window) return;
  told = height;
  // A height is no secret: any page may frame this one and read it.
  window.parent.postMessage({ type: HEIGHT_MESSAGE, frame, height } satisfies HeightMessage, '*');
}

new ResizeObserver(tell).observe(document.body);
