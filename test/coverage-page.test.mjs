import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { coveragePage } from '../packages/core/dist/audit/coverage-page.js';
import { leafletAssets } from '../packages/core/dist/cli/audit-coverage.js';
import { axeViolations, launchChromium } from './helpers.mjs';

/**
 * The audit's coverage page (`mediation-finder audit --coverage`) in real Chromium, opened from a
 * file as a préfecture would: tables first, sortable with the keyboard, axe clean, no request.
 */

/** 250 communes in two départements; every 7th with no door within reach. */
function rows() {
  return Array.from({ length: 250 }, (_, i) => {
    const departement = i < 150 ? '23' : '87';
    const km = i % 7 === 0 ? null : Math.round(((i * 37) % 450) / 10) / 1;
    return {
      insee: `${departement}${String(i).padStart(3, '0')}`,
      name: `Commune ${i}`,
      departement,
      population: 100 + ((i * 911) % 5000),
      latitude: 45.8 + (i % 25) / 50,
      longitude: 1.5 + Math.floor(i / 25) / 20,
      km: [km, km === null ? 12 : km / 2],
      nearest: [km === null ? null : 'fs-1', 'epn-1'],
    };
  });
}

describe('coverage page (audit --coverage) in Chromium', () => {
  let browser;
  let dir;
  let url;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'coverage-page-'));
    const html = coveragePage({
      rows: rows(),
      places: new Map([
        ['fs-1', { nom: 'France services de Guéret', commune: 'Guéret' }],
        ['epn-1', { nom: 'Espace numérique <script>alert(1)</script>', commune: 'Limoges' }],
      ]),
      kinds: [
        { id: 'france-services', label: 'France Services', lang: 'fr' },
        { id: 'digital-mediation', label: 'Learning digital skills' },
      ],
      departements: { 23: 'Creuse', 87: 'Haute-Vienne' },
      source: {
        data: 'data/places',
        at: '2026-11-24T09:00:00.000Z',
        attribution: 'ANCT, DILA — Licence Ouverte 2.0',
      },
      leaflet: await leafletAssets(),
    });
    const file = join(dir, 'coverage.html');
    writeFileSync(file, html);
    url = pathToFileURL(file).href;
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open() {
    const page = await browser.newPage();
    const errors = [];
    const requests = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      return dialog.dismiss();
    });
    await page.route('**/*', (route) => {
      if (route.request().url() === url) return route.continue();
      requests.push(route.request().url());
      return route.abort();
    });
    await page.goto(url);
    return { page, errors, requests };
  }

  test('tables first, farthest communes first, 100 at a time; no request, no error; axe clean', async () => {
    const { page, errors, requests } = await open();
    const rowsShown = () => page.locator('#communes tbody tr').count();
    assert.equal(await rowsShown(), 100);
    // "None within reach" first, then by distance.
    assert.match(
      await page.locator('#communes tbody tr').first().locator('td').nth(2).innerText(),
      /none within 200 km/,
    );
    assert.equal(await page.locator('#departements tbody tr').count(), 2);
    assert.match(
      await page.locator('#summary').innerText(),
      /^France Services, the communes audited: [\d,]+ of [\d,]+ people \(\d+\.\d%\) live more than 20 km from one/,
    );
    await page.getByRole('button', { name: 'Show 100 more communes' }).click();
    assert.equal(await rowsShown(), 200);
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      await page.locator('#communes tbody th').nth(100).innerText(),
    );
    // The map is drawn once it comes into view.
    await page.locator('#map').scrollIntoViewIfNeeded();
    await page.locator('#map.leaflet-container').waitFor();
    assert.ok(await page.locator('#map canvas').count(), 'the communes are drawn on a canvas');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    assert.deepEqual(requests, []);
    await page.close();
  });

  test('sorting with the keyboard says so (aria-sort); a kind and a département choose what is shown', async () => {
    const { page } = await open();
    const population = page.locator('#communes thead th').nth(2);
    await population.locator('button').focus();
    await page.keyboard.press('Enter');
    assert.equal(await population.getAttribute('aria-sort'), 'descending');
    const first = Number(
      (await page.locator('#communes tbody tr').first().locator('td').nth(1).innerText()).replace(/,/g, ''),
    );
    const second = Number(
      (await page.locator('#communes tbody tr').nth(1).locator('td').nth(1).innerText()).replace(/,/g, ''),
    );
    assert.ok(first >= second);
    await page.keyboard.press('Enter');
    assert.equal(await population.getAttribute('aria-sort'), 'ascending');
    assert.equal(await page.locator('#communes thead th[aria-sort]').count(), 1);

    await page.getByRole('combobox', { name: 'Département' }).selectOption('87');
    assert.equal(await page.locator('#communes tbody tr').count(), 100);
    assert.match(await page.locator('#communes-count').innerText(), /of 100 communes/);
    assert.match(await page.locator('#summary').innerText(), /Haute-Vienne/);
    await page
      .getByRole('combobox', { name: 'Kind of help' })
      .selectOption({ label: 'Learning digital skills' });
    assert.match(await page.locator('#summary').innerText(), /^Learning digital skills, Haute-Vienne: /);
    // A door's name is text, never markup.
    assert.match(
      await page.locator('#communes tbody tr').first().locator('td').nth(3).innerText(),
      /^Espace numérique <script>alert\(1\)<\/script> \(Limoges\)$/,
    );
    await page.close();
  });
});
