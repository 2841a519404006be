import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../../build-tools/chromium.js';

export const TEST_BUILD = fileURLToPath(new URL('../dist/test-chrome/', import.meta.url));

/**
 * Headless Chromium with the built test extension, speaking `lang` (the extension speaks the
 * browser's language, its _locales), as a person's browser: extensions on, and the back/forward
 * cache that Playwright turns off. Returns the context and the extension's host.
 */
export async function launchWithExtension(lang = 'fr') {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), `mf-ext-${lang}-`)), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      `--disable-extensions-except=${TEST_BUILD}`,
      `--load-extension=${TEST_BUILD}`,
      `--lang=${lang}`,
      ...CHROMIUM_FLAGS,
    ],
    env: { ...process.env, LANGUAGE: lang },
    ignoreDefaultArgs: ['--disable-extensions', '--disable-back-forward-cache'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extension: new URL(worker.url()).host };
}

/**
 * The options as a France Services agent in Melun fills them (worker mode, 77000, their details
 * for the slips) and the public finder page `page` ('' for none), saved.
 */
export async function fillWorkerOptions(options, { page = '' } = {}) {
  await options.getByLabel('Votre code postal').fill('77000');
  await options.getByLabel(/Professionnel/).check();
  await options.getByLabel('Votre nom').fill('Marie Martin');
  await options.getByLabel('Votre structure').fill('France Services de Melun');
  await options.getByLabel('Téléphone à donner à la personne').fill('01 60 00 00 00');
  await options
    .getByLabel('Note (facultatif, par exemple vos horaires)')
    .fill('du lundi au vendredi, 9 h – 17 h');
  await options.getByLabel(/Page publique de recherche/).fill(page);
  await options.getByRole('button', { name: 'Enregistrer' }).click();
  await options.getByRole('status').getByText('Réglages enregistrés.').waitFor();
}
