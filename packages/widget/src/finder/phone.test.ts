import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { $, $$, type Finder, finderWithResults, text, until } from './test-helpers.js';

/** What a citizen meets on a phone, and what a worker meets moving from one person to the next. */

async function typeWhere(el: Finder, value: string): Promise<HTMLInputElement> {
  const input = $(el, '#where') as HTMLInputElement;
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  return input;
}

async function submit(el: Finder): Promise<void> {
  ($(el, 'form button[type="submit"]') as HTMLButtonElement).click();
  await el.updateComplete; // the button is disabled while searching
  await until(() => !($(el, 'form button[type="submit"]') as HTMLButtonElement).disabled, 'the search');
  await el.updateComplete;
}

/** A finder that asks where (the procedure and the difficulty preset), before any search. */
async function askingWhere(lang = 'fr'): Promise<Finder> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div><mediation-finder procedure="caf-rsa" difficulty="learn" lang=${lang}></mediation-finder></div>`,
  );
  const el = wrapper.firstElementChild as Finder;
  await el.updateComplete;
  return el;
}

/** Clicks the suggestion that reads `label`, once it is offered. */
async function pickSuggestion(el: Finder, label: string): Promise<void> {
  const option = () => $$(el, '[role="option"]').find((o) => o.textContent?.includes(label));
  await until(() => !!option(), label);
  option()?.click();
  await el.updateComplete;
}

/** The paths this page fetches from now on (the resource timings, a bounded buffer, emptied). */
function fetchedFromNow(): () => string[] {
  performance.clearResourceTimings();
  const since = performance.now();
  return () =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= since)
      .map((entry) => new URL(entry.name).pathname);
}

/** The shipped dataset's shards, each with its distance from a point (a flat-map estimate). */
async function shardsFrom({ latitude, longitude }: { latitude: number; longitude: number }) {
  const url = new URL('../../dist/data/places/manifest.json', import.meta.url);
  const manifest = (await (await fetch(url)).json()) as {
    shards: Record<string, { file: string; bounds: [number, number, number, number] }>;
  };
  return Object.entries(manifest.shards).map(
    ([
      key,
      {
        file,
        bounds: [s, w, n, e],
      },
    ]) => {
      const lat = Math.min(Math.max(latitude, s), n);
      const lon = Math.min(Math.max(longitude, w), e);
      const km = Math.hypot(
        (lat - latitude) * 111.2,
        (lon - longitude) * 111.2 * Math.cos((latitude * Math.PI) / 180),
      );
      return { key, file, km };
    },
  );
}

const shardFiles = (paths: string[]) =>
  paths
    .map((path) => path.split('/').pop() ?? '')
    .filter((file) => /^places-[\dAB-]+-[0-9a-f]{12}\.json$/.test(file));

describe('<mediation-finder> on the citizen’s path', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('the map loads only when it comes into view: a person reading the first cards never pays for it', async () => {
    await setViewport({ width: 360, height: 740 });
    performance.setResourceTimingBufferSize(2000);
    const { el } = await finderWithResults(
      html`<mediation-finder postal-code="77000" procedure="caf-rsa" difficulty="do-for-me" lang="fr"></mediation-finder>`,
    );
    const mapChunk = () =>
      performance.getEntriesByType('resource').some((entry) => /finder-map-/.test(entry.name));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mapChunk(), 'map chunk fetched before the map is in view').to.equal(false);
    expect(!!$(el, 'mediation-finder-map')).to.equal(false);
    $(el, '.map-slot')?.scrollIntoView();
    await until(() => !!$(el, 'mediation-finder-map'), 'the map, once in view');
    expect(mapChunk()).to.equal(true);
  });

  it('a postal code needs its own communes (one small file), not all of France’s, and the nearest places first', async () => {
    const fetched = fetchedFromNow();
    const { detail } = await finderWithResults(
      html`<mediation-finder postal-code="13001" procedure="ameli-compte" difficulty="learn" lang="fr"></mediation-finder>`,
    );
    expect(detail.results.length).to.be.greaterThan(0);
    const files = fetched();
    expect(
      files.some((f) => f.endsWith('/gazetteer.tsv')),
      'the whole gazetteer',
    ).to.equal(false);
    expect(files.filter((f) => /\/gazetteer\/postal\/130\.tsv$/.test(f))).to.have.length(1);
    expect(
      files.filter((f) => /\/gazetteer\/[\dAB]+\.tsv$/.test(f)),
      'a département’s file',
    ).to.deep.equal([]);
    // Learning to use ameli in Marseille is settled within 15 km: the parts of the
    // Bouches-du-Rhône that come that close, not the whole département, nor the 11 within 130 km
    // (fetched only when the answer needs them).
    const shards = shardFiles(files).sort();
    const all = await shardsFrom(detail.location);
    expect(shards).to.deep.equal(
      all
        .filter((shard) => shard.km <= 16)
        .map((shard) => shard.file)
        .sort(),
    );
    expect(shards.every((file) => file.startsWith('places-13-'))).to.equal(true);
    const wholeDepartement = all.filter((shard) => shard.key.startsWith('13-'));
    expect(shards.length).to.be.within(1, wholeDepartement.length - 1);
  });

  it('an answer not settled nearby widens to 60 km before fetching 130 (Mende, "do it for me")', async () => {
    const fetched = fetchedFromNow();
    const { detail } = await finderWithResults(
      html`<mediation-finder postal-code="48000" procedure="caf-rsa" difficulty="do-for-me" lang="fr"></mediation-finder>`,
    );
    expect(detail.results.length).to.be.greaterThan(0);
    const files = shardFiles(fetched());
    const distances = (await shardsFrom(detail.location))
      .filter((shard) => files.includes(shard.file))
      .map((shard) => shard.km);
    expect(Math.max(...distances), 'a shard farther than 60 km').to.be.at.most(61);
    expect(Math.max(...distances), 'the search widened').to.be.greaterThan(16);
  });

  it('a town’s name and a position need a few small files, never the communes of all France', async () => {
    let fetched = fetchedFromNow();
    const el = await askingWhere();
    // Two letters are everywhere: no suggestion, nothing fetched for them.
    await typeWhere(el, 'Me');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect($$(el, '[role="option"]')).to.have.length(0);
    await typeWhere(el, 'Melu');
    await pickSuggestion(el, 'Melun (77000)');
    const orient = oneEvent(el, 'mediation-finder-orient');
    await submit(el);
    expect((await orient).detail.location.label).to.contain('Melun');
    let files = fetched();
    expect(files.filter((f) => /\/gazetteer\/names\/\d+\.tsv$/.test(f))).to.have.length(1);
    expect(
      files.some((f) => f.endsWith('/gazetteer.tsv')),
      'the whole gazetteer',
    ).to.equal(false);

    // A page that knows the person’s position: the départements within 20 km only (Lyon: Rhône,
    // Ain, Isère, Loire).
    fetched = fetchedFromNow();
    const { detail } = await finderWithResults(
      html`<mediation-finder latitude="45.764" longitude="4.836" procedure="caf-rsa" difficulty="learn" lang="fr"></mediation-finder>`,
    );
    expect(detail.location.label).to.contain('Lyon');
    files = fetched();
    expect(
      files.some((f) => f.endsWith('/gazetteer.tsv')),
      'the whole gazetteer',
    ).to.equal(false);
    expect(files.filter((f) => /\/gazetteer\/[\dAB]+\.tsv$/.test(f)).length).to.be.within(1, 4);
  });

  it('typed coordinates read as the nearest town, in the person’s words', async () => {
    const el = await askingWhere('en');
    await typeWhere(el, '48.54,2.66');
    const orient = oneEvent(el, 'mediation-finder-orient');
    await submit(el);
    expect((await orient).detail.location.label).to.equal('Melun');
    await until(() => text(el).includes('near Melun'), 'the English words');
    expect(text(el)).not.to.contain('près de');
  });

  it('a failed search leaves no earlier place on screen, and still offers remote help', async () => {
    const { el } = await finderWithResults(
      html`<mediation-finder postal-code="77000" procedure="caf-rsa" difficulty="do-for-me" lang="fr"></mediation-finder>`,
    );
    expect($$(el, 'li.card').length).to.be.greaterThan(0);
    await typeWhere(el, '9320');
    await submit(el);
    expect(text(el)).to.contain('n’est pas un code postal');
    expect($$(el, 'li.card')).to.have.length(0);
    expect(!!$(el, '#results-heading'), 'results heading').to.equal(false);
    expect(!!$(el, '.slip'), 'slip').to.equal(false);
    expect(!!$(el, 'mediation-finder-map'), 'map').to.equal(false);
    expect($(el, '[part="remote"]')?.textContent).to.contain('3230');
    await expect(el).to.be.accessible();
  });

  it('Nouméa: the suggestion found is the place searched, with the territory’s own remote help', async () => {
    const el = await askingWhere();
    await typeWhere(el, 'Nouméa');
    await pickSuggestion(el, 'Nouméa');
    const orient = oneEvent(el, 'mediation-finder-orient');
    await submit(el);
    const { detail } = await orient;
    expect(detail.location.label).to.contain('Nouméa');
    expect(text(el)).not.to.contain('Aucune commune');
    // No CAF in Nouvelle-Calédonie: its remote help is not the CAF's national line.
    expect($(el, '[part="remote"]')?.textContent).not.to.contain('3230');
  });

  it('remote help is one line away: an "or call" line right after the first place', async () => {
    const { el } = await finderWithResults(
      html`<mediation-finder postal-code="77000" procedure="caf-rsa" difficulty="do-for-me" lang="fr"></mediation-finder>`,
    );
    const line = $(el, '.or-call') as HTMLElement;
    expect(line.textContent).to.contain('CAF');
    expect(!!line.querySelector('a[href="tel:3230"]'), 'tel:3230').to.equal(true);
    // The first place comes first (on a phone's first screen at 200 % text), then this line.
    const [firstCard, secondCard] = $$(el, 'li.card');
    expect(line.getBoundingClientRect().top).to.be.at.least(firstCard?.getBoundingClientRect().bottom ?? 0);
    expect(line.getBoundingClientRect().bottom).to.be.at.most(secondCard?.getBoundingClientRect().top ?? 0);
    (line.querySelector('a[href^="#"]') as HTMLAnchorElement).click();
    expect(el.shadowRoot.activeElement?.textContent).to.contain('Sans vous déplacer');
  });

  it('on a 360 px phone, the suggestion list never covers the search button', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await askingWhere();
    await typeWhere(el, 'mel');
    await until(() => $$(el, '[role="option"]').length > 3, 'suggestions');
    const button = $(el, 'form button[type="submit"]') as HTMLButtonElement;
    button.scrollIntoView({ block: 'center' });
    const box = button.getBoundingClientRect();
    const hit = el.shadowRoot.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(hit === button, `a tap there reaches ${hit?.outerHTML.slice(0, 80)}`).to.equal(true);
  });

  it('France Services hours with an empty morning slot, and an overseas phone as it is dialled', async () => {
    const { el } = await finderWithResults(
      html`<mediation-finder src="/test/fixtures/france-services-cayenne.csv" postal-code="97300" lang="fr"></mediation-finder>`,
    );
    const card = $(el, 'li.card') as HTMLElement;
    expect(card.textContent).to.contain('France services d’exemple à Cayenne');
    expect(card.textContent).not.to.contain('00:00');
    expect(card.querySelector('ul.hours')?.textContent).to.match(/lundi : 13:45–16:30/);
    expect(card.querySelector('a[href^="tel:"]')?.textContent).to.contain('05 94 24 91 65');
  });

  it('every number to call is written as dialled in France, the far place’s notice included', async () => {
    // In Pamiers, for a person who suffers violence, the Ariège's CIDFF is named in a notice, with its number.
    const { el, detail } = await finderWithResults(
      html`<mediation-finder postal-code="09100" procedure="caf-rsa" situations="violence" lang="fr"></mediation-finder>`,
    );
    const far = detail.notices.find((n) => n.code === 'far');
    const notice = $$(el, '.notice').find((n) => n.textContent?.includes('le plus proche,'));
    expect(notice, 'the far CIDFF').to.exist;
    // Whom to call, by name, before the number.
    expect(notice?.textContent).to.contain(far && 'name' in far ? far.name : '(no far notice)');
    const calls = $$(el, 'a[href^="tel:"]').map((a) => a.textContent?.trim() ?? '');
    expect(calls.length).to.be.greaterThan(1);
    expect(calls.filter((number) => number.startsWith('+33'))).to.deep.equal([]);
  });

  it('in Arabic, French addresses, hours and numbers keep their own order', async () => {
    const { el } = await finderWithResults(
      html`<mediation-finder src="/test/fixtures/france-services-cayenne.csv" postal-code="97300" procedure="caf-rsa" lang="ar"></mediation-finder>`,
    );
    expect($(el, '[part="base"]')?.getAttribute('dir')).to.equal('rtl');
    const card = $(el, 'li.card') as HTMLElement;
    const address = card.querySelector('p.address bdi[lang="fr"]') as HTMLElement;
    expect(address.textContent).to.contain('97300 Cayenne');
    // An isolate laid out left to right: the postal code stays after the street.
    expect(getComputedStyle(address).direction).to.equal('ltr');
    expect(card.querySelector('a[href^="tel:"] bdi[dir="ltr"]')?.textContent).to.equal('05 94 24 91 65');
    expect(card.querySelectorAll('ul.hours bdi[dir="ltr"]').length).to.be.greaterThan(0);
    // What each remote line is for is in Arabic, the finder's language: only its name stays French.
    const descriptions = $$(el, '[part="remote"] .meta');
    expect(descriptions.length).to.be.greaterThan(0);
    for (const d of descriptions) {
      expect(d.closest('[lang]:not([part="base"])')).to.equal(null);
      expect(d.textContent).to.match(/[\u0600-\u06ff]/);
    }
  });

  it('"Modifier" asks the procedure again, even when the page preset one', async () => {
    const { el } = await finderWithResults(
      html`<mediation-finder postal-code="77000" procedure="caf-rsa" difficulty="do-for-me" lang="fr"></mediation-finder>`,
    );
    // The page's language may still be arriving from an earlier finder's: wait for French.
    const change = () => $$(el, 'form button.link').find((b) => b.textContent?.trim() === 'Modifier');
    await until(() => !!change(), 'the "Modifier" button');
    change()?.click();
    await until(() => !!$(el, '#procedure'), 'the procedure question');
    ($(el, '#procedure-ants-carte-grise') as HTMLInputElement).click();
    ($(el, 'form button[type="submit"]') as HTMLButtonElement).click();
    await el.updateComplete;
    const orient = oneEvent(el, 'mediation-finder-orient');
    await submit(el);
    const { detail } = await orient;
    expect(detail.procedure?.id).to.equal('ants-carte-grise');
  });

  it('a page that takes its procedure back lets the finder ask', async () => {
    const { el } = await finderWithResults(
      html`<mediation-finder postal-code="77000" procedure="caf-rsa" lang="fr"></mediation-finder>`,
    );
    el.removeAttribute('procedure');
    await el.updateComplete;
    await until(() => !!$(el, '#procedure'), 'the procedure question');
    expect(($(el, '#procedure-none') as HTMLInputElement).checked).to.equal(true);
  });
});
