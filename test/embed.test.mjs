import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeViolations, openPage, servedExamples, serveFolders, urlOf } from './helpers.mjs';

/**
 * `embed.html` (built beside mediation-finder.js, served by the demo under /widget/) in an iframe
 * of a page on another origin, as a town hall's CMS that strips scripts holds it: set by its URL
 * parameters, bad ones ignored with a warning, its height told to the page, which sizes the
 * iframe with `embed-host.js`, or scrolls on its own without it.
 */
describe('embed.html in an iframe', () => {
  const examples = servedExamples();
  let host;

  /** The CMS's page, on another origin: the finder's iframe, a stranger's iframe, and the host script or not. */
  const hostPage = (withScript) => () =>
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mairie</title></head><body>
    <h1>Aide aux démarches</h1>
    <iframe id="finder" src="${examples.base}widget/embed.html?${globalThis.embedQuery}" title="Trouver de l’aide près de chez vous" width="100%" height="300" style="border:0;width:100%"></iframe>
    <iframe id="stranger" src="/stranger/" title="Autre contenu" height="150" style="border:0"></iframe>
    <p>Pied de page</p>
    ${withScript ? `<script src="${examples.base}widget/embed-host.js"></script>` : ''}
    <script>
      window.seen = [];
      addEventListener('message', (event) => window.seen.push(event.data));
    </script>
  </body></html>`;

  before(async () => {
    host = await serveFolders({
      '/with-script/': hostPage(true),
      '/without-script/': hostPage(false),
      // Another frame in the page, posting the finder's message type with a height of its own.
      '/stranger/': () =>
        `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Autre</title></head><body><script>
          setInterval(() => parent.postMessage({ type: 'mediation-finder:height', frame: 'one', height: 40 }, '*'), 50);
        </script></body></html>`,
    });
  });
  after(() => host?.close());

  async function open(query, { withScript = true } = {}) {
    globalThis.embedQuery = query;
    const opened = await openPage(examples.browser);
    const warnings = [];
    opened.page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await opened.page.goto(`${urlOf(host)}${withScript ? 'with-script' : 'without-script'}/`);
    const frame = opened.page.frameLocator('#finder');
    return { ...opened, warnings, frame };
  }

  const frameOf = (page) => page.frames().find((f) => f.url().includes('/widget/embed.html'));

  test('its parameters set the finder; the iframe takes its height, both ways; stranger frames size nothing', async () => {
    const { page, frame, warnings, consoleErrors, outsideRequests } = await open(
      'procedure=caf-rsa&postal-code=77000&lang=en&theme=dsfr&limit=3&map=off&frame=one',
    );
    await frame.locator('mediation-finder li.card').first().waitFor();
    assert.equal(await frame.locator('mediation-finder li.card').count(), 3);
    const inside = frameOf(page);
    const finder = await inside.evaluate(() => {
      const el = document.querySelector('mediation-finder');
      return {
        heading: el.shadowRoot.querySelector('h2').textContent,
        kind: getComputedStyle(el.shadowRoot.querySelector('.kind')).color,
        lang: document.documentElement.lang,
        title: document.title,
      };
    });
    assert.equal(finder.heading, 'Find help near you');
    assert.equal(finder.kind, 'rgb(0, 0, 145)', 'theme=dsfr');
    assert.equal(finder.lang, 'en');
    assert.equal(finder.title, 'Find help near you');
    assert.deepEqual(warnings, []);

    const heights = async () => ({
      iframe: await page.locator('#finder').evaluate((f) => f.getBoundingClientRect().height),
      content: await inside.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height)),
      scrolls: await inside.evaluate(
        () => document.documentElement.scrollHeight > document.documentElement.clientHeight + 1,
      ),
    });
    await page.waitForFunction(() => document.querySelector('#finder').getBoundingClientRect().height > 600);
    const tall = await heights();
    assert.ok(Math.abs(tall.iframe - tall.content) <= 1, JSON.stringify(tall));
    assert.equal(tall.scrolls, false);
    // Fewer places: the iframe follows the finder down.
    await inside.evaluate(() => document.querySelector('mediation-finder').setAttribute('limit', '1'));
    await page.waitForFunction(
      (before) => document.querySelector('#finder').getBoundingClientRect().height < before - 50,
      tall.iframe,
    );
    const short = await heights();
    assert.ok(Math.abs(short.iframe - short.content) <= 1, JSON.stringify(short));
    // The stranger posts the same type, with the finder's frame name, many times: its own
    // iframe and the finder's keep their heights.
    assert.equal(await page.locator('#stranger').evaluate((f) => f.getBoundingClientRect().height), 150);
    // The messages carry the type and the frame's name the page gave it.
    const own = await page.evaluate(() =>
      window.seen.filter((m) => m?.type === 'mediation-finder:height' && m.height > 40),
    );
    assert.ok(own.length >= 2);
    assert.ok(own.every((m) => m.frame === 'one' && Number.isInteger(m.height)));
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(outsideRequests, []);
  });

  test('unknown or bad parameters are ignored with a warning, never shown as HTML, and another server’s data is refused', async () => {
    const markup = '<img src=x onerror="window.injected=1">';
    const query = new URLSearchParams({
      procedure: 'caf-rssa',
      difficulty: 'learn',
      'postal-code': `77000${markup}`,
      limit: '1e9',
      theme: 'purple',
      colour: 'red',
      latitude: '48.5',
      src: 'https://data.example.org/places/',
      'data-url': 'https://data.example.org/',
      referrer: markup,
      // A link that would print a look-alike site's address and QR code, and its own map.
      'share-url': 'https://phishing.example/ameli',
      tiles: 'https://evil.example/{z}/{x}/{y}.png',
      'tiles-attribution': 'Appelez le 08 99 12 34 56',
    });
    const { page, frame, warnings, consoleErrors, outsideRequests } = await open(query.toString());
    const inside = () => frameOf(page);
    await frame.getByLabel('Pour quelle démarche avez-vous besoin d’aide ?').waitFor();
    const state = await inside().evaluate(() => {
      const el = document.querySelector('mediation-finder');
      return {
        attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
        images: document.querySelectorAll('img').length + el.shadowRoot.querySelectorAll('img').length,
        injected: 'injected' in window,
      };
    });
    // What the institution says in its own name is never set by a link (layout and lang: the
    // finder's own defaults, reflected).
    assert.deepEqual(state.attributes, { difficulty: 'learn', layout: 'full', lang: '' });
    for (const name of ['referrer', 'share-url', 'tiles', 'tiles-attribution'])
      assert.ok(
        warnings.some((w) => w.includes(`parameter ${name} cannot be set by a link`)),
        name,
      );
    assert.equal(state.images, 0);
    assert.equal(state.injected, false);
    for (const name of ['procedure', 'postal-code', 'limit', 'theme', 'src', 'data-url'])
      assert.ok(
        warnings.some((w) => w.includes(`parameter ${name}=`)),
        `${name}: ${JSON.stringify(warnings)}`,
      );
    assert.ok(warnings.some((w) => w.includes('unknown parameter "colour"')));
    assert.ok(warnings.some((w) => w.includes('latitude without the other half')));
    // The person goes on: the finder asks the procedure, and finds places.
    await frame.getByRole('button', { name: 'Continuer' }).click();
    await frame.getByLabel('Où cherchez-vous de l’aide ?').fill('77000');
    await frame.getByLabel('Où cherchez-vous de l’aide ?').press('Enter');
    await frame.locator('mediation-finder li.card').first().waitFor();
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(outsideRequests, []);
  });

  test('the frame obeys no message from its parent page', async () => {
    const { page, frame } = await open('procedure=caf-rsa&postal-code=77000&limit=2&map=off');
    await frame.locator('mediation-finder li.card').first().waitFor();
    await page.evaluate(() => {
      const target = document.querySelector('#finder').contentWindow;
      for (const message of [
        { type: 'mediation-finder:height', height: 10 },
        { type: 'mediation-finder:set', procedure: 'ants-permis', 'postal-code': '75001' },
        { procedure: 'ants-permis' },
        'postal-code=75001',
      ])
        target.postMessage(message, '*');
    });
    await page.waitForTimeout(300);
    const after = await frameOf(page).evaluate(() => {
      const el = document.querySelector('mediation-finder');
      return [el.getAttribute('procedure'), el.getAttribute('postal-code'), document.body.style.cssText];
    });
    assert.deepEqual(after, ['caf-rsa', '77000', '']);
  });

  test('without embed-host.js the iframe scrolls on its own', async () => {
    const { page, frame } = await open('procedure=caf-rsa&postal-code=77000&limit=3&map=off', {
      withScript: false,
    });
    await frame.locator('mediation-finder li.card').first().waitFor();
    assert.equal(await page.locator('#finder').evaluate((f) => f.getBoundingClientRect().height), 300);
    const scrolled = await frameOf(page).evaluate(() => {
      scrollTo(0, document.documentElement.scrollHeight);
      return scrollY;
    });
    assert.ok(scrolled > 300, `scrolled ${scrolled}px`);
  });

  test('the page alone: accessible, titled, offline', async () => {
    const { page, consoleErrors, outsideRequests } = await openPage(examples.browser);
    await page.goto(`${examples.base}widget/embed.html?procedure=ameli-c2s&postal-code=35000&limit=3`);
    await page.locator('mediation-finder li.card').first().waitFor();
    assert.equal(await page.title(), 'Trouver de l’aide près de chez vous');
    // Always part of another page (its iframe), under that page's h1 and in its main landmark:
    // a second h1 or main of its own would be wrong there.
    const violations = await axeViolations(page);
    assert.deepEqual(
      violations.filter((v) => !['page-has-heading-one', 'landmark-one-main'].includes(v.id)),
      [],
    );
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(outsideRequests, []);
  });
});
