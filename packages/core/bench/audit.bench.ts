/**
 * The audit over every commune of France (or BENCH_AUDIT_DEPARTEMENTS="48 2A"), as a data manager
 * or CI runs it: the time in all and per département, the orientations run, and the CPU time.
 * Prints figures; asserts nothing. Needs the shipped dataset ("pnpm run build" or "pnpm run data").
 *   pnpm bench:audit            (BENCH_AUDIT_WORKERS=N to choose the threads; default: every core)
 */
import { cpus } from 'node:os';
import type { AuditRun } from '../src/cli/audit-format.js';
import { main } from '../src/cli/main.js';

const departements = (process.env.BENCH_AUDIT_DEPARTEMENTS ?? '').split(/[\s,]+/).filter(Boolean);
const args = [
  'audit',
  '--json',
  '--at',
  '2026-11-24T10:00:00+01:00',
  ...departements.flatMap((code) => ['--departement', code]),
  ...(process.env.BENCH_AUDIT_WORKERS ? ['--workers', process.env.BENCH_AUDIT_WORKERS] : []),
];
let out = '';
const started = performance.now();
const code = await main(args, { write: (t: string) => (out += t) }, process.stderr);
if (code === 2) process.exit(2);
const seconds = (performance.now() - started) / 1000;
const run = JSON.parse(out) as AuditRun;
const cpu = run.timing.reduce((n, d) => n + d.cpuSeconds, 0);
const fmt = (n: number) => n.toLocaleString('en');

console.log(
  `audit of ${departements.length ? departements.join(' ') : 'France'}: node ${process.version}, ${cpus().length} cores, ${run.workers} threads`,
);
console.log(
  `${fmt(run.communes)} communes × ${fmt(run.needs)} needs: ${run.classes.place} place classes, ${run.classes.perCommune} per commune, each at limits 10 and 5`,
);
console.log(
  `whole run      ${seconds.toFixed(1)} s (${(seconds / 60).toFixed(1)} min), ${fmt(run.orientations)} orientations, ${fmt(Math.round(run.orientations / seconds))} per second`,
);
console.log(
  `départements   ${cpu.toFixed(1)} s of CPU in the threads, ${((cpu * 1000) / run.orientations).toFixed(3)} ms per orientation`,
);
console.log('per département (wall s, in its thread):');
const cells = run.timing.map(
  (d) =>
    `${d.departement.padEnd(3)} ${String(d.communes).padStart(4)} com ${d.seconds.toFixed(1).padStart(6)} s`,
);
for (let i = 0; i < cells.length; i += 4) console.log(`  ${cells.slice(i, i + 4).join('   ')}`);
const slowest = [...run.timing].sort((a, b) => b.seconds - a.seconds).slice(0, 3);
console.log(`slowest: ${slowest.map((d) => `${d.departement} (${d.seconds.toFixed(1)} s)`).join(', ')}`);
