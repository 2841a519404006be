import { parseArgs } from 'node:util';
import { buildDataset } from '../dataset/build.js';
import { orientationToJson } from '../json/orientation.js';
import { LOCALES } from '../messages/catalogue.js';
import { bringLabel, procedureLabel } from '../messages/procedures.js';
import { summaryWords } from '../messages/report.js';
import type { RestrictedPublic } from '../places/classification.js';
import type { ReadReport } from '../places/reader.js';
import { PROCEDURES } from '../procedures/catalogue.js';
import { portalsOf } from '../procedures/match.js';
import {
  BELONGS_TO_IDS,
  DIFFICULTIES,
  type Difficulty,
  MODALITY_IDS,
  type Need,
  PUBLIC_IDS,
  SUPPORT_IDS,
} from '../routing/need.js';
import { OrientError } from '../routing/orient.js';
import { SITUATIONS, type Situation } from '../routing/remote.js';
import { DataError } from '../search/files.js';
import { DatasetPlaces } from '../search/places.js';
import { AUDIT_USAGE, auditCommand } from './audit.js';
import { writeDataset } from './dataset.js';
import { CliError, checkReadable, findGazetteer, loadGazetteer, readFiles, type Skipped } from './load.js';
import { useLocale } from './locale.js';
import { formatOrientation, openData, runOrientation } from './orient.js';
import { formatProblems, reportLocale, writeProblemsCsv } from './report.js';
import { safeOutput } from './terminal.js';
import { dataDateText, formatSummary, summarizeReports } from './validate.js';

const USAGE = `Usage: mediation-finder <command> [options]

Commands:
  validate FILE… [--locale fr|en] [--report FILE.csv] [--json]
                          Read places files (standard v1 or v0 CSV/JSON, France Services,
                          data·inclusion) and print, per file, rows read, accepted, approximate,
                          rejected and merged, then the problems grouped by reason with how to
                          fix them and the file's line numbers; --report: every problem in a CSV.
  build FILE… --out DIR [--allow-shrink] [--strict] [--attribution TEXT]
        [--locale fr|en] [--report FILE.csv]
                          Merge, deduplicate and shard by département (dense ones in parts of
                          80 places) into DIR: manifest.json, places-<shard>-<hash>.json,
                          doors-<dép.>-<part>-<hash>.json (a commune's town halls in one part),
                          directory-…, report.json. Deterministic. Built beside DIR and swapped in
                          when complete; only the dataset's own files are replaced. Refuses a
                          dataset with half the places of the one it replaces, unless
                          --allow-shrink. An input that cannot be read is skipped, named
                          (--strict refuses instead). The attribution names the inputs read.
  procedures [--locale ${LOCALES.join('|')}] [--json]
                          The procedure catalogue: ids and labels (default en).
  orient --data FILE|DIR --where "77000"|"Melun"|"48.54,2.66"
         [--procedure ID] [--difficulty ${DIFFICULTIES.join('|')}]
         [--public ${Object.keys(PUBLIC_IDS).join('|')}]… [--support ${Object.keys(SUPPORT_IDS).join('|')}]…
         [--modality ${Object.keys(MODALITY_IDS).join('|')}]… [--situation ${SITUATIONS.join('|')}]…
         [--belongs-to ${BELONGS_TO_IDS.join('|')}]…
         [--language CODE] [--free] [--without-appointment] [--open] [--cannot-travel]
         [--at ISO-8601] [--max-km N] [--limit N] [--territory CODES] [--locale ${LOCALES.join('|')}] [--json]
                          Who should help, in order, with reasons; ranked places; remote help.
                          --territory: an institution's territory, its places first among those of
                          their kind: départements, communes (INSEE) and EPCIs (SIREN), e.g.
                          "77 91" or "200072130".
                          --language: a language the person speaks; --locale: the language of
                          the sentences a person would read (default en).
                          --belongs-to: a public the person belongs to, which opens the places
                          reserved to it (residents of a shelter, patients, young people of
                          16 to 25…); others never see them.
${AUDIT_USAGE}
Common options:
  --gazetteer FILE        communes gazetteer (default: the package's own, else @mediation-finder/data's)
  --today YYYY-MM-DD      date used to flag stale rows (default: today)
`;

type Output = { write(text: string): unknown };

export async function main(
  argv: string[],
  rawStdout: Output,
  rawStderr: Output & { isTTY?: boolean },
): Promise<number> {
  if (rawStdout === process.stdout) stopQuietlyWhenReaderLeaves();
  // Datasets' text reaches the terminal: no control character is printed as it is.
  const stdout = safeOutput(rawStdout);
  const stderr: Output & { isTTY?: boolean } = { ...safeOutput(rawStderr), isTTY: rawStderr.isTTY === true };
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'validate':
        return await validate(rest, stdout, stderr);
      case 'build':
        return await build(rest, stdout, stderr);
      case 'procedures':
        return await procedures(rest, stdout);
      case 'orient':
        return await orientCommand(rest, stdout, stderr);
      case 'audit':
        return await auditCommand(rest, stdout, stderr);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        (command === undefined ? stderr : stdout).write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new CliError(`unknown command "${command}"`);
    }
  } catch (error) {
    return failed(error, stderr);
  }
}

let listening = false;

/**
 * A reader that stops early (`mediation-finder procedures | head`) is no error: the CLI stops
 * writing and exits 0, with no EPIPE stack trace.
 */
function stopQuietlyWhenReaderLeaves(): void {
  if (listening) return;
  listening = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

/**
 * What the CLI says of an error, and its exit code: 2 for a usage, reading or data problem (a
 * message naming it, no stack trace, as the README promises); 1 for anything else, said in one
 * line too (the trace with MEDIATION_FINDER_DEBUG=1).
 */
function failed(error: unknown, stderr: Output): number {
  const { message, code } = error as { message?: string; code?: unknown };
  const usage = typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
  if (error instanceof CliError || usage) {
    stderr.write(`mediation-finder: ${message}\n`);
    if (!(error instanceof CliError) || /unknown command/.test(message ?? ''))
      stderr.write('Run "mediation-finder --help" for the commands and options.\n');
    return 2;
  }
  if (error instanceof DataError || error instanceof OrientError) {
    stderr.write(`mediation-finder: ${message}\n`);
    return 2;
  }
  // A file system's refusal (EACCES, EISDIR, ENOSPC…): said, with the path it names.
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    stderr.write(`mediation-finder: ${message}\n`);
    return 2;
  }
  stderr.write(`mediation-finder: internal error: ${message ?? String(error)}\n`);
  if (process.env.MEDIATION_FINDER_DEBUG) stderr.write(`${(error as Error).stack ?? ''}\n`);
  else stderr.write('Set MEDIATION_FINDER_DEBUG=1 for its trace, and please report it.\n');
  return 1;
}

function parseDate(value: string | undefined, option: string): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) throw new CliError(`${option} must be a date (ISO 8601), not "${value}"`);
  return date;
}

function parseNumber(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0)
    throw new CliError(`${option} must be a positive number, not "${value}"`);
  return number;
}

const COMMON = { gazetteer: { type: 'string' }, today: { type: 'string' } } as const;
/** `validate`'s and `build`'s report: its language, and a CSV file of every problem. */
const REPORT = { locale: { type: 'string' }, report: { type: 'string' } } as const;

/**
 * Long work says how far it is on a terminal only (a nightly job's log gets none of it), and ends
 * with its time and peak memory on standard error when it was long (large inputs).
 */
function measured(
  stderr: Output,
  terminal: boolean,
): { progress: ((message: string) => void) | undefined; end: (rows: number) => void } {
  const start = performance.now();
  let said = false;
  return {
    progress: terminal
      ? (message) => {
          said = true;
          stderr.write(`${message}\n`);
        }
      : undefined,
    end: (rows) => {
      const seconds = (performance.now() - start) / 1000;
      if (!said && rows < 50_000 && seconds < 10) return;
      const peak = process.resourceUsage().maxRSS / 1024;
      stderr.write(`${rows} rows in ${seconds.toFixed(1)} s, peak memory ${Math.round(peak)} MB\n`);
    },
  };
}

async function validate(
  args: string[],
  stdout: Output,
  stderr: Output & { isTTY?: boolean },
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, ...REPORT, ...COMMON },
  });
  if (positionals.length === 0) throw new CliError('validate needs at least one FILE');
  // What was typed is checked before anything long is loaded: the first problem named is the user's.
  const today = parseDate(values.today, '--today');
  await useLocale(reportLocale(values.locale));
  await checkReadable(positionals);
  const work = measured(stderr, stderr.isTTY === true);
  const gazetteer = await loadGazetteer(values.gazetteer);
  const reports = await readFiles(positionals, gazetteer, today, work.progress);
  const summary = summarizeReports(reports);
  stdout.write(
    values.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary) + formatProblems(reports),
  );
  if (values.report) await writeProblemsCsv(values.report, reports);
  work.end(summary.total.rows);
  // A file that gives no place (empty, unreadable, every row rejected: a failed download in a
  // nightly job) is an error for scripts; some rejected rows are not.
  return summary.files.some((f) => f.accepted === 0) ? 1 : 0;
}

async function build(args: string[], stdout: Output, stderr: Output & { isTTY?: boolean }): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      'allow-shrink': { type: 'boolean' },
      strict: { type: 'boolean' },
      attribution: { type: 'string' },
      ...REPORT,
      ...COMMON,
    },
  });
  if (positionals.length === 0) throw new CliError('build needs at least one FILE');
  if (!values.out) throw new CliError('build needs --out DIR');
  if (values.attribution !== undefined && !values.attribution.trim())
    throw new CliError('--attribution needs a text (whose the data is, and its licence)');
  const today = parseDate(values.today, '--today');
  await useLocale(reportLocale(values.locale));
  const strict = values.strict ?? false;
  if (strict) await checkReadable(positionals);
  const work = measured(stderr, stderr.isTTY === true);
  const gazetteer = await loadGazetteer(values.gazetteer);
  // Without --strict, an input that cannot be read, or gives no place, is left out, named; the
  // others are built (the shrink guard still protects the published dataset).
  const skipped: Skipped[] = [];
  const read = await readFiles(
    positionals,
    gazetteer,
    today,
    work.progress,
    strict ? undefined : (s) => skipped.push(s),
  );
  // A refused build is when the reasons are read most: they are printed, and the CSV written,
  // before the refusal.
  const refuse = async (message: string, of: readonly ReadReport[] = read): Promise<never> => {
    if (values.report) await writeProblemsCsv(values.report, of);
    stdout.write(formatProblems(of));
    throw new CliError(message);
  };
  const reports: ReadReport[] = [];
  for (const report of read) {
    if (report.accepted > 0) {
      reports.push(report);
      continue;
    }
    const why = `no place could be read from ${report.file} (${report.rows ? `${report.rows} rows, none accepted` : report.notes.join('; ') || 'no rows'})`;
    if (strict) await refuse(`${why}: ${values.out} was left as it was`);
    skipped.push({ file: report.file, why });
  }
  for (const { why } of skipped)
    stderr.write(
      `warning: skipped: ${why}; the dataset is built from the other inputs (--strict refuses instead)\n`,
    );
  if (reports.length === 0) await refuse(`no input could be read: ${values.out} was left as it was`);
  const rows = reports.reduce((n, r) => n + r.rows, 0);
  work.progress?.(`merging ${reports.reduce((n, r) => n + r.accepted, 0)} places…`);
  const built = buildDataset(reports, gazetteer, {
    ...(values.attribution ? { attribution: values.attribution.trim() } : {}),
  });
  if (values.report) await writeProblemsCsv(values.report, reports);
  work.progress?.(`writing ${values.out}…`);
  try {
    await writeDataset(values.out, built, reports, { allowShrink: values['allow-shrink'] ?? false });
  } catch (error) {
    // Refused (a shrinking dataset, a lock, a folder it cannot write): the reasons first.
    if (error instanceof CliError) stdout.write(formatProblems(reports));
    throw error;
  }
  work.end(rows);
  const { manifest } = built;
  const shards = Object.keys(manifest.shards).length;
  const date = dataDateText(manifest.dataDate);
  stdout.write(`${summaryWords.built(manifest.places, manifest.merge.merged, shards, date, values.out)}\n`);
  stdout.write(formatProblems(reports));
  return 0;
}

async function procedures(args: string[], stdout: Output): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' }, locale: { type: 'string' } } });
  await useLocale(values.locale ?? 'en');
  if (values.json) {
    const listed = PROCEDURES.map((p) => ({
      ...p,
      label: procedureLabel(p),
      portals: portalsOf(p),
      ...(p.bring ? { bring: p.bring.map((id) => ({ id, label: bringLabel(id) })) } : {}),
    }));
    stdout.write(`${JSON.stringify(listed, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...PROCEDURES.map((p) => p.id.length));
  for (const p of PROCEDURES) stdout.write(`${p.id.padEnd(width)}  ${procedureLabel(p)}\n`);
  return 0;
}

async function orientCommand(args: string[], stdout: Output, stderr: Output): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      data: { type: 'string' },
      where: { type: 'string' },
      procedure: { type: 'string' },
      difficulty: { type: 'string' },
      public: { type: 'string', multiple: true },
      support: { type: 'string', multiple: true },
      modality: { type: 'string', multiple: true },
      situation: { type: 'string', multiple: true },
      'belongs-to': { type: 'string', multiple: true },
      language: { type: 'string' },
      free: { type: 'boolean' },
      'without-appointment': { type: 'boolean' },
      open: { type: 'boolean' },
      'cannot-travel': { type: 'boolean' },
      at: { type: 'string' },
      'max-km': { type: 'string' },
      limit: { type: 'string' },
      territory: { type: 'string' },
      locale: { type: 'string' },
      json: { type: 'boolean' },
      ...COMMON,
    },
  });
  const locale = await useLocale(values.locale ?? 'en');
  if (!values.data)
    throw new CliError('orient needs --data FILE|DIR (a places file or a dataset built by "build")');
  if (!values.where) throw new CliError('orient needs --where "77000", a town or "latitude,longitude"');
  const at = parseDate(values.at, '--at');
  const need: Need = {
    ...(values.procedure ? { procedure: values.procedure } : {}),
    ...(values.difficulty ? { difficulty: values.difficulty as Difficulty } : {}),
    ...(values.public ? { publics: values.public } : {}),
    ...(values.support ? { support: values.support } : {}),
    ...(values.modality ? { modalities: values.modality } : {}),
    ...(values.situation ? { situations: values.situation as Situation[] } : {}),
    ...(values['belongs-to'] ? { belongsTo: values['belongs-to'] as RestrictedPublic[] } : {}),
    ...(values.language ? { language: values.language } : {}),
    ...(values.free ? { freeOnly: true } : {}),
    ...(values['without-appointment'] ? { withoutAppointment: true } : {}),
    ...(values.open ? { openAt: at ?? new Date() } : {}),
    ...(values['cannot-travel'] ? { cannotTravel: true } : {}),
  };
  const maxKm = parseNumber(values['max-km'], '--max-km');
  const limit = parseNumber(values.limit, '--limit');
  const { gazetteer, folder } = await findGazetteer(values.gazetteer);
  const source = await openData(values.data, gazetteer, parseDate(values.today, '--today'), folder);
  const orientation = await runOrientation(source, {
    where: values.where,
    need,
    ...(values.territory !== undefined
      ? { area: values.territory, warn: (text: string) => stderr.write(text) }
      : {}),
    ...(at ? { at } : {}),
    ...(maxKm !== undefined ? { maxKm } : {}),
    ...(limit !== undefined ? { limit } : {}),
  });
  stdout.write(
    values.json
      ? `${JSON.stringify(orientationToJson(orientation), null, 2)}\n`
      : formatOrientation(orientation, locale),
  );
  // What a third party's dataset lost on the way (a field, a place), for its data manager.
  const places = await source.places;
  if (places instanceof DatasetPlaces)
    for (const problem of places.problems) stderr.write(`warning: ${problem}\n`);
  return 0;
}
