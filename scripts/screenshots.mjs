#!/usr/bin/env node
/**
 * Screenshots of the widget's main states, for the READMEs, into docs/screenshots/.
 * Real Chromium, offline, on the built-in data. Run after "pnpm run build".
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, openPage } from '../test/helpers.mjs';
import { startServer } from './serve.mjs';

const OUT = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'docs/screenshots');
await mkdir(OUT, { recursive: true });
const { server, url } = await startServer(0);
const browser = await launchChromium();

async function shot(name, { width = 900, height = 1100, setup, media }) {
  const { page } = await openPage(browser);
  await page.setViewportSize({ width, height });
  await page.goto(`${url}examples/town-help/`);
  await setup(page);
  if (media) await page.emulateMedia({ media });
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  process.stdout.write(`docs/screenshots/${name}.png\n`);
}

const preset = (attributes) => async (page) => {
  await page.evaluate((attrs) => {
    const el = document.querySelector('mediation-finder');
    for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
  }, attributes);
  await page.locator('mediation-finder li.card').first().waitFor();
  if (attributes.map !== 'off') {
    // The map loads when it comes into view: show it, then go back to the top of the page.
    await page.locator('mediation-finder .map-slot').scrollIntoViewIfNeeded();
    await page.locator('mediation-finder-map .leaflet-marker-icon').first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
  }
};

await shot('1-question', {
  height: 700,
  setup: async (page) => {
    await page.getByRole('radio', { name: 'Demander le RSA (revenu de solidarité active)' }).check();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page
      .getByLabel('Je n’y arrive pas')
      .check()
      .catch(() => page.getByLabel("Je n'y arrive pas").check());
  },
});
await shot('2-results', {
  height: 1400,
  setup: preset({ procedure: 'caf-rsa', difficulty: 'do-for-me', 'postal-code': '77000' }),
});
await shot('3-arabic-rtl', {
  height: 1100,
  setup: preset({ lang: 'ar', procedure: 'anef-titre-sejour', 'postal-code': '75011' }),
});
await shot('4-phone-320px', {
  width: 320,
  height: 900,
  setup: preset({ layout: 'compact', 'postal-code': '69003', map: 'off' }),
});
await shot('5-print-slip', {
  height: 1100,
  media: 'print',
  setup: async (page) => {
    await preset({ procedure: 'ameli-c2s', 'postal-code': '13001' })(page);
    await page.locator('mediation-finder li.card button[aria-pressed]').first().click();
    await page.getByLabel('Nom de la personne (facultatif)').fill('Mme Exemple');
    await page.getByLabel('Orienté par (facultatif)').fill('CCAS de Marseille, accueil');
    // The widget's own print path, without the browser's dialog.
    await page.evaluate(() => {
      window.print = () => {};
    });
    await page.getByRole('button', { name: 'Imprimer la fiche' }).click();
  },
});

await browser.close();
server.close();
