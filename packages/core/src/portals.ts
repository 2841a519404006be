/**
 * `@mediation-finder/core/portals`: the procedures' portals and how a page is recognised from
 * its address and title, without the procedure catalogue (what a browser extension's content
 * script carries to every portal page).
 */
export { matchPortal, type PortalMatch, portalHosts } from './procedures/portal-match.js';
export { PORTALS } from './procedures/portals.js';
export type { Portal } from './procedures/types.js';
