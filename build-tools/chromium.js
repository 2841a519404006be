/**
 * Debian's Chromium on this closed network: without these flags it tries to reach Google's
 * services and its connections are refused (see ../shared/TOOLCHAIN.md). Shared by the component
 * tests (web-test-runner) and the end-to-end tests (playwright-core).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
