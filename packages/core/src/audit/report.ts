import type { DepartementResult } from './departement.js';
import type { Tally } from './engine.js';
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
  /** (commune, need) pairs that break it. */
  violations: number;
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
): { invariants: InvariantReport[]; hard: number; communes: number; departements: DepartementTiming[] } {
  const communes = results.reduce((n, r) => n + r.communes, 0);
  const pairs = communes * needs;
  const reports = invariants.map((invariant): InvariantReport => {
    const entries: WorstEntry[] = [];
    let violations = 0;
    let affected = 0;
    for (const result of results) {
      const line = result.lines.broken[invariant.id];
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
      share: pairs ? violations / pairs : 0,
      communes: affected,
      worst: entries.slice(0, worst),
    };
  });
  return {
    invariants: reports,
    hard: reports.filter((r) => r.severity === 'hard').reduce((n, r) => n + r.violations, 0),
    communes,
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
