import type { DepartementResult } from './departement.js';
import type { Tally } from './engine.js';
import { DATA_GAPS, type DataGap, gapOf } from './gaps.js';
import type { Invariant } from './invariants.js';

/** A commune (or, for the line invariants, a whole département) where an invariant broke. */
export interface WorstEntry {
  insee: string;
  name: string;
  departement: string;
  population: number;
  /** Needs that break it in this commune (in each commune of the département, for `departement` scope). */
  violations: number;
  example: { need: string; detail: string };
  /** `departement`: found at its most populous commune, and true of all its communes (the lines). */
  scope: 'commune' | 'departement';
  communes?: number;
}

export interface InvariantReport {
  id: string;
  severity: 'hard' | 'soft';
  rule: string;
  /** (commune, need) pairs that break it, known data gaps apart. */
  violations: number;
  /**
   * (commune, need) pairs that break it where the data is known to lack what it needs
   * (`DATA_GAPS`): counted apart, never hard.
   */
  gaps: number;
  /** Share of all (commune, need) pairs audited. */
  share: number;
  communes: number;
  worst: WorstEntry[];
}

export interface DepartementTiming {
  departement: string;
  communes: number;
  orientations: number;
  seconds: number;
  cpuSeconds: number;
}

/** The timing a host adds to each département's result. */
export type TimedResult = DepartementResult & { ms: number; cpuMs: number };

/** Adds up the départements' results into one report per invariant, worst communes first. */
export function summarizeAudit(
  results: readonly TimedResult[],
  invariants: readonly Invariant[],
  needs: number,
  worst = 10,
  gaps: readonly DataGap[] = DATA_GAPS,
): {
  invariants: InvariantReport[];
  hard: number;
  communes: number;
  departements: DepartementTiming[];
  /** Known gaps of the data that broke nothing in this audit: to remove from `DATA_GAPS`. */
  closedGaps: DataGap[];
  /** The (commune, need) pairs each known gap holds, all its invariants together. */
  gapViolations: Map<DataGap, number>;
} {
  const used = new Set<DataGap>();
  const gapViolations = new Map<DataGap, number>();
  const communes = results.reduce((n, r) => n + r.communes, 0);
  const pairs = communes * needs;
  const reports = invariants.map((invariant): InvariantReport => {
    const entries: WorstEntry[] = [];
    let violations = 0;
    let inGaps = 0;
    let affected = 0;
    for (const result of results) {
      const gap = gapOf(result.departement, invariant.id, gaps);
      const line = result.lines.broken[invariant.id];
      const broken = (line ? 1 : 0) + result.findings.filter((c) => c.broken[invariant.id]).length;
      if (gap) {
        // Known to the data's managers: counted apart, not listed among the routing's faults.
        if (broken) used.add(gap);
        const pairs =
          (line ? line.needs * result.communes : 0) +
          result.findings.reduce((n, c) => n + (c.broken[invariant.id]?.needs ?? 0), 0);
        inGaps += pairs;
        gapViolations.set(gap, (gapViolations.get(gap) ?? 0) + pairs);
        continue;
      }
      if (line) {
        violations += line.needs * result.communes;
        entries.push(departementEntry(result, line));
      }
      let here = 0;
      for (const commune of result.findings) {
        const tally = commune.broken[invariant.id];
        if (!tally) continue;
        violations += tally.needs;
        here++;
        entries.push({
          insee: commune.insee,
          name: commune.name,
          departement: commune.departement,
          population: commune.population,
          violations: tally.needs,
          example: tally.example,
          scope: 'commune',
        });
      }
      affected += line ? result.communes : here;
    }
    entries.sort(
      (a, b) => b.violations - a.violations || b.population - a.population || a.insee.localeCompare(b.insee),
    );
    return {
      id: invariant.id,
      severity: invariant.severity,
      rule: invariant.rule,
      violations,
      gaps: inGaps,
      share: pairs ? violations / pairs : 0,
      communes: affected,
      worst: entries.slice(0, worst),
    };
  });
  return {
    invariants: reports,
    hard: reports.filter((r) => r.severity === 'hard').reduce((n, r) => n + r.violations, 0),
    communes,
    gapViolations,
    closedGaps: gaps.filter(
      (g) => !used.has(g) && results.some((r) => g.departements.includes(r.departement)),
    ),
    departements: results
      .map((r) => ({
        departement: r.departement,
        communes: r.communes,
        orientations: r.orientations,
        seconds: Math.round(r.ms) / 1000,
        cpuSeconds: Math.round(r.cpuMs) / 1000,
      }))
      .sort((a, b) => a.departement.localeCompare(b.departement)),
  };
}

function departementEntry(result: TimedResult, tally: Tally): WorstEntry {
  return {
    insee: result.lines.insee,
    name: result.lines.name,
    departement: result.departement,
    population: result.population,
    violations: tally.needs,
    example: tally.example,
    scope: 'departement',
    communes: result.communes,
  };
}
