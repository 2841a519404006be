import { basename } from 'node:path';
import { summaryWords } from '../messages/report.js';
import {
  CLAIM_CONFIDENCES,
  CLAIM_EVIDENCES,
  type ClaimConfidence,
  type ClaimEvidence,
  RESTRICTED_PUBLICS,
  type RestrictedPublic,
  STRUCTURE_KINDS,
  type StructureKind,
} from '../places/classification.js';
import { mergePlaces } from '../places/merge.js';
import { type Place, POSITION_PRECISIONS, type PositionPrecision } from '../places/place.js';
import type { ReadReport } from '../places/reader.js';

export interface FileSummary {
  file: string;
  format: string | null;
  encoding: string;
  rows: number;
  accepted: number;
  approximate: number;
  rejected: number;
  /** Rows never published: shelters for women fleeing violence (`ReadReport.withheld`). */
  withheld: number;
  /** Accepted rows of this file folded into a place of this or another file. */
  merged: number;
  warnings: number;
  notes: string[];
  topRejections: Array<{ reason: string; count: number; example: string }>;
}

/** What the merged places are, and on what evidence (classification.ts). */
export interface ClassificationSummary {
  kinds: Array<{
    kind: StructureKind;
    places: number;
    byEvidence: Record<ClaimEvidence, number>;
    byConfidence: Record<ClaimConfidence, number>;
  }>;
  restricted: Record<RestrictedPublic, number>;
  positions: Record<PositionPrecision, number>;
  unknownDates: number;
  capabilities: { doesItForYou: number; doesItWithYou: number; stepByStep: number };
}

export function classificationSummary(places: readonly Place[]): ClassificationSummary {
  const zero = <K extends string>(keys: readonly K[]) =>
    Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  const kinds = new Map<StructureKind, ClassificationSummary['kinds'][number]>();
  const restricted = zero(RESTRICTED_PUBLICS);
  const positions = zero(POSITION_PRECISIONS);
  const capabilities = { doesItForYou: 0, doesItWithYou: 0, stepByStep: 0 };
  let unknownDates = 0;
  for (const place of places) {
    for (const claim of place.claims) {
      let entry = kinds.get(claim.kind);
      if (!entry) {
        entry = {
          kind: claim.kind,
          places: 0,
          byEvidence: zero(CLAIM_EVIDENCES),
          byConfidence: zero(CLAIM_CONFIDENCES),
        };
        kinds.set(claim.kind, entry);
      }
      entry.places++;
      entry.byEvidence[claim.evidence]++;
      entry.byConfidence[claim.confidence]++;
    }
    for (const publicId of place.restrictedTo) restricted[publicId]++;
    positions[place.quality.position]++;
    if (place.quality.unknownDate) unknownDates++;
    for (const key of ['doesItForYou', 'doesItWithYou', 'stepByStep'] as const) {
      if (place.capabilities[key]) capabilities[key]++;
    }
  }
  return {
    kinds: STRUCTURE_KINDS.flatMap((kind) => kinds.get(kind) ?? []),
    restricted,
    positions,
    unknownDates,
    capabilities,
  };
}

export interface ValidationSummary {
  files: FileSummary[];
  classification: ClassificationSummary;
  total: {
    rows: number;
    accepted: number;
    approximate: number;
    rejected: number;
    withheld: number;
    merged: number;
    places: number;
    /** Newest believable update date of the places, as `build` writes it in the manifest ("" if none). */
    dataDate: string;
  };
}

/** What `validate` and `build` say of the data's date: the same reading, the same words. */
export function dataDateText(dataDate: string): string {
  return dataDate ? summaryWords.dataDate(dataDate) : summaryWords.undated();
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

export function summarizeReports(reports: ReadReport[]): ValidationSummary {
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
      withheld: report.withheld.length,
      merged,
      warnings: report.warnings.length,
      notes: report.notes,
      topRejections: top(
        report.rejected.flatMap((r) => r.messages),
        5,
      ),
    };
  });
  const sum = (key: 'rows' | 'accepted' | 'approximate' | 'rejected' | 'withheld') =>
    files.reduce((n, f) => n + f[key], 0);
  return {
    files,
    classification: classificationSummary(places),
    total: {
      rows: sum('rows'),
      accepted: sum('accepted'),
      approximate: sum('approximate'),
      rejected: sum('rejected'),
      withheld: sum('withheld'),
      merged: merge.merged,
      places: places.length,
      dataDate: places.reduce((newest, p) => (p.date_maj && p.date_maj > newest ? p.date_maj : newest), ''),
    },
  };
}

export function formatSummary(summary: ValidationSummary): string {
  const words = summaryWords;
  const rows = summary.files.map((f) => [
    basename(f.file),
    f.format ?? words.unknownFormat(),
    ...[f.rows, f.accepted, f.approximate, f.rejected, f.merged].map(String),
  ]);
  const t = summary.total;
  rows.push([words.total(), '', ...[t.rows, t.accepted, t.approximate, t.rejected, t.merged].map(String)]);
  const out = [...table(words.columns(), rows, 2), '', words.places(t.places, dataDateText(t.dataDate))];
  out.push('', ...formatClassification(summary.classification));
  if (t.withheld) out.push(words.withheld(t.withheld));
  // Each file's notes, rejections and warnings follow, grouped by reason (report.ts).
  return `${out.join('\n')}\n`;
}

function formatClassification(c: ClassificationSummary): string[] {
  const words = summaryWords;
  const evidence = CLAIM_EVIDENCES.filter((e) => c.kinds.some((k) => k.byEvidence[e] > 0));
  // Kinds, evidences and publics are the data's codes, as the CSV report and the JSON give them.
  const header = [words.kinds(), words.placesColumn(), ...evidence, words.unconfirmed()];
  const rows = c.kinds.map((k) => [
    k.kind,
    String(k.places),
    ...evidence.map((e) => String(k.byEvidence[e])),
    String(k.byConfidence.unconfirmed),
  ]);
  const restricted = RESTRICTED_PUBLICS.filter((p) => c.restricted[p] > 0)
    .map((p) => `${p} ${c.restricted[p]}`)
    .join(', ');
  const p = c.positions;
  const can = c.capabilities;
  return [
    ...table(header, rows, 1),
    words.unconfirmedNote(),
    '',
    words.reserved(restricted || words.reservedNone()),
    words.positions(p.address, p.street, p.town),
    words.unknownDates(c.unknownDates),
    words.capabilities(can.doesItForYou, can.doesItWithYou, can.stepByStep),
  ];
}

/** Aligned columns: the first `textColumns` left-aligned, numbers right-aligned. */
function table(header: string[], rows: string[][], textColumns: number): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i < textColumns ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  return [header, ...rows].map(line);
}
