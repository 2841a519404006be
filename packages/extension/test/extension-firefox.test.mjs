import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startServer } from '../../../scripts/serve.mjs';

const TEST_BUILD = fileURLToPath(new URL('../dist/test-firefox/', import.meta.url));

/** The built Firefox extension (test build), installed in headless Firefox ESR over WebDriver BiDi. */
describe('browser extension in Firefox', () => {
  let browser;
  let server;
  let base;
  before(async () => {
    ({ server, url: base } = await startServer(0));
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
    });
    await browser.installExtension(TEST_BUILD);
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  const portal = (path) => `${base}examples/portals/${path}`;
  const promptOf = (page) =>
    page
      .$eval('[data-mediation-finder-test-prompt]', (host) =>
        host.getAttribute('data-mediation-finder-test-prompt'),
      )
      .catch(() => null);

  test('prompt on a recognised procedure, panel with the procedure, nothing on other sites', async () => {
    const page = await browser.newPage();
    await page.goto(portal('www.caf.fr/rsa/'));
    await page.waitForSelector('[data-mediation-finder-test-prompt]');
    assert.equal(await promptOf(page), 'caf-rsa');
    // The prompt's root is closed to page scripts: a person reaches it with the keyboard, its
    // first button first (it is at the top of the page).
    assert.equal(await page.$eval('[data-mediation-finder-test-prompt]', (host) => host.shadowRoot), null);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // The panel's frame appears (WebDriver BiDi does not report an extension frame's address;
    // that it holds the procedure only is checked in Chromium).
    const deadline = Date.now() + 8000;
    while (page.frames().length < 2) {
      assert.ok(Date.now() < deadline, 'the panel');
      await new Promise((r) => setTimeout(r, 100));
    }
    await page.goto(portal('www.example.org/'));
    await new Promise((r) => setTimeout(r, 800));
    assert.equal(await promptOf(page), null);
    await page.close();
  });

  test('"Pas maintenant" persists across reloads; single-page navigation is followed by events', async () => {
    const page = await browser.newPage();
    await page.goto(portal('www.ameli.fr/assure/compte-ameli/'));
    await page.waitForSelector('[data-mediation-finder-test-prompt]');
    // "Pas maintenant" is the prompt's second button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('[data-mediation-finder-test-prompt]'));
    await page.reload();
    await new Promise((r) => setTimeout(r, 800));
    assert.equal(await promptOf(page), null);

    await page.goto(portal('candidat.francetravail.fr/espace/'));
    await page.waitForSelector('[data-mediation-finder-test-prompt]');
    assert.equal(await promptOf(page), 'france-travail-autre');
    // No Navigation API in Firefox ESR: an address changed without its title is seen through the
    // view's content, and an idle page wakes nothing.
    const wakeups = () =>
      page.evaluate(() => Number(document.documentElement.dataset.mediationFinderWakeups ?? 0));
    const idle = await wakeups();
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(await wakeups(), idle, 'no timer wakes the content script on an idle page');
    await page.click('#start-inscription');
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-mediation-finder-test-prompt]')
          ?.getAttribute('data-mediation-finder-test-prompt') === 'france-travail-inscription',
    );
    await page.close();
  });
});
