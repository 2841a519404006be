import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, type Finder, until } from './test-helpers.js';

/** The path a person takes with the keyboard only. Runs in Chromium and Firefox ESR. */
describe('main path, keyboard only', () => {
  it('procedure, difficulty, place with autocomplete, results focused and announced', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button id="before">avant</button><mediation-finder lang="fr"></mediation-finder></div>`,
    );
    const el = wrapper.querySelector('mediation-finder') as Finder;
    await el.updateComplete;
    await expect(el).to.be.accessible();

    (wrapper.querySelector('#before') as HTMLElement).focus();
    await sendKeys({ press: 'Tab' });
    // The language comes first, next to the title: the browser's offered (when it is not the
    // page's), then the full choice.
    if (el.shadowRoot.activeElement?.classList.contains('offer')) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot.activeElement?.id).to.match(/-language$/);
    await sendKeys({ press: 'Tab' });
    const filter = $(el, '#procedure') as HTMLInputElement;
    expect(el.shadowRoot.activeElement).to.equal(filter);
    await sendKeys({ type: 'prime' });
    await sendKeys({ press: 'Enter' }); // the first match, chosen
    await el.updateComplete;
    expect(el.shadowRoot.activeElement?.id).to.equal('procedure-caf-prime-activite');
    await sendKeys({ press: 'Enter' }); // "Continuer"
    await el.updateComplete;

    expect($(el, 'legend')?.textContent).to.contain('Qu’est-ce qui vous bloque');
    // Focus moves to the question's first answer; its legend is announced with it.
    const firstRadio = $(el, 'input[name="difficulty"]');
    await until(() => el.shadowRoot.activeElement === firstRadio, 'focus on the first answer');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' }); // do-for-me
    const checked = $(el, 'input[name="difficulty"]:checked') as HTMLInputElement;
    expect(checked.value).to.equal('do-for-me');
    await sendKeys({ press: 'Enter' }); // submits the question
    await el.updateComplete;

    const input = $(el, '#where') as HTMLInputElement;
    await until(() => el.shadowRoot.activeElement === input, 'focus on the place question');
    await sendKeys({ type: 'melu' });
    await until(() => $$(el, '[role="option"]').length > 0, 'suggestions');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal($$(el, '[role="option"]')[0]?.id);
    await sendKeys({ press: 'Enter' }); // picks the suggestion
    await el.updateComplete;
    expect(input.value).to.match(/^Melun 77000$/);
    const orient = oneEvent(el, 'mediation-finder-orient');
    await sendKeys({ press: 'Enter' }); // searches
    const { detail } = await orient;
    await el.updateComplete;

    expect(detail.actors[0].kind).to.equal('do-it-for-me');
    expect(detail.results.length).to.be.greaterThan(0);
    const heading = $(el, '#results-heading');
    await until(() => el.shadowRoot.activeElement === heading, 'focus on the results');
    expect($(el, '[role="status"]')?.textContent).to.match(/\d+ lieux trouvés près de Melun/);
    expect($$(el, 'li.card').length).to.equal(detail.results.length);
    await expect(el).to.be.accessible();
  });
});
