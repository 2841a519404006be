import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { auditPlan } from '../audit/engine.js';
import { DATA_GAPS } from '../audit/gaps.js';
import { INVARIANTS } from '../audit/invariants.js';
import { summarizeAudit, type TimedResult } from '../audit/report.js';
import { AUDIT_SAMPLE } from '../audit/sample.js';
import type { Commune, Gazetteer } from '../geo/gazetteer.js';
import { LOCALES } from '../messages/catalogue.js';
import { writeCoverage } from './audit-coverage.js';
import { type AuditRun, formatAudit } from './audit-format.js';
import { type AuditPool, openPool } from './audit-pool.js';
import type { AuditSetup } from './audit-session.js';
import { CliError, loadGazetteer } from './load.js';
import { useLocale } from './locale.js';

export const AUDIT_USAGE = `  audit [--data DIR|FILE] [--departement CODE… | --sample] [--json] [--coverage DIR [--tiles URL [--tiles-attribution TEXT]]]
        [--at ISO-8601] [--today YYYY-MM-DD] [--locale ${LOCALES.join('|')}] [--workers N] [--verify N] [--worst N]
                          Orients every commune (or those of --departement) for every need of the
                          catalogue and checks the invariants (core README, "Audit"): per
                          invariant, the violations and the worst communes. --sample: the
                          départements CI audits, one of each kind of territory. --coverage DIR
                          writes coverage.csv and coverage.html (the distance from each commune
                          to the nearest door of each kind). --data: the shipped dataset by
                          default. Exit code 1 when a hard invariant breaks.
`;

/** Where `pnpm run data` builds the shipped dataset, relative to this module. */
const DEFAULT_DATA = new URL('../../data/places', import.meta.url);

type Output = { write(text: string): unknown };

/** The communes an audit visits: today's communes and the arrondissements of Paris, Lyon, Marseille. */
export function auditedCommunes(gazetteer: Gazetteer, departements: readonly string[] = []): Commune[] {
  const known = new Set(gazetteer.communes.map((c) => c.departement));
  for (const code of departements)
    if (!known.has(code))
      throw new CliError(`unknown --departement "${code}" (a code such as 01, 2A, 75, 971)`);
  const wanted = new Set(departements);
  return gazetteer.communes.filter(
    (c) =>
      (c.type === 'COM' || c.type === 'ARM') &&
      c.latitude !== null &&
      (wanted.size === 0 || wanted.has(c.departement)),
  );
}

/** Communes where classes are checked: the most and least populous of `count` départements spread over the codes. */
export function verificationCommunes(communes: readonly Commune[], count: number): Commune[][] {
  const byDepartement = groupByDepartement(communes);
  const codes = [...byDepartement.keys()].sort();
  if (count <= 0 || codes.length === 0) return [];
  const picked = new Set<string>();
  for (let i = 0; i < Math.min(count, codes.length); i++) {
    const at =
      count === 1 ? 0 : Math.round((i * (codes.length - 1)) / (Math.min(count, codes.length) - 1 || 1));
    picked.add(codes[at] as string);
  }
  return [...picked].map((code) => {
    const list = [...(byDepartement.get(code) ?? [])].sort((a, b) => b.population - a.population);
    const first = list[0] as Commune;
    const last = list[list.length - 1] as Commune;
    return first === last ? [first] : [first, last];
  });
}

function groupByDepartement(communes: readonly Commune[]): Map<string, Commune[]> {
  const groups = new Map<string, Commune[]>();
  for (const c of communes) {
    const list = groups.get(c.departement);
    if (list) list.push(c);
    else groups.set(c.departement, [c]);
  }
  return groups;
}

export interface Verification {
  communes: string[];
  orientations: number;
  placeSplits: string[];
  lineSplits: string[];
  /** Whether the doors were narrowed to each person's own (see `ownDoorsOnly`). */
  narrowDoors: boolean;
  warnings: string[];
}

/**
 * Checks the needs' classes on real communes before the audit relies on them; needs that orient
 * apart from their class are split off (the audit stays exact, only slower), and said.
 */
async function verify(pool: AuditPool, pairs: Commune[][]): Promise<Verification> {
  const replies = await Promise.all(
    pairs.map((pair) => Promise.all(pair.map((c) => pool.run({ type: 'verify', insee: c.insee })))),
  );
  const placeSplits = new Set<string>();
  const lineSplits = new Set<string>();
  const warnings: string[] = [];
  let orientations = 0;
  let doorsMatter = false;
  for (const [p, pair] of replies.entries()) {
    const verified = pair.flatMap((r) => (r?.type === 'verified' ? [r] : []));
    for (const r of verified) {
      orientations += r.orientations;
      for (const need of r.placeSplits) placeSplits.add(need);
      for (const need of r.lineSplits) lineSplits.add(need);
      doorsMatter ||= r.doorsMatter;
    }
    const [a, b] = verified;
    if (a && b) {
      const differ = Object.keys(a.lines).filter((key) => a.lines[key] !== b.lines[key]);
      if (differ.length) {
        const names = (pairs[p] as Commune[]).map((c) => `${c.name} (${c.insee})`).join(' and ');
        warnings.push(
          `the lines of ${differ.length} classes differ between ${names}: the line invariants are checked at one commune per département, and may miss some here`,
        );
      }
    }
  }
  if (placeSplits.size || lineSplits.size || doorsMatter) {
    await pool.broadcast({
      type: 'plan',
      placeSplits: [...placeSplits],
      lineSplits: [...lineSplits],
      narrowDoors: !doorsMatter,
    });
  }
  if (placeSplits.size || lineSplits.size)
    warnings.push(
      `${placeSplits.size + lineSplits.size} needs orient apart from their class (audit/needs.ts misses an input orient reads): each is oriented on its own`,
    );
  if (doorsMatter)
    warnings.push(
      "orient answers differently with other communes' town halls among the doors: every door of the département is passed",
    );
  return {
    communes: pairs.flat().map((c) => c.insee),
    orientations,
    placeSplits: [...placeSplits],
    lineSplits: [...lineSplits],
    narrowDoors: !doorsMatter,
    warnings,
  };
}

function parseDay(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) throw new CliError(`${option} must be a date (ISO 8601), not "${value}"`);
  return date.toISOString();
}

function parseCount(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new CliError(`${option} must be a whole number, not "${value}"`);
  return n;
}

export async function auditCommand(args: string[], stdout: Output, stderr: Output): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      data: { type: 'string' },
      departement: { type: 'string', multiple: true },
      sample: { type: 'boolean' },
      json: { type: 'boolean' },
      coverage: { type: 'string' },
      tiles: { type: 'string' },
      'tiles-attribution': { type: 'string' },
      at: { type: 'string' },
      today: { type: 'string' },
      locale: { type: 'string' },
      workers: { type: 'string' },
      verify: { type: 'string' },
      worst: { type: 'string' },
      gazetteer: { type: 'string' },
    },
  });
  const locale = await useLocale(values.locale ?? 'en');
  if (values.tiles && !/^https:\/\/[^\s]*\{z\}[^\s]*\{x\}[^\s]*\{y\}/.test(values.tiles))
    throw new CliError(`--tiles must be an https:// template with {z}, {x} and {y}, not "${values.tiles}"`);
  if (values.tiles && !values.coverage) throw new CliError('--tiles goes with --coverage DIR');
  const at = parseDay(values.at, '--at') ?? new Date().toISOString();
  const today = parseDay(values.today, '--today');
  const workers = parseCount(values.workers, '--workers', availableParallelism());
  const verifyCount = parseCount(values.verify, '--verify', 6);
  const worst = parseCount(values.worst, '--worst', 10);
  const data = values.data ?? DEFAULT_DATA.pathname;
  const gazetteer = await loadGazetteer(values.gazetteer);
  if (values.sample && values.departement?.length)
    throw new CliError('--sample audits its own départements: give it or --departement, not both');
  const departements = values.sample ? AUDIT_SAMPLE.map((d) => d.departement) : values.departement;
  const communes = auditedCommunes(gazetteer, departements);
  if (communes.length === 0) throw new CliError('no located commune to audit');

  const started = performance.now();
  const setup: AuditSetup = {
    data,
    ...(values.gazetteer ? { gazetteer: values.gazetteer } : {}),
    ...(today ? { today } : {}),
    at,
    coverage: values.coverage !== undefined,
  };
  const groups = [...groupByDepartement(communes)].sort((a, b) => b[1].length - a[1].length);
  const pool = await openPool(setup, Math.min(workers, groups.length));
  const long = communes.length > 2000;
  let results: TimedResult[];
  let verification: Verification;
  try {
    verification = await verify(pool, verificationCommunes(communes, verifyCount));
    let done = 0;
    results = await Promise.all(
      groups.map(async ([departement, list]) => {
        const reply = await pool.run({
          type: 'departement',
          departement,
          communes: list.map((c) => c.insee),
        });
        if (reply?.type !== 'done') throw new Error(`audit: no result for département ${departement}`);
        done++;
        if (long)
          stderr.write(
            `audit: ${departement} done (${list.length} communes, ${reply.result.orientations} orientations, ${(reply.result.ms / 1000).toFixed(1)} s) — ${done}/${groups.length}\n`,
          );
        return reply.result;
      }),
    );
  } finally {
    await pool.close();
  }
  const plan = auditPlan();
  const summary = summarizeAudit(results, INVARIANTS, plan.needs.length, worst);
  const classes = results.reduce((n, r) => n + r.classes, 0);
  const report: AuditRun = {
    data,
    places: pool.places,
    at,
    communes: summary.communes,
    departements: results.length,
    needs: plan.needs.length,
    classes: {
      place: plan.classes.length,
      perCommune: Math.round((classes / summary.communes) * 10) / 10,
      line: plan.lineClasses.length,
    },
    orientations: results.reduce((n, r) => n + r.orientations, 0) + verification.orientations,
    seconds: Math.round(performance.now() - started) / 1000,
    workers: pool.size,
    verification,
    invariants: summary.invariants,
    hard: summary.hard,
    gaps: DATA_GAPS.filter((g) => results.some((r) => g.departements.includes(r.departement))).map((g) => ({
      departements: g.departements,
      why: g.why,
      violations: summary.gapViolations.get(g) ?? 0,
      closed: summary.closedGaps.includes(g),
    })),
    timing: summary.departements,
    ...(values.coverage
      ? {
          coverage: await writeCoverage(values.coverage, results, gazetteer, locale, {
            at,
            data,
            ...(values.tiles ? { tiles: values.tiles } : {}),
            ...(values['tiles-attribution'] ? { attribution: values['tiles-attribution'] } : {}),
          }),
        }
      : {}),
  };
  stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatAudit(report));
  return report.hard > 0 ? 1 : 0;
}
