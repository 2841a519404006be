import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeViolations, openPage, servedExamples } from './helpers.mjs';

describe('postal-code demo, in Chromium, offline', () => {
  const examples = servedExamples();

  test('typing a postal code lists nearby places with their distance and data date', async () => {
    const { page, consoleErrors, outsideRequests } = await openPage(examples.browser);
    await page.goto(`${examples.base}examples/postal-code/`);
    await page.getByLabel('Code postal ou commune').fill('77000');
    await page.keyboard.press('Enter');
    const status = page.getByRole('status');
    await assert.doesNotReject(status.filter({ hasText: /lieux à moins de 25 km de 77000 Melun/ }).waitFor());
    const items = page.getByRole('listitem');
    assert.ok((await items.count()) >= 5);
    const first = await items.first().innerText();
    assert.match(first, /Melun|Vaux-le-Pénil|Dammarie/);
    assert.match(first, /\d+,\d km/);
    assert.match(first, /Informations du \d{1,2} \w+ 20\d\d/);
    const distances = (await items.allInnerTexts()).map((t) =>
      Number(/(\d+,\d) km/.exec(t)?.[1].replace(',', '.')),
    );
    assert.deepEqual(
      distances,
      [...distances].sort((a, b) => a - b),
      'nearest first',
    );
    assert.match(await page.locator('#attribution').innerText(), /Licence Ouverte 2\.0/);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(outsideRequests, []);
  });

  test('a town name with accents left out works too', async () => {
    const { page } = await openPage(examples.browser);
    await page.goto(`${examples.base}examples/postal-code/`);
    await page.getByLabel('Code postal ou commune').fill('st etienne');
    await page.getByRole('button', { name: 'Chercher' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /de Saint-Étienne \(42000\)/ })
      .waitFor();
  });

  test('an unknown postal code says so, keeps the input and marks it invalid', async () => {
    const { page } = await openPage(examples.browser);
    await page.goto(`${examples.base}examples/postal-code/`);
    const input = page.getByLabel('Code postal ou commune');
    await input.fill('99999');
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: 'Le code postal 99999 ne correspond à aucune commune.' })
      .waitFor();
    assert.equal(await input.inputValue(), '99999');
    assert.equal(await input.getAttribute('aria-invalid'), 'true');
    assert.equal(await page.getByRole('listitem').count(), 0);
  });
});
