/**
 * `@mediation-finder/core/text`: what a page shows safely and readably: phone numbers as dialled
 * in France, links that are plain http(s), text folded as searches fold it, names written in capitals in the usual case.
 */
export { isWebLink } from './places/published.js';
export { displayPhone, foldText } from './text/normalize.js';
export { readableCase } from './text/readable-case.js';
