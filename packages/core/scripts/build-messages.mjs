#!/usr/bin/env node
/**
 * Builds the message catalogue's templates (src/messages/generated/, one module per language)
 * from xliff/ at the repository's root, with lit-localize.json's settings, for core's and the
 * widget's messages only: the extension's are written to its _locales by its own build, and
 * would only weigh on every language the widget loads.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = resolve(PACKAGE, '../..');
const EXTENSION = 'packages/extension/';

const config = JSON.parse(readFileSync(join(ROOT, 'lit-localize.json'), 'utf8'));
const sources = JSON.parse(readFileSync(join(ROOT, config.tsConfig), 'utf8'));
const tsConfig = join(ROOT, '.tsconfig.messages-build.json');
const built = join(ROOT, '.lit-localize-build.json');
try {
  writeFileSync(
    tsConfig,
    JSON.stringify({ ...sources, include: sources.include.filter((p) => !p.startsWith(EXTENSION)) }),
  );
  writeFileSync(built, JSON.stringify({ ...config, tsConfig: './.tsconfig.messages-build.json' }));
  // lit-localize resolves localeCodesModule from the working directory, the rest from the config's.
  const run = spawnSync(join(PACKAGE, 'node_modules/.bin/lit-localize'), ['build', '--config', built], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  // The extension's messages (named by their browser.i18n keys, not hashes) are left out on purpose.
  const left = /^\S+ message (?!s[0-9a-f]{16} )\w+ does not exist in canonical messages, skipping$/;
  for (const [text, stream] of [
    [run.stdout, process.stdout],
    [run.stderr, process.stderr],
  ]) {
    const said = (text ?? '').split('\n').filter((line) => line && !left.test(line));
    if (said.length) stream.write(`${said.join('\n')}\n`);
  }
  if (run.status !== 0) throw new Error(`lit-localize build failed (${run.error?.message ?? run.status})`);
} finally {
  rmSync(tsConfig, { force: true });
  rmSync(built, { force: true });
}
