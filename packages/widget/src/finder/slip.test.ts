import { expect, html } from '@open-wc/testing';
import { $, $$, finderWithResults, until } from './test-helpers.js';

/** The orientation slip a worker hands over (issue 27). */
describe('<mediation-finder> slip', () => {
  let print: typeof window.print;
  let printed = 0;
  beforeEach(() => {
    print = window.print;
    printed = 0;
    window.print = () => {
      printed++;
    };
  });
  afterEach(() => {
    window.print = print;
  });

  it('in another language, it prints in that language and in French side by side, "À apporter" included', async () => {
    const { el } = await finderWithResults(
      html`<mediation-finder lang="en" procedure="caf-rsa" difficulty="learn" postal-code="77000" map="off"></mediation-finder>`,
    );
    const printButton = () => $$(el, '.slip button').find((b) => b.textContent?.includes('Print'));
    await until(() => !!printButton(), 'the slip, in English');
    (printButton() as HTMLButtonElement).click();
    await until(() => printed === 1, 'printed');
    const [person, french] = $$(el, '.slip-pair > .slip-print');
    expect(person?.textContent).to.contain('To bring');
    expect(person?.textContent).not.to.contain('À apporter');
    expect(french?.getAttribute('lang')).to.equal('fr');
    expect(french?.getAttribute('dir')).to.equal('ltr');
    expect(french?.textContent).to.contain('Fiche d’orientation');
    expect(french?.textContent).to.contain('À apporter');
    // The same places on both.
    const names = (section?: HTMLElement) =>
      [...(section?.querySelectorAll('.card h3') ?? [])].map((h) => h.textContent);
    expect(names(french)).to.deep.equal(names(person));
    // The screen is back in the person's language.
    expect($(el, '#results-heading')?.textContent).to.contain('Where to find help');
  });

  it('in French, one slip; the page’s referrer is printed without typing, and the field changes it for this slip', async () => {
    const { el } = await finderWithResults(
      html`<mediation-finder lang="fr" procedure="caf-rsa" difficulty="learn" postal-code="77000" map="off"
        referrer="Marie Martin, CCAS de Melun"></mediation-finder>`,
    );
    await until(() => !!$(el, '.slip-print'), 'the slip');
    expect($$(el, '.slip-print').length).to.equal(1);
    expect($(el, '.slip-print')?.textContent).to.contain('Orienté par : Marie Martin, CCAS de Melun');
    const field = $$(el, '.slip input').find((i) => i.id.endsWith('-prescriber')) as HTMLInputElement;
    expect(field.value).to.equal('Marie Martin, CCAS de Melun');
    field.value = 'Paul Durand';
    field.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect($(el, '.slip-print')?.textContent).to.contain('Orienté par : Paul Durand');
  });

  it('share-url: the link and its e-mail point to the public page with the search, never to this page', async () => {
    const { el } = await finderWithResults(
      html`<mediation-finder lang="fr" procedure="caf-rsa" difficulty="learn" postal-code="77000" map="off"
        share-url="https://www.ville.example.fr/aide-numerique/#haut"></mediation-finder>`,
    );
    await until(() => !!$(el, '.slip a'), 'the slip');
    const link = $$(el, '.slip a').find((a) => a.textContent?.includes('Lien à partager'));
    expect(link?.getAttribute('href')).to.match(
      /^https:\/\/www\.ville\.example\.fr\/aide-numerique\/#mediation-finder=/,
    );
    expect(location.hash).not.to.contain('mediation-finder=');
    el.setAttribute('share-url', 'javascript:alert(1)');
    await el.updateComplete;
    expect($$(el, '.slip a').some((a) => a.textContent?.includes('Lien à partager'))).to.equal(false);
  });
});
