import { PORTALS } from './portals.js';
import type { Portal } from './types.js';

/**
 * Recognising a procedure's page from its address and title, with the portals alone: what the
 * extension's content script runs on every portal page, without the procedure catalogue.
 */

export interface PortalMatch {
  /** The procedure's id. */
  id: string;
  /** How it was recognised: a path or title pattern, or only the site. */
  by: 'path' | 'title' | 'site';
}

const hostMatches = (hostname: string, host: string) => hostname === host || hostname.endsWith(`.${host}`);
const anyMatch = (patterns: string[] | undefined, text: string) =>
  !!text && (patterns ?? []).some((pattern) => new RegExp(pattern, 'i').test(text));

/**
 * The procedure of a page, by its URL and title: a path or title pattern beats a whole-site
 * entry, a longer host a shorter one; among equals, the first procedure in `portals`' order
 * (the catalogue's, for the built-in table).
 */
export function matchPortal(
  url: string,
  title = '',
  portals: Iterable<readonly [string, readonly Portal[]]> = Object.entries(PORTALS),
): PortalMatch | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const hostname = parsed.hostname.toLowerCase();
  const path = decodeURIComponent(parsed.pathname + parsed.search + parsed.hash);
  let best: { match: PortalMatch; rank: number } | undefined;
  for (const [id, list] of portals) {
    for (const portal of list) {
      if (!hostMatches(hostname, portal.host)) continue;
      const specific = !!portal.paths?.length || !!portal.titles?.length;
      let by: PortalMatch['by'] | undefined;
      if (anyMatch(portal.paths, path)) by = 'path';
      else if (anyMatch(portal.titles, title)) by = 'title';
      else if (!specific) by = 'site';
      if (!by) continue;
      // A longer host is more specific (app.franceconnect.gouv.fr over franceconnect.gouv.fr).
      const rank = (by === 'path' ? 3000 : by === 'title' ? 2000 : 1000) + portal.host.length;
      if (!best || rank > best.rank) best = { match: { id, by }, rank };
    }
  }
  return best?.match;
}

/** Every host the portals name (the extension's content script runs there). */
export function portalHosts(
  portals: Iterable<readonly [string, readonly Portal[]]> = Object.entries(PORTALS),
): string[] {
  return [...new Set([...portals].flatMap(([, list]) => list.map((portal) => portal.host)))].sort();
}
