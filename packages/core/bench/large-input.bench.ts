/**
 * Large inputs: `validate` and `build` of a 200,000-row file with 10,000 rows at one point, as
 * the data manager runs them (the CLI in its own process, which prints its time and peak
 * memory), and the merge of a crowd at one point alone. Prints figures; asserts nothing.
 *   pnpm bench            (after "pnpm run build")
 *   BENCH_ROWS=600000 BENCH_AT_ONE_POINT=10000 pnpm bench
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Gazetteer } from '../src/geo/gazetteer.js';
import { mergePlaces } from '../src/places/merge.js';
import { readPlaces } from '../src/places/reader.js';
import { writeLargeInput } from './large-input.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 200_000);
const AT_ONE_POINT = Number(process.env.BENCH_AT_ONE_POINT ?? 10_000);
const GAZETTEER = new URL('../data/gazetteer.tsv', import.meta.url);
const CLI = new URL('../bin/mediation-finder.js', import.meta.url).pathname;

const gazetteer = Gazetteer.parse(readFileSync(GAZETTEER, 'utf8'));
const folder = mkdtempSync(join(tmpdir(), 'mf-large-'));
try {
  const input = join(folder, 'consolidated-history.csv');
  const bytes = await writeLargeInput(input, gazetteer, { rows: ROWS, atOnePoint: AT_ONE_POINT });
  console.log(
    `input: ${ROWS} rows (${AT_ONE_POINT} at one point), ${(bytes / 1e6).toFixed(0)} MB, node ${process.version}`,
  );
  for (const command of [
    ['validate', input],
    ['build', input, '--out', join(folder, 'dataset')],
  ]) {
    const run = spawnSync(process.execPath, [CLI, ...command], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (run.status !== 0) throw new Error(`${command[0]} failed: ${run.stderr}`);
    // The CLI's last line on standard error: "<rows> rows in <s> s, peak memory <MB> MB".
    const figures = run.stderr.trim().split('\n').pop();
    console.log(`${(command[0] as string).padEnd(9)} ${figures}`);
  }
  // The merge alone, on a crowd at one point (the rows of the file above that sit there).
  const crowd = readPlaces(
    readFileSync(input, 'utf8')
      .split('\n', AT_ONE_POINT + 1)
      .join('\n'),
    {
      file: 'crowd.csv',
      gazetteer,
    },
  ).places;
  const start = performance.now();
  const { report } = mergePlaces(crowd);
  console.log(
    `merge     ${crowd.length} places at one point in ${(performance.now() - start).toFixed(0)} ms (${report.output} after merging)`,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}
