import { PROCEDURES } from './catalogue.js';
import { portalHosts as hostsOf, matchPortal } from './portal-match.js';
import { PORTALS } from './portals.js';
import type { Portal, Procedure } from './types.js';

/** A procedure's portals: its own, else the built-in table's. */
export const portalsOf = (procedure: Procedure): Portal[] => procedure.portals ?? PORTALS[procedure.id] ?? [];

export interface ProcedureMatch {
  procedure: Procedure;
  /** How it was recognised: a path or title pattern, or only the site. */
  by: 'path' | 'title' | 'site';
}

/**
 * Recognises the procedure of a page from its URL and title. A path or title pattern beats a
 * whole-site entry; among equals, the catalogue's order decides.
 */
export function matchProcedure(
  url: string,
  title = '',
  procedures: readonly Procedure[] = PROCEDURES,
): ProcedureMatch | undefined {
  const match = matchPortal(
    url,
    title,
    procedures.map((procedure) => [procedure.id, portalsOf(procedure)] as const),
  );
  const procedure = match && procedures.find((p) => p.id === match.id);
  return procedure && match ? { procedure, by: match.by } : undefined;
}

/** Every host the catalogue names (for the extension's host permissions). */
export function portalHosts(procedures: readonly Procedure[] = PROCEDURES): string[] {
  return hostsOf(procedures.map((procedure) => [procedure.id, portalsOf(procedure)] as const));
}
