import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../build-tools/chromium.js';
import { hostileServer } from './test/hostile-server.mjs';

/**
 * Component tests in real browsers, against the built bundle in dist/ (what embedders load):
 * every test in headless Chromium, the main path in Firefox ESR too. Nothing leaves 127.0.0.1.
 */

const chromium = playwrightLauncher({
  product: 'chromium',
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
  },
});

const firefox = chromeLauncher({
  launchOptions: {
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
  },
});

export default {
  nodeResolve: true,
  middleware: [hostileServer],
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  groups: [
    { name: 'chromium', files: 'src/**/*.test.ts', browsers: [chromium] },
    { name: 'firefox', files: 'src/finder/main-path.test.ts', browsers: [firefox] },
  ],
};
