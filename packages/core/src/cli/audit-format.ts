import type { CoverageSummary } from '../audit/coverage.js';
import type { DepartementTiming, InvariantReport } from '../audit/report.js';
import type { Verification } from './audit.js';

/** What `mediation-finder audit --json` prints (the core README's "Audit" section). */
export interface AuditRun {
  data: string;
  places: number;
  at: string;
  communes: number;
  departements: number;
  /** Needs per commune (procedure × difficulty × situation × travel). */
  needs: number;
  classes: { place: number; perCommune: number; line: number };
  orientations: number;
  seconds: number;
  workers: number;
  verification: Verification;
  invariants: InvariantReport[];
  /** (commune, need) pairs that break a hard invariant: the exit code is 1 when above 0. */
  hard: number;
  /** Known gaps of the data (`DATA_GAPS`) in the départements audited: what broke there, and why. */
  gaps: Array<{ departements: readonly string[]; why: string; violations: number; closed: boolean }>;
  timing: DepartementTiming[];
  coverage?: { csv: string; html: string; summary: CoverageSummary[] };
}

const n = (value: number) => value.toLocaleString('en');
const share = (value: number) =>
  value === 0 ? '0%' : value < 0.0001 ? '<0.01%' : `${(value * 100).toFixed(value < 0.01 ? 2 : 1)}%`;

/** The audit for a data manager's terminal: headings in English, like the rest of the CLI. */
export function formatAudit(run: AuditRun): string {
  const lines = [
    `Audit of ${run.data} (${n(run.places)} places) at ${run.at}`,
    `${n(run.communes)} communes in ${run.departements} département${run.departements > 1 ? 's' : ''} × ${n(run.needs)} needs: ${run.classes.place} place classes (${run.classes.perCommune} per commune once merged on what is within reach), ${n(run.classes.line)} line classes per département`,
    `${n(run.orientations)} orientations in ${run.seconds.toFixed(1)} s on ${run.workers} thread${run.workers > 1 ? 's' : ''}`,
    `Classes checked at ${run.verification.communes.length} communes (${n(run.verification.orientations)} orientations): ${
      run.verification.warnings.length
        ? run.verification.warnings.join('; ')
        : 'every need orients as its class'
    }`,
    '',
  ];
  const width = Math.max(...run.invariants.map((i) => i.id.length));
  lines.push(
    `${'invariant'.padEnd(width)}  severity  ${'violations'.padStart(12)}  ${'share'.padStart(6)}  communes`,
  );
  for (const i of run.invariants)
    lines.push(
      `${i.id.padEnd(width)}  ${i.severity.padEnd(8)}  ${n(i.violations).padStart(12)}  ${share(i.share).padStart(6)}  ${n(i.communes)}`,
    );
  lines.push('', 'Violations count (commune, need) pairs. Worst communes:');
  for (const i of run.invariants) {
    if (i.violations === 0) continue;
    lines.push('', `${i.id} (${i.severity}): ${i.rule}`);
    for (const w of i.worst) {
      const where =
        w.scope === 'departement'
          ? `département ${w.departement} (all ${n(w.communes ?? 0)} communes; seen at ${w.name}, ${w.insee})`
          : `${w.name} (${w.insee}, ${n(w.population)} people)`;
      lines.push(`  ${where}: ${n(w.violations)} needs — e.g. ${w.example.need}: ${w.example.detail}`);
    }
  }
  if (run.coverage) {
    lines.push('', `Coverage: ${run.coverage.csv}, ${run.coverage.html}`);
    lines.push('kind                  people farther than 10 km / 20 km / 30 km (none within 200 km)');
    for (const s of run.coverage.summary) {
      const pct = (value: number) => (s.population ? `${((value / s.population) * 100).toFixed(1)}%` : '-');
      lines.push(
        `  ${s.kind.padEnd(20)}  ${s.beyond.map((b) => `${n(b)} (${pct(b)})`).join(' / ')} (${n(s.none)})`,
      );
    }
  }
  for (const gap of run.gaps)
    lines.push(
      '',
      gap.closed
        ? `Known data gap of ${gap.departements.join(', ')} broke nothing here: remove it from DATA_GAPS (src/audit/gaps.ts).`
        : `Known data gap of ${gap.departements.join(', ')}: ${n(gap.violations)} (commune, need) pairs, not counted as hard. ${gap.why}`,
    );
  lines.push('', run.hard > 0 ? `${n(run.hard)} hard violations: exit code 1.` : 'No hard violation.');
  return `${lines.join('\n')}\n`;
}
