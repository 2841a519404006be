import { expect, html } from '@open-wc/testing';
import { $$, type Finder, finderWithResults } from './test-helpers.js';

/**
 * A CAF, a council or a town shows its own network first (`territory`), without hiding the
 * nearest right door beyond its border: it stays in the list, and the finder says so.
 */
describe('<mediation-finder territory>', () => {
  // Château-Landon (77) is at the Loiret's border: its nearest France Services is in the Loiret.
  const border = (territory: string | undefined, limit = 3) =>
    finderWithResults(
      html`<mediation-finder postal-code="77570" procedure="caf-rsa" difficulty="do-for-me" limit=${limit}
        territory=${territory ?? ''} lang="fr" map="off"></mediation-finder>`,
    );
  const names = (el: Finder) => $$(el, 'li.card h4 bdi').map((h) => h.textContent?.trim() ?? '');

  it('its places come first; the nearest right door stays in the list, named with its distance and number', async () => {
    const plain = await border(undefined);
    const nearest = plain.detail.results[0];
    expect(nearest, 'a first place without territory').to.exist;
    expect(plain.detail.notices.some((n) => n.code.endsWith('-area'))).to.equal(false);

    const { el, detail } = await border('77');
    expect(detail.results[0]?.id).not.to.equal(nearest?.id);
    expect(detail.results.map((r) => r.id)).to.include(nearest?.id);
    expect(names(el).length).to.equal(3);
    const notice = $$(el, '.notice').find((n) => n.textContent?.includes('lieux de son territoire'));
    expect(notice, 'the notice saying why').to.exist;
    expect(notice?.textContent).to.contain(nearest?.nom ?? '(none)');
    expect(notice?.querySelector('a[href^="tel:"]'), 'its number to call').to.exist;
  });

  it('an EPCI the person does not live in: the places as they rank, and a sentence saying so', async () => {
    const plain = await border(undefined, 5);
    // The Communauté d'agglomération du Pays de Meaux, from the gazetteer's EPCI files.
    const { el, detail } = await border('200072130', 5);
    expect(detail.results.map((r) => r.id)).to.deep.equal(plain.detail.results.map((r) => r.id));
    expect(
      $$(el, '.notice').some((n) => n.textContent?.includes('en dehors du territoire de ce site')),
    ).to.equal(true);
  });

  it('a code that is none is warned about in the console, and the rest of the territory applies', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { detail } = await border('77 Château-Landon 249999999');
      expect(detail.notices.some((n) => n.code === 'beyond-area')).to.equal(true);
    } finally {
      console.warn = warn;
    }
    expect(warnings.join('\n')).to.contain('"CHÂTEAU-LANDON" is not a département');
    expect(warnings.join('\n')).to.contain('"249999999" is no EPCI');
  });
});
