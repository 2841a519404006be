import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, type Finder, finderAtWhere } from './test-helpers.js';

/** The place field's suggestions never stay open over the results (issue 27). */
describe('<mediation-finder> place suggestions and the search', () => {
  it('typed then searched at once: the suggestions that arrive late do not open over the results', async () => {
    const { el, input } = await finderAtWhere();
    const orient = oneEvent(el, 'mediation-finder-orient');
    // A worker types fast and presses Enter before the communes for the last letter are proposed.
    await sendKeys({ type: 'Melu' });
    input.value = 'Melun';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    (input.form as HTMLFormElement).requestSubmit();
    const seen: number[] = [];
    const watch = setInterval(() => seen.push($$(el, '[role="option"]').length), 10);
    await orient;
    await new Promise((r) => setTimeout(r, 300));
    clearInterval(watch);
    await el.updateComplete;
    // From the moment the search starts, no commune is proposed: not during it, not over the results.
    expect(seen.filter((n) => n > 0).length, `options seen: ${seen}`).to.equal(0);
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(($(el, '[role="listbox"]') as HTMLElement).hidden).to.equal(true);
  });

  it('suggestions open while typing, a search from the list closes them', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><mediation-finder lang="fr" procedure="caf-rsa" difficulty="learn" map="off"></mediation-finder></div>`,
    );
    const el = wrapper.querySelector('mediation-finder') as Finder;
    await el.updateComplete;
    ($(el, '#where') as HTMLInputElement).focus();
    await sendKeys({ type: 'Melun' });
    const start = Date.now();
    while ($$(el, '[role="option"]').length === 0 && Date.now() - start < 8000)
      await new Promise((r) => setTimeout(r, 25));
    expect($$(el, '[role="option"]').length).to.be.greaterThan(0);
    const orient = oneEvent(el, 'mediation-finder-orient');
    // The button pressed while the list is open (the field keeps the focus: no blur closes it).
    ($(el, 'button[type="submit"]') as HTMLButtonElement).click();
    await orient;
    await el.updateComplete;
    expect($$(el, '[role="option"]').length).to.equal(0);
  });
});
