#!/usr/bin/env node
/**
 * Builds the message catalogue's templates from xliff/ at the repository's root, with
 * lit-localize.json's settings, in two sets: src/messages/generated/locales/, one module per
 * language, for core's and the widget's messages, which the widget loads; and
 * src/messages/generated/cli-locales/, the data manager's reports (src/messages/report.ts), which
 * only the CLI loads. The extension's are written to its _locales by its own build. Neither weighs
 * on every language the widget loads.
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
const REPORT = 'packages/core/src/messages/report.ts';
const tsConfig = join(ROOT, '.tsconfig.messages-build.json');
const built = join(ROOT, '.lit-localize-build.json');

/** One set of templates: the catalogue's messages of `include`'s sources, into `output`. */
function build(include, exclude, output) {
  writeFileSync(tsConfig, JSON.stringify({ ...sources, include, exclude: [...sources.exclude, ...exclude] }));
  writeFileSync(
    built,
    JSON.stringify({
      ...config,
      tsConfig: './.tsconfig.messages-build.json',
      output: { ...config.output, ...output },
    }),
  );
  // lit-localize resolves localeCodesModule from the working directory, the rest from the config's.
  const run = spawnSync(join(PACKAGE, 'node_modules/.bin/lit-localize'), ['build', '--config', built], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  // The other set's messages (and the extension's, named by their browser.i18n keys) are left out
  // on purpose; a message of xliff/ that no source has is test/translations.test.mjs's to find.
  const left = /^\S+ message \w+ does not exist in canonical messages, skipping$/;
  for (const [text, stream] of [
    [run.stdout, process.stdout],
    [run.stderr, process.stderr],
  ]) {
    const said = (text ?? '').split('\n').filter((line) => line && !left.test(line));
    if (said.length) stream.write(`${said.join('\n')}\n`);
  }
  if (run.status !== 0) throw new Error(`lit-localize build failed (${run.error?.message ?? run.status})`);
}

try {
  build(
    sources.include.filter((p) => !p.startsWith(EXTENSION)),
    [REPORT],
    {},
  );
  build([REPORT], [], {
    outputDir: './packages/core/src/messages/generated/cli-locales',
    localeCodesModule: './packages/core/src/messages/generated/cli-locales/locale-codes.ts',
  });
} finally {
  rmSync(tsConfig, { force: true });
  rmSync(built, { force: true });
}
