/**
 * The stores' screenshots of the extension (Chrome Web Store and addons.mozilla.org: 1280 × 800),
 * into build/store/ (ignored; `--out <dir>` elsewhere): the portal's panel, the worker's popup and
 * the options. Real Chromium with the built extension (its test build, which also runs on the
 * portal-like pages served here), offline: the extension loads no map tiles. Run after
 * "pnpm run build", by `pnpm run screenshots:store`.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fillWorkerOptions, launchWithExtension } from '../packages/extension/test/chromium-extension.mjs';
import { startServer } from './serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const OUT = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(ROOT, 'build/store');
const SIZE = { width: 1280, height: 800 };
/** The toolbar popup's own size (a browser shows it at most 800 × 600). */
const POPUP = { width: 460, height: 600 };

await mkdir(OUT, { recursive: true });
const { server, url } = await startServer(0);
const { context, extension } = await launchWithExtension('fr');
const page = (path) => `chrome-extension://${extension}/${path}`;

async function save(shot, name) {
  await shot.screenshot({ path: join(OUT, name) });
  process.stdout.write(`${join(OUT, name)}\n`);
}

try {
  // The options as a France Services agent fills them.
  const options = await context.newPage();
  await options.setViewportSize(SIZE);
  await options.goto(page('options/options.html'));
  await fillWorkerOptions(options);
  await options.evaluate(() => window.scrollTo(0, 0));
  await save(options, 'store-3-options.png');

  // A person on the CAF's RSA page: the prompt, then the finder in its panel.
  const portal = await context.newPage();
  await portal.setViewportSize(SIZE);
  await portal.goto(`${url}examples/portals/www.caf.fr/rsa/`);
  await portal.waitForSelector('[data-mediation-finder-test-prompt]');
  // The prompt's first button, « Trouver de l'aide », is the page's first stop.
  await portal.keyboard.press('Tab');
  await portal.keyboard.press('Enter');
  const panelFrame = () => portal.frames().find((frame) => frame.url().includes('/panel/panel.html'));
  const deadline = Date.now() + 15_000;
  while (!panelFrame()) {
    if (Date.now() > deadline) throw new Error('the panel did not open');
    await portal.waitForTimeout(100);
  }
  const panel = panelFrame();
  await panel.locator('mediation-finder li.card').first().waitFor({ timeout: 20_000 });
  await portal.waitForTimeout(500);
  await save(portal, 'store-1-portal-panel.png');

  // The worker's popup at its size, after two clicks, shown on a plain 1280 × 800 backdrop.
  const popup = await context.newPage();
  await popup.setViewportSize(POPUP);
  await popup.goto(page('popup/popup.html'));
  await popup.getByRole('group', { name: 'Démarche' }).getByRole('button', { name: 'RSA' }).click();
  await popup
    .getByRole('group', { name: 'Ce qui bloque' })
    .getByRole('button', { name: 'N’y arrive pas' })
    .click();
  await popup.locator('mediation-finder li.card').first().waitFor({ timeout: 20_000 });
  const picture = (await popup.screenshot()).toString('base64');
  const backdrop = await context.newPage();
  await backdrop.setViewportSize(SIZE);
  await backdrop.setContent(
    `<body style="margin:0;height:100vh;display:grid;place-items:center;background:#e8edf4">
       <img alt="" src="data:image/png;base64,${picture}" width="${POPUP.width}" height="${POPUP.height}"
            style="box-shadow:0 6px 24px rgb(0 0 0 / 25%);border-radius:8px">
     </body>`,
  );
  await backdrop.locator('img').evaluate((img) => img.decode());
  await save(backdrop, 'store-2-worker-popup.png');
} finally {
  await context.close();
  server.close();
}
