/**
 * What a finder shows once a search has ended: the results, their cards and remote help, and the
 * orientation slip. In its own chunk, fetched while the first search fetches its data: the first
 * script holds only the questions.
 */
export { remoteWithoutPlace, renderRemote } from './lines.js';
export { renderResults } from './results.js';
export { renderSlipOf } from './slip.js';
