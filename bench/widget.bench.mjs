/**
 * The citizen's first answer on a slow phone (`pnpm bench:widget`), in Chromium with a phone
 * profile: CPU slowed 4×, network 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip, 360 px wide,
 * a fresh profile (no cache) each time. Two paths, 5 interleaved rounds, medians:
 *
 * - a page that presets the postal code (`<mediation-finder postal-code="77000" …>`): from the
 *   start of navigation to the first places on screen;
 * - a person typing a town's name ("Melun"), picking the suggestion and searching: from the
 *   first key to the first places.
 *
 * Bytes are those transferred (brotli, as static hosts and CDNs send text they compress once,
 * `scripts/serve.mjs`; gzip with `BENCH_ENCODING=gzip`) before the first places, the page's own
 * HTML excluded. A first unmeasured round lets the server make its compressed copies. Runs against the built widget
 * (`pnpm run build` first), served by scripts/serve.mjs, offline.
 *
 * Beside it, in the same rounds, the ANCT national map's web component (v5,
 * `<fr-mediation-numerique-cartographie>`) on Hinaura's 687 places around Lyon, when npm can
 * install it at bench time and ../shared/data holds that file (nothing of it is committed): from
 * the start of navigation to its first results on screen, with the finder preset on Lyon for
 * the same area. Its map style and fonts come from the internet, which the bench never uses.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../build-tools/chromium.js';
import { startServer } from '../scripts/serve.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/** `BENCH_ONLY=preset,lyon`: only those paths (preset, typed, lyon, anct), to compare two builds quickly. */
const ONLY = process.env.BENCH_ONLY?.split(',');
const wanted = (path) => !ONLY || ONLY.includes(path);
const PHONE = { latency: 150, download: 1.6e6 / 8, upload: 750e3 / 8, cpu: 4 };
// Issue 24's goal for a first answer: 1.2 s and 100 KB (and 5× faster than the ANCT map, printed beside).
const GOALS = { preset: 1200, typed: 2500, bytes: 100 * 1024 };
const SHARED = process.env.MEDIATION_FINDER_SHARED_DATA ?? join(ROOT, '../shared/data');
const ANCT = { name: '@gouvfr-anct/cartographie-nationale', version: '5.22.0' };
const HINAURA =
  'mediation_numerique/regional/hinaura-lieux-de-mediation-numeriques-auvergne-rhone-alpes.json';

const page = (body) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>bench</title><script type="module" src="/widget/mediation-finder.js"></script></head>
<body>${body}</body></html>`;

await mkdir(join(ROOT, 'build/bench'), { recursive: true });
await writeFile(
  join(ROOT, 'build/bench/preset.html'),
  page('<mediation-finder postal-code="77000" procedure="caf-rsa" difficulty="learn"></mediation-finder>'),
);
await writeFile(
  join(ROOT, 'build/bench/typed.html'),
  page('<mediation-finder procedure="caf-rsa" difficulty="learn"></mediation-finder>'),
);

await writeFile(
  join(ROOT, 'build/bench/lyon.html'),
  page('<mediation-finder postal-code="69001" procedure="caf-rsa" difficulty="learn"></mediation-finder>'),
);

/** Installs the ANCT component into build/bench/anct (once); the reason when it cannot. */
function prepareAnct() {
  const dir = join(ROOT, 'build/bench/anct');
  if (!existsSync(join(SHARED, HINAURA))) return `${HINAURA} is not in ${SHARED}`;
  if (!existsSync(join(dir, 'cartographie.js'))) {
    const unpacked = mkdtempSync(join(tmpdir(), 'anct-'));
    try {
      const tarball = execFileSync(
        'npm',
        ['pack', `${ANCT.name}@${ANCT.version}`, '--pack-destination', unpacked, '--silent'],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 },
      ).trim();
      mkdirSync(dir, { recursive: true });
      execFileSync('tar', ['-xzf', join(unpacked, tarball), '-C', dir, '--strip-components=1']);
    } catch (error) {
      return `npm could not install ${ANCT.name}@${ANCT.version} (${String(error.message).split('\n')[0]})`;
    } finally {
      rmSync(unpacked, { recursive: true, force: true });
    }
  }
  copyFileSync(join(SHARED, HINAURA), join(dir, 'hinaura.json'));
  // Its router reads the page's path under <base>: the page is the folder itself.
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="fr"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>bench</title><base href="/build/bench/anct/" /><link href="/build/bench/anct/styles.css" rel="stylesheet" /></head>
<body class="vh-100"><fr-mediation-numerique-cartographie source="/build/bench/anct/hinaura.json" latitude="45.764" longitude="4.836" zoom="12"></fr-mediation-numerique-cartographie>
<script src="/build/bench/anct/cartographie.js" type="module"></script></body></html>
`,
  );
  return null;
}
const anctMissing = prepareAnct();

const ENCODING = process.env.BENCH_ENCODING === 'gzip' ? 'gzip' : 'br';
const { server, url } = await startServer(0, '127.0.0.1', { brotli: ENCODING === 'br' });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_FLAGS,
});

async function phonePage() {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE.latency,
    downloadThroughput: PHONE.download,
    uploadThroughput: PHONE.upload,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
  // Nothing leaves 127.0.0.1 (map tiles included).
  await tab.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  await tab.addInitScript(() => {
    // The waterfall's marks: the script evaluated (the element defined), the search's answer
    // (the orient event), the first places painted, and the main thread's long tasks.
    window.benchMarks = {};
    window.longTasks = [];
    customElements.whenDefined('mediation-finder').then(() => {
      window.benchMarks.defined ??= performance.now();
    });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
    document.addEventListener('mediation-finder-orient', () => {
      window.benchMarks.orient ??= performance.now();
      requestAnimationFrame(() => {
        window.firstPlaces ??= performance.now();
      });
    });
  });
  return { context, tab };
}

/** Bytes transferred for resources that ended before `until` (the page's HTML excluded). */
const bytesBefore = (tab, until) =>
  tab.evaluate(
    (end) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.responseEnd <= end)
        .reduce((sum, entry) => sum + entry.transferSize, 0),
    until,
  );

/**
 * Where the time went before `until` (ms from the start of navigation): each request's start and
 * end (the page's HTML included), the element defined, the answer, the long tasks.
 */
const waterfallBefore = (tab, until) =>
  tab.evaluate((end) => {
    const [navigation] = performance.getEntriesByType('navigation');
    const requests = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.responseEnd <= end)
      .map((entry) => ({
        name: new URL(entry.name).pathname.split('/').slice(-2).join('/'),
        start: entry.startTime,
        end: entry.responseEnd,
        bytes: entry.transferSize,
      }));
    if (navigation)
      requests.unshift({ name: 'the page (HTML)', start: 0, end: navigation.responseEnd, bytes: 0 });
    return { requests, marks: window.benchMarks, tasks: window.longTasks.filter(([start]) => start < end) };
  }, until);

/** From the start of navigation to the first places of a page (`prepare` marks them otherwise). */
async function firstPlacesOf(path, prepare) {
  const { context, tab } = await phonePage();
  if (prepare) await tab.addInitScript(prepare);
  await tab.goto(`${url}${path}`);
  await tab.waitForFunction(() => window.firstPlaces !== undefined, null, { timeout: 120_000 });
  const ms = await tab.evaluate(() => window.firstPlaces);
  const result = { ms, bytes: await bytesBefore(tab, ms), waterfall: await waterfallBefore(tab, ms) };
  await context.close();
  return result;
}

const preset = () => firstPlacesOf('build/bench/preset.html');
const lyon = () => firstPlacesOf('build/bench/lyon.html');
/** The ANCT component: its first results ("687 résultats") on screen. */
const anct = () =>
  firstPlacesOf('build/bench/anct/', () => {
    const seen = () => {
      if (window.firstPlaces === undefined && /\d+\s+résultats?/.test(document.body?.textContent ?? ''))
        requestAnimationFrame(() => {
          window.firstPlaces ??= performance.now();
        });
    };
    new MutationObserver(seen).observe(document, { subtree: true, childList: true, characterData: true });
  });

async function typed() {
  const { context, tab } = await phonePage();
  await tab.goto(`${url}build/bench/typed.html`);
  const where = tab.locator('mediation-finder #where');
  await where.waitFor({ timeout: 120_000 });
  const start = await tab.evaluate(() => performance.now());
  await where.pressSequentially('Melun');
  await tab.locator('mediation-finder [role="option"]').first().waitFor({ timeout: 120_000 });
  await where.press('ArrowDown');
  await where.press('Enter');
  await where.press('Enter');
  await tab.waitForFunction(() => window.firstPlaces !== undefined, null, { timeout: 120_000 });
  const end = await tab.evaluate(() => window.firstPlaces);
  const result = {
    ms: end - start,
    bytes: await bytesBefore(tab, end),
    waterfall: { ...(await waterfallBefore(tab, end)), from: start },
  };
  await context.close();
  return result;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const runs = { preset: [], typed: [], lyon: [], anct: [] };
for (let round = -1; round < ROUNDS; round++) {
  if (round === -1) {
    // Unmeasured: the server compresses each file once, as a CDN does before it caches it.
    for (const [path, run] of [
      ['preset', preset],
      ['typed', typed],
      ['lyon', lyon],
      ['anct', anct],
    ])
      if (wanted(path) && (!anctMissing || path === 'preset' || path === 'typed')) await run();
    continue;
  }
  if (wanted('preset')) runs.preset.push(await preset());
  if (wanted('typed')) runs.typed.push(await typed());
  if (!anctMissing) {
    if (wanted('lyon')) runs.lyon.push(await lyon());
    if (wanted('anct')) runs.anct.push(await anct());
  }
}
await browser.close();
server.close();

const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
/** A table row of medians; with a goal, the goal and whether it is met. */
const row = (name, list, goal) => {
  if (!list.length) return `| ${name.padEnd(40)} | not run (BENCH_ONLY) |                     |      |`;
  const ms = median(list.map((r) => r.ms));
  const bytes = median(list.map((r) => r.bytes));
  if (goal === undefined)
    return `| ${name.padEnd(40)} | ${s(ms).padStart(7)}             | ${kb(bytes).padStart(7)}             |      |`;
  const ok = ms <= goal && bytes <= GOALS.bytes ? 'yes' : 'no';
  return `| ${name.padEnd(40)} | ${s(ms).padStart(7)} (≤ ${s(goal)}) | ${kb(bytes).padStart(7)} (≤ ${kb(GOALS.bytes)}) | ${ok.padEnd(4)} |`;
};
console.log(
  `<mediation-finder> on a phone profile (CPU ×${PHONE.cpu}, ${(PHONE.download * 8e-6).toFixed(1)} Mbit/s, ${PHONE.latency} ms, ${ENCODING === 'br' ? 'brotli' : 'gzip'}), ${ROUNDS} rounds, medians`,
);
console.log(
  `| path                                     | first places        | bytes before them   | goal |`,
);
console.log(
  `| ---------------------------------------- | ------------------- | ------------------- | ---- |`,
);
console.log(row('postal code preset (77000)', runs.preset, GOALS.preset));
console.log(row('typing a town name ("Melun")', runs.typed, GOALS.typed));
if (!anctMissing) {
  console.log(row('postal code preset, Lyon (69001)', runs.lyon));
  console.log(row(`ANCT map v${ANCT.version}, Hinaura (687), Lyon`, runs.anct));
}
/** The round whose time is the median's: its waterfall is the one printed. */
const medianRound = (list) => {
  const ms = median(list.map((r) => r.ms));
  return list.find((r) => r.ms === ms);
};

/**
 * A waterfall as text: each request from its start to its end on a 50-column scale, its bytes,
 * then the marks and the main thread's long tasks (script evaluation, parsing, the search, the
 * first render). Times in ms from the start of navigation (typed: from the first key).
 */
function printWaterfall(title, { ms, waterfall }) {
  const from = waterfall.from ?? 0;
  const total = ms + from;
  const column = (t) => Math.max(0, Math.min(50, Math.round(((t - from) / ms) * 50)));
  const bar = (start, end) => {
    const a = column(start);
    const b = Math.max(a + 1, column(end));
    return `${' '.repeat(a)}${'█'.repeat(b - a)}`.padEnd(51);
  };
  const at = (t) => String(Math.round(t - from)).padStart(5);
  console.log(`\n${title}: where the ${s(ms)} go (the median round)`);
  for (const r of waterfall.requests.filter((r) => r.end > from)) {
    console.log(
      `  ${at(r.start)} → ${at(r.end)} ms |${bar(r.start, r.end)}| ${kb(r.bytes).padStart(6)}  ${r.name}`,
    );
  }
  const { defined, orient } = waterfall.marks;
  if (defined !== undefined && defined > from)
    console.log(`  ${at(defined)}         |${bar(defined, defined)}| script evaluated, element defined`);
  if (orient !== undefined)
    console.log(`  ${at(orient)}         |${bar(orient, orient)}| search answered (mediation-finder-orient)`);
  console.log(`  ${at(total)}         |${bar(total, total)}| first places painted`);
  const tasks = waterfall.tasks.filter(([start]) => start >= from);
  console.log(
    `  main thread: ${Math.round(tasks.reduce((n, [, d]) => n + d, 0))} ms in ${tasks.length} long tasks (${tasks
      .map(([start, d]) => `${Math.round(d)} ms at ${Math.round(start - from)}`)
      .join(', ')})`,
  );
}
if (runs.preset.length) printWaterfall('postal code preset (77000)', medianRound(runs.preset));
if (runs.typed.length) printWaterfall('typing a town name ("Melun")', medianRound(runs.typed));
if (runs.lyon.length) printWaterfall('postal code preset, Lyon (69001)', medianRound(runs.lyon));
console.log(
  anctMissing
    ? `\nThe ANCT map component is not run beside it: ${anctMissing}.`
    : `\nThe ANCT map component (${ANCT.name}@${ANCT.version}, installed from npm for this run) counts from navigation to its first results; its map style, fonts and tiles are on the internet, which this bench never uses.`,
);
