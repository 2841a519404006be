import { expect, fixture, html } from '@open-wc/testing';
import { $, type Finder, text, until } from './test-helpers.js';

/**
 * What a page asks that cannot be (core refuses it with a code before fetching anything): each
 * gets its own message, where the person can act on it, and an error event; no shard is fetched.
 */

interface Case {
  attributes: Record<string, string>;
  code: string;
  /** The finder's own words for it, naming the value. */
  said: RegExp;
}

const CASES: Record<string, Case> = {
  'latitude 91': {
    attributes: { latitude: '91', longitude: '2.66' },
    code: 'position-out-of-range',
    said: /La position donnée par cette page n’existe pas \(latitude 91, longitude 2.66\)/,
  },
  'latitude 1e308': {
    attributes: { latitude: '1e308', longitude: '2.66' },
    code: 'position-out-of-range',
    said: /n’existe pas \(latitude 1e\+308, longitude 2.66\)/,
  },
  'latitude -Infinity': {
    attributes: { latitude: '-Infinity', longitude: '2.66' },
    code: 'position-out-of-range',
    said: /n’existe pas \(latitude -Infinity, longitude 2.66\)/,
  },
  'radius 1e308': {
    attributes: { 'postal-code': '77000', radius: '1e308' },
    code: 'distance-out-of-range',
    said: /limite la recherche à une distance impossible \(1e\+308 km\)/,
  },
  'procedure __proto__': {
    attributes: { 'postal-code': '77000', procedure: '__proto__' },
    code: 'unknown-procedure',
    said: /demande une démarche inconnue \(« __proto__ »\)/,
  },
};

const served = async (prefix: string) => {
  const counts = (await (await fetch('/hostile/count')).json()) as Record<string, number>;
  return Object.keys(counts).filter((path) => path.startsWith(prefix));
};

describe('<mediation-finder> options a page gets wrong', () => {
  for (const [name, { attributes, code, said }] of Object.entries(CASES)) {
    it(`${name}: its own message and event, and no shard fetched`, async () => {
      const src = `/hostile/options-${name.replace(/\W+/g, '-')}/`;
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('mediation-finder') as Finder;
      const errors: Array<{ kind: string; message: string }> = [];
      el.addEventListener('mediation-finder-error', (e) => errors.push((e as CustomEvent).detail));
      for (const [attribute, value] of Object.entries({
        lang: 'fr',
        map: 'off',
        procedure: 'caf-rsa',
        difficulty: 'learn',
        src,
        ...attributes,
      }))
        el.setAttribute(attribute, value);
      wrapper.append(el);
      await until(() => errors.length > 0, `the error for ${name}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await el.updateComplete;
      expect(errors).to.have.length(1);
      expect(errors[0]?.kind).to.equal('invalid');
      expect(errors[0]?.message.startsWith(`${code}:`), errors[0]?.message).to.equal(true);
      expect(text(el)).to.match(said);
      expect(text(el)).not.to.match(/Recherche en cours|connexion/);
      expect(await served(`${src}places-`)).to.deep.equal([]);
    });
  }

  it('a position the page gives wrong: the person types a town instead and gets its places', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><mediation-finder lang="fr" map="off" procedure="caf-rsa" difficulty="learn" latitude="91" longitude="2.66"></mediation-finder></div>`,
    );
    const el = wrapper.firstElementChild as Finder;
    await until(() => /n’existe pas/.test(text(el)), 'the message');
    const input = $(el, '#where') as HTMLInputElement;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    input.value = '77000';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    ($(el, 'button[type="submit"]') as HTMLButtonElement).click();
    await until(() => /Melun/.test($(el, '#results-heading')?.textContent ?? ''), 'Melun’s places');
  });

  it('an unknown procedure: the person is asked theirs', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><mediation-finder lang="fr" map="off" procedure="__proto__" difficulty="learn" postal-code="77000"></mediation-finder></div>`,
    );
    const el = wrapper.firstElementChild as Finder;
    await until(() => /démarche inconnue/.test(text(el)), 'the message');
    await el.updateComplete;
    expect(el.shadowRoot.querySelectorAll('input[type="radio"]').length).to.be.greaterThan(10);
  });
});

describe('<mediation-finder> events', () => {
  it('mediation-finder-orient fires once per search, a position’s search included, and the results take the focus', async () => {
    const geolocation = navigator.geolocation;
    const original = geolocation.getCurrentPosition;
    geolocation.getCurrentPosition = (success) =>
      setTimeout(
        () => success({ coords: { latitude: 48.5394, longitude: 2.6607 } } as GeolocationPosition),
        50,
      );
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><mediation-finder lang="fr" map="off" procedure="caf-rsa" difficulty="learn"></mediation-finder></div>`,
      );
      const el = wrapper.firstElementChild as Finder;
      await el.updateComplete;
      const answers: string[] = [];
      el.addEventListener('mediation-finder-orient', (e) =>
        answers.push((e as CustomEvent<{ location: { label: string } }>).detail.location.label),
      );
      const button = [...el.shadowRoot.querySelectorAll('button')].find((b) =>
        b.textContent?.includes('Utiliser ma position'),
      ) as HTMLButtonElement;
      button.click();
      await until(() => answers.length > 0, 'the answer');
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(answers).to.have.length(1);
      expect(answers[0]).to.contain('Melun');
      expect(el.shadowRoot.activeElement?.id).to.equal('results-heading');
      // The next search, typed: once too.
      const input = $(el, '#where') as HTMLInputElement;
      input.value = '13001';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      ($(el, 'button[type="submit"]') as HTMLButtonElement).click();
      await until(() => answers.length > 1, 'the second answer');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(answers).to.have.length(2);
    } finally {
      geolocation.getCurrentPosition = original;
    }
  });
});
