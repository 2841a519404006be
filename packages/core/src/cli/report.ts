import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { problemFix, problemLabel, reportWords } from '../messages/report.js';
import type { ReadReport, RowNote } from '../places/reader.js';
import { CliError } from './load.js';
import { PROBLEM_CODES, type ProblemCode, problemOf } from './problems.js';

/** How many of a reason's lines the text report names: the rest are in the CSV report. */
const FIRST_LINES = 5;

interface Group {
  code: ProblemCode;
  column: string;
  /** Rows with this reason (a row is counted once per reason). */
  rows: number;
  /** Where to look: the file's line numbers (a JSON file's record numbers, "#12"). */
  first: string[];
  /** One of the reader's own sentences, with its value. */
  example: string;
}

/** Where a row is, as its file shows it: its first line (CSV), else its record number (JSON). */
const whereOf = (note: RowNote): string => (note.line !== undefined ? String(note.line) : `#${note.row}`);

/** A file's rejected rows and warnings, by reason, the most frequent first. */
function groups(notes: readonly RowNote[]): Group[] {
  const byCode = new Map<ProblemCode, Group>();
  for (const note of notes) {
    const seen = new Set<ProblemCode>();
    for (const message of note.messages) {
      const { code, column } = problemOf(message);
      if (seen.has(code)) continue;
      seen.add(code);
      let group = byCode.get(code);
      if (!group) {
        group = { code, column, rows: 0, first: [], example: message };
        byCode.set(code, group);
      }
      group.rows++;
      if (group.first.length < FIRST_LINES) group.first.push(whereOf(note));
    }
  }
  const order = (code: ProblemCode) => PROBLEM_CODES.indexOf(code);
  return [...byCode.values()].sort((a, b) => b.rows - a.rows || order(a.code) - order(b.code));
}

/**
 * The reasons of every file, grouped, each with how to fix it and the first lines to look at,
 * rejections first, then the warnings summarised: a few lines for 792 placeholder SIRETs, not 792.
 * In the active locale (`useLocale`).
 */
export function formatProblems(reports: readonly ReadReport[]): string {
  const out: string[] = [];
  const section = (title: string, list: Group[], withFix: boolean) => {
    if (list.length === 0) return;
    out.push(`  ${title}`);
    for (const group of list) {
      const lines = group.first.join(', ') + (group.rows > group.first.length ? '…' : '');
      const label = problemLabel(group.code);
      out.push(
        `    ${group.column ? reportWords.groupInColumn(label, group.column, group.rows, lines) : reportWords.group(label, group.rows, lines)}`,
      );
      // The reader's own sentence, with a value: what a reason's name alone does not say.
      if (withFix || group.code === 'other' || group.code === 'invalid-field')
        out.push(`      ${JSON.stringify(group.example)}`);
      if (withFix) out.push(`      ${reportWords.fix(problemFix(group.code))}`);
    }
  };
  for (const report of reports) {
    const rejected = groups(report.rejected);
    const warnings = groups(report.warnings);
    if (!rejected.length && !warnings.length && !report.notes.length) continue;
    out.push('', `${basename(report.file)}:`);
    if (report.notes.length) out.push(`  ${reportWords.notes()}`, ...report.notes.map((n) => `    ${n}`));
    section(reportWords.rejected(), rejected, true);
    section(reportWords.warnings(), warnings, false);
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

/** A CSV cell: quoted, and never read as a formula by a spreadsheet (a row's value may start with `=`). */
function cell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export const CSV_COLUMNS = ['file', 'line', 'id', 'column', 'code', 'severity', 'message', 'detail', 'fix'];

/**
 * One row per problem: the file, the line to look at (a JSON file's record number, "#12"), the
 * row's id, the column, the reason's code, whether the row was rejected or published with a
 * warning, the reason in words, the reader's own sentence (with the value), and how to fix it.
 * UTF-8 with a BOM, so that a spreadsheet reads its accents.
 */
export function problemsCsv(reports: readonly ReadReport[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const report of reports)
    for (const [severity, notes] of [
      ['rejected', report.rejected],
      ['warning', report.warnings],
    ] as const)
      for (const note of notes)
        for (const message of note.messages) {
          const { code, column } = problemOf(message);
          rows.push(
            [
              report.file,
              whereOf(note),
              note.id ?? '',
              column,
              code,
              severity,
              problemLabel(code),
              message,
              problemFix(code),
            ]
              .map(cell)
              .join(','),
          );
        }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** Writes the CSV report, or says what to change. */
export async function writeProblemsCsv(path: string, reports: readonly ReadReport[]): Promise<void> {
  await writeFile(path, problemsCsv(reports)).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`cannot write the report ${path}: ${error.code ?? error.message}`);
  });
}

/** The report's language: `--locale`, else the environment's (LC_ALL, LC_MESSAGES, LANG), else English. */
export function reportLocale(option: string | undefined, env = process.env): 'fr' | 'en' {
  if (option !== undefined) {
    if (option === 'fr' || option === 'en') return option;
    throw new CliError(`unknown --locale "${option}" for a report (fr or en)`);
  }
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^fr(?:[_.@-]|$)/i.test(tag) ? 'fr' : 'en';
}
