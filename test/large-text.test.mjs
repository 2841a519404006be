import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeViolations, openPage, servedExamples } from './helpers.mjs';

/**
 * Issue 24, "Large text and short answers", "Focus, keyboard and screen readers" and "Other
 * defects": a 75-year-old on a phone with 200 % text, a person at 400 % zoom, a keyboard or
 * screen-reader user, Windows high contrast, a worker printing at a desk. In Chromium, offline.
 */
describe('large text, short cards, focus, forced colours and desk print', () => {
  const examples = servedExamples();

  /**
   * A page with a finder searching RSA near 77000: an example page, or the widget alone in an
   * empty page. `text` is the root font size (the browser's text size setting), in percent.
   */
  async function finderPage({ width, height = 740, text = 200, page: path = 'town-help/' }) {
    const opened = await openPage(examples.browser);
    const { page } = opened;
    await page.setViewportSize({ width, height });
    if (path === 'alone') {
      await page.goto(examples.base);
      await page.setContent(
        `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Finder alone</title>
        <script type="module" src="/widget/mediation-finder.js"></script></head>
        <body><main><mediation-finder></mediation-finder></main></body></html>`,
      );
    } else {
      await page.goto(`${examples.base}examples/${path}`);
    }
    await page.evaluate((percent) => {
      // Through the CSSOM: the pages' strict CSP allows it (no inline style).
      document.documentElement.style.fontSize = `${percent}%`;
      const finder = document.querySelector('mediation-finder');
      if (!finder.getAttribute('postal-code')) {
        finder.setAttribute('procedure', 'caf-rsa');
        finder.setAttribute('postal-code', '77000');
      }
    }, text);
    await page.locator('mediation-finder li.card').first().waitFor();
    return opened;
  }

  /** What scrolls sideways or is cut: the document's overflow, and elements wider than the page or than their clipping box. */
  const overflow = (page) =>
    page.evaluate(() => {
      const doc = document.documentElement;
      const found = [];
      const describe = (e) =>
        `${e.localName}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ')[0]}` : ''} "${(e.textContent ?? '').trim().slice(0, 30)}"`;
      const walk = (root) => {
        for (const e of root.querySelectorAll('*')) {
          if (
            e.closest('.visually-hidden, .slip-print, .leaflet-pane, .leaflet-control-container') ||
            !e.checkVisibility()
          )
            continue;
          const box = e.getBoundingClientRect();
          if (box.width && (box.right > doc.clientWidth + 1 || box.left < -1))
            found.push(`${describe(e)} spans ${Math.round(box.left)}–${Math.round(box.right)} px`);
          const style = getComputedStyle(e);
          if (style.overflowX !== 'visible' && e.scrollWidth > e.clientWidth + 1 && e.localName !== 'select')
            found.push(`${describe(e)} cut: ${e.scrollWidth} px in ${e.clientWidth} px`);
          if (e.shadowRoot && e.localName !== 'mediation-finder-map') walk(e.shadowRoot);
        }
      };
      walk(document);
      return { sideways: doc.scrollWidth - doc.clientWidth, found: found.slice(0, 6) };
    });

  const assertReflows = async (page, what) => {
    const { sideways, found } = await overflow(page);
    assert.ok(sideways <= 0 && found.length === 0, `${what}: ${sideways} px sideways; ${found.join('; ')}`);
  };

  /** Results, then the map shown, then the first place's details opened and chosen for the slip. */
  async function eachState(page, what) {
    await assertReflows(page, `${what}, results`);
    // The map loads when it comes near the screen, or on "Afficher la carte" (not on the CAF form: map="off").
    if ((await page.locator('mediation-finder[map="off"]').count()) === 0) {
      const show = page.locator('mediation-finder .map-slot button');
      if (await show.count()) await show.click();
      await page.locator('mediation-finder-map .leaflet-marker-icon').first().waitFor();
      await assertReflows(page, `${what}, with the map`);
    }
    const card = page.locator('mediation-finder li.card').first();
    await card.locator('summary, button[aria-expanded]').first().click();
    await card.locator('button[aria-pressed]').click();
    await assertReflows(page, `${what}, details open and the slip`);
  }

  for (const width of [360, 412]) {
    for (const path of ['town-help/', 'caf-form/', 'worker-desk/', 'alone']) {
      test(`200 % text on a ${width} px phone, ${path}: nothing scrolls sideways, nothing is cut`, async () => {
        const { page } = await finderPage({ width, page: path });
        await eachState(page, `${path} at ${width} px, 200 %`);
      });
    }
  }

  for (const path of ['town-help/', 'alone']) {
    test(`400 % zoom (320 CSS px), ${path}: nothing scrolls sideways, nothing is cut`, async () => {
      const { page } = await finderPage({ width: 320, height: 256, text: 100, page: path });
      await eachState(page, `${path} at 400 %`);
    });
  }

  test('200 % text at 360×740: the first place (name, why, open or not, a call) is on the first screen under the heading', async () => {
    const { page } = await finderPage({ width: 360 });
    const finder = page.locator('mediation-finder');
    const seen = await finder.evaluate((el) => {
      const root = el.shadowRoot;
      const heading = root.querySelector('#results-heading');
      heading.scrollIntoView({ block: 'start' });
      const card = root.querySelector('li.card');
      const leaf = (pattern) =>
        [...card.querySelectorAll('*')].find(
          (e) =>
            pattern.test(e.textContent ?? '') &&
            ![...e.children].some((c) => pattern.test(c.textContent ?? '')),
        );
      const parts = {
        name: card.querySelector('h4'),
        why: leaf(/Votre mairie|France Services|Aidants Connect|travailleur social|pas à pas/),
        open: leaf(/Ouvert jusqu|Ouvre |Fermé|Horaires non précisés/),
        call: card.querySelector('a[href^="tel:"]'),
      };
      return {
        top: Math.round(heading.getBoundingClientRect().top),
        height: innerHeight,
        bottoms: Object.fromEntries(
          Object.entries(parts).map(([k, e]) => [k, e ? Math.round(e.getBoundingClientRect().bottom) : null]),
        ),
      };
    });
    assert.ok(seen.top <= 1, `the heading at the top (${seen.top} px)`);
    for (const [part, bottom] of Object.entries(seen.bottoms)) {
      assert.ok(bottom !== null, `the first card shows its ${part}`);
      assert.ok(
        bottom <= seen.height,
        `the first card's ${part} ends at ${bottom} px, below the ${seen.height} px screen`,
      );
    }
  });

  test('keyboard and screen readers: the first place after the heading, ≤ 3 Tab stops a card, call links naming the place', async () => {
    const { page, consoleErrors, outsideRequests } = await finderPage({ width: 1024, text: 100 });
    const finder = page.locator('mediation-finder');
    // Read in order: the first thing after the results heading is the first place's name.
    const next = await finder.evaluate((el) => {
      const root = el.shadowRoot;
      const heading = root.querySelector('#results-heading');
      const walker = document.createTreeWalker(root.querySelector('[part="results"]'), NodeFilter.SHOW_TEXT);
      walker.currentNode = heading.lastChild ?? heading;
      let node = walker.nextNode();
      while (node && (!node.textContent.trim() || node.parentElement.closest('[aria-hidden="true"]')))
        node = walker.nextNode();
      return {
        text: node?.textContent.trim(),
        name: root.querySelector('li.card h4 bdi').textContent.trim(),
      };
    });
    assert.equal(next.text, next.name, 'the first place is read right after the heading');

    // From the heading, at most 3 Tab presses reach the first card.
    await finder.evaluate((el) => el.shadowRoot.querySelector('#results-heading').focus());
    let presses = 0;
    let inFirstCard = false;
    while (!inFirstCard && presses < 3) {
      await page.keyboard.press('Tab');
      presses++;
      inFirstCard = await finder.evaluate(
        (el) => !!el.shadowRoot.activeElement?.closest('li.card:first-of-type'),
      );
    }
    assert.ok(inFirstCard, 'the first place within 3 Tab presses of the heading');

    // Tab stops per card, details closed.
    const stops = await finder.evaluate((el) =>
      [...el.shadowRoot.querySelectorAll('li.card')].map(
        (card) =>
          [...card.querySelectorAll('a[href], button, summary, input, select, [tabindex]')].filter(
            (e) => e.tabIndex >= 0 && !e.disabled && e.checkVisibility(),
          ).length,
      ),
    );
    assert.ok(stops.length > 1);
    assert.ok(
      stops.every((n) => n <= 3),
      `Tab stops per card: ${stops.join(', ')}`,
    );

    // Each call link names its place; the disclosure names it too.
    const cards = finder.locator('li.card');
    for (let i = 0; i < (await cards.count()); i++) {
      const card = cards.nth(i);
      const name = (await card.locator('h4 bdi').innerText()).trim();
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if ((await card.locator('a[href^="tel:"]').count()) > 0)
        assert.equal(
          await card.getByRole('link', { name: new RegExp(`^Appeler ${escaped}, [0-9 ]+$`) }).count(),
          1,
          `the call link of ${name}`,
        );
      const more = card.getByRole('group').or(card.locator('summary'));
      assert.match(
        await card
          .locator('summary')
          .first()
          .evaluate((s) => s.textContent.replace(/\s+/g, ' ').trim()),
        new RegExp(`Horaires, documents et accès — ${escaped}$`),
      );
      assert.ok(await more.count());
    }
    // Details open on demand: the hours table is there once opened, not before.
    const first = cards.first();
    assert.equal(await first.locator('ul.hours').isVisible(), false);
    await first.locator('summary').press('Enter');
    assert.equal(await first.locator('ul.hours').isVisible(), true);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(outsideRequests, []);
  });

  test('the printed slip stays complete: hours, phone and address of each chosen place', async () => {
    const { page } = await finderPage({ width: 1024, text: 100 });
    const card = page.locator('mediation-finder li.card').first();
    await card.locator('button[aria-pressed]').click();
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('mediation-finder .slip-print').innerText();
    assert.match(printed, /Mairie de Melun/);
    assert.match(printed, /16 rue Paul-Doumer, 77000 Melun/);
    assert.match(printed, /lundi – vendredi : 08:30–17:30/);
    assert.match(printed, /01 64 52 33 03/);
    assert.match(printed, /À apporter/);
  });

  test('forced colours: a place chosen for the slip says so in words and shape; its button says what it will do', async () => {
    const { page } = await finderPage({ width: 1024, text: 100 });
    await page.emulateMedia({ forcedColors: 'active' });
    const cards = page.locator('mediation-finder li.card');
    const choose = cards.first().getByRole('button', { name: /^Ajouter à la fiche/ });
    assert.equal(await choose.getAttribute('aria-pressed'), 'false');
    await choose.click();
    const chosen = cards.first().getByRole('button', { name: /^Retirer de la fiche/ });
    assert.equal(await chosen.getAttribute('aria-pressed'), 'true');
    assert.match(await cards.first().innerText(), /✓ Sur la fiche/);
    assert.doesNotMatch(await cards.nth(1).innerText(), /Sur la fiche/);
    // The shape survives forced colours (colours and shadows do not): a thicker, double edge.
    const edge = (card) =>
      card.evaluate((e) => {
        const s = getComputedStyle(e);
        return `${s.borderInlineStartStyle} ${s.borderInlineStartWidth}`;
      });
    assert.notEqual(await edge(cards.first()), await edge(cards.nth(1)));
  });

  test('"Afficher la carte" pressed while the map still loads: the focus waits on the button, then goes to the map', async () => {
    const opened = await openPage(examples.browser);
    // The map's chunk comes a second and a half late (a slow phone), after the person pressed.
    await opened.page.route(/\/chunks\/finder-map-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    const { page } = opened;
    await page.setViewportSize({ width: 1024, height: 600 });
    await page.goto(examples.base);
    await page.setContent(
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Finder alone</title>
      <script type="module" src="/widget/mediation-finder.js"></script></head>
      <body><main><mediation-finder procedure="caf-rsa" postal-code="77000"></mediation-finder></main></body></html>`,
    );
    await page.locator('mediation-finder li.card').first().waitFor();
    const active = () =>
      page.evaluate(() => {
        let e = document.activeElement;
        while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement;
        return e
          ? `${e.localName} ${e.getAttribute('aria-label') ?? e.textContent.trim().slice(0, 30)}`
          : 'none';
      });
    const show = page.locator('mediation-finder').getByRole('button', { name: 'Afficher la carte' });
    await show.focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    assert.match(
      await active(),
      /^button Afficher la carte/,
      'the focus stays on the button while the map loads',
    );
    await page.keyboard.press('Enter');
    await page.locator('mediation-finder-map .leaflet-marker-icon').first().waitFor();
    await page.waitForTimeout(200);
    assert.equal(await active(), 'div Carte des lieux', 'then the map has it');
  });

  test('"Afficher la carte" and Enter on a grouped marker keep the focus on something meaningful', async () => {
    const { page } = await finderPage({ width: 1024, height: 600, text: 100, page: 'alone' });
    const finder = page.locator('mediation-finder');
    const focused = () =>
      page.evaluate(() => {
        let e = document.activeElement;
        while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement;
        return e
          ? {
              tag: e.localName,
              label: e.getAttribute('aria-label') ?? e.getAttribute('title') ?? e.textContent.trim(),
            }
          : null;
      });
    const show = finder.getByRole('button', { name: 'Afficher la carte' });
    await show.focus();
    await page.keyboard.press('Enter');
    await page.locator('mediation-finder-map .leaflet-marker-icon').first().waitFor();
    await page.waitForTimeout(100);
    const afterShow = await focused();
    assert.notEqual(afterShow?.tag, 'body', 'focus after "Afficher la carte"');
    assert.ok(
      afterShow?.tag === 'button' || afterShow?.label === 'Carte des lieux',
      JSON.stringify(afterShow),
    );

    // A grouped marker, reached with Tab, opened with Enter.
    const cluster = page.locator('mediation-finder-map .leaflet-marker-icon:has(.cluster)').first();
    await cluster.waitFor();
    const before = await cluster.getAttribute('title');
    await cluster.focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(100);
    const afterCluster = await focused();
    assert.notEqual(afterCluster?.tag, 'body', `focus after Enter on the group "${before}"`);
    // The zoomed marker (or smaller group) holding one of the group's places.
    const entries = before.split(', ');
    assert.ok(
      afterCluster?.label?.split(', ').some((entry) => entries.includes(entry)),
      `${JSON.stringify(afterCluster)} after "${before}"`,
    );
  });

  test('the worker’s desk prints the slip alone: one A4 page for two places, no header nor controls', async () => {
    const { page } = await finderPage({ width: 1280, text: 100, page: 'worker-desk/' });
    const choose = page.locator('mediation-finder li.card button[aria-pressed]');
    await choose.nth(0).click();
    await choose.nth(1).click();
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.equal(pages, 1, `${pages} pages printed`);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('header').isVisible(), false);
    assert.equal(await page.locator('#quick').isVisible(), false);
    assert.equal(await page.locator('mediation-finder .slip-print').isVisible(), true);
    assert.equal(await page.locator('mediation-finder .slip-print .card').count(), 2);
  });
});
