/**
 * `web-ext lint` (addons-linter, as AMO runs it on a submission) on a built Firefox extension,
 * with the few warnings we accept, each for a reason; anything else is a problem.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The warnings we accept: code, file and why. Never an error, never the manifest. */
export const ACCEPTED_WARNINGS = [
  // Lit's templates: the finder's template strings become a <template>'s innerHTML once, our
  // own markup with no data in it (data is bound to the nodes afterwards, never as HTML).
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^finder\/chunks\/define-[\w-]+\.js$/ },
  // Leaflet's controls and markers: fixed markup and the attribution the finder passes (the
  // data's credit, escaped by the widget); no tiles unless an embedder sets them.
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^finder\/chunks\/finder-map-[\w-]+\.js$/ },
  // zod's feature probe `new Function("")` (raw CSV/JSON files): under the extension's CSP it
  // throws, zod catches it and validates without compiled code (an end-to-end test reads a raw
  // file under a strict CSP).
  { code: 'DANGEROUS_EVAL', file: /^finder\/chunks\/read-file-[\w-]+\.js$/ },
];

const accepted = (message) =>
  message.type === 'warning' &&
  ACCEPTED_WARNINGS.some(({ code, file }) => message.code === code && file.test(message.file ?? ''));

/** addons-linter's messages on a built extension folder (errors, warnings and notices alike). */
export function lint(sourceDir) {
  const args = ['lint', '--source-dir', sourceDir, '--self-hosted', '--output=json', '--boring'];
  let stdout;
  try {
    stdout = execFileSync(join(PACKAGE, 'node_modules/.bin/web-ext'), args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, WEB_EXT_NO_UPDATE_CHECK: '1' },
    });
  } catch (error) {
    // web-ext exits 1 on errors; its report is still on stdout.
    stdout = error.stdout;
  }
  const report = JSON.parse(stdout.slice(stdout.indexOf('{')));
  return [
    ...report.errors.map((message) => ({ ...message, type: 'error' })),
    ...report.warnings.map((message) => ({ ...message, type: 'warning' })),
    ...report.notices.map((message) => ({ ...message, type: 'notice' })),
  ];
}

/** What lint says that we do not accept, as lines to print. */
export function lintProblems(sourceDir) {
  return lint(sourceDir)
    .filter((message) => !accepted(message))
    .map(({ type, code, file, message }) => `${type} ${code} ${file ?? ''}: ${message}`);
}
