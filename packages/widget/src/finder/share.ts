import { DIFFICULTIES, PROCEDURES } from '@mediation-finder/core';

/**
 * A search kept in the page's URL hash (`share`), so that its link can be handed over: what was
 * chosen and typed, never a name. Read back checked field by field: a hash is anyone's to edit.
 */
export interface SharedSearch {
  procedure: string;
  difficulty: string;
  where: string;
  /** Places chosen for the slip. */
  selected: string[];
}

export const HASH_KEY = 'mediation-finder';

export function searchHash({ procedure, difficulty, where, selected }: SharedSearch): string {
  const state = { p: procedure, d: difficulty, w: where, s: selected };
  return `${HASH_KEY}=${encodeURIComponent(JSON.stringify(state))}`;
}

/** The search of a URL hash; absent, unknown or hand-broken fields are left out. */
export function readSearchHash(hash: string): Partial<SharedSearch> | null {
  const match = new RegExp(`${HASH_KEY}=([^&]+)`).exec(hash);
  if (!match?.[1]) return null;
  try {
    const state = JSON.parse(decodeURIComponent(match[1])) as Record<string, unknown>;
    const search: Partial<SharedSearch> = {};
    if (typeof state.p === 'string' && PROCEDURES.some((p) => p.id === state.p)) search.procedure = state.p;
    if (typeof state.d === 'string' && (DIFFICULTIES as readonly string[]).includes(state.d))
      search.difficulty = state.d;
    if (typeof state.w === 'string' && state.w.length < 100) search.where = state.w;
    if (Array.isArray(state.s))
      search.selected = state.s.filter((s): s is string => typeof s === 'string').slice(0, 10);
    return search;
  } catch {
    // A hand-edited or truncated hash: nothing from it.
    return null;
  }
}
