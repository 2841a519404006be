import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { $, $$, type Finder, finderWithResults } from './test-helpers.js';

/**
 * The embedder's data failing in every way a server can (see hostile-server.mjs): the finder
 * says so, never hangs on "searching", never freezes the page, and answers from its shipped data.
 */
async function withBadSource(src: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('mediation-finder') as Finder;
  el.setAttribute('lang', 'fr');
  el.setAttribute('src', src);
  el.setAttribute('postal-code', '77000');
  const error = oneEvent(el, 'mediation-finder-error');
  const orient = oneEvent(el, 'mediation-finder-orient');
  wrapper.append(el);
  const failure = (await error).detail as { kind: string; message: string };
  const results = (await orient).detail as { results: Array<{ id: string }> };
  await el.updateComplete;
  return { el, failure, results };
}

const fellBack = (el: Finder) =>
  expect($(el, '.notice[role="alert"]')?.textContent).to.contain('les données intégrées sont utilisées');

describe('<mediation-finder> when the data fails', () => {
  it('a file far too large is refused as it streams, not read: shipped data instead', async () => {
    const { el, failure, results } = await withBadSource('/hostile/huge.csv');
    expect(failure.kind).to.equal('invalid');
    expect(failure.message).to.match(/huge\.csv: more than 16 MB, more than a finder reads/);
    expect(results.results.length).to.be.greaterThan(0);
    fellBack(el);
  });

  it('a dataset with an unreadable shard: shipped data, and no word of the connection', async () => {
    const { el, failure, results } = await withBadSource('/hostile/malformed/');
    expect(failure.kind).to.equal('invalid');
    expect(failure.message).to.contain('not valid JSON');
    expect(results.results.length).to.be.greaterThan(0);
    fellBack(el);
    expect($(el, '[role="status"]')?.textContent).not.to.contain('connexion');
  });

  it('a manifest pointing at files elsewhere is refused', async () => {
    const { el, failure } = await withBadSource('/hostile/elsewhere/');
    expect(failure.kind).to.equal('invalid');
    expect(failure.message).to.contain('is not a file of the dataset');
    fellBack(el);
  });

  it('links and reversing characters of a published dataset are checked again', async () => {
    const { el } = await finderWithResults(
      html`<mediation-finder src="/hostile/links/" postal-code="77000" lang="fr"></mediation-finder>`,
    );
    const links = $$(el, '.results a').map((a) => a.getAttribute('href') ?? '');
    expect(links.filter((href) => /^(javascript|data):|bcc=/i.test(href))).to.deep.equal([]);
    expect($(el, '.results')?.textContent).not.to.contain('\u202E');
  });

  it('a large raw file is read in slices: the page keeps running while the finder reads', async () => {
    // A chain of zero-delay timers stands for the page's own work (typing, scrolling, scripts):
    // read in one block, the file would stop it for the whole reading (seconds). The bounds are
    // relative to the reading's time, so that a loaded machine (slower slices) tests the same thing.
    let longestGap = 0;
    let ticks = 0;
    let running = true;
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      ticks++;
      if (running) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('mediation-finder') as Finder;
    el.setAttribute('lang', 'fr');
    el.setAttribute('src', '/hostile/large.csv');
    el.setAttribute('postal-code', '77000');
    const orient = oneEvent(el, 'mediation-finder-orient');
    const started = performance.now();
    wrapper.append(el);
    const { results } = (await orient).detail as { results: Array<{ id: string }> };
    const took = performance.now() - started;
    // The time since the last tick counts too: the reading may have just ended.
    tick();
    running = false;
    expect(results[0]?.id).to.match(/^large-\d+$/);
    const said = `longest pause of the page: ${Math.round(longestGap)} ms of ${Math.round(took)} ms, ${ticks} turns`;
    expect(longestGap, said).to.be.below(took / 4);
    expect(ticks, said).to.be.above(20);
  });

  it('twenty finders on a page fetch the manifest and each shard once', async () => {
    await fixture(
      html`<div>${Array.from({ length: 20 }, () => html`<mediation-finder src="/hostile/counted/" postal-code="77000" lang="fr" map="off"></mediation-finder>`)}</div>`,
    );
    const finders = [...document.querySelectorAll('mediation-finder')] as Finder[];
    await Promise.all(
      finders.map((el) =>
        el.shadowRoot.querySelector('.results') ? null : oneEvent(el, 'mediation-finder-orient'),
      ),
    );
    const counts = (await (await fetch('/hostile/count')).json()) as Record<string, number>;
    const served = Object.entries(counts).filter(([path]) => path.startsWith('/hostile/counted/'));
    expect(served.length).to.be.greaterThan(1);
    for (const [path, count] of served) expect(count, path).to.equal(1);
  });

  it('a server that drips bytes is given up after 30 s: shipped data instead', async function () {
    this.timeout(60_000);
    const { el, failure, results } = await withBadSource('/hostile/drip.csv');
    expect(failure.kind).to.equal('network');
    expect(failure.message).to.match(/drip\.csv: no complete answer within 30 s/);
    expect(results.results.length).to.be.greaterThan(0);
    fellBack(el);
  });
});
