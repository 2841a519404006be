import type { Body, Procedure } from './types.js';

/**
 * How a list of procedures is grouped for a person choosing one: by the body they deal with,
 * the bodies people know together side by side (the ANTS and the ANTAI both for papers and the
 * car; the MDPH and the département's APA both for disability and old age). Ids are a public
 * contract; the groups' names are the message catalogue's (`procedureGroupLabel`).
 */
export const PROCEDURE_GROUPS = [
  'caf',
  'health',
  'taxes',
  'papers',
  'work',
  'pension',
  'residence',
  'housing',
  'studies',
  'disability',
  'other',
] as const;

export type ProcedureGroup = (typeof PROCEDURE_GROUPS)[number];

/** Every body in one group: a new body fails to compile until it is placed. */
const GROUP_OF: Record<Body, ProcedureGroup> = {
  caf: 'caf',
  'assurance-maladie': 'health',
  msa: 'health',
  impots: 'taxes',
  ants: 'papers',
  antai: 'papers',
  'france-travail': 'work',
  formation: 'work',
  urssaf: 'work',
  retraite: 'pension',
  interieur: 'residence',
  logement: 'housing',
  energie: 'housing',
  renovation: 'housing',
  etudes: 'studies',
  education: 'studies',
  mdph: 'disability',
  departement: 'disability',
  franceconnect: 'other',
  'service-public': 'other',
  elections: 'other',
  transport: 'other',
  autre: 'other',
};

/** The procedures in their groups, groups in `PROCEDURE_GROUPS`' order, empty groups left out. */
export function groupProcedures(
  procedures: readonly Procedure[],
): Array<{ group: ProcedureGroup; procedures: Procedure[] }> {
  return PROCEDURE_GROUPS.map((group) => ({
    group,
    procedures: procedures.filter((p) => (GROUP_OF[p.body] ?? 'other') === group),
  })).filter((g) => g.procedures.length > 0);
}
