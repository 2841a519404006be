import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeViolations, openPage, servedExamples } from './helpers.mjs';

describe('the widget on a town page with a strict Content-Security-Policy, in Chromium, offline', () => {
  const examples = servedExamples();

  test('keyboard path to results, no CSP violation, no console error, nothing leaves 127.0.0.1', async () => {
    const { page, consoleErrors, outsideRequests } = await openPage(examples.browser);
    await page.goto(`${examples.base}examples/town-help/`);
    const procedure = page.getByLabel('Pour quelle démarche avez-vous besoin d’aide ?');
    await procedure.focus();
    await page.keyboard.type('compte ameli');
    await page.keyboard.press('Enter'); // the first match, chosen
    assert.equal(
      await page.getByRole('radio', { name: 'Créer ou retrouver son compte ameli' }).isChecked(),
      true,
    );
    await page.keyboard.press('Enter'); // "Continuer"
    await page.getByRole('button', { name: 'Passer cette question' }).press('Enter');
    const where = page.getByRole('combobox', { name: 'Où cherchez-vous de l’aide ?' });
    await assert.doesNotReject(where.waitFor());
    assert.equal(
      await where.evaluate((el) => el === el.getRootNode().activeElement),
      true,
      'focus on the place field',
    );
    await page.keyboard.type('77000');
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: /Où trouver de l’aide près de 77000 Melun/ });
    await heading.waitFor();
    assert.equal(
      await heading.evaluate((el) => el === el.getRootNode().activeElement),
      true,
      'focus moved to the results',
    );
    assert.match(await page.getByRole('status').first().innerText(), /\d+ lieux trouvés près de 77000 Melun/);
    assert.ok((await page.locator('mediation-finder li.card').count()) > 0);
    await page.locator('mediation-finder .map-slot').first().scrollIntoViewIfNeeded();
    await page.locator('mediation-finder-map .leaflet-marker-icon').first().waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(outsideRequests, []);
  });

  test('a browser in Arabic on the French town page: the finder offers Arabic, written in Arabic; one tap, and back', async () => {
    const context = await examples.browser.newContext({ locale: 'ar' });
    try {
      const { page, consoleErrors, outsideRequests } = await openPage(context);
      await page.goto(`${examples.base}examples/town-help/`);
      assert.deepEqual(await page.evaluate(() => navigator.languages), ['ar']);
      const offer = page.getByRole('button', { name: 'استخدم هذه الأداة بالعربية' });
      await offer.waitFor();
      assert.equal(await offer.getAttribute('lang'), 'ar');
      // The page is French, so is the finder until the person taps.
      await page.getByRole('heading', { name: 'Trouver de l’aide près de chez vous' }).waitFor();
      await offer.click();
      await page.getByRole('heading', { name: 'اعثر على المساعدة بالقرب منك' }).waitFor();
      assert.equal(await page.locator('mediation-finder [part="base"]').getAttribute('dir'), 'rtl');
      const back = page.getByRole('button', { name: 'Afficher en français' });
      assert.equal(await back.getAttribute('lang'), 'fr');
      assert.deepEqual(await axeViolations(page), []);
      await back.click();
      await page.getByRole('heading', { name: 'Trouver de l’aide près de chez vous' }).waitFor();
      assert.deepEqual(
        await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]),
        [0, 0, ''],
      );
      assert.deepEqual(consoleErrors, []);
      assert.deepEqual(outsideRequests, []);
    } finally {
      await context.close();
    }
  });

  test('a raw CSV file as src, read under the same policy: no eval, no violation', async () => {
    const { page, consoleErrors, outsideRequests } = await openPage(examples.browser);
    await page.goto(`${examples.base}examples/town-help/`);
    await page.evaluate(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
      );
      const finder = document.querySelector('mediation-finder');
      finder.setAttribute('src', '/fixtures/lieux-v1.csv');
      finder.setAttribute('postal-code', '77000');
    });
    await page.locator('mediation-finder li.card').first().waitFor();
    assert.match(await page.locator('mediation-finder li.card').first().innerText(), /d’exemple/);
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(outsideRequests, []);
  });

  test('reflows at 320 px wide (WCAG 1.4.10): no horizontal scrolling', async () => {
    const { page } = await openPage(examples.browser);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${examples.base}examples/town-help/`);
    await page.evaluate(() =>
      document.querySelector('mediation-finder').setAttribute('postal-code', '77000'),
    );
    await page.locator('mediation-finder li.card').first().waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 0, `${overflow}px of horizontal scroll`);
  });
});
