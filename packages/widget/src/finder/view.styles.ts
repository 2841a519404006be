import { css } from 'lit';

/**
 * The results' own styles (cards, crisis lines, the map's place, the slip on screen), in the
 * results' chunk with the code that renders them: the first script carries only the questions'.
 * Added to a finder's shadow root when it first shows results; its custom properties and parts
 * are those of the finder (see its JSDoc).
 */
export const viewStyles = css`
  ol.results {
    list-style: none;
    margin: 0.25rem 0 0.75rem;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
  }
  .card {
    border: 1px solid var(--mf-color-border, #dddddd);
    border-radius: var(--mf-radius, 4px);
    padding: 0.5rem min(1rem, 2vw);
    background: var(--mf-color-card, #ffffff);
    /* A short card: the first place fits a phone's first screen at 200 % text. */
    line-height: 1.35;
  }
  /* Chosen for the slip: said in words, and a thick double edge that forced colours keep. */
  .card[data-selected] {
    border-color: var(--mf-color-primary, #1f5c70);
    border-inline-start: 0.5rem double var(--mf-color-primary, #1f5c70);
  }
  .chosen {
    font-weight: 700;
    color: var(--mf-color-primary, #1f5c70);
  }
  .call a {
    display: inline-block;
    padding: 0.25rem 0;
    font-weight: 700;
  }
  .card summary {
    cursor: pointer;
    color: var(--mf-color-primary, #1f5c70);
    padding: 0.5rem 0;
  }
  .card h4 {
    margin-bottom: 0.25rem;
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
  }
  .number {
    flex: none;
    display: inline-grid;
    place-items: center;
    min-width: 1.75rem;
    height: 1.75rem;
    border-radius: 50%;
    background: var(--mf-color-primary, #1f5c70);
    color: #fff;
    font-size: 0.875rem;
  }
  .card p,
  .card ul.reasons {
    margin: 0 0 0.25rem;
  }
  ul.reasons {
    list-style: none;
    padding: 0;
    font-size: 0.875em;
  }
  ul.contacts {
    list-style: none;
    padding: 0;
    margin: 0.5rem 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
  }
  ul.contacts a {
    display: inline-block;
    padding: 0.5rem 0;
  }
  ul.hours {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.25rem;
  }
  /* A person in a crisis reads the line first: large numbers, a strong edge. */
  .crisis {
    border: 2px solid var(--mf-color-error, #ce0500);
    border-radius: var(--mf-radius, 4px);
    padding: 0.75rem 1rem;
    margin: 0.5rem 0 1rem;
    background: var(--mf-color-card, #ffffff);
  }
  .crisis ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .crisis li {
    margin-bottom: 0.5rem;
  }
  .crisis a[href^='tel:'],
  .crisis a[href^='sms:'] {
    font-size: 1.25em;
    font-weight: 700;
  }
  .later-note {
    font-weight: 700;
    margin: 0.5rem 0 0;
  }
  h4.later {
    margin-top: 1rem;
  }
  .or-call a {
    margin-inline-start: 0.25rem;
  }
  .map-slot {
    margin-top: 1rem;
  }
  .map {
    margin-top: 1rem;
  }
  .slip {
    margin-top: 1rem;
    border-top: 2px solid var(--mf-color-primary, #1f5c70);
    padding-top: 1rem;
  }
  .slip .names {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: 0.5rem 1rem;
  }
`;

/** Adds the results' styles to the shadow root `element` is in, once (a `ref` callback). */
export function adoptViewStyles(element: Element | undefined): void {
  // Lit calls it before the first render's nodes are in the shadow root: they are after this task.
  queueMicrotask(() => {
    const root = element?.getRootNode();
    const sheet = viewStyles.styleSheet;
    if (!(root instanceof ShadowRoot) || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  });
}
