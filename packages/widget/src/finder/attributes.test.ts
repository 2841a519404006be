import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { $, $$, type Finder, finderWithResults, text, until } from './test-helpers.js';

describe('<mediation-finder> attributes', () => {
  it('postal-code, procedure and difficulty preset: results at once, no click', async () => {
    const { el, detail } = await finderWithResults(
      html`<mediation-finder procedure="caf-rsa" difficulty="situation" postal-code="69001" lang="fr"></mediation-finder>`,
    );
    expect(detail.procedure?.id).to.equal('caf-rsa');
    expect(detail.need.difficulty).to.equal('situation');
    expect(detail.actors[0]?.kind).to.equal('social-work');
    expect(detail.location.label).to.equal('69001 Lyon 1er Arrondissement');
    expect($$(el, 'li.card').length).to.be.greaterThan(0);
    expect(text(el)).to.contain('Démarche : Demander le RSA');
    expect($(el, '.remote')?.textContent).to.contain('3230');
    await expect(el).to.be.accessible();
  });

  it('a commune with no CCAS in the data: its own town hall, and the département’s switchboard', async () => {
    const { el, detail } = await finderWithResults(
      html`<mediation-finder difficulty="situation" postal-code="23200" lang="fr"></mediation-finder>`,
    );
    const first = detail.results[0];
    expect(first?.actor).to.equal('social-work');
    expect(first?.nom).to.equal('Mairie d’Aubusson'.replace('’', "'"));
    expect(first?.reasons.some((r) => r.code === 'town-hall')).to.equal(true);
    // No town hall of another commune is offered as a social-work door.
    for (const r of detail.results.filter((x) => x.actor === 'social-work'))
      expect(r.commune).to.equal('Aubusson');
    expect(text(el)).to.contain(
      'Votre mairie (Aubusson) : demandez le centre communal d’action sociale (CCAS)',
    );
    expect(detail.notices.some((n) => n.code === 'departement-social-service')).to.equal(true);
    expect(text(el)).to.contain('Appelez le standard (Conseil départemental - Creuse)');
    await expect(el).to.be.accessible();
  });

  it('latitude and longitude', async () => {
    const { detail } = await finderWithResults(
      html`<mediation-finder latitude="48.5420" longitude="2.6550" lang="fr"></mediation-finder>`,
    );
    expect(detail.location.label).to.equal('Melun');
    expect(detail.results[0]?.distance_km).to.be.lessThan(5);
  });

  it('radius: never widened, every place within it', async () => {
    const { detail } = await finderWithResults(
      html`<mediation-finder postal-code="48110" difficulty="do-for-me" radius="8" lang="fr"></mediation-finder>`,
    );
    expect(detail.radius_km).to.equal(8);
    expect(detail.widened).to.equal(null);
    for (const r of detail.results) expect(r.distance_km).to.be.at.most(8);
  });

  it('without radius, widens and says so', async () => {
    const { el, detail } = await finderWithResults(
      html`<mediation-finder postal-code="48110" difficulty="do-for-me" lang="fr"></mediation-finder>`,
    );
    expect(detail.widened).to.not.equal(null);
    expect(text(el)).to.match(/la recherche a été élargie à \d+ km/);
  });

  it('limit', async () => {
    const { el, detail } = await finderWithResults(
      html`<mediation-finder postal-code="75011" limit="3" lang="fr"></mediation-finder>`,
    );
    expect(detail.results.length).to.equal(3);
    expect($$(el, 'li.card').length).to.equal(3);
  });

  it('layout="compact" reflects and map="off" loads no map', async () => {
    const { el } = await finderWithResults(
      html`<mediation-finder postal-code="77000" layout="compact" map="off" lang="fr"></mediation-finder>`,
    );
    expect(el.getAttribute('layout')).to.equal('compact');
    await new Promise((r) => setTimeout(r, 300));
    expect($(el, 'mediation-finder-map')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('src: a dataset file in the standard, read in the browser', async () => {
    const { el, detail } = await finderWithResults(
      html`<mediation-finder src="/test/fixtures/lieux-v1.csv" postal-code="77000" procedure="caf-aides-logement" lang="fr"></mediation-finder>`,
    );
    expect(detail.results.map((r: { id: string }) => r.id)).to.include('fixture-1');
    expect(detail.results.every((r: { id: string }) => r.id.startsWith('fixture-'))).to.equal(true);
    expect($(el, 'footer')?.textContent).to.contain('lieux-v1.csv');
  });

  it('src: a bad dataset gives a clear message, an error event, and the built-in data', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('mediation-finder') as Finder;
    el.setAttribute('lang', 'fr');
    el.setAttribute('src', '/nonexistent/');
    el.setAttribute('postal-code', '77000');
    const error = oneEvent(el, 'mediation-finder-error');
    const orient = oneEvent(el, 'mediation-finder-orient');
    wrapper.append(el);
    const { detail } = await error;
    expect(detail.kind).to.equal('invalid'); // nothing there: the site's to fix, not the connection
    expect(detail.message).to.contain('/nonexistent/');
    const results = await orient;
    expect(results.detail.results.length).to.be.greaterThan(0);
    await el.updateComplete;
    expect($(el, '.notice[role="alert"]')?.textContent).to.contain('les données intégrées sont utilisées');
  });

  it('an unknown postal code says so, with an error event', async () => {
    const { el } = await finderWithResults(
      html`<mediation-finder postal-code="77000" lang="fr"></mediation-finder>`,
    );
    (el as unknown as { postalCode: string }).postalCode = '99999';
    const { detail } = await oneEvent(el, 'mediation-finder-error');
    expect(detail.kind).to.equal('location');
    await el.updateComplete;
    expect($(el, '.error')?.textContent).to.equal('Le code postal 99999 ne correspond à aucune commune.');
    expect(($(el, '#where') as HTMLInputElement).getAttribute('aria-invalid')).to.equal('true');
  });
});

describe('<mediation-finder> filters', () => {
  it('a modality filter keeps only places that offer it, and cards show declared support', async () => {
    const { el } = await finderWithResults(
      html`<mediation-finder postal-code="69003" difficulty="learn" lang="fr"></mediation-finder>`,
    );
    ($(el, 'details.filters') as HTMLDetailsElement).open = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const workshop = $(el, 'input[id$="modality-workshop"]') as HTMLInputElement;
    const orient = oneEvent(el, 'mediation-finder-orient');
    workshop.click();
    const { detail } = await orient;
    expect(detail.need.modalities).to.deep.equal(['workshop']);
    expect(detail.results.length).to.be.greaterThan(0);
    await el.updateComplete;
    const withSupport = $$(el, 'li.card .meta').find((p) => p.textContent?.startsWith('Accueil adapté'));
    expect(withSupport, 'a card lists the support its place declares').to.not.equal(undefined);
  });
});

describe('<mediation-finder> events', () => {
  it('mediation-finder-select when a place is chosen, bubbling and composed', async () => {
    const { el } = await finderWithResults(
      html`<mediation-finder postal-code="77000" lang="fr"></mediation-finder>`,
    );
    const button = $$(el, 'li.card button[aria-pressed]')[0] as HTMLButtonElement;
    setTimeout(() => button.click());
    const event = await oneEvent(document.body, 'mediation-finder-select');
    expect(event.composed).to.equal(true);
    expect(event.detail.place.id).to.be.a('string');
    expect(event.detail.place.nom).to.be.a('string');
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
  });

  it('mediation-finder-orient carries the core JSON contract', async () => {
    const { detail } = await finderWithResults(
      html`<mediation-finder postal-code="77000" procedure="ameli-compte" lang="fr"></mediation-finder>`,
    );
    expect(Object.keys(detail)).to.deep.equal([
      'location',
      'procedure',
      'need',
      'rule',
      'actors',
      'radius_km',
      'widened',
      'notices',
      'results',
      'remote',
    ]);
    const r = detail.results[0];
    for (const key of ['id', 'nom', 'distance_km', 'score', 'actor', 'open', 'reasons'])
      expect(r).to.have.property(key);
    // Codes and data only: the words are the embedder's catalogue's, in the page's language.
    expect(r).not.to.have.property('summary');
    expect(detail.actors[0]).to.have.keys(['kind', 'reason']);
  });
});

describe('<mediation-finder> on someone else’s page', () => {
  it('two instances on one page, each with its own results', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><mediation-finder postal-code="77000" lang="fr"></mediation-finder><mediation-finder postal-code="13001" lang="fr"></mediation-finder></div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('mediation-finder')] as Finder[];
    await until(() => !!$(a as Finder, 'li.card') && !!$(b as Finder, 'li.card'), 'both results');
    expect(text(a as Finder)).to.contain('Melun');
    expect(text(b as Finder)).to.contain('Marseille');
    // Ids inside each shadow root do not clash with the other instance's.
    expect($(a as Finder, 'h2')?.id).to.not.equal($(b as Finder, 'h2')?.id);
  });

  it('loading the script twice is harmless', async () => {
    const first = customElements.get('mediation-finder');
    await import(`../../dist/mediation-finder.js?again=${Date.now()}` as string);
    expect(customElements.get('mediation-finder')).to.equal(first);
  });

  it('hostile host CSS does not reach inside', async () => {
    const style = document.createElement('style');
    style.textContent =
      'body, body * { color: red !important; font-family: serif !important; line-height: 7 !important; text-transform: uppercase !important; }';
    document.head.append(style);
    try {
      const { el } = await finderWithResults(
        html`<mediation-finder postal-code="77000" lang="fr"></mediation-finder>`,
      );
      const title = $(el, 'h2') as HTMLElement;
      const computed = getComputedStyle(title);
      expect(computed.color).to.equal('rgb(22, 22, 22)');
      expect(computed.textTransform).to.equal('none');
      expect(computed.fontFamily).to.not.equal('serif');
    } finally {
      style.remove();
    }
  });

  it('never touches the host page’s window.L, and works when tiles fail', async () => {
    (window as unknown as { L: string }).L = 'the host page’s own Leaflet';
    const { el } = await finderWithResults(
      html`<mediation-finder postal-code="77000" tiles="http://127.0.0.1:9/{z}/{x}/{y}.png" tiles-attribution="Tiles test" lang="fr"></mediation-finder>`,
    );
    // The map loads when its place comes into view.
    $(el, '.map-slot')?.scrollIntoView();
    await until(() => !!$(el, 'mediation-finder-map'), 'the map chunk');
    const map = $(el, 'mediation-finder-map') as HTMLElement & {
      shadowRoot: ShadowRoot;
      updateComplete: Promise<boolean>;
    };
    await map.updateComplete;
    await until(() => (map.shadowRoot.querySelectorAll('.leaflet-marker-icon').length ?? 0) > 0, 'markers');
    await until(
      () => /ne s’affiche pas/.test(map.shadowRoot.querySelector('.note')?.textContent ?? ''),
      'the tile failure note',
      10_000,
    );
    expect((window as unknown as { L: string }).L).to.equal('the host page’s own Leaflet');
    // Every listed place is on the map, alone or in a group; a group never reads as one number.
    const icons = [...map.shadowRoot.querySelectorAll<HTMLElement>('.leaflet-marker-icon')];
    const onMap = icons
      .flatMap((icon) => (icon.getAttribute('title') ?? '').match(/(?:^|, )(\d+)\. /g) ?? [])
      .map((m) => Number(m.replace(/\D/g, '')))
      .sort((a, b) => a - b);
    expect(onMap).to.deep.equal($$(el, 'li.card').map((_, i) => i + 1));
    for (const cluster of icons.filter((icon) => icon.querySelector('.cluster')))
      expect(cluster.textContent?.trim()).to.match(/^\d+(·\d+)+$|^\d+·\d+ \+\d+$/);
    // Markers are buttons for the keyboard: Enter and Space focus the matching card.
    // A single place's marker (clusters zoom in instead).
    const marker = [...map.shadowRoot.querySelectorAll<HTMLElement>('.leaflet-marker-icon')].find(
      (icon) => !icon.querySelector('.cluster'),
    ) as HTMLElement;
    const number = marker.textContent?.trim();
    expect(marker.getAttribute('tabindex')).to.equal('0');
    for (const key of [' ', 'Enter']) {
      ($(el, '#results-heading') as HTMLElement).focus();
      marker.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      await until(() => el.shadowRoot.activeElement?.tagName === 'H4', `focus on the card (${key})`);
      expect(el.shadowRoot.activeElement?.querySelector('.number')?.textContent).to.equal(number);
    }
    await expect(el).to.be.accessible();
  });

  it('shows the tiles attribution as text, keeping only plain links', async () => {
    const ran = window as unknown as { attributionRan?: boolean };
    const attribution =
      '<img src=x onerror="window.attributionRan=true">&copy; <a href="https://www.openstreetmap.org/copyright" onclick="window.attributionRan=true">OSM</a> <a href="javascript:window.attributionRan=true">piège</a><script>window.attributionRan=true</script>';
    const { el } = await finderWithResults(
      html`<mediation-finder postal-code="77000" tiles="http://127.0.0.1:9/{z}/{x}/{y}.png" tiles-attribution=${attribution} lang="fr"></mediation-finder>`,
    );
    // Or when the person asks for it.
    ($(el, '.map-slot button') as HTMLButtonElement).click();
    await until(() => !!$(el, 'mediation-finder-map'), 'the map chunk');
    const map = $(el, 'mediation-finder-map') as HTMLElement & { shadowRoot: ShadowRoot };
    await until(() => !!map.shadowRoot.querySelector('.leaflet-control-attribution a'), 'the attribution');
    const control = map.shadowRoot.querySelector('.leaflet-control-attribution') as HTMLElement;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ran.attributionRan).to.equal(undefined);
    expect(control.querySelector('img, script')).to.equal(null);
    const links = [...control.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://www.openstreetmap.org/copyright',
    ]);
    expect(links[0]?.getAttribute('onclick')).to.equal(null);
    expect(control.textContent).to.contain('© OSM piège');
  });
});
