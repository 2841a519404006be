import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { type Finder, finderWithResults } from './test-helpers.js';

/**
 * Where the default data is, when it is not beside the script (a bundler moved the script, the
 * data package is served elsewhere): `data-url`, `MediationFinder.dataUrl`, and the message when
 * the server answers with a web page instead (a single-page app's index.html, see hostile-server.mjs).
 */
const served = async () =>
  (await fetch('/hostile/count').then((response) => response.json())) as Record<string, number>;
const fromCopy = (counts: Record<string, number>) =>
  Object.keys(counts).filter((path) => path.startsWith('/hostile/data/'));

type FinderClass = CustomElementConstructor & { dataUrl: string | URL | null };

/** A finder near Melun whose default data is at `dataUrl`, and the first error it tells the page. */
async function firstError(dataUrl: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('mediation-finder') as Finder;
  el.setAttribute('lang', 'fr');
  el.setAttribute('data-url', dataUrl);
  el.setAttribute('postal-code', '77000');
  const error = oneEvent(el, 'mediation-finder-error');
  wrapper.append(el);
  return { el, failure: (await error).detail as { kind: string; message: string } };
}

describe('<mediation-finder> data-url', () => {
  it('data-url: the default data comes from there, relative to the page, with or without a final slash', async () => {
    const before = fromCopy(await served()).length;
    const { detail } = await finderWithResults(
      html`<mediation-finder data-url="/hostile/data" postal-code="77000" procedure="caf-rsa" lang="fr"></mediation-finder>`,
    );
    expect(detail.location.label).to.contain('Melun');
    expect(detail.results.length).to.be.greaterThan(0);
    const paths = fromCopy(await served());
    expect(paths.length).to.be.greaterThan(before);
    expect(paths).to.include('/hostile/data/places/manifest.json');
    expect(paths.some((path) => path.startsWith('/hostile/data/gazetteer/'))).to.equal(true);
  });

  it('MediationFinder.dataUrl: every finder of the page, unless its own data-url says otherwise', async () => {
    const Finder = customElements.get('mediation-finder') as FinderClass;
    Finder.dataUrl = new URL('/hostile/data/', location.href);
    try {
      const { detail } = await finderWithResults(
        html`<mediation-finder postal-code="13001" procedure="ameli-compte" lang="fr"></mediation-finder>`,
      );
      expect(detail.location.label).to.contain('Marseille');
      expect(
        fromCopy(await served()).some((path) => /^\/hostile\/data\/gazetteer\/postal\/130\b/.test(path)),
      ).to.equal(true);
    } finally {
      Finder.dataUrl = null;
    }
  });

  it('a web page instead of the data: the error names the URL and the setting to change', async () => {
    const logged: string[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const { el, failure } = await firstError('/hostile/spa/');
      expect(failure.kind).to.equal('invalid');
      expect(failure.message).to.match(
        /^http:\/\/[^ ]+\/hostile\/spa\/(places\/manifest\.json|gazetteer[^ ]*) returned an HTML page, not (the dataset’s manifest|the gazetteer’s index|a file of the dataset): set data-url \(or MediationFinder\.dataUrl\) to the folder where the files of @mediation-finder\/data are served$/,
      );
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot.textContent).to.contain('illisibles');
      expect(logged.join('\n')).to.contain('returned an HTML page');
    } finally {
      console.error = consoleError;
    }
  });

  it('nothing at data-url: the error names the URL and the setting, and the person is not told to check a connection that works', async () => {
    const { el, failure } = await firstError('/nowhere/');
    expect(failure.kind).to.equal('invalid');
    expect(failure.message).to.match(/\/nowhere\/[^ ]+: HTTP 404: set data-url/);
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot.textContent).to.contain('les lieux ne peuvent pas être affichés');
    expect(el.shadowRoot.textContent).not.to.contain('Vérifiez votre connexion');
  });
});
