import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openPage, servedExamples } from './helpers.mjs';

/**
 * What axe does not check, checked in Chromium on the town page with results and the map shown:
 * the evidence behind RGAA criteria 3.3, 10.7 and 10.12 in docs/accessibilite.md.
 */
describe('RGAA checks axe cannot make, on the town page in Chromium', () => {
  const examples = servedExamples();

  async function withResults(viewport = { width: 1024, height: 800 }) {
    const { page } = await openPage(examples.browser);
    await page.setViewportSize(viewport);
    await page.goto(`${examples.base}examples/town-help/`);
    await page.evaluate(() =>
      document.querySelector('mediation-finder').setAttribute('postal-code', '77000'),
    );
    await page.locator('mediation-finder li.card').first().waitFor();
    await page.locator('mediation-finder .map-slot').first().scrollIntoViewIfNeeded();
    await page.locator('mediation-finder-map .leaflet-marker-icon').first().waitFor();
    return page;
  }

  test('RGAA 10.7: every element the keyboard reaches shows where the focus is', async () => {
    const page = await withResults();
    await page
      .locator('mediation-finder')
      .evaluate((el) => el.shadowRoot.querySelector('h2').scrollIntoView());
    await page.locator('body').focus();
    const seen = [];
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        if (!el || el === document.body) return null;
        const inside = el.getRootNode() !== document || el.tagName === 'MEDIATION-FINDER';
        const style = getComputedStyle(el);
        const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
        const shadow = style.boxShadow !== 'none';
        return {
          inside,
          name: `${el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`,
          visible: outline || shadow,
          matches: el.matches(':focus-visible'),
        };
      });
      if (!focus) break;
      if (!focus.inside) continue;
      seen.push(focus.name);
      assert.ok(focus.matches, `${focus.name}: :focus-visible after Tab`);
      assert.ok(focus.visible, `${focus.name}: no visible focus indicator`);
    }
    assert.ok(seen.length >= 10, `only ${seen.length} stops reached in the finder`);
  });

  test('RGAA 3.3: field borders, buttons and the focus ring contrast 3:1 with what is around them', async () => {
    const page = await withResults();
    const pairs = await page.locator('mediation-finder').evaluate((host) => {
      const root = host.shadowRoot;
      const rgb = (c) =>
        c
          .match(/[\d.]+/g)
          .slice(0, 3)
          .map(Number);
      const luminance = ([r, g, b]) => {
        const lin = (c) => {
          const v = c / 255;
          return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
      };
      const ratio = (a, b) => {
        const [x, y] = [luminance(rgb(a)), luminance(rgb(b))].sort((m, n) => n - m);
        return (x + 0.05) / (y + 0.05);
      };
      const base = getComputedStyle(root.querySelector('[part="base"]')).backgroundColor;
      const out = [];
      for (const el of root.querySelectorAll('input[type="text"], select, button.secondary')) {
        const s = getComputedStyle(el);
        out.push([`${el.tagName} border`, ratio(s.borderBottomColor, base)]);
      }
      const button = root.querySelector('button:not(.secondary):not(.link)');
      if (button) out.push(['button background', ratio(getComputedStyle(button).backgroundColor, base)]);
      const probe = root.querySelector('button');
      probe.focus();
      out.push(['focus ring', ratio(getComputedStyle(probe).outlineColor, base)]);
      return out;
    });
    assert.ok(pairs.length >= 3, JSON.stringify(pairs));
    for (const [what, value] of pairs) assert.ok(value >= 3, `${what}: ${value.toFixed(2)}:1`);
  });

  test('RGAA 10.12: text spacing set by the person (WCAG 1.4.12) loses no content', async () => {
    const page = await withResults({ width: 412, height: 900 });
    const clipped = await page.locator('mediation-finder').evaluate((host) => {
      const style = document.createElement('style');
      // The WCAG 1.4.12 values, as a person's style sheet or bookmarklet sets them.
      style.textContent = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
        word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;
      host.shadowRoot.append(style);
      const problems = [];
      for (const el of host.shadowRoot.querySelectorAll('*')) {
        if (el.closest('mediation-finder-map, .visually-hidden, [hidden], .slip-print')) continue;
        const s = getComputedStyle(el);
        if (s.display === 'none') continue;
        const hides = /hidden|clip/.test(s.overflowX + s.overflowY);
        if (hides && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1))
          problems.push(
            `${el.tagName} ${el.className}: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`,
          );
      }
      return {
        problems,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
    assert.deepEqual(clipped.problems, []);
    assert.ok(clipped.overflow <= 0, `${clipped.overflow}px of horizontal scroll`);
  });

  test('RGAA 10.11: at 320 × 256 CSS px the finder needs no sideways scrolling', async () => {
    const page = await withResults({ width: 320, height: 256 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 0, `${overflow}px of horizontal scroll`);
  });
});
