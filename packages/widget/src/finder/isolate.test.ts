import { expect, fixture, html } from '@open-wc/testing';
import { isolated } from './isolate.js';

/**
 * French data inside a sentence of a language written right to left: the run that mixes digits and
 * Latin letters keeps its order (a notice naming "France Services Paris 15", a postal code and a
 * town). The heading and the status are checked with a real search in language-offer.test.ts; the
 * results' notices and widened-search sentence go through the same function.
 */
describe('isolated', () => {
  it('in Arabic, a French name with digits inside a sentence is isolated; in French, nothing changes', async () => {
    const sentence = 'أقرب مكان، France Services Paris 15 (75015)، على بعد 12 كم';
    const el = await fixture(html`<p dir="rtl" lang="ar">${isolated(sentence, 'ar')}</p>`);
    const bdi = el.querySelector('bdi');
    expect(bdi?.getAttribute('lang')).to.equal('fr');
    expect(bdi?.textContent).to.equal('France Services Paris 15 (75015)');
    expect(el.textContent).to.equal(sentence);
    expect(isolated(sentence, 'fr')).to.equal(sentence);
  });
});
