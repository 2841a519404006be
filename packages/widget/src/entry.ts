import { askFirstFiles } from './data/first-files.js';
import { warmIntl } from './data/warm-intl.js';

/**
 * The single script tag (`mediation-finder.js`, 8.5 KB gzip): imports the finder
 * (`finder/define.ts`, the longest download) and, while it comes, asks for a preset finder's
 * first files, then the places of its first circle (`data/first-files.ts`; the gazetteer's
 * reading and the manifest's checks it needs are here, the finder's chunk shares them), and
 * prepares the browser's date and number formatting (`data/warm-intl.ts`).
 */
import('./finder/define.js');
warmIntl(askFirstFiles());
