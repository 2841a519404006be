import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { $$, finderWithResults, until } from './test-helpers.js';

/** `share`: the search kept in the page's URL hash, so that a worker can hand over its link. */
describe('<mediation-finder share>', () => {
  const original = `${location.pathname}${location.search}`;
  afterEach(() => history.replaceState(null, '', original));

  it('a shared link opens on the same search, and the search writes its link; never a name', async () => {
    const shared = { p: 'caf-rsa', d: 'learn', w: 'Melun 77000', s: [] };
    history.replaceState(
      null,
      '',
      `${original}#mediation-finder=${encodeURIComponent(JSON.stringify(shared))}`,
    );
    const { el, detail } = await finderWithResults(
      html`<mediation-finder share lang="fr"></mediation-finder>`,
    );
    expect(detail.procedure?.id).to.equal('caf-rsa');
    expect(detail.need.difficulty).to.equal('learn');
    expect(detail.location.label).to.contain('Melun');
    expect($$(el, 'li.card').length).to.be.greaterThan(0);
    const written = JSON.parse(decodeURIComponent(location.hash.replace('#mediation-finder=', '')));
    expect(written).to.deep.equal(shared);
    const link = $$(el, '.slip a').find((a) => a.textContent?.includes('Lien à partager'));
    expect(link?.getAttribute('href')).to.contain('#mediation-finder=');
  });

  it('a hand-edited hash gives only its valid parts, and a broken one nothing', async () => {
    const edited = { p: 'no-such-procedure', d: 'hack', w: '77000', s: ['a', 1, { x: 1 }] };
    history.replaceState(
      null,
      '',
      `${original}#mediation-finder=${encodeURIComponent(JSON.stringify(edited))}`,
    );
    const { detail } = await finderWithResults(
      html`<mediation-finder share procedure="ameli-compte" difficulty="learn" lang="fr"></mediation-finder>`,
    );
    expect(detail.procedure?.id).to.equal('ameli-compte');
    expect(detail.location.label).to.contain('77000');
    history.replaceState(null, '', `${original}#mediation-finder=%7B%22p%22%3A`);
    const { detail: again } = await finderWithResults(
      html`<mediation-finder share postal-code="13001" procedure="caf-rsa" difficulty="learn" lang="fr"></mediation-finder>`,
    );
    expect(again.location.label).to.contain('13001');
  });

  it('keeps the page’s own hash parameters and history.state, through an answer and a failed search', async () => {
    history.replaceState({ page: 'its own state' }, '', `${original}#tab=2&x=1`);
    const { el } = await finderWithResults(
      html`<mediation-finder share procedure="caf-rsa" difficulty="learn" postal-code="77000" lang="fr" map="off"></mediation-finder>`,
    );
    expect(location.hash).to.match(/^#tab=2&x=1&mediation-finder=/);
    expect(history.state).to.deep.equal({ page: 'its own state' });
    const input = el.shadowRoot.querySelector('#where') as HTMLInputElement;
    input.value = 'Zzyzxville';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    (el.shadowRoot.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await until(() => !location.hash.includes('mediation-finder='), 'the failed search');
    expect(location.hash).to.equal('#tab=2&x=1');
    expect(history.state).to.deep.equal({ page: 'its own state' });
  });
});
