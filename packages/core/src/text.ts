/**
 * `@mediation-finder/core/text`: what a page shows safely and readably: phone numbers as dialled
 * in France, links that are plain http(s), text folded as searches fold it, names written in
 * capitals in the usual case, text well formed and without what hides or reorders it
 * (`displayText`, which every reader of data applies).
 */
export { isWebLink } from './places/published.js';
export { displayPhone, displayText, foldText } from './text/normalize.js';
export { readableCase } from './text/readable-case.js';
