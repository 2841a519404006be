import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, type Finder, finderWithResults, text, until } from './test-helpers.js';

/**
 * The browser's languages (navigator.languages) as a person's phone would give them. The offer
 * reads them when it renders; each test sets its own.
 */
function browserSpeaks(...languages: string[]): void {
  Object.defineProperty(navigator, 'languages', { get: () => languages, configurable: true });
}

const onFrenchPage = async () => {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang="fr"><mediation-finder></mediation-finder></div>`,
  );
  const el = wrapper.firstElementChild as Finder;
  await el.updateComplete;
  return el;
};

describe('<mediation-finder> offers the person’s own language', () => {
  before(() => {
    document.documentElement.lang = 'fr';
  });

  it('a browser in Arabic, Ukrainian, Spanish or English: one button, written in that language', async () => {
    for (const [language, offer] of [
      ['ar-MA', 'استخدم هذه الأداة بالعربية'],
      ['uk-UA', 'Українською'],
      ['es-ES', 'Usar en español'],
      ['en-GB', 'Use this finder in English'],
    ] as const) {
      browserSpeaks(language, 'fr-FR');
      const el = await onFrenchPage();
      // The page is French: the finder is, and says so in French.
      expect($(el, '[part="base"]')?.getAttribute('lang')).to.equal('fr');
      const button = $(el, 'button.offer') as HTMLButtonElement;
      expect(button, language).to.not.equal(null);
      expect(button.textContent?.trim()).to.equal(offer);
      expect(button.getAttribute('lang')).to.equal(language.slice(0, 2));
      await expect(el).to.be.accessible();
    }
  });

  it('no offer when the browser speaks the page’s language, or one the finder does not', async () => {
    for (const languages of [['fr-FR', 'en'], ['de-DE'], ['fr-CA']]) {
      browserSpeaks(...languages);
      const el = await onFrenchPage();
      expect($(el, 'button.offer'), languages.join()).to.equal(null);
    }
  });

  it('the full choice fits a 360 px phone at 200 % text', async () => {
    browserSpeaks('fr-FR');
    document.documentElement.style.fontSize = '200%';
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="fr" style="width: 360px"><mediation-finder></mediation-finder></div>`,
      );
      const el = wrapper.firstElementChild as Finder;
      await el.updateComplete;
      const base = $(el, '[part="base"]') as HTMLElement;
      const select = $(el, 'select[id$="-language"]') as HTMLSelectElement;
      expect(base.scrollWidth, 'no sideways scroll').to.be.at.most(base.clientWidth);
      expect(select.getBoundingClientRect().right).to.be.at.most(base.getBoundingClientRect().right);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('one tap switches every finder of the page, and a button in French takes it back; nothing is stored', async () => {
    browserSpeaks('ar', 'fr');
    const storage = () => [localStorage.length, sessionStorage.length, document.cookie];
    const before = storage();
    const { el } = await finderWithResults(
      html`<mediation-finder postal-code="93200" lang="fr"></mediation-finder>`,
    );
    ($(el, 'button.offer') as HTMLButtonElement).click();
    await until(() => $(el, '[part="base"]')?.getAttribute('dir') === 'rtl', 'Arabic, right to left');
    await until(() => /اعثر على المساعدة بالقرب منك/.test(text(el)), 'the Arabic title');
    // Arabic: "93200 Saint-Denis" keeps its order in the heading and the status.
    await until(() => !!$(el, '#results-heading bdi'), 'the place isolated in the heading');
    expect($(el, '#results-heading bdi')?.textContent).to.equal('93200 Saint-Denis');
    await until(() => !!$(el, '[role="status"] bdi'), 'the place isolated in the status');
    expect($(el, '[role="status"] bdi')?.textContent).to.equal('93200 Saint-Denis');
    // The way back, in French.
    const back = $(el, 'button.offer') as HTMLButtonElement;
    expect(back.textContent?.trim()).to.equal('Afficher en français');
    expect(back.getAttribute('lang')).to.equal('fr');
    await expect(el).to.be.accessible();
    back.click();
    await until(() => $(el, '[part="base"]')?.getAttribute('lang') === 'fr', 'French again');
    expect($(el, 'button.offer')).to.equal(null);
    expect(storage()).to.deep.equal(before);
    expect($$(el, 'select[id$="-language"]').length).to.equal(1);
  });
});
