import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, type Finder, text, until } from './test-helpers.js';

/**
 * A third party's dataset with one bad field (see MANIFEST_FAULTS and PLACE_FAULTS in
 * test/hostile-server.mjs): the finder never stays on « Recherche en cours… », never leaves an
 * unhandled rejection, says what happened, and shows the places it can.
 */

/** Bidirectional and invisible format controls: none may reach the screen. */
const CONTROLS = /[\u061C\u180E\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069]/;

interface Seen {
  el: Finder;
  errors: Array<{ kind: string; message: string }>;
  orients: number;
  rejections: string[];
}

/** A finder on `src` in Melun, and everything it tells the page until it settles. */
async function finderOn(src: string, attributes: Record<string, string> = {}): Promise<Seen> {
  const rejections: string[] = [];
  const rejected = (event: PromiseRejectionEvent) => rejections.push(String(event.reason));
  window.addEventListener('unhandledrejection', rejected);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('mediation-finder') as Finder;
  const seen: Seen = { el, errors: [], orients: 0, rejections };
  el.addEventListener('mediation-finder-error', (e) => seen.errors.push((e as CustomEvent).detail));
  el.addEventListener('mediation-finder-orient', () => seen.orients++);
  for (const [name, value] of Object.entries({
    lang: 'fr',
    map: 'off',
    procedure: 'caf-rsa',
    difficulty: 'learn',
    src,
    'postal-code': '77000',
    ...attributes,
  }))
    el.setAttribute(name, value);
  wrapper.append(el);
  try {
    await until(() => seen.orients > 0 || seen.errors.length > 0, `the answer from ${src}`, 15_000);
    await until(() => !text(el).includes('Recherche en cours'), `the search on ${src} to end`, 15_000);
    // A render after the answer (the attribution, the slip) fails later than the event.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await el.updateComplete;
  } finally {
    window.removeEventListener('unhandledrejection', rejected);
  }
  return seen;
}

const cards = (el: Finder) => $$(el, 'li.card');

describe('<mediation-finder> on a dataset with bad fields', () => {
  for (const fault of ['attribution-number', 'attribution-object', 'date-object']) {
    it(`a manifest's bad field (${fault}) loses only that field: places, no freeze`, async () => {
      const { el, errors, rejections } = await finderOn(`/hostile/${fault}/`);
      expect(rejections).to.deep.equal([]);
      expect(cards(el).length).to.be.greaterThan(0);
      expect(text(el)).not.to.contain('Recherche en cours');
      expect(text(el)).not.to.match(/\[object Object\]|undefined|NaN|12345/);
      expect($(el, '[part="attribution"]')?.textContent?.trim()).to.match(/^Source des données/);
      expect(errors.every((e) => e.kind !== 'network')).to.equal(true);
    });
  }

  for (const fault of ['date-maj-object', 'provenance-null', 'no-capabilities']) {
    it(`half the places with a bad field (${fault}): the others shown, no freeze`, async () => {
      const { el, rejections } = await finderOn(`/hostile/${fault}/`);
      expect(rejections).to.deep.equal([]);
      expect(text(el)).not.to.contain('Recherche en cours');
      expect(text(el)).not.to.contain('connexion');
      expect(cards(el).length).to.be.greaterThan(0);
      expect(text(el)).not.to.match(/\[object Object\]/);
    });
  }

  it('an e-mail link is mailto: and the address, nothing else (no subject, body nor Bcc from data)', async () => {
    const { el } = await finderOn('/hostile/mail-headers/');
    const mailtos = $$(el, '.results a[href^="mailto:"]').map((a) => new URL(a.getAttribute('href') ?? ''));
    // What a mail client reads: one recipient, no header (subject, body, cc, bcc) and no fragment.
    for (const url of mailtos) {
      expect(url.search, url.href).to.equal('');
      expect(url.hash, url.href).to.equal('');
      expect(decodeURIComponent(url.pathname).split(',')).to.have.length(1);
    }
  });

  it('bidirectional controls of places and of the manifest never reach the screen', async () => {
    for (const src of ['/hostile/bidi-places/', '/hostile/bidi-manifest/']) {
      const { el } = await finderOn(src);
      expect(cards(el).length, src).to.be.greaterThan(0);
      for (const details of $$(el, 'details')) (details as HTMLDetailsElement).open = true;
      await el.updateComplete;
      const shown = el.shadowRoot.textContent ?? '';
      const found = [...shown].filter((c) => CONTROLS.test(c)).map((c) => c.codePointAt(0)?.toString(16));
      expect(found, src).to.deep.equal([]);
      expect($(el, '[part="attribution"]')?.textContent, src).to.contain('Source des données');
    }
  });
});

/** Searches the next person's town from the place field. */
async function searchTown(el: Finder, town: string): Promise<void> {
  const input = $(el, '#where') as HTMLInputElement;
  input.value = town;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  ($(el, 'button[type="submit"]') as HTMLButtonElement).click();
  await until(() => new RegExp(town).test($(el, '#results-heading')?.textContent ?? ''), town);
  await el.updateComplete;
}

/** Records the page's unhandled rejections while `run` runs. */
async function rejectionsDuring(run: () => Promise<void>): Promise<string[]> {
  const rejections: string[] = [];
  const rejected = (event: PromiseRejectionEvent) => rejections.push(String(event.reason));
  window.addEventListener('unhandledrejection', rejected);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 300));
  } finally {
    window.removeEventListener('unhandledrejection', rejected);
  }
  return rejections;
}

const addToSlip = async (el: Finder, count: number) => {
  for (const button of $$(el, 'li.card button[aria-pressed]').slice(0, count)) {
    button.click();
    await el.updateComplete.catch(() => undefined);
  }
};

describe('<mediation-finder> when an answer cannot be shown', () => {
  it('places named with a lone surrogate on the slip, then the next town: that town, never the previous answer', async () => {
    // Half of Seine-et-Marne's places have a lone surrogate in their name ("URI malformed" when
    // the slip's e-mail was written): a worker adds places to the slip, then searches the next
    // person's town, next door, whose answer has the same places.
    const { el } = await finderOn('/hostile/surrogate/');
    const rejections = await rejectionsDuring(async () => {
      await addToSlip(el, 4);
      await searchTown(el, 'Dammarie-les-Lys');
    });
    expect(rejections).to.deep.equal([]);
    expect($(el, '[part="status"]')?.textContent, 'the status line').to.contain('Dammarie');
    expect(cards(el).length).to.be.greaterThan(0);
  });

  it('a render that throws: the answer goes with a message, and the next search shows its own', async () => {
    // Whatever throws while rendering (here the slip's e-mail link, as a lone surrogate made it
    // throw before text was made well-formed), Lit would keep the last DOM that worked: the
    // previous answer, under a newer search.
    const { el } = await finderOn('/hostile/surrogate/');
    const errors: Array<{ kind: string; message: string }> = [];
    el.addEventListener('mediation-finder-error', (e) => errors.push((e as CustomEvent).detail));
    const encode = window.encodeURIComponent;
    const rejections = await rejectionsDuring(async () => {
      window.encodeURIComponent = () => {
        throw new URIError('URI malformed');
      };
      try {
        await addToSlip(el, 1);
        await until(() => errors.length > 0, 'the error event');
        await el.updateComplete;
      } finally {
        window.encodeURIComponent = encode;
      }
    });
    expect(rejections).to.deep.equal([]);
    expect(errors[0]).to.include({ kind: 'data' });
    expect(cards(el), 'no place left on screen').to.have.length(0);
    expect($(el, '.slip'), 'no slip left on screen').to.equal(null);
    expect($(el, '[role="alert"]')?.textContent).to.contain('n’ont pas pu être affichés');
    expect($(el, '[part="status"]')?.textContent).not.to.contain('Melun');
    await searchTown(el, 'Dammarie-les-Lys');
    expect(cards(el).length).to.be.greaterThan(0);
  });
});
