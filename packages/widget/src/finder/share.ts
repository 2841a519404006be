import { DIFFICULTIES, PROCEDURES } from '@mediation-finder/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

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

/** What decides where a finder's search goes: its page's hash (`share`), a public page (`shareUrl`). */
export interface ShareHost extends ReactiveControllerHost {
  share: boolean;
  shareUrl: string | null;
}

/**
 * A finder's search in the page's URL hash, when the page allows it (`share`): read back once
 * the finder is on the page, written after each answer and choice, removed when a search fails.
 * Its link to hand over is the page's own address, or the public page given in `share-url` (a
 * page of the embedder's that shows a finder with `share`), never anything else.
 */
export class ShareController implements ReactiveController {
  constructor(
    private readonly host: ShareHost,
    /** The finder's search as it stands. */
    private readonly shared: () => SharedSearch,
    private readonly restore: (search: Partial<SharedSearch>) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const search = this.host.share ? readSearchHash(location.hash) : null;
    if (search) this.restore(search);
  }

  write(): void {
    if (this.host.share) this.#replace(searchHash(this.shared()));
  }

  clear(): void {
    if (this.host.share && location.hash.includes(`${HASH_KEY}=`)) this.#replace('');
  }

  /**
   * The hash with the finder's part replaced, the page's own parameters (`#x=1&…`) and its
   * `history.state` kept: the hash and the state are the host page's first.
   */
  #replace(part: string): void {
    const own = location.hash
      .slice(1)
      .split('&')
      .filter((p) => p && !p.startsWith(`${HASH_KEY}=`));
    const hash = [...own, ...(part ? [part] : [])].join('&');
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`,
    );
  }

  /** The address with this search, to hand over (the slip keeps it only if http or https); null when none. */
  get url(): string | null {
    const base = this.host.shareUrl || (this.host.share ? location.href : null);
    return base && `${base.split('#')[0]}#${searchHash(this.shared())}`;
  }
}
