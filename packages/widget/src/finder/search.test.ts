import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, type Finder, until } from './test-helpers.js';

/** A finder in Melun on a server whose Seine-et-Marne places come two seconds late. */
function slowMelun(el: Element): void {
  for (const [name, value] of Object.entries({
    src: '/hostile/slow/',
    procedure: 'caf-rsa',
    difficulty: 'learn',
    lang: 'fr',
    map: 'off',
    'postal-code': '77000',
  }))
    el.setAttribute(name, value);
}

/** The finder's searches: the one on screen is always the latest. */
describe('<mediation-finder> searching', () => {
  it('a newer search always wins over an older, slower one', async () => {
    // From this server, Melun's places come two seconds late and Marseille's at once. A desk
    // page (or the extension's popup) moves on to the next person's town meanwhile.
    const answers: string[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('mediation-finder') as Finder & { postalCode: string };
    el.addEventListener('mediation-finder-orient', (event) =>
      answers.push((event as CustomEvent<{ location: { label: string } }>).detail.location.label),
    );
    slowMelun(el);
    wrapper.append(el);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(answers, 'Melun’s places are still on their way').to.deep.equal([]);

    el.postalCode = '13001';
    await until(() => answers.length > 0, 'the newer answer');
    expect(answers).to.deep.equal(['13001 Marseille 1er Arrondissement']);
    // Melun's places have come since: the older search's answer is dropped, never shown.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(answers).to.have.length(1);
    expect($(el, '#results-heading')?.textContent).to.contain('Marseille');
    const cards = $$(el, 'li.card').map((card) => card.textContent ?? '');
    expect(cards.length).to.be.greaterThan(0);
    expect(cards.filter((card) => !/\b13\d{3} MARSEILLE/i.test(card))).to.deep.equal([]);
  });

  it('taken out of the page during a search and put back (a dialog, a framework): the search resumes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><div id="a"></div><div id="b"></div></div>`);
    const el = document.createElement('mediation-finder') as Finder;
    slowMelun(el);
    let answers = 0;
    el.addEventListener('mediation-finder-orient', () => answers++);
    wrapper.querySelector('#a')?.append(el);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Moved while Melun's places are on their way (they come two seconds late).
    wrapper.querySelector('#b')?.append(el);
    await until(() => answers > 0, 'the answer after the move');
    expect($(el, '#results-heading')?.textContent).to.contain('Melun');
    expect($(el, 'button[type="submit"]')?.hasAttribute('disabled')).to.equal(false);
    expect($(el, '[part="status"]')?.textContent).not.to.contain('Recherche en cours');
  });
});
