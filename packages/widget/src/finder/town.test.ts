import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, type Finder, finderAtWhere, until } from './test-helpers.js';

/** Finding the town as people type it: one letter wrong, an arrondissement's number, the code first. */
describe('<mediation-finder> finding the town', () => {
  /** Types, then presses Enter with no suggestion highlighted: the text itself is searched. */
  async function typeAndSubmit(el: Finder, input: HTMLInputElement, text: string) {
    await sendKeys({ type: text });
    expect(input.value).to.equal(text);
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
  }

  it('"Evry" is asked, not taken for the village: Évry-Courcouronnes first, each commune a button', async () => {
    const { el, input } = await finderAtWhere();
    await sendKeys({ type: 'Evry' });
    await until(() => $$(el, '[role="option"]').length > 0, 'suggestions');
    expect($$(el, '[role="option"]')[0]?.textContent).to.equal('Évry-Courcouronnes (91000)');
    const failed = oneEvent(el, 'mediation-finder-error');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Enter' });
    expect((await failed).detail.message).to.match(/^ambiguous/);
    await el.updateComplete;
    expect($(el, '.error')?.textContent?.trim()).to.equal(
      'Plusieurs communes correspondent à « Evry » : choisissez la vôtre.',
    );
    const offers = $$(el, '.offered button').map((b) => b.textContent?.trim());
    expect(offers).to.deep.equal([
      'Vouliez-vous dire Évry-Courcouronnes (91000) ?',
      'Vouliez-vous dire Évry (89140) ?',
    ]);
    await expect(el).to.be.accessible();
    const orient = oneEvent(el, 'mediation-finder-orient');
    $$(el, '.offered button')[1]?.click();
    expect((await orient).detail.location.label).to.equal('Évry (89140)');
    expect(input.value).to.equal('Évry 89140');
  });

  it('"Melum" suggests Melun, then offers « Vouliez-vous dire Melun (77000) ? » as a button that searches it', async () => {
    const { el, input } = await finderAtWhere();
    await sendKeys({ type: 'Melum' });
    await until(() => $$(el, '[role="option"]').length > 0, 'suggestions for a name one letter wrong');
    expect($$(el, '[role="option"]')[0]?.textContent).to.equal('Melun (77000)');

    const failed = oneEvent(el, 'mediation-finder-error');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Enter' });
    expect((await failed).detail.kind).to.equal('location');
    await el.updateComplete;
    const offer = $$(el, 'button').find((b) => b.textContent?.trim() === 'Vouliez-vous dire Melun (77000) ?');
    expect(offer, 'the "did you mean" button').to.exist;
    expect(offer?.tagName).to.equal('BUTTON');
    expect(offer?.getAttribute('type')).to.equal('button');
    // Said once, under the field (a live region the field describes itself with), the offer after it.
    expect($(el, '[role="status"]')?.textContent).to.equal('');
    expect($(el, '.error')?.textContent?.trim()).to.equal('Aucune commune ne s’appelle « Melum ».');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    // A screen reader hears the offer with the error: both in the one live region.
    expect(offer?.closest('[aria-live]')?.contains($(el, '.error'))).to.equal(true);
    await expect(el).to.be.accessible();

    const orient = oneEvent(el, 'mediation-finder-orient');
    offer?.click();
    const { detail } = await orient;
    expect(detail.location.label).to.equal('Melun (77000)');
    await el.updateComplete;
    expect(input.value).to.equal('Melun 77000');
    await until(() => el.shadowRoot.activeElement === $(el, '#results-heading'), 'focus on the results');
    expect($$(el, 'button').some((b) => /Vouliez-vous dire/.test(b.textContent ?? ''))).to.equal(false);
  });

  it('in English, the offer is the catalogue’s', async () => {
    const { el, input } = await finderAtWhere();
    el.lang = 'en';
    await until(() => $(el, 'label[for="where"]')?.textContent !== 'Où cherchez-vous de l’aide ?', 'English');
    await typeAndSubmit(el, input, 'Marseile');
    await until(() => $$(el, '.offered button').length > 0, 'the offer');
    expect($$(el, '.offered button')[0]?.textContent?.trim()).to.equal('Did you mean Marseille (13001)?');
  });

  it('"Paris 12" shows the 12th arrondissement, and searching it finds it', async () => {
    const { el, input } = await finderAtWhere();
    await sendKeys({ type: 'Paris 12' });
    await until(() => $$(el, '[role="option"]').length > 0, 'suggestions');
    expect($$(el, '[role="option"]')[0]?.textContent).to.equal('Paris 12e Arrondissement (75012)');
    const orient = oneEvent(el, 'mediation-finder-orient');
    await sendKeys({ press: 'Escape' });
    expect(input.value).to.equal('Paris 12');
    await sendKeys({ press: 'Enter' });
    const { detail } = await orient;
    expect(detail.location.label).to.equal('Paris 12e Arrondissement (75012)');
  });

  it('"Le Havre": the heading and the status say « près du Havre », in French only', async () => {
    const { el, input } = await finderAtWhere();
    const orient = oneEvent(el, 'mediation-finder-orient');
    await typeAndSubmit(el, input, 'Le Havre');
    const { detail } = await orient;
    expect(detail.location.label).to.match(/^Le Havre/);
    await until(() => !!$(el, '#results-heading'), 'the results');
    expect($(el, '#results-heading')?.textContent).to.match(/^Où trouver de l’aide près du Havre/);
    expect($(el, '[part="status"]')?.textContent).to.match(/près du Havre/);
    el.lang = 'en';
    await until(
      () => /near Le Havre/.test($(el, '#results-heading')?.textContent ?? ''),
      'English keeps the name',
    );
  });

  it('"La Salle-de-Vihiers": a delegated commune placed at its commune nouvelle’s point says so, once, before the cards’ distances are read', async () => {
    const { el, input } = await finderAtWhere();
    const orient = oneEvent(el, 'mediation-finder-orient');
    await typeAndSubmit(el, input, 'La Salle-de-Vihiers');
    const { detail } = await orient;
    expect(detail.location.atParentOf, JSON.stringify(detail.location)).to.equal('Chemillé-en-Anjou');
    await until(() => !!$(el, '#results-heading'), 'the results');
    const told = $$(el, '.notice').filter((n) =>
      /Les distances sont comptées depuis Chemillé-en-Anjou/.test(n.textContent ?? ''),
    );
    expect(told.length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  for (const [typed, label] of [
    ['77000 Melun', 'Melun (77000)'],
    ['77000, Melun', 'Melun (77000)'],
    ['Marseille 13', 'Marseille 13e Arrondissement (13013)'],
    ['Lyon 3', 'Lyon 3e Arrondissement (69003)'],
  ])
    it(`"${typed}" is ${label}`, async () => {
      const { el, input } = await finderAtWhere();
      const orient = oneEvent(el, 'mediation-finder-orient');
      await typeAndSubmit(el, input, typed as string);
      const { detail } = await orient;
      expect(detail.location.label).to.equal(label);
    });
});
