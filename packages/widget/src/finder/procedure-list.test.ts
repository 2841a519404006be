import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, type Finder, finderWithResults, text, until } from './test-helpers.js';

const finder = async (template: ReturnType<typeof html>) => {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr">${template}</div>`);
  const el = wrapper.firstElementChild as Finder;
  await el.updateComplete;
  return el;
};
const field = (el: Finder) => $(el, 'input#procedure') as HTMLInputElement;
const radios = (el: Finder) => $$(el, 'input[name="procedure"]') as HTMLInputElement[];
const focused = (el: Finder) => el.shadowRoot.activeElement as HTMLElement | null;
const type = async (el: Finder, value: string) => {
  field(el).focus();
  field(el).select();
  await sendKeys({ type: value });
  await el.updateComplete;
};

describe('<mediation-finder> the procedures, grouped by body and filtered by typing', () => {
  before(() => {
    document.documentElement.lang = 'fr';
  });

  it('every procedure in a group named by its legend, the CAF first, "I do not know" first of all', async () => {
    const el = await finder(html`<mediation-finder></mediation-finder>`);
    expect($(el, 'select#procedure'), 'no flat select').to.equal(null);
    const legends = $$(el, '.procedures fieldset legend').map((l) => l.textContent);
    expect(legends[0]).to.equal('CAF (allocations familiales)');
    expect(legends).to.include.members([
      'Impôts',
      'Retraite',
      'Séjour et nationalité',
      'Logement et énergie',
    ]);
    expect(legends.at(-1)).to.equal('Autres démarches');
    expect(radios(el).length).to.equal(47);
    expect(radios(el)[0]?.labels?.[0]?.textContent).to.equal('Je ne sais pas ou autre démarche');
    const rsa = $(el, '#procedure-caf-rsa') as HTMLInputElement;
    expect(rsa.closest('fieldset')?.querySelector('legend')?.textContent).to.equal(
      'CAF (allocations familiales)',
    );
    // The question names the field; focus starts there.
    expect(field(el).labels?.[0]?.textContent).to.equal('Pour quelle démarche avez-vous besoin d’aide ?');
    await expect(el).to.be.accessible();
  });

  it('typing filters, accents and case aside; Enter picks the first match, Escape clears', async () => {
    const el = await finder(html`<mediation-finder></mediation-finder>`);
    await type(el, 'IMPOT');
    const shown = () => radios(el).map((r) => r.value);
    expect(shown()).to.deep.equal(['', 'impots-declaration', 'impots-espace-particulier']);
    expect($(el, `[id$="-procedure-count"]`)?.textContent).to.equal('Démarches trouvées : 2.');
    await type(el, 'carte grise');
    expect(shown()).to.deep.equal(['', 'ants-carte-grise']);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('procedure-ants-carte-grise');
    expect((focused(el) as HTMLInputElement).checked).to.equal(true);
    await type(el, 'zzz');
    expect(shown(), '"I do not know" stays').to.deep.equal(['']);
    expect($(el, `[id$="-procedure-count"]`)?.textContent).to.contain('Aucune démarche ne correspond');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(field(el).value).to.equal('');
    expect(radios(el).length).to.equal(47);
    await expect(el).to.be.accessible();
  });

  it('filters in every language: Ukrainian "пенсія" keeps the pension group, not all 46', async () => {
    const el = await finder(html`<mediation-finder lang="uk"></mediation-finder>`);
    // The Ukrainian words come in their own chunk: filter once they are there (a loaded machine
    // typed before they arrived and filtered the French labels).
    await until(() => /Знайти допомогу поруч із вами/.test(text(el)), 'Ukrainian text');
    await type(el, 'ПЕНСІЯ');
    const shown = radios(el).map((r) => r.value);
    expect(shown.length).to.be.within(2, 10);
    expect(
      shown.every((v) => v === '' || /retraite|aspa|pension|carsat|agirc|info-retraite/.test(v)),
      shown.join(),
    ).to.equal(true);
  });

  it('keys in the list: Down from the field, Home, End, the arrows, Escape back, Enter continues', async () => {
    const el = await finder(html`<mediation-finder></mediation-finder>`);
    field(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)?.id).to.equal('procedure-none');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focused(el)?.id).to.equal(radios(el).at(-1)?.id);
    expect(radios(el).at(-1)?.checked).to.equal(true);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('procedure-caf-rsa');
    expect((focused(el) as HTMLInputElement).checked).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(focused(el)).to.equal(field(el));
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)?.id, 'back to the one chosen').to.equal('procedure-caf-rsa');
    await sendKeys({ press: 'Enter' });
    await until(() => !!$(el, 'input[name="difficulty"]'), 'the next question');
    expect(text(el)).to.contain('Demander le RSA (revenu de solidarité active)');
  });

  it('a procedure preset by the page is shown on the first step, with a button that opens the list', async () => {
    const el = await finder(html`<mediation-finder procedure="caf-rsa"></mediation-finder>`);
    const form = $(el, 'form') as HTMLFormElement;
    expect(form.querySelector('input[name="difficulty"]'), 'the first step asks what blocks').to.not.equal(
      null,
    );
    expect(form.textContent?.replace(/\s+/g, ' ')).to.contain(
      'Démarche : Demander le RSA (revenu de solidarité active)',
    );
    const change = [...form.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Changer de démarche',
    );
    expect(change).to.not.equal(undefined);
    await expect(el).to.be.accessible();
    change?.click();
    await until(() => focused(el) === field(el), 'the list, focus on its field');
    expect(($(el, '#procedure-caf-rsa') as HTMLInputElement).checked).to.equal(true);
  });

  it('fits a 360 px phone at 200 % text: nothing cut, no sideways scroll', async () => {
    document.documentElement.style.fontSize = '200%';
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="fr" style="width: 360px"><mediation-finder></mediation-finder></div>`,
      );
      const el = wrapper.firstElementChild as Finder;
      await el.updateComplete;
      const base = $(el, '[part="base"]') as HTMLElement;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      const right = base.getBoundingClientRect().right;
      for (const label of $$(el, '.procedures label'))
        expect(label.getBoundingClientRect().right, label.textContent ?? '').to.be.at.most(right);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('easy-to-read French: the title, the first question and the groups in plain words', async () => {
    const el = await finder(html`<mediation-finder lang="fr-x-falc"></mediation-finder>`);
    await until(() => /Des personnes pour vous aider/.test(text(el)), 'the plain title');
    expect($(el, 'h2')?.textContent).to.equal('Des personnes pour vous aider, près de chez vous');
    expect(field(el).labels?.[0]?.textContent).to.equal('Vous avez besoin d’aide pour quoi ?');
    expect($$(el, '.procedures legend').map((l) => l.textContent)).to.include('Les impôts');
    // Each procedure's plain name, and once chosen its sentence, read with the radio.
    ($(el, '#procedure-ameli-c2s') as HTMLInputElement).click();
    await until(() => !!$(el, '#procedure-ameli-c2s[aria-describedby]'), 'the sentence');
    const c2s = $(el, '#procedure-ameli-c2s') as HTMLInputElement;
    expect(c2s.labels?.[0]?.textContent).to.equal('Demander la C2S : une aide pour payer les soins');
    expect($(el, `#${c2s.getAttribute('aria-describedby')}`)?.textContent).to.equal(
      'La C2S aide à payer les soins.',
    );
  });
});

describe('<mediation-finder> names in capitals and kinds of help, readable', () => {
  it('a name and an address written in capitals are shown in the usual case, on the card and the slip', async () => {
    const { el } = await finderWithResults(
      html`<mediation-finder src="/test/fixtures/lieux-capitales.csv" postal-code="77000" lang="fr-x-falc"></mediation-finder>`,
    );
    const card = $(el, 'li.card') as HTMLElement;
    expect(card.querySelector('h4 bdi')?.textContent).to.equal('Mairie de Melun - CCAS');
    expect(card.querySelector('p.address bdi')?.textContent).to.equal('12 rue de la Gare, 77000 Melun');
    const slip = $(el, '.slip-print .card') as HTMLElement;
    expect(slip.textContent).to.contain('Mairie de Melun - CCAS');
    expect(slip.textContent).not.to.contain('RUE DE LA GARE');
    // The kind of help is not shouted in capitals either.
    const kind = card.querySelector('.kind') as HTMLElement;
    expect(getComputedStyle(kind).textTransform).to.equal('none');
  });
});
