import { HEIGHT_MESSAGE, type HeightMessage } from './message.js';

/**
 * `embed-host.js`, for the page that holds `embed.html` in an iframe: sizes each such iframe to
 * the finder's height as it changes (the questions, the results, a card opened). A message counts
 * only from an `embed.html` iframe's own window, from the origin its `src` names: any other frame
 * or page is ignored, and nothing is ever sent to the frame.
 */
/** Far above any finder, far below what would break a page's layout. */
const MAX_HEIGHT = 20_000;

addEventListener('message', (event: MessageEvent) => {
  const data = event.data as Partial<HeightMessage> | null;
  if (!data || data.type !== HEIGHT_MESSAGE || typeof data.height !== 'number') return;
  if (!(data.height > 0 && data.height <= MAX_HEIGHT)) return;
  for (const iframe of document.querySelectorAll('iframe')) {
    if (iframe.contentWindow !== event.source) continue;
    // The finder's own page, from the origin its address names: another frame sizes nothing.
    const src = new URL(iframe.src, location.href);
    if (src.origin !== event.origin || !src.pathname.endsWith('/embed.html')) return;
    iframe.style.height = `${Math.ceil(data.height)}px`;
    return;
  }
});
