import { PROCEDURES } from './catalogue.js';
import { PORTALS } from './portals.js';
import type { Portal, Procedure } from './types.js';

/** A procedure's portals: its own, else the built-in table's. */
export const portalsOf = (procedure: Procedure): Portal[] => procedure.portals ?? PORTALS[procedure.id] ?? [];

export interface ProcedureMatch {
  procedure: Procedure;
  /** How it was recognised: a path or title pattern, or only the site. */
  by: 'path' | 'title' | 'site';
}

const hostMatches = (hostname: string, host: string) => hostname === host || hostname.endsWith(`.${host}`);
const anyMatch = (patterns: string[] | undefined, text: string) =>
  !!text && (patterns ?? []).some((pattern) => new RegExp(pattern, 'i').test(text));

/**
 * Recognises the procedure of a page from its URL and title. A path or title pattern beats a
 * whole-site entry; among equals, the catalogue's order decides.
 */
export function matchProcedure(
  url: string,
  title = '',
  procedures: readonly Procedure[] = PROCEDURES,
): ProcedureMatch | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const hostname = parsed.hostname.toLowerCase();
  const path = decodeURIComponent(parsed.pathname + parsed.search + parsed.hash);
  let best: { match: ProcedureMatch; rank: number } | undefined;
  for (const procedure of procedures) {
    for (const portal of portalsOf(procedure)) {
      if (!hostMatches(hostname, portal.host)) continue;
      const specific = !!portal.paths?.length || !!portal.titles?.length;
      let match: ProcedureMatch | undefined;
      if (anyMatch(portal.paths, path)) match = { procedure, by: 'path' };
      else if (anyMatch(portal.titles, title)) match = { procedure, by: 'title' };
      else if (!specific) match = { procedure, by: 'site' };
      if (!match) continue;
      // A longer host is more specific (app.franceconnect.gouv.fr over franceconnect.gouv.fr).
      const rank = (match.by === 'path' ? 3000 : match.by === 'title' ? 2000 : 1000) + portal.host.length;
      if (!best || rank > best.rank) best = { match, rank };
    }
  }
  return best?.match;
}

/** Every host the catalogue names (for the extension's host permissions). */
export function portalHosts(procedures: readonly Procedure[] = PROCEDURES): string[] {
  return [...new Set(procedures.flatMap((p) => portalsOf(p).map((portal) => portal.host)))].sort();
}
