import { basename } from 'node:path';
import { mergePlaces } from '../places/merge.js';
import type { ReadReport } from '../places/read.js';

export interface FileSummary {
  file: string;
  format: string | null;
  encoding: string;
  rows: number;
  accepted: number;
  approximate: number;
  rejected: number;
  /** Accepted rows of this file folded into a place of this or another file. */
  merged: number;
  warnings: number;
  notes: string[];
  topRejections: Array<{ reason: string; count: number; example: string }>;
}

export interface ValidationSummary {
  files: FileSummary[];
  total: {
    rows: number;
    accepted: number;
    approximate: number;
    rejected: number;
    merged: number;
    places: number;
  };
}

/** Groups messages that differ only by their values ("unknown postal code 12345"). */
export function reasonKind(message: string): string {
  return message
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\([^)]*\)/g, '(…)')
    .replace(/-?\d+([.,]\d+)?/g, 'N');
}

function top(messages: string[], limit: number): FileSummary['topRejections'] {
  const counts = new Map<string, { count: number; example: string }>();
  for (const message of messages) {
    const kind = reasonKind(message);
    const entry = counts.get(kind);
    if (entry) entry.count++;
    else counts.set(kind, { count: 1, example: message });
  }
  return [...counts.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([reason, { count, example }]) => ({ reason, count, example }));
}

export function summarize(reports: ReadReport[]): ValidationSummary {
  const all = reports.flatMap((report) => report.places);
  const { places, report: merge } = mergePlaces(all);
  // A file's place survives a merge as the lead of its group; the other rows were merged into it.
  const leads = new Set(places.map((p) => `${p.provenance[0]?.file}\u0000${p.provenance[0]?.id}`));
  const files = reports.map((report): FileSummary => {
    const merged = report.places.filter((p) => !leads.has(`${report.file}\u0000${p.id}`)).length;
    return {
      file: report.file,
      format: report.format,
      encoding: report.encoding,
      rows: report.rows,
      accepted: report.accepted,
      approximate: report.approximate,
      rejected: report.rejected.length,
      merged,
      warnings: report.warnings.length,
      notes: report.notes,
      topRejections: top(
        report.rejected.flatMap((r) => r.messages),
        5,
      ),
    };
  });
  const sum = (key: 'rows' | 'accepted' | 'approximate' | 'rejected') =>
    files.reduce((n, f) => n + f[key], 0);
  return {
    files,
    total: {
      rows: sum('rows'),
      accepted: sum('accepted'),
      approximate: sum('approximate'),
      rejected: sum('rejected'),
      merged: merge.merged,
      places: places.length,
    },
  };
}

export function formatSummary(summary: ValidationSummary): string {
  const header = ['file', 'format', 'rows', 'accepted', 'approximate', 'rejected', 'merged'];
  const rows = summary.files.map((f) => [
    basename(f.file),
    f.format ?? 'unknown',
    ...[f.rows, f.accepted, f.approximate, f.rejected, f.merged].map(String),
  ]);
  const t = summary.total;
  rows.push(['total', '', ...[t.rows, t.accepted, t.approximate, t.rejected, t.merged].map(String)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const out = [line(header), ...rows.map(line), '', `${t.places} places after merging duplicates.`];
  for (const file of summary.files) {
    if (file.notes.length === 0 && file.topRejections.length === 0) continue;
    out.push('', `${basename(file.file)}:`);
    for (const note of file.notes) out.push(`  note: ${note}`);
    for (const r of file.topRejections) out.push(`  ${String(r.count).padStart(6)} × ${r.example}`);
  }
  return `${out.join('\n')}\n`;
}
