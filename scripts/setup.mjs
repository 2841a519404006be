#!/usr/bin/env node
/**
 * Installs what the project needs on a fresh machine, then returns: pnpm (from npm) and the
 * workspace's packages. With --browsers, also Chromium (and its languages) and Firefox ESR from Debian's packages
 * (needed by the tests, not by the demo). Idempotent: it skips what is already there.
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const say = (message) => process.stderr.write(`setup: ${message}\n`);
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const run = (command) => execSync(command, { stdio: 'inherit' });

if (process.argv.includes('--browsers')) {
  const missing = [
    ['chromium', '/usr/bin/chromium'],
    // Chromium's own languages: the extension speaks the browser's (tested in French, Arabic, English).
    ['chromium-l10n', '/usr/lib/chromium/locales/fr.pak'],
    ['firefox-esr', '/usr/bin/firefox-esr'],
  ].filter(([, path]) => !existsSync(path));
  if (missing.length) {
    const names = missing.map(([name]) => name).join(' ');
    if (process.getuid?.() !== 0) {
      say(`the tests need ${names}: install them with "sudo apt-get install -y ${names}" and run again`);
      process.exit(1);
    }
    say(`installing ${names} from Debian's packages`);
    run('apt-get update -qq');
    run(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${names}`);
  }
}

if (!has('pnpm')) {
  say('installing pnpm 12 from npm');
  run('npm install --global --no-fund --no-audit pnpm@12');
}
run('pnpm install --frozen-lockfile --reporter=silent');
