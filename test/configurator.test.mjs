import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeViolations, openPage, servedExamples } from './helpers.mjs';

/**
 * The configurator (examples/configurator/): the settings set the live finder, the four snippets
 * follow them, the copy buttons work from the keyboard and say so, and the iframe snippet pasted
 * into a page works as copied.
 */
describe('the configurator, in Chromium', () => {
  const examples = servedExamples();

  async function open() {
    const opened = await openPage(examples.browser);
    await opened.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: examples.base.replace(/\/$/, ''),
    });
    await opened.page.goto(`${examples.base}examples/configurator/`);
    await opened.page.locator('#procedure option[value="caf-rsa"]').waitFor({ state: 'attached' });
    return opened;
  }

  const code = (page, id) => page.locator(`#${id} code`).textContent();

  test('the settings set the preview and every snippet; keyboard copy says it copied', async () => {
    const { page, consoleErrors, outsideRequests } = await open();
    // The page's own default: the person is asked everything, the look is neutral.
    assert.match(await code(page, 'script-code'), /<mediation-finder><\/mediation-finder>$/);
    await page
      .getByLabel('Adresse du dossier mediation-finder sur votre serveur')
      .fill(`${examples.base}widget/`);
    await page.getByLabel('Démarche', { exact: true }).selectOption('ameli-c2s');
    await page.getByLabel('Code postal').fill('35000');
    await page.getByLabel('Langue du composant').selectOption('en');
    await page.getByLabel("Système de design de l'État (DSFR)").check();
    await page.getByLabel('Nombre de lieux affichés').fill('3');
    await page.getByLabel('Afficher la carte').uncheck();

    const finder = page.locator('#preview');
    await page.getByRole('heading', { name: /Where to find help near 35000 Rennes/ }).waitFor();
    assert.equal(await page.locator('#preview li.card').count(), 3);
    assert.deepEqual(
      await finder.evaluate((el) =>
        ['procedure', 'postal-code', 'lang', 'theme', 'limit', 'map'].map((n) => el.getAttribute(n)),
      ),
      ['ameli-c2s', '35000', 'en', 'dsfr', '3', 'off'],
    );
    const attributes = 'procedure="ameli-c2s" postal-code="35000" lang="en" theme="dsfr" limit="3" map="off"';
    assert.equal(
      await code(page, 'script-code'),
      `<script type="module" src="${examples.base}widget/mediation-finder.js"></script>\n<mediation-finder ${attributes}></mediation-finder>`,
    );
    const iframe = await code(page, 'iframe-code');
    assert.match(
      iframe,
      /^<iframe src="[^"]+\/widget\/embed\.html\?procedure=ameli-c2s&amp;postal-code=35000&amp;lang=en&amp;theme=dsfr&amp;limit=3&amp;map=off" title="[^"]+"/,
    );
    assert.match(iframe, /<script src="[^"]+\/widget\/embed-host\.js" defer><\/script>$/);
    // One finder per snippet: the CMS ones hold the script tag only (the iframe is its own).
    for (const id of ['wordpress-code', 'drupal-code']) {
      const text = await code(page, id);
      assert.ok(text.includes(attributes) && !text.includes('<iframe'), id);
      assert.equal(text.match(/<mediation-finder/g)?.length, 1, id);
    }

    // Copy with the keyboard: the clipboard holds the code shown, the live region says so.
    await page.getByRole('button', { name: 'Copier le code « Iframe »' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Code « Iframe » copié.' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), iframe);
    await page.getByRole('button', { name: 'Copier le code « Balise script »' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('status').filter({ hasText: 'Code « Balise script » copié.' }).waitFor();

    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(outsideRequests, []);

    // The iframe snippet, pasted as it was copied into a page of another origin, works.
    const pasted = await openPage(examples.browser);
    await pasted.page.setContent(
      `<!doctype html><html lang="fr"><head><title>CMS</title></head><body><h1>Aide</h1>${iframe}</body></html>`,
    );
    const inside = pasted.page.frameLocator('iframe');
    await inside.locator('mediation-finder li.card').first().waitFor();
    assert.equal(await inside.locator('mediation-finder li.card').count(), 3);
    await pasted.page.waitForFunction(
      () => document.querySelector('iframe').getBoundingClientRect().height !== 720,
    );
    assert.deepEqual(pasted.consoleErrors, []);
    assert.deepEqual(pasted.outsideRequests, []);
  });

  test('a bad postal code, limit or address is said under its field and kept out of the code', async () => {
    const { page } = await open();
    await page.getByLabel('Code postal').fill('7700');
    await page.getByLabel('Nombre de lieux affichés').fill('80');
    await page.getByLabel('Adresse du dossier mediation-finder sur votre serveur').fill('mairie/mf');
    for (const [label, message] of [
      ['Code postal', 'Un code postal a cinq chiffres, par exemple 77000.'],
      ['Nombre de lieux affichés', 'Un nombre entier de 1 à 50.'],
      ['Adresse du dossier mediation-finder sur votre serveur', /adresse web complète/],
    ]) {
      const input = page.getByLabel(label);
      assert.equal(await input.getAttribute('aria-invalid'), 'true', label);
      const description = await input.evaluate((el) =>
        el
          .getAttribute('aria-describedby')
          .split(' ')
          .map((id) => document.getElementById(id).textContent)
          .join(' '),
      );
      if (typeof message === 'string') assert.ok(description.includes(message), description);
      else assert.match(description, message);
    }
    const script = await code(page, 'script-code');
    assert.doesNotMatch(script, /postal-code|limit|mairie\/mf/);
    assert.deepEqual(await axeViolations(page), []);
  });

  test('at 200 % text on a 360 px phone, nothing scrolls sideways (RGAA 10.11)', async () => {
    const { page } = await open();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    await page.getByLabel('Code postal').fill('77000');
    await page.locator('#preview li.card').first().waitFor();
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(sideways <= 0, `${sideways}px of sideways scrolling`);
  });

  test('a value is written as text: an address with quotes and markup stays inside its attribute', async () => {
    const { page } = await open();
    await page
      .getByLabel('Adresse du dossier mediation-finder sur votre serveur')
      .fill('https://exemple.fr/a"><img src=x onerror=alert(1)>/');
    const script = await code(page, 'script-code');
    assert.doesNotMatch(script, /"><img/);
    assert.equal(await page.locator('img').count(), 0);
  });
});
