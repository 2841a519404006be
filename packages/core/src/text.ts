/**
 * `@mediation-finder/core/text`: what a page shows safely and readably (phone numbers as dialled
 * in France, folded text for searching, links and published places checked again).
 */
export { checkPublishedPlaces, isWebLink } from './places/published.js';
export { displayPhone, foldText } from './text/normalize.js';
