import { parseArgs } from 'node:util';
import { CliError, loadGazetteer, readFiles } from './load.js';
import { formatSummary, summarize } from './validate.js';

const USAGE = `Usage: mediation-finder <command> [options]

Commands:
  validate FILE…   Read places files (standard v1 or v0 CSV/JSON, France Services, data·inclusion)
                   and print, per file, rows read, accepted, approximate, rejected and merged,
                   with the main rejection reasons.
      --json             print the summary as JSON
      --gazetteer FILE   communes gazetteer (default: the one built by "pnpm run data")
      --today YYYY-MM-DD date used to flag stale rows (default: today)
`;

type Output = { write(text: string): unknown };

export async function main(argv: string[], stdout: Output, stderr: Output): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'validate':
        return await validate(rest, stdout);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        stdout.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new CliError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof CliError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      stderr.write(`mediation-finder: ${(error as Error).message}\n`);
      if (!(error instanceof CliError) || /unknown command/.test((error as Error).message))
        stderr.write(USAGE);
      return 2;
    }
    throw error;
  }
}

function parseToday(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(`${value}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime())) {
    throw new CliError(`--today must be a date as YYYY-MM-DD, not "${value}"`);
  }
  return date;
}

async function validate(args: string[], stdout: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      gazetteer: { type: 'string' },
      today: { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new CliError('validate needs at least one FILE');
  const gazetteer = await loadGazetteer(values.gazetteer);
  const reports = await readFiles(positionals, gazetteer, parseToday(values.today));
  const summary = summarize(reports);
  stdout.write(values.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
  // A file in which nothing could be read is an error for scripts; rejected rows are not.
  return summary.files.some((f) => f.rows > 0 && f.accepted === 0) ||
    summary.files.some((f) => f.format === null && f.rows > 0)
    ? 1
    : 0;
}
