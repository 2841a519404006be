import { askFirstFiles } from './data/first-files.js';

/**
 * The single script tag (`mediation-finder.js`): a few hundred bytes that import the finder
 * (`finder/define.ts`, the longest download) and, while it comes, ask for a preset finder's
 * first files.
 */
import('./finder/define.js');
askFirstFiles();
