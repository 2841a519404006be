import type { OrientationJson } from '@mediation-finder/core';
import { fixture, html, oneEvent } from '@open-wc/testing';

// The built bundle: the same file a host page loads with one script tag.
await import('../../dist/mediation-finder.js' as string);
// The entry imports the finder's chunk: the element is defined once that has arrived.
await customElements.whenDefined('mediation-finder');

export type Finder = HTMLElement & {
  updateComplete: Promise<boolean>;
  shadowRoot: ShadowRoot;
  lang: string;
  src: string | null;
};

/**
 * Renders a finder and waits for its first results (`mediation-finder-orient`). Events are
 * recorded from before the element exists: with the data already cached, results can come
 * before the fixture resolves.
 */
export async function finderWithResults(
  template: ReturnType<typeof html>,
): Promise<{ el: Finder; detail: OrientationJson }> {
  const seen = new Map<EventTarget, CustomEvent<OrientationJson>>();
  const record = (event: Event) => {
    if (event.target && !seen.has(event.target))
      seen.set(event.target, event as CustomEvent<OrientationJson>);
  };
  document.addEventListener('mediation-finder-orient', record);
  try {
    const wrapper = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
    const el = wrapper.firstElementChild as Finder;
    const event =
      seen.get(el) ?? ((await oneEvent(el, 'mediation-finder-orient')) as CustomEvent<OrientationJson>);
    await el.updateComplete;
    return { el, detail: event.detail };
  } finally {
    document.removeEventListener('mediation-finder-orient', record);
  }
}

export const $ = (el: Finder, selector: string) => el.shadowRoot.querySelector<HTMLElement>(selector);
export const $$ = (el: Finder, selector: string) => [
  ...el.shadowRoot.querySelectorAll<HTMLElement>(selector),
];
export const text = (el: Finder) => el.shadowRoot.textContent?.replace(/\s+/g, ' ') ?? '';

/** Waits until a condition holds (rendering after data loads is asynchronous). */
export async function until(condition: () => boolean, what: string, timeout = 8000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A finder asking where (procedure and difficulty preset, no map), its place field focused. */
export async function finderAtWhere(): Promise<{ el: Finder; input: HTMLInputElement }> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div><mediation-finder lang="fr" procedure="caf-rsa" difficulty="learn" map="off"></mediation-finder></div>`,
  );
  const el = wrapper.querySelector('mediation-finder') as Finder;
  await el.updateComplete;
  const input = $(el, '#where') as HTMLInputElement;
  input.focus();
  return { el, input };
}
