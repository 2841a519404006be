import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, finderAtWhere, finderWithResults, until } from './test-helpers.js';

/**
 * Short cards and a search error said once (issue 24). Layout at 200 % text, the first screen,
 * Tab counts, forced colours and print are measured end to end (test/large-text.test.mjs).
 */
describe('<mediation-finder> cards and errors', () => {
  it('an unknown place is said once: under the field, which it describes, in one live region', async () => {
    const { el, input } = await finderAtWhere();
    await sendKeys({ type: '99999' });
    const failed = oneEvent(el, 'mediation-finder-error');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Enter' });
    await failed;
    await el.updateComplete;
    const sentence = 'Le code postal 99999 ne correspond à aucune commune.';
    const holders = $$(el, '*').filter((e) => e.children.length === 0 && e.textContent?.includes(sentence));
    expect(holders.length, 'elements showing the error').to.equal(1);
    const error = holders[0] as HTMLElement;
    expect(input.getAttribute('aria-describedby')?.split(' ')).to.include(error.id);
    const live = $$(el, '[aria-live], [role="status"], [role="alert"]').filter((e) =>
      e.textContent?.includes(sentence),
    );
    // One live region holds the error and what the finder offers with it (« Vouliez-vous dire … ? »).
    expect(live).to.have.length(1);
    expect(live[0]?.contains(error)).to.equal(true);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('a card is short: name, why, how far and whether open, a call naming the place; the rest on demand', async () => {
    const { el, detail } = await finderWithResults(
      html`<mediation-finder lang="fr" procedure="caf-rsa" postal-code="77000" map="off"></mediation-finder>`,
    );
    const card = $(el, 'li.card') as HTMLElement;
    const first = detail.results[0];
    const call = card.querySelector('a[href^="tel:"]') as HTMLAnchorElement;
    expect(call.textContent?.replace(/\s+/g, ' ').trim()).to.match(
      new RegExp(`^Appeler ${first?.nom}, [0-9 ]+$`),
    );
    const details = card.querySelector('details') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    expect(card.querySelector('ul.hours')?.checkVisibility()).to.equal(false);
    expect(details.querySelector('ul.bring')?.textContent).to.match(/pièce d.identité/);
    (details.querySelector('summary') as HTMLElement).click();
    await until(() => details.open, 'details open');
    expect(card.querySelector('ul.hours')?.checkVisibility()).to.equal(true);

    const choose = card.querySelector('button[aria-pressed]') as HTMLButtonElement;
    expect(choose.textContent?.trim()).to.match(/^Ajouter à la fiche/);
    choose.click();
    await el.updateComplete;
    const chosen = $(el, 'li.card button[aria-pressed="true"]') as HTMLButtonElement;
    expect(chosen.textContent?.trim()).to.match(/^Retirer de la fiche/);
    expect($(el, 'li.card')?.textContent).to.contain('✓ Sur la fiche');
    await expect(el).to.be.accessible();
  });
});
