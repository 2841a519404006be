import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize, relative } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../build-tools/chromium.js';
import { startServer } from '../scripts/serve.mjs';

export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Playwright gives each launch a fresh temporary profile.
    args: CHROMIUM_FLAGS,
  });
}

/**
 * Opens a page that records console errors and every request leaving 127.0.0.1 (which it
 * aborts: the product must work offline).
 */
export async function openPage(browser) {
  const page = await browser.newPage();
  const consoleErrors = [];
  const outsideRequests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.continue();
    outsideRequests.push(url.href);
    return route.abort();
  });
  return { page, consoleErrors, outsideRequests };
}

/** Runs axe-core in the page and returns its violations. */
export async function axeViolations(page) {
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  // Evaluated through the devtools protocol: the pages' strict CSP stays on for everything else.
  const { readFile } = await import('node:fs/promises');
  await page.evaluate(await readFile(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const result = await globalThis.axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/**
 * For a test suite: the examples served on 127.0.0.1 and one Chromium, both closed afterwards.
 * Returns an object whose `base` and `browser` are set once the suite has started.
 */
export function servedExamples() {
  const context = { base: '', browser: null, server: null };
  before(async () => {
    const started = await startServer(0);
    context.server = started.server;
    context.base = started.url;
    context.browser = await launchChromium();
  });
  after(async () => {
    await context.browser?.close();
    context.server?.close();
  });
  return context;
}

const CONTENT_TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.tsv': 'text/tab-separated-values',
  '.txt': 'text/plain',
};

/**
 * A plain static server on 127.0.0.1 (no compression, no fallback page: what an institution's
 * server does): `routes` maps a URL prefix to a folder, or to a function giving an HTML page.
 * Resolves once listening; `urlOf(server)` is its address.
 */
export function serveFolders(routes) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    for (const [prefix, target] of Object.entries(routes)) {
      if (!path.startsWith(prefix)) continue;
      if (typeof target === 'function') {
        response.writeHead(200, { 'content-type': 'text/html' }).end(target());
        return;
      }
      const rest = path.slice(prefix.length);
      const file = join(target, rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest);
      if (!relative(target, file).startsWith('..') && existsSync(file) && statSync(file).isFile()) {
        const type = CONTENT_TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
        response.writeHead(200, { 'content-type': type }).end(readFileSync(file));
        return;
      }
    }
    response.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export const urlOf = (server) => `http://127.0.0.1:${server.address().port}/`;
