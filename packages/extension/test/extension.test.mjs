import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../../build-tools/chromium.js';
import { startServer } from '../../../scripts/serve.mjs';

const TEST_BUILD = fileURLToPath(new URL('../dist/test-chrome/', import.meta.url));

/**
 * The built extension (test build: it also runs on 127.0.0.1) in headless Chromium, on the
 * portal-like pages of examples/portals/, as a person would use it.
 */
describe('browser extension in Chromium', () => {
  let context;
  let server;
  let base;
  let extension;
  before(async () => {
    ({ server, url: base } = await startServer(0));
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'mf-ext-')), {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [
        `--disable-extensions-except=${TEST_BUILD}`,
        `--load-extension=${TEST_BUILD}`,
        ...CHROMIUM_FLAGS,
      ],
      ignoreDefaultArgs: ['--disable-extensions'],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extension = new URL(worker.url()).host;
  });
  after(async () => {
    await context?.close();
    server?.close();
  });

  const portal = (path) => `${base}examples/portals/${path}`;
  const prompt = (page) => page.locator('[data-mediation-finder-prompt]');

  test('the prompt appears on a recognised procedure, not elsewhere', async () => {
    const page = await context.newPage();
    await page.goto(portal('www.caf.fr/rsa/'));
    await prompt(page).getByText('Besoin d’aide pour cette démarche ?').waitFor();
    assert.equal(await prompt(page).getAttribute('data-mediation-finder-prompt'), 'caf-rsa');
    // In the flow of the page, above the form: it covers nothing.
    const box = await prompt(page).boundingBox();
    const form = await page.locator('#form').boundingBox();
    assert.ok(box && form && box.y + box.height <= form.y, 'the prompt sits above the form');
    for (const path of ['www.example.org/', 'www.caf.fr.evil.example/rsa/']) {
      await page.goto(portal(path));
      await page.waitForTimeout(800);
      assert.equal(await prompt(page).count(), 0, path);
    }
    await page.close();
  });

  test('"Trouver de l’aide" opens the finder with the procedure, in a panel', async () => {
    const page = await context.newPage();
    await page.goto(portal('www.caf.fr/rsa/'));
    await prompt(page).getByRole('button', { name: 'Trouver de l’aide' }).click();
    const frame = page.frameLocator('[data-mediation-finder-prompt] iframe');
    const finder = frame.locator('mediation-finder');
    await finder.waitFor();
    assert.equal(await finder.getAttribute('procedure'), 'caf-rsa');
    // The finder asks what blocks the person, for this procedure.
    await frame.getByText('Qu’est-ce qui vous bloque ?').waitFor();
    assert.equal(
      await prompt(page).getByRole('button', { name: 'Trouver de l’aide' }).getAttribute('aria-expanded'),
      'true',
    );
    await prompt(page).getByRole('button', { name: 'Fermer l’aide' }).click();
    assert.equal(await page.locator('[data-mediation-finder-prompt] iframe').count(), 0);
    await page.close();
  });

  test('"Pas maintenant" is remembered for the site across reloads, not for other sites', async () => {
    const page = await context.newPage();
    await page.goto(portal('www.ameli.fr/assure/compte-ameli/'));
    await prompt(page).getByRole('button', { name: 'Pas maintenant' }).click();
    await prompt(page).waitFor({ state: 'detached' });
    // The choice reaches the extension's storage (read through its service worker).
    const worker = context.serviceWorkers()[0];
    const deadline = Date.now() + 5000;
    while (
      !(await worker.evaluate(() => chrome.storage.local.get('settings'))).settings?.dismissed?.[
        'www.ameli.fr'
      ]
    ) {
      assert.ok(Date.now() < deadline, 'dismissal stored');
      await new Promise((r) => setTimeout(r, 50));
    }
    await page.reload();
    await page.waitForTimeout(800);
    assert.equal(await prompt(page).count(), 0, 'still dismissed after a reload');
    await page.goto(portal('www.caf.fr/rsa/'));
    await prompt(page).waitFor();
    await page.close();
  });

  test('navigation inside a single-page app is followed', async () => {
    const page = await context.newPage();
    await page.goto(portal('candidat.francetravail.fr/espace/'));
    await prompt(page).waitFor();
    assert.equal(await prompt(page).getAttribute('data-mediation-finder-prompt'), 'france-travail-autre');
    await page
      .getByRole('button', { name: 'M’inscrire' })
      .or(page.getByRole('button', { name: "M'inscrire" }))
      .click();
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-mediation-finder-prompt]')
          ?.getAttribute('data-mediation-finder-prompt') === 'france-travail-inscription',
    );
    await page.close();
  });

  test('options: a wrong postal code is named; settings are saved and used by the popup', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extension}/options/options.html`);
    await options.getByLabel('Votre code postal').fill('7700');
    await options.getByRole('button', { name: 'Enregistrer' }).click();
    await options.getByText('Un code postal a 5 chiffres, par exemple 77000.').waitFor();
    assert.equal(await options.getByLabel('Votre code postal').getAttribute('aria-invalid'), 'true');
    await options.getByLabel('Votre code postal').fill('77000');
    await options.getByLabel(/Professionnel/).check();
    await options.getByRole('button', { name: 'Enregistrer' }).click();
    await options.getByRole('status').getByText('Réglages enregistrés.').waitFor();

    // Worker mode: two clicks, results for the worker's own postal code.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extension}/popup/popup.html`);
    await popup.getByRole('heading', { name: 'Orientation rapide' }).waitFor();
    await popup.getByRole('group', { name: 'Démarche' }).getByRole('button', { name: 'RSA' }).click();
    await popup
      .getByRole('group', { name: 'Ce qui bloque' })
      .getByRole('button', { name: 'N’y arrive pas' })
      .click();
    await popup.locator('mediation-finder li.card').first().waitFor();
    assert.match(
      await popup.locator('mediation-finder p.status').innerText(),
      /lieux trouvés près de 77000 Melun/,
    );
    // A chosen place can become a partner place; nothing about the person is stored.
    await popup.locator('mediation-finder li.card button[aria-pressed]').first().click();
    await popup.getByRole('button', { name: /Ajouter « .+ » à mes lieux partenaires/ }).click();
    await popup.getByRole('heading', { name: 'Mes lieux partenaires' }).waitFor();
    assert.equal(await popup.locator('#favourite-list li').count(), 1);
    const stored = await popup.evaluate(() => chrome.storage.local.get(null));
    assert.deepEqual(Object.keys(stored), ['settings']);
    // Public data about the place only.
    for (const key of Object.keys(stored.settings.favourites[0]))
      assert.ok(['id', 'nom', 'adresse', 'telephone'].includes(key), key);
    await options.close();
    await popup.close();
  });

  test('no form value is read: the prompt code run in the page’s own world, with a recorder', async () => {
    const page = await context.newPage();
    // The real extension is on this page too; the recorder sees only the page's world, so the
    // same prompt code is also loaded there, with stand-ins for the browser APIs.
    await page.goto(portal('www.caf.fr/rsa/'));
    await page.locator('#allocataire').fill('1234567');
    await page.locator('#income').fill('850');
    const harness = readFileSync(join(TEST_BUILD, 'test-harness/portal-prompt.js'), 'utf8');
    await page.evaluate(harness);
    await page.evaluate(async () => {
      for (const node of document.querySelectorAll('[data-mediation-finder-prompt]')) node.remove();
      globalThis.__MEDIATION_FINDER_TEST_PORTALS__ = true;
      const controller = new AbortController();
      const prompt = globalThis.__mediationFinderPrompt.startPortalPrompt({
        signal: controller.signal,
        shouldPrompt: async () => true,
        dismiss: async () => {},
        panelUrl: async () => 'about:blank',
        openOptions: () => {},
      });
      await prompt.check();
      const host = document.querySelector('[data-mediation-finder-prompt]');
      host.shadowRoot.querySelector('button.primary').click();
      await new Promise((r) => setTimeout(r, 300));
      history.pushState({}, '', `${location.pathname}#next`);
      await new Promise((r) => setTimeout(r, 700));
      controller.abort();
    });
    await page.locator('#income').fill('900');
    await page.keyboard.type('0');
    const access = await page.evaluate(() => window.__formAccess);
    assert.deepEqual(access, []);
    // The recorder does see a read: this one, by the test itself.
    const seen = await page.evaluate(() => {
      void document.querySelector('#income').value;
      return window.__formAccess.length;
    });
    assert.equal(seen, 1);
    await page.close();
  });
});
