import type { Commune } from '../geo/gazetteer.js';
import type { Place } from '../places/place.js';
import type { Coverage, CoverageRow } from './coverage.js';
import { type AuditEngine, type CommuneFindings, communeLocation, type Tally } from './engine.js';

/** What the audit of one département's communes found. */
export interface DepartementResult {
  departement: string;
  communes: number;
  population: number;
  /** Classes oriented, over all its communes (each at limits 10 and 5). */
  classes: number;
  orientations: number;
  /** Communes where an invariant broke. */
  findings: CommuneFindings[];
  /** The line invariants, checked at one commune (the most populous) for the whole département. */
  lines: { insee: string; name: string; population: number; broken: Record<string, Tally> };
  coverage?: { rows: CoverageRow[]; places: Record<string, { nom: string; commune: string }> };
}

/** The commune whose lines stand for its département's: the most populous. */
export function mainCommune(communes: readonly Commune[]): Commune | undefined {
  return [...communes].sort((a, b) => b.population - a.population || a.insee.localeCompare(b.insee))[0];
}

/** Audits one département's communes (all of the same département), with their doors. */
export function auditDepartement(
  engine: AuditEngine,
  departement: string,
  communes: readonly Commune[],
  doors: readonly Place[],
  coverage?: Coverage,
): DepartementResult {
  const before = engine.orientations;
  const findings: CommuneFindings[] = [];
  let classes = 0;
  const rows: CoverageRow[] = [];
  const named: Record<string, { nom: string; commune: string }> = {};
  for (const commune of communes) {
    const found = engine.auditCommune(commune, doors);
    classes += found.classes;
    if (Object.keys(found.broken).length) findings.push(found);
    if (coverage) {
      const { row, places } = coverage.at(commune, communeLocation(engine.gazetteer, commune));
      rows.push(row);
      for (const place of places) named[place.id] = { nom: place.nom, commune: place.commune };
    }
  }
  const main = mainCommune(communes);
  const lines = main
    ? {
        insee: main.insee,
        name: main.name,
        population: main.population,
        broken: engine.auditLines(main, doors),
      }
    : { insee: '', name: '', population: 0, broken: {} };
  return {
    departement,
    communes: communes.length,
    population: communes.reduce((n, c) => n + c.population, 0),
    classes,
    orientations: engine.orientations - before,
    findings,
    lines,
    ...(coverage ? { coverage: { rows, places: named } } : {}),
  };
}
