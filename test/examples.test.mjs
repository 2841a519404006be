import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeViolations, openPage, servedExamples } from './helpers.mjs';

/**
 * Every example page in real Chromium, offline: its main path done with the keyboard, axe with
 * no violation, no console error, no request leaving 127.0.0.1.
 */
describe('every example page', () => {
  const examples = servedExamples();

  async function check(page, consoleErrors, outsideRequests) {
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(outsideRequests, []);
  }

  const focusedText = (page) =>
    page.evaluate(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return element?.textContent?.trim() ?? '';
    });

  test('index: every example is linked', async () => {
    const { page, consoleErrors, outsideRequests } = await openPage(examples.browser);
    await page.goto(examples.base);
    for (const path of [
      'caf-form/',
      'town-help/',
      'worker-desk/',
      'configurator/',
      'theming/',
      'portals/',
      'postal-code/',
    ]) {
      assert.equal(await page.locator(`a[href="${path}"]`).count(), 1, path);
    }
    await check(page, consoleErrors, outsideRequests);
  });

  test('CAF-like form: the compact finder beside the form, preset to the procedure', async () => {
    const { page, consoleErrors, outsideRequests } = await openPage(examples.browser);
    await page.goto(`${examples.base}examples/caf-form/`);
    await page.locator('mediation-finder input[name="difficulty"]').first().waitFor();
    // Keyboard: from the form's last field, Tab leads into the finder's question.
    await page.locator('#autres').focus();
    await page.keyboard.press('Tab'); // the form's button
    await page.keyboard.press('Tab'); // the finder's first answer
    assert.match(await page.evaluate(() => document.activeElement?.tagName), /MEDIATION-FINDER/i);
    await page.getByRole('button', { name: 'Passer cette question' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('35000');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Où trouver de l’aide près de 35000 Rennes/ }).waitFor();
    assert.match(await focusedText(page), /Où trouver de l’aide près de 35000 Rennes/);
    const shown = await page
      .locator('mediation-finder')
      .evaluate((el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
    assert.match(shown, /Démarche : Faire la déclaration trimestrielle/);
    assert.equal(await page.locator('mediation-finder li.card').count(), 5);
    await check(page, consoleErrors, outsideRequests);
  });

  test('town page: the full finder (questions, results, map)', async () => {
    const { page, consoleErrors, outsideRequests } = await openPage(examples.browser);
    await page.goto(`${examples.base}examples/town-help/`);
    await page.getByLabel('Pour quelle démarche avez-vous besoin d’aide ?').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // "Continuer" without a procedure
    await page.keyboard.press('ArrowDown'); // radios: second answer
    await page.keyboard.press('Enter'); // submits the question
    await page.keyboard.type('Brest');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Où trouver de l’aide près de Brest/ }).waitFor();
    await page.locator('mediation-finder .map-slot').first().scrollIntoViewIfNeeded();
    await page.locator('mediation-finder-map .leaflet-marker-icon').first().waitFor();
    await check(page, consoleErrors, outsideRequests);
  });

  test('worker desk: two clicks with the keyboard, then the slip prints', async () => {
    const { page, consoleErrors, outsideRequests } = await openPage(examples.browser);
    await page.goto(`${examples.base}examples/worker-desk/`);
    await page.locator('mediation-finder li.card').first().waitFor();
    await page.getByRole('button', { name: 'RSA' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: "N'y arrive pas" }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const finder = document.querySelector('mediation-finder');
      return (
        finder.getAttribute('difficulty') === 'do-for-me' &&
        /Démarche faite à votre place \(Aidants Connect\)/.test(finder.shadowRoot.textContent)
      );
    });
    await page.evaluate(() => {
      window.printed = 0;
      window.print = () => window.printed++;
    });
    await page.getByLabel('Nom de la personne (facultatif)').fill('Mme Exemple');
    await page.getByRole('button', { name: 'Imprimer la fiche' }).focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => window.printed), 1);
    // The next person starts clean: no name of the person before on the slip.
    await page.getByRole('button', { name: 'Personne suivante' }).click();
    await page.locator('mediation-finder li.card').first().waitFor();
    assert.equal(await page.getByLabel('Nom de la personne (facultatif)').inputValue(), '');
    assert.doesNotMatch(
      await page.locator('mediation-finder').evaluate((el) => el.shadowRoot.textContent),
      /Mme Exemple/,
    );
    // A carte grise has its own button; any other procedure is asked by the finder.
    await page.getByRole('button', { name: 'Carte grise' }).click();
    await page.waitForFunction(
      () => document.querySelector('mediation-finder').getAttribute('procedure') === 'ants-carte-grise',
    );
    await page.getByRole('button', { name: 'Autre démarche' }).click();
    await page.getByLabel('Pour quelle démarche avez-vous besoin d’aide ?').waitFor();
    await check(page, consoleErrors, outsideRequests);
  });

  test('theming: the State’s look (theme="dsfr") and a brand’s, both accessible', async () => {
    const { page, consoleErrors, outsideRequests } = await openPage(examples.browser);
    await page.goto(`${examples.base}examples/theming/`);
    await page.locator('mediation-finder.dsfr li.card').first().waitFor();
    await page.locator('mediation-finder.brand li.card').first().waitFor();
    const primary = await page
      .locator('mediation-finder.brand button[aria-pressed]')
      .first()
      .evaluate((b) => getComputedStyle(b).color);
    assert.equal(primary, 'rgb(138, 44, 2)');
    // The State's finder asks for the DSFR's look; the brand's sets its own colours.
    const state = await page
      .locator('mediation-finder.dsfr button[aria-pressed]')
      .first()
      .evaluate((b) => getComputedStyle(b).color);
    assert.equal(state, 'rgb(0, 0, 145)');
    await check(page, consoleErrors, outsideRequests);
  });

  test('portal-like pages', async () => {
    const { page, consoleErrors, outsideRequests } = await openPage(examples.browser);
    for (const path of [
      '',
      'www.caf.fr/rsa/',
      'www.ameli.fr/assure/compte-ameli/',
      'candidat.francetravail.fr/espace/',
      'www.example.org/',
    ]) {
      await page.goto(`${examples.base}examples/portals/${path}`);
      assert.deepEqual(await axeViolations(page), [], path);
    }
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(outsideRequests, []);
  });
});
