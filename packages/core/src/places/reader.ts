import type { Gazetteer } from '../geo/gazetteer.js';
import {
  locateRow,
  type RowCommune,
  type RowPosition,
  readCodes,
  refusedTownHall,
  rowPosition,
} from '../geo/reconcile.js';
import { parseOpeningHours } from '../hours/weekly.js';
import { runSteps, type Steps } from '../steps.js';
import { openTable, type RawRecord, type Table, type TableRow } from '../tables/table.js';
import { withoutEventDates } from '../text/event-dates.js';
import { cleanText, foldText, normalizeEmail, normalizePhone, normalizeUrl } from '../text/normalize.js';
import { isConfidential, PART_TOWN_HALL } from './classification.js';
import { ANNUAIRE_TYPES } from './classification-rules.js';
import { capabilitiesOf, classify, usable } from './classify.js';
import type { Draft } from './draft.js';
import { LIST_FIELDS } from './fields.js';
import { ANNUAIRE_COLUMNS, readAnnuaire } from './formats/annuaire.js';
import { DATA_INCLUSION_COLUMNS, readDataInclusion } from './formats/data-inclusion.js';
import { FRANCE_SERVICES_COLUMNS, readFranceServices } from './formats/france-services.js';
import { readLegacyV0, V0_ONLY_COLUMNS } from './formats/legacy-v0.js';
import { readStandardV1, V1_ONLY_COLUMNS } from './formats/standard-v1.js';
import { V0_SERVICES } from './legacy-v0-mapping.js';
import { mergeSameIds, type ReadRow } from './merge.js';
import { type Format, Place } from './place.js';

export interface ReadOptions {
  /** File name, kept in each place's provenance and in the report. */
  file: string;
  /** Locates rows without coordinates and checks coordinates against the département. */
  gazetteer?: Gazetteer;
  /** Date of the file, used when rows have no `date_maj` (France Services). Default: from the file name. */
  fileDate?: string;
  /** "Today", for staleness. */
  today?: Date;
  /** A `date_maj` older than this is flagged stale. Default 730 days. */
  staleAfterDays?: number;
  /** Forces a format instead of detecting it. */
  format?: Format;
  /** Called every 50,000 rows, with the rows read and the share of the file they cover (0 to 1). */
  progress?: (rows: number, share: number) => void;
}

export interface RowNote {
  /** 1-based record number in the file (header excluded). */
  row: number;
  /** A CSV row's first line in the file, the header being line 1 (`TableRow.line`). */
  line?: number;
  id?: string;
  nom?: string;
  messages: string[];
}

export interface ReadReport {
  file: string;
  /** Null when the file could not be recognised at all (see `notes`). */
  format: Format | null;
  container: Table['container'];
  encoding: Table['encoding'];
  rows: number;
  accepted: number;
  approximate: number;
  rejected: RowNote[];
  /** Accepted rows that needed a fix or lost a value. */
  warnings: RowNote[];
  /**
   * Rows read but never published, nor their address or position kept anywhere: shelters for
   * women fleeing violence (see `isConfidential`). Only their row, id and name are noted.
   */
  withheld: RowNote[];
  /** File-level notes (encoding fallback, empty file, unknown format…). */
  notes: string[];
  /** Rows folded into another row of the same file that has the same id (one row per source). */
  mergedSameId: number;
  places: Place[];
}

const PLACEHOLDER_PIVOT = '00000000000000';

export function detectFormat(columns: string[], records: RawRecord[]): Format | null {
  const has = (names: string[]) => names.some((name) => columns.includes(name));
  if (has(FRANCE_SERVICES_COLUMNS)) return 'france-services';
  if (has(ANNUAIRE_COLUMNS)) return 'annuaire';
  if (!columns.includes('pivot') && has(DATA_INCLUSION_COLUMNS)) return 'data-inclusion';
  if (has(V1_ONLY_COLUMNS)) return 'standard-v1';
  if (has(V0_ONLY_COLUMNS)) return 'legacy-v0';
  if (!columns.includes('nom')) return null;
  // Only the columns both versions share: the service wording tells.
  const sample = records.slice(0, 50).map((r) => String(r.services ?? ''));
  const v0 = sample.some((s) => s.includes(';') || Object.keys(V0_SERVICES).some((k) => s.includes(k)));
  return v0 ? 'legacy-v0' : 'standard-v1';
}

/** "20240801" or "2024-08-01" in a file name. */
export function dateFromFileName(file: string): string | undefined {
  const match = /(20\d{2})-?(\d{2})-?(\d{2})/.exec(file.split(/[\\/]/).pop() ?? '');
  if (!match) return undefined;
  const [, y, m, d] = match;
  const date = `${y}-${m}-${d}`;
  return Number.isNaN(Date.parse(date)) ? undefined : date;
}

/** Reads one file (bytes or text) in any supported format into validated places and a report. */
export function readPlaces(input: string | Uint8Array, options: ReadOptions): ReadReport {
  return runSteps(readPlacesInSteps(input, options));
}

/** Rows read between two steps of `readPlacesInSteps`. */
export const ROWS_PER_STEP = 100;

/**
 * `readPlaces` cut into steps: the generator stops every `ROWS_PER_STEP` rows with how far it is
 * (0 to 1), and returns the report. Whoever drives it may pause in between, as the widget does to
 * keep the host page responsive; rows are read from the file as they are needed, never all held.
 */
export function* readPlacesInSteps(input: string | Uint8Array, options: ReadOptions): Steps<ReadReport> {
  const table = openTable(input);
  const rows = table.rows();
  // The format is told by the columns and, for v0 and v1 which share theirs, by the first rows.
  const first: TableRow[] = [];
  while (first.length < 50) {
    const next = rows.next();
    if (next.done) break;
    first.push(next.value);
  }
  const records = first.flatMap((row) => ('record' in row ? [row.record] : []));
  const format = options.format ?? detectFormat(table.columns, records);
  const report: ReadReport = {
    file: options.file,
    format,
    container: table.container,
    encoding: table.encoding,
    rows: 0,
    accepted: 0,
    approximate: 0,
    rejected: [],
    warnings: [],
    withheld: [],
    notes: [...table.notes],
    mergedSameId: 0,
    places: [],
  };
  const all = (function* () {
    yield* first;
    yield* rows;
  })();
  if (first.length > 0 && !format) {
    report.notes.push(
      'unknown format: no column of the standard (v1 or v0), France Services or data·inclusion',
    );
    for (const row of all) {
      report.rows++;
      report.rejected.push({ row: row.index, ...lineOf(row), messages: ['unknown format'] });
    }
    return report;
  }
  const fileDate = options.fileDate ?? dateFromFileName(options.file);
  const accepted: ReadRow[] = [];
  const pool = new Map<string, string>();
  for (const row of all) {
    if (++report.rows % ROWS_PER_STEP === 0) {
      if (options.progress && report.rows % 50_000 === 0) options.progress(report.rows, table.share());
      yield table.share();
    }
    if ('error' in row) {
      report.rejected.push({ row: row.index, ...lineOf(row), messages: [row.error] });
      continue;
    }
    const warnings: string[] = [];
    const warn = (message: string) => warnings.push(message);
    if (row.repairedEncoding) warn('badly encoded bytes in this row: decoded on their own');
    const draft = readDraft(format as Format, row.record, warn, fileDate);
    const result = finalize(draft, { ...options, format: format as Format, fileDate }, warn);
    const note: RowNote = { row: row.index, ...lineOf(row), messages: warnings };
    if (draft.id) note.id = String(draft.id).slice(0, 100);
    if (draft.nom) note.nom = String(draft.nom).slice(0, 100);
    if ('reasons' in result) {
      report.rejected.push({ ...note, messages: result.reasons });
      continue;
    }
    if ('withheld' in result) {
      // The row's warnings may quote its coordinates or address: only the reason is kept.
      report.withheld.push({ ...note, messages: [result.withheld] });
      continue;
    }
    accepted.push({ place: shareStrings(result.place, pool), note });
  }
  const sameIds = mergeSameIds(accepted);
  report.mergedSameId = sameIds.merged;
  if (sameIds.merged) {
    report.notes.push(
      `${sameIds.merged} row(s) merged with another row of the same id (one place listed once per source)`,
    );
  }
  for (const { place, note } of sameIds.rows) {
    report.places.push(place);
    report.accepted++;
    if (place.quality.approximateCoordinates) report.approximate++;
    if (note.messages.length) report.warnings.push(note);
  }
  return report;
}

const lineOf = (row: TableRow) => (row.line === undefined ? {} : { line: row.line });

/** Fields whose values recur from place to place (a town, a source, a service's wording). */
const RECURRING_FIELDS = ['commune', 'code_postal', 'code_insee', 'source', 'horaires', 'date_maj'] as const;

/**
 * One copy of each recurring value for all the places of a file: a large file's places keep far
 * less memory (each row would otherwise hold its own copy of "Aide aux démarches administratives").
 */
function shareStrings(place: Place, pool: Map<string, string>): Place {
  const share = (value: string) => {
    const known = pool.get(value);
    if (known !== undefined) return known;
    pool.set(value, value);
    return value;
  };
  const lists = place as unknown as Record<(typeof LIST_FIELDS)[number], string[]>;
  for (const field of LIST_FIELDS) lists[field] = lists[field].map(share);
  for (const field of RECURRING_FIELDS) {
    const value = place[field];
    if (value !== undefined) place[field] = share(value);
  }
  for (const source of place.provenance) {
    if (source.file !== undefined) source.file = share(source.file);
    if (source.source !== undefined) source.source = share(source.source);
    if (source.date_maj !== undefined) source.date_maj = share(source.date_maj);
  }
  return place;
}

export function readDraft(
  format: Format,
  record: RawRecord,
  warn: (m: string) => void,
  fileDate?: string,
): Draft {
  switch (format) {
    case 'standard-v1':
      return readStandardV1(record, warn);
    case 'legacy-v0':
      return readLegacyV0(record, warn);
    case 'france-services':
      return readFranceServices(record, warn, fileDate);
    case 'data-inclusion':
      return readDataInclusion(record, warn);
    case 'annuaire':
      return readAnnuaire(record, warn);
  }
}

interface FinalizeContext extends ReadOptions {
  format: Format;
}

type Finalized = { place: Place } | { reasons: string[] } | { withheld: string };

const WITHHELD =
  'shelters women fleeing violence: its address and position are never published (the way in is 3919 or 115)';

function text(value: unknown, field: string, max: number, warn: (m: string) => void, multiline = false) {
  const cleaned = cleanText(value, max, multiline);
  if (cleaned.changes.includes('html-removed')) warn(`markup removed from ${field}`);
  if (cleaned.changes.includes('truncated')) warn(`${field} cut to ${max} characters`);
  return cleaned.value;
}

function normalizeDate(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  const french = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  const date = iso
    ? `${iso[1]}-${iso[2]}-${iso[3]}`
    : french
      ? `${french[3]}-${french[2]}-${french[1]}`
      : null;
  if (!date) return null;
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date ? null : date;
}

function stableId(parts: string[]): string {
  // FNV-1a: short, deterministic ids for rows that have none.
  let hash = 0x811c9dc5;
  for (const char of parts.join('|')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `sans-id-${hash.toString(16).padStart(8, '0')}`;
}

/** Dates of the Unix epoch or of the 1900s that exports write for "no date". */
const FIRST_BELIEVABLE_YEAR = 2000;

interface Dated {
  date: string | null;
  unknown: boolean;
  stale: boolean;
}

/** The row's update date, when believable; the file's date when the row has none. */
function updateDate(draft: Draft, context: FinalizeContext, warn: (m: string) => void): Dated {
  let date = draft.date_maj ? normalizeDate(draft.date_maj) : null;
  if (draft.date_maj && !date) warn(`unreadable date_maj "${String(draft.date_maj).slice(0, 30)}"`);
  const today = context.today ?? new Date();
  if (date) {
    const future = Date.parse(date) - today.getTime() > 86_400_000;
    if (Number(date.slice(0, 4)) < FIRST_BELIEVABLE_YEAR || future) {
      warn(
        `date_maj ${date} is not believable (${future ? 'in the future' : 'a placeholder or before 2000'}): date unknown`,
      );
      return { date: null, unknown: true, stale: true };
    }
  } else if (!draft.date_maj && context.fileDate) {
    if (context.format !== 'france-services')
      warn(`date_maj missing: the file date ${context.fileDate} is used`);
    date = context.fileDate;
  }
  if (!date) {
    if (!draft.date_maj) warn('date_maj missing: date unknown');
    return { date: null, unknown: true, stale: true };
  }
  const age = (today.getTime() - Date.parse(date)) / 86_400_000;
  return { date, unknown: false, stale: age > (context.staleAfterDays ?? 730) };
}

/**
 * One row's draft → a place, or the reasons it cannot be one. Each step below warns about what
 * it fixed or dropped, in the order a reader of the report follows the row.
 */
function finalize(draft: Draft, context: FinalizeContext, warn: (m: string) => void): Finalized {
  if (draft.superseded) return { reasons: [draft.superseded] };
  const found = nameAndPlace(draft, context, warn);
  if ('reasons' in found) return found;
  const { nom, where, adresse, point, dated } = found;

  const { id, pivot, placeholderPivot } = identity(draft, [nom, where.postalCode, adresse], context, warn);
  const contacts = contactsOf(draft, warn);
  const { horaires, unparsedHours } = hoursOf(draft, warn);

  // What the place is, and what it may honestly promise.
  const typologie = draft.typologie.map((t) => t.toUpperCase().replace(/[^A-Z0-9_]/g, '')).filter(Boolean);
  const classification = classify({
    format: context.format,
    nom,
    commune: where.commune,
    typologie,
    programmes: draft.dispositif_programmes_nationaux,
    ...(draft.annuaireType ? { annuaireType: draft.annuaireType } : {}),
    ...(draft.source ? { source: draft.source } : {}),
  });
  if (isConfidential(classification)) return { withheld: WITHHELD };
  const unconfirmedFranceServices = classification.claims.find(
    (c) => c.kind === 'france-services' && !usable(c),
  );
  if (unconfirmedFranceServices) {
    warn(
      `"France Services" (${unconfirmedFranceServices.evidence}) is not confirmed by the official list or the national export: not used`,
    );
  }

  const candidate = {
    id,
    pivot,
    nom,
    commune: where.commune,
    code_postal: where.postalCode,
    ...(where.insee ? { code_insee: where.insee } : {}),
    adresse,
    latitude: Math.round((point.latitude as number) * 1e6) / 1e6,
    longitude: Math.round((point.longitude as number) * 1e6) / 1e6,
    typologie: [...typologie, ...classification.typologies],
    ...contacts,
    ...optional('horaires', horaires),
    ...describedAs(draft, warn),
    itinerance: draft.itinerance,
    ...(dated.date ? { date_maj: dated.date } : {}),
    services: draft.services,
    publics_specifiquement_adresses: draft.publics_specifiquement_adresses,
    prise_en_charge_specifique: draft.prise_en_charge_specifique,
    frais_a_charge: draft.frais_a_charge,
    dispositif_programmes_nationaux: classification.programmes,
    formations_labels: draft.formations_labels,
    modalites_acces: draft.modalites_acces,
    modalites_accompagnement: draft.modalites_accompagnement,
    capabilities: capabilitiesOf(classification.claims, draft.stepByStep),
    claims: classification.claims,
    restrictedTo: classification.restrictedTo,
    ...(Object.keys(draft.legacy).length ? { legacy: draft.legacy } : {}),
    provenance: [
      {
        format: context.format,
        file: context.file,
        id,
        source: text(draft.source, 'source', 200, () => {}) || context.format,
        ...(dated.date ? { date_maj: dated.date } : {}),
      },
    ],
    quality: {
      approximateCoordinates: point.precision === 'town',
      position: point.precision,
      ...(point.uncertaintyKm !== undefined ? { positionUncertaintyKm: point.uncertaintyKm } : {}),
      unknownDate: dated.unknown,
      stale: dated.stale,
      unparsedHours,
      placeholderPivot,
    },
  };
  // The schema is the contract: anything the checks above let through is caught here.
  const parsed = Place.safeParse(candidate);
  if (!parsed.success) {
    return {
      reasons: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'row'}: ${issue.message}`),
    };
  }
  return { place: parsed.data };
}

/** What every place needs: a name, a commune, an address and a point; and its date. */
function nameAndPlace(
  draft: Draft,
  context: FinalizeContext,
  warn: (m: string) => void,
):
  | { reasons: string[] }
  | { nom: string; where: RowCommune; adresse: string; point: RowPosition; dated: Dated } {
  const reasons: string[] = [];
  const written = text(draft.nom, 'nom', 100_000, warn);
  // Past visit days written into the name would read as the next ones; what they tell is that
  // the place is a visiting service's stop.
  const nom = withoutEventDates(written);
  if (nom !== written) {
    warn(`visit dates removed from the name: "${written.slice(0, 100)}"`);
    if (!draft.itinerance.length) draft.itinerance = ['Itinérant'];
  }
  if (!nom) reasons.push('missing name (nom)');
  else if (nom.length > 300) reasons.push(`name is ${nom.length} characters long (300 at most)`);
  else if (TEST_ROW.test(foldText(nom))) reasons.push(`a test row, not a place: "${nom.slice(0, 100)}"`);

  const { gazetteer } = context;
  const codes = readCodes(draft.code_postal, draft.code_insee, warn);
  const where = locateRow(codes, text(draft.commune, 'commune', 200, warn), draft, gazetteer, warn, reasons);
  const adresse = text(draft.adresse, 'adresse', 300, warn);
  if (!adresse) reasons.push('missing address (adresse)');
  const position = rowPosition(draft, where, adresse, gazetteer, warn, reasons);
  const point = ownTownHall(draft, context) ? refusedTownHall(position, where, gazetteer, warn) : position;
  const dated = updateDate(draft, context, warn);
  return reasons.length ? { reasons } : { nom, where, adresse, point, dated };
}

/**
 * A name that says the row is a test of the publisher's tools (« ANCT Test », at the ANCT's own
 * address in dora's export), not a place: the word alone, not « La Teste-de-Buch » or « Contest ».
 */
const TEST_ROW = /\btests?\b/;

/** A SIRET's key: Luhn, or La Poste's rule for its establishments (INSEE). */
function siretKeyHolds(siret: string): boolean {
  const digits = [...siret].map(Number);
  if (siret.startsWith('356000000')) return digits.reduce((a, b) => a + b, 0) % 5 === 0;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = (digits[digits.length - 1 - i] as number) * (i % 2 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  }
  return sum % 10 === 0;
}

/** An annuaire row of a commune's own town hall (not a delegated or annex one, nor a mobile one). */
function ownTownHall(draft: Draft, context: FinalizeContext): boolean {
  if (context.format !== 'annuaire' || draft.annuaireType === 'mairie_mobile') return false;
  const type = ANNUAIRE_TYPES[draft.annuaireType ?? ''];
  return type?.kind === 'town-hall' && !PART_TOWN_HALL.test(foldText(draft.nom ?? ''));
}

/** The row's id (one derived from its name and address when it has none) and its SIRET or RNA. */
function identity(
  draft: Draft,
  parts: string[],
  context: FinalizeContext,
  warn: (m: string) => void,
): { id: string; pivot: string; placeholderPivot: boolean } {
  let id = text(draft.id, 'id', 200, warn);
  if (!id) {
    id = stableId(parts);
    warn(`missing id: ${id} derived from name, postal code and address`);
  }
  const pivot = (draft.pivot ?? '').replace(/[\s.]/g, '');
  if (/^[a-zA-Z0-9]{9,14}$/.test(pivot) && !/^0+$/.test(pivot)) {
    // The standard's pattern lets a mistyped SIRET through: its last digit is a Luhn key (La
    // Poste's establishments, SIREN 356 000 000, sum their digits to a multiple of 5 instead).
    // Kept as given (it may still tell two rows apart), and said.
    if (
      /^\d{14}$/.test(pivot) &&
      !siretKeyHolds(pivot) &&
      !draft.noPivotColumn &&
      context.format !== 'annuaire'
    )
      warn(`invalid SIRET/RNA "${pivot}": its check digit is wrong (kept as given)`);
    return { id, pivot, placeholderPivot: false };
  }
  if (!draft.noPivotColumn && context.format !== 'annuaire')
    warn(
      pivot && !/^0+$/.test(pivot)
        ? `invalid SIRET/RNA "${pivot.slice(0, 20)}"`
        : 'placeholder SIRET (no SIRET/RNA given)',
    );
  return { id, pivot: PLACEHOLDER_PIVOT, placeholderPivot: true };
}

/** A link of the row, when it is a plain http(s) one. */
function link(raw: string | undefined, field: string, warn: (m: string) => void): string | undefined {
  if (!raw) return undefined;
  const url = normalizeUrl(raw);
  if (!url) warn(`unsafe or invalid link in ${field} removed: "${raw.slice(0, 60)}"`);
  return url ?? undefined;
}

/** Phone, emails and web sites: only safe, well-formed values survive. */
function contactsOf(
  draft: Draft,
  warn: (m: string) => void,
): { telephone?: string; courriels: string[]; site_web: string[] } {
  let telephone: string | undefined;
  if (draft.telephone) {
    telephone = normalizePhone(draft.telephone) ?? undefined;
    if (!telephone) warn(`invalid phone number "${draft.telephone.slice(0, 30)}" removed`);
  }
  const courriels: string[] = [];
  for (const raw of draft.courriels.flatMap((value) => value.split(/[\s,;|]+/)).filter(Boolean)) {
    const email = normalizeEmail(raw);
    if (email) {
      if (!courriels.includes(email)) courriels.push(email);
    } else warn(`invalid email "${raw.slice(0, 60)}" removed`);
  }
  const siteWeb = draft.site_web.map((raw) => link(raw, 'site_web', warn)).filter((u): u is string => !!u);
  return { ...optional('telephone', telephone), courriels, site_web: siteWeb };
}

/** Opening hours as written; flagged when they are not in the subset the finder reads. */
function hoursOf(draft: Draft, warn: (m: string) => void): { horaires: string; unparsedHours: boolean } {
  const horaires = text(draft.horaires, 'horaires', 500, warn);
  if (!horaires) return { horaires, unparsedHours: false };
  const parsed = parseOpeningHours(horaires);
  if (!parsed.ok) warn(`opening hours kept as text only: ${parsed.reason}`);
  return { horaires, unparsedHours: !parsed.ok };
}

/** What the row says of the place in words, cleaned and cut, and its access sheet and booking links. */
function describedAs(draft: Draft, warn: (m: string) => void) {
  return {
    ...optional('complement_adresse', text(draft.complement_adresse, 'complement_adresse', 300, warn)),
    ...optional(
      'presentation_resume',
      text(draft.presentation_resume, 'presentation_resume', 500, warn, true),
    ),
    ...optional(
      'presentation_detail',
      text(draft.presentation_detail, 'presentation_detail', 5000, warn, true),
    ),
    ...optional('source', text(draft.source, 'source', 200, warn)),
    ...optional('structure_parente', text(draft.structure_parente, 'structure_parente', 200, warn)),
    autres_formations_labels: draft.autres_formations_labels.map((l) =>
      text(l, 'autres_formations_labels', 200, warn),
    ),
    ...optional('fiche_acces_libre', link(draft.fiche_acces_libre, 'fiche_acces_libre', warn)),
    ...optional('prise_rdv', link(draft.prise_rdv, 'prise_rdv', warn)),
  };
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return value ? ({ [key]: value } as { [P in K]: string }) : {};
}
