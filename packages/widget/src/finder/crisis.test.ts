import type { OrientationJson } from '@mediation-finder/core';
import { expect, html, oneEvent } from '@open-wc/testing';
import { $, $$, type Finder, finderWithResults, text } from './test-helpers.js';

/** Ticks a checkbox of the finder (a situation, a filter) and waits for the new results. */
async function tick(el: Finder, id: string): Promise<OrientationJson> {
  const box = el.shadowRoot.querySelector<HTMLInputElement>(`input[id$="-${id}"]`);
  expect(box, id).to.exist;
  const orient = oneEvent(el, 'mediation-finder-orient');
  (box as HTMLInputElement).checked = true;
  box?.dispatchEvent(new Event('change'));
  const { detail } = (await orient) as CustomEvent<OrientationJson>;
  await el.updateComplete;
  return detail;
}

/** The page's clock set to one instant while `run` runs: the finder orients "now". */
async function at<T>(iso: string, run: () => Promise<T>): Promise<T> {
  const Real = Date;
  const fixed = new Real(iso).getTime();
  class Fixed extends Real {
    constructor(...args: unknown[]) {
      // biome-ignore lint/suspicious/noExplicitAny: Date's overloads
      super(...((args.length ? args : [fixed]) as [any]));
    }
    static override now() {
      return fixed;
    }
  }
  globalThis.Date = Fixed as DateConstructor;
  try {
    return await run();
  } finally {
    globalThis.Date = Real;
  }
}

const above = (a: Element, b: Element) =>
  Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('crisis first, competence, cannot travel', () => {
  it('a woman fleeing violence in Toulouse: the 3919, the 17 and the 114 by text first, above the places and the CAF’s line; the CIDFF first among places', async () => {
    const { el } = await finderWithResults(
      html`<mediation-finder procedure="caf-rsa" difficulty="situation" postal-code="31000" lang="fr"></mediation-finder>`,
    );
    const detail = await tick(el, 'situation-violence');
    expect(detail.crisis?.lines).to.deep.equal(['violences-3919', 'police-17', 'sms-114']);
    const crisis = $(el, '[part="crisis"]') as HTMLElement;
    expect(crisis.querySelector('h4')?.textContent).to.equal('Appelez d’abord');
    const links = [...crisis.querySelectorAll('a[href^="tel:"], a[href^="sms:"]')].map((a) =>
      a.getAttribute('href'),
    );
    expect(links).to.deep.equal(['tel:3919', 'tel:17', 'sms:114']);
    const firstCard = $(el, 'li.card') as HTMLElement;
    expect(above(crisis, firstCard)).to.equal(true);
    expect(firstCard.textContent).to.contain('CIDFF');
    expect(firstCard.textContent).to.contain('Aide spécialisée pour votre situation');
    // The CAF's line comes after, with the other lines; no "or call the CAF" above the places.
    expect(!!$(el, '.or-call')).to.equal(false);
    const remote = $(el, '[part="remote"]') as HTMLElement;
    expect(remote.textContent).to.contain('3230');
    expect(remote.textContent).not.to.contain('3919');
    expect(above(crisis, remote)).to.equal(true);
    // The slip prints the lines before the places.
    const slip = $(el, '.slip-print') as HTMLElement;
    const printed = slip.textContent ?? '';
    expect(printed.indexOf('Appelez d’abord')).to.be.greaterThan(-1);
    expect(printed.indexOf('3919')).to.be.lessThan(printed.indexOf('CIDFF'));
    await expect(el).to.be.accessible();
  });

  it('a man without a roof at 23:00: the 115 is the answer, the places are marked for tomorrow, on screen and on the slip', async () => {
    await at('2026-11-24T23:00:00+01:00', async () => {
      const { el } = await finderWithResults(
        html`<mediation-finder difficulty="situation" postal-code="69001" lang="fr"></mediation-finder>`,
      );
      const detail = await tick(el, 'situation-homeless');
      expect(detail.crisis).to.deep.equal({
        situations: ['homeless'],
        lines: ['urgence-115'],
        placesLater: true,
      });
      const crisis = $(el, '[part="crisis"]') as HTMLElement;
      expect(crisis.textContent).to.contain('115');
      expect(crisis.textContent).to.contain('Jour et nuit, 7 jours sur 7');
      expect(crisis.textContent).to.contain('les lieux ci-dessous sont pour demain');
      const later = $(el, 'h4.later') as HTMLElement;
      expect(later.textContent).to.equal('Pour demain');
      expect(above(crisis, later) && above(later, $(el, 'li.card') as HTMLElement)).to.equal(true);
      expect($(el, '.slip-print')?.textContent).to.contain('Pour demain');
      // Lines of situations not named are not offered.
      expect(text(el)).not.to.contain('3919');
    });
  });

  it('a senior in Saint-Girons who cannot travel, for the APA: who comes home first, then lines, then places', async () => {
    const { el } = await finderWithResults(
      html`<mediation-finder procedure="apa" postal-code="09200" lang="fr"></mediation-finder>`,
    );
    const detail = await tick(el, 'cannot-travel');
    expect(detail.notices[0]?.code).to.equal('home-visit');
    const notices = $$(el, '.notice').map((p) => p.textContent ?? '');
    expect(notices[0]).to.contain('Une équipe du département peut venir chez vous');
    expect(notices[0]).to.contain('Ariège');
    expect(notices[1]).to.contain('Le centre communal d’action sociale (CCAS) peut venir chez vous');
    const remote = $(el, '[part="remote"]') as HTMLElement;
    expect(above(remote, $(el, 'ol.results') as HTMLElement)).to.equal(true);
    expect($(el, '.slip-print')?.textContent).to.contain('Qui peut venir chez vous');
    await expect(el).to.be.accessible();
  });

  it('a proxy vote in Bastia: where identity is checked, said first; no Aidants Connect mandate; a police officer at home for one who cannot travel, on the slip too', async () => {
    const { el, detail } = await finderWithResults(
      html`<mediation-finder procedure="procuration" difficulty="do-for-me" postal-code="20200" lang="fr"></mediation-finder>`,
    );
    expect(detail.notices[0]?.code).to.equal('in-person');
    expect(detail.results.every((r) => r.actor !== 'do-it-for-me')).to.equal(true);
    expect($$(el, '.notice')[0]?.textContent).to.contain(
      'dans un commissariat, une gendarmerie ou un consulat',
    );
    const home = await tick(el, 'cannot-travel');
    expect(home.notices.map((n) => n.code)).to.include('home-visit');
    expect(text(el)).to.contain('un policier ou un gendarme peut venir chez vous');
    expect($(el, '.slip-print')?.textContent).to.contain('un policier ou un gendarme peut venir chez vous');
    await expect(el).to.be.accessible();
  });

  it('Villeneuve-Saint-Georges: no office of the département called "yours", each an office to ask', async () => {
    const { el, detail } = await finderWithResults(
      html`<mediation-finder difficulty="situation" postal-code="94190" lang="fr"></mediation-finder>`,
    );
    expect(detail.results.some((r) => r.reasons.some((x) => x.code === 'departement-office'))).to.equal(true);
    expect(text(el)).not.to.contain('C’est le vôtre : il sert les habitants de votre département');
    expect(text(el)).to.contain(
      'Un accueil du service social de votre département : demandez lequel sert votre adresse',
    );
    expect(text(el)).to.contain('Appelez le standard (Conseil départemental - Val-de-Marne)');
  });

  it('a CAF counter’s retired 08 10 number is never shown: the 3230 is', async () => {
    const { el, detail } = await finderWithResults(
      html`<mediation-finder procedure="caf-autre" difficulty="understand" postal-code="23000" lang="fr"></mediation-finder>`,
    );
    const cards = $$(el, 'li.card').filter((c) => c.textContent?.includes("Caisse d'allocations"));
    expect(cards.length).to.be.greaterThan(0);
    for (const card of cards) {
      expect(!!card.querySelector('a[href="tel:3230"]')).to.equal(true);
      expect(card.textContent).not.to.match(/08 10/);
      expect(card.textContent).to.contain('Son ancien numéro ne fonctionne plus : appelez le 3230');
    }
    expect(detail.results.find((r) => r.nom.includes("Caisse d'allocations"))?.telephone).to.equal('3230');
  });

  it('a situation is never written in a shared link', async () => {
    const original = location.href;
    try {
      const { el } = await finderWithResults(
        html`<mediation-finder share procedure="caf-rsa" difficulty="situation" postal-code="31000" lang="fr"></mediation-finder>`,
      );
      await tick(el, 'situation-violence');
      expect(decodeURIComponent(location.hash)).to.contain('caf-rsa');
      expect(decodeURIComponent(location.hash)).not.to.contain('violence');
    } finally {
      history.replaceState(null, '', original);
    }
  });
});
