import { distanceKm } from '../geo/distance.js';
import { type Commune, departementOfInsee, type Gazetteer } from '../geo/gazetteer.js';
import { townRadiusKm } from '../geo/town-radius.js';
import { parseOpeningHours } from '../hours/weekly.js';
import { runSteps, type Steps } from '../steps.js';
import { openTable, type RawRecord, type Table, type TableRow } from '../tables/table.js';
import { cleanText, foldText, normalizeEmail, normalizePhone, normalizeUrl } from '../text/normalize.js';
import { isConfidential } from './classification.js';
import { capabilitiesOf, classify, usable } from './classify.js';
import type { Draft } from './draft.js';
import { LIST_FIELDS } from './fields.js';
import { ANNUAIRE_COLUMNS, readAnnuaire } from './formats/annuaire.js';
import { DATA_INCLUSION_COLUMNS, readDataInclusion } from './formats/data-inclusion.js';
import { FRANCE_SERVICES_COLUMNS, readFranceServices } from './formats/france-services.js';
import { readLegacyV0, V0_ONLY_COLUMNS } from './formats/legacy-v0.js';
import { readStandardV1, V1_ONLY_COLUMNS } from './formats/standard-v1.js';
import { V0_SERVICES } from './legacy-v0-mapping.js';
import { combinePlaces, nameSimilarity } from './merge.js';
import { type Format, Place, type PositionPrecision } from './place.js';

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
/** How far (degrees) a place may sit outside the box of its département's commune centres. */
const DEPARTEMENT_MARGIN = 0.2;

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
      report.rejected.push({ row: row.index, messages: ['unknown format'] });
    }
    return report;
  }
  const fileDate = options.fileDate ?? dateFromFileName(options.file);
  const accepted: Array<{ place: Place; note: RowNote }> = [];
  const pool = new Map<string, string>();
  for (const row of all) {
    if (++report.rows % ROWS_PER_STEP === 0) {
      if (options.progress && report.rows % 50_000 === 0) options.progress(report.rows, table.share());
      yield table.share();
    }
    if ('error' in row) {
      report.rejected.push({ row: row.index, messages: [row.error] });
      continue;
    }
    const warnings: string[] = [];
    const warn = (message: string) => warnings.push(message);
    if (row.repairedEncoding) warn('badly encoded bytes in this row: decoded on their own');
    const draft = readDraft(format as Format, row.record, warn, fileDate);
    const result = finalize(draft, { ...options, format: format as Format, fileDate }, warn);
    const note: RowNote = { row: row.index, messages: warnings };
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
  for (const { place, note } of mergeSameIds(accepted, report)) {
    report.places.push(place);
    report.accepted++;
    if (place.quality.approximateCoordinates) report.approximate++;
    if (note.messages.length) report.warnings.push(note);
  }
  return report;
}

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
    source.file = share(source.file);
    if (source.source !== undefined) source.source = share(source.source);
    if (source.date_maj !== undefined) source.date_maj = share(source.date_maj);
  }
  return place;
}

/**
 * Rows of one file sharing an id: a consolidated export lists a place once per source, with the
 * same id. The same place (similar name, within a kilometre, or the same SIRET) is merged into
 * one, keeping every source's fields; different places keep their row, under a qualified id.
 */
function mergeSameIds(
  rows: Array<{ place: Place; note: RowNote }>,
  report: ReadReport,
): Array<{ place: Place; note: RowNote }> {
  const byId = new Map<string, Array<{ place: Place; note: RowNote }>>();
  for (const row of rows) {
    const group = byId.get(row.place.id);
    if (group) group.push(row);
    else byId.set(row.place.id, [row]);
  }
  const out: Array<{ place: Place; note: RowNote }> = [];
  const used = new Set(byId.keys());
  for (const group of byId.values()) {
    if (group.length === 1) {
      out.push(group[0] as { place: Place; note: RowNote });
      continue;
    }
    const clusters: Array<typeof group> = [];
    for (const row of group) {
      const same = clusters.find((cluster) => cluster.some((other) => samePlace(other.place, row.place)));
      if (same) same.push(row);
      else clusters.push([row]);
    }
    for (const cluster of clusters) {
      const first = cluster[0] as { place: Place; note: RowNote };
      const place = cluster.length === 1 ? first.place : combinePlaces(cluster.map((r) => r.place));
      const note: RowNote = { ...first.note, messages: cluster.flatMap((r) => r.note.messages) };
      if (cluster.length > 1) {
        report.mergedSameId += cluster.length - 1;
        const sources = [...new Set(cluster.map((r) => r.place.provenance[0]?.source ?? ''))].join(', ');
        note.messages.push(
          `rows ${cluster.map((r) => r.note.row).join(', ')} share the id "${place.id.slice(0, 60)}" (sources: ${sources.slice(0, 200)}): merged`,
        );
      }
      if (clusters.length > 1) {
        // Different places under one id (an aggregated file reuses its sources' ids): each keeps
        // its row, under an id qualified by its source.
        const original = place.id;
        let id = `${slug(place.provenance[0]?.source ?? '')}-${original}`;
        for (let k = 2; used.has(id); k++) id = `${original}-${k}`;
        used.add(id);
        note.messages.push(
          `id "${original.slice(0, 60)}" is shared with another place of this file: read as ${id.slice(0, 80)}`,
        );
        place.id = id;
        for (const source of place.provenance) if (source.id === original) source.id = id;
      }
      out.push({ place, note });
    }
  }
  if (report.mergedSameId) {
    report.notes.push(
      `${report.mergedSameId} row(s) merged with another row of the same id (one place listed once per source)`,
    );
  }
  return out;
}

function samePlace(a: Place, b: Place): boolean {
  if (!a.quality.placeholderPivot && a.pivot === b.pivot) return true;
  const close = distanceKm(a.latitude, a.longitude, b.latitude, b.longitude) <= 1;
  return close && (nameSimilarity(a.nom, b.nom) >= 0.5 || a.code_postal === b.code_postal);
}

function slug(text: string): string {
  return foldText(text).replace(/ /g, '-') || 'source';
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

function parseCoordinate(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const number = typeof value === 'number' ? value : Number(String(value).trim().replace(',', '.'));
  return Number.isFinite(number) ? number : null;
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

/** A row's commune, postal code and INSEE code, once they have been made to agree. */
interface Located {
  postalCode: string;
  insee: string;
  commune: string;
  /** The commune the row belongs to, when one could be told. */
  located?: Commune;
  unknownPostalCode: boolean;
  nameMismatch: boolean;
}

const wantedName = (commune: string) =>
  foldText(commune)
    .replace(/\b(cedex|\d+)\b/g, '')
    .trim();

/** Postal code, INSEE code and commune name → the commune, trusting the signals that agree. */
function locate(
  draft: Draft,
  context: FinalizeContext,
  warn: (m: string) => void,
  reasons: string[],
): Located {
  const gazetteer = context.gazetteer;
  // Spreadsheets drop the leading zero ("1000" for 01000).
  let postalCode = (draft.code_postal ?? '').replace(/\s/g, '');
  if (/^\d{4}$/.test(postalCode)) {
    warn(`postal code "${postalCode}" padded to 0${postalCode}`);
    postalCode = `0${postalCode}`;
  }
  let insee = (draft.code_insee ?? '').replace(/\s/g, '').toUpperCase();
  if (/^\d{4}$/.test(insee)) insee = `0${insee}`;
  if (insee && !/^([013-9]\d|2[AB1-9])\d{3}$/.test(insee)) {
    warn(`invalid INSEE code "${insee.slice(0, 20)}" ignored`);
    insee = '';
  }
  let commune = text(draft.commune, 'commune', 200, warn);
  let byInsee = insee && gazetteer ? gazetteer.byInsee(insee) : undefined;
  if (insee && gazetteer && !byInsee) warn(`INSEE code ${insee} is not a known commune`);
  const wellFormed = /^\d{5}$/.test(postalCode);
  // CEDEX and other business codes (85108, 74008) are real but not in the communes list.
  let unknownPostalCode =
    wellFormed && gazetteer !== undefined && gazetteer.byPostalCode(postalCode).length === 0;
  const wanted = wantedName(commune);

  // An INSEE code that contradicts the postal code: keep the commune that most signals agree on.
  if (byInsee && gazetteer && wellFormed && !unknownPostalCode && !byInsee.postalCodes.includes(postalCode)) {
    const chosen = agreeing(
      byInsee,
      gazetteer.byPostalCode(postalCode),
      postalCode,
      wanted,
      draft,
      gazetteer,
    );
    if (chosen !== byInsee) {
      warn(
        `INSEE code ${insee} (${byInsee.name}, ${byInsee.departement}) contradicts postal code ${postalCode} and commune "${commune.slice(0, 60)}": placed in ${chosen.name} (${chosen.insee}), where they agree`,
      );
      byInsee = chosen;
      insee = chosen.insee;
    }
  }

  if (!wellFormed && byInsee?.postalCodes[0]) {
    const shown = postalCode ? `"${postalCode.slice(0, 20)}"` : 'missing';
    warn(`postal code ${shown} replaced by ${byInsee.postalCodes[0]}, from the INSEE code`);
    postalCode = byInsee.postalCodes[0];
    unknownPostalCode = false;
  } else if (!wellFormed) {
    reasons.push(`invalid postal code: ${postalCode ? `"${postalCode.slice(0, 20)}"` : 'missing'}`);
  }

  let located = byInsee;
  if (!located && gazetteer && wellFormed && !unknownPostalCode) {
    const candidates = gazetteer.byPostalCode(postalCode);
    // Without a name, a postal code shared by several communes cannot say which one.
    located =
      candidates.find((c) => foldText(c.name) === wanted) ??
      candidates.find((c) => wanted && foldText(c.name).startsWith(wanted)) ??
      (candidates.length === 1 || !wanted ? candidates[0] : undefined);
  }
  let nameMismatch = false;
  if (!located && gazetteer && wellFormed && wanted) {
    // CEDEX codes, or a code that does not fit the commune: look the name up in the département
    // the code starts with.
    const prefix = postalCode.slice(0, 2);
    located = gazetteer
      .search(wanted, 20)
      .find(
        (c) =>
          foldText(c.name) === wanted &&
          (c.departement.startsWith(prefix) || (prefix === '20' && c.departement.startsWith('2'))),
      );
    nameMismatch = !unknownPostalCode && !located;
  }
  if (unknownPostalCode) {
    warn(
      `postal code ${postalCode} is not a commune's (CEDEX?)${located ? `: located as ${located.name}` : ''}`,
    );
  }
  if (located && !insee && located.type !== 'COMD') insee = located.insee;
  if (!commune && located) {
    commune = located.name;
    warn(`missing commune filled in as ${located.name}`);
  }
  if (!commune) reasons.push('missing commune');
  return { postalCode, insee, commune, located, unknownPostalCode, nameMismatch };
}

/** Whether a point lies in a département's box of commune centres (with a margin); unknown box: anywhere on Earth. */
function insideDepartement(
  gazetteer: Gazetteer | undefined,
  code: string | undefined,
  lat: number,
  lon: number,
): boolean {
  const departement = code ? gazetteer?.departement(code) : undefined;
  if (!departement) return Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  const [s, w, n, e] = departement.bounds;
  const m = DEPARTEMENT_MARGIN;
  return lat >= s - m && lat <= n + m && lon >= w - m && lon <= e + m;
}

/**
 * The commune that the most of INSEE code, postal code, name and coordinates agree on; on a tie,
 * the postal code's (a typed INSEE code is often a geocoder's guess from the name alone). Within
 * one département the INSEE code stands: a moved postal code or a commune nouvelle is no
 * contradiction.
 */
function agreeing(
  byInsee: Commune,
  candidates: Commune[],
  postalCode: string,
  wanted: string,
  draft: Draft,
  gazetteer: Gazetteer,
): Commune {
  const latitude = parseCoordinate(draft.latitude);
  const longitude = parseCoordinate(draft.longitude);
  const score = (c: Commune) => {
    let n = c === byInsee ? 1 : 0;
    if (c.postalCodes.includes(postalCode)) n++;
    if (wanted && foldText(c.name) === wanted) n++;
    if (latitude !== null && longitude !== null) {
      const near =
        c.latitude !== null &&
        c.longitude !== null &&
        distanceKm(latitude, longitude, c.latitude, c.longitude) < 40;
      // An unknown box (a territory no source locates) says nothing either way.
      const boxed = gazetteer.departement(c.departement) !== undefined;
      if (near || (boxed && insideDepartement(gazetteer, c.departement, latitude, longitude))) n++;
    }
    return n;
  };
  let best = byInsee;
  let bestScore = score(byInsee);
  for (const candidate of candidates) {
    const s = score(candidate);
    if (s > bestScore || (s === bestScore && best === byInsee)) {
      best = candidate;
      bestScore = s;
    }
  }
  return best.departement === byInsee.departement ? byInsee : best;
}

interface Position {
  latitude: number | null;
  longitude: number | null;
  precision: PositionPrecision;
  uncertaintyKm?: number;
}

/** A house number before a street word ("12 rue…", "3bis, av…") or at the start of the line. */
const HOUSE_NUMBER =
  /(^\s*\d+\s*(bis|ter|[a-d])?\b)|(\b\d+\s*(bis|ter|[a-d])?\s*,?\s*(rue|r|avenue|av|bd|boulevard|place|pl|chemin|ch|route|rte|allee|all|impasse|imp|quai|cours|square|sq|voie|esplanade|promenade|rond point|faubourg|fg|cite|residence|lotissement|hameau|parvis|passage|sentier|mail)\b)/;

/** The place's point: its own when plausible, else its commune's centre, and how precise it is. */
function position(
  draft: Draft,
  where: Located,
  adresse: string,
  context: FinalizeContext,
  warn: (m: string) => void,
  reasons: string[],
): Position {
  const gazetteer = context.gazetteer;
  const located = where.located;
  let latitude = parseCoordinate(draft.latitude);
  let longitude = parseCoordinate(draft.longitude);
  if (latitude === 0 && longitude === 0) latitude = longitude = null;
  if ((latitude === null) !== (longitude === null)) {
    warn('only one of latitude and longitude given: ignored');
    latitude = longitude = null;
  }
  if (latitude !== null && longitude !== null) {
    const departementCode = where.insee ? departementOfInsee(where.insee) : located?.departement;
    const departement = departementCode ? gazetteer?.departement(departementCode) : undefined;
    const inside = (lat: number, lon: number) => insideDepartement(gazetteer, departementCode, lat, lon);
    if (!inside(latitude, longitude)) {
      const area = departement ? `département ${departement.code} (${departement.name})` : 'the globe';
      const shown = `(${latitude}, ${longitude})`;
      if (inside(longitude, latitude)) {
        warn(`latitude and longitude were swapped ${shown}`);
        [latitude, longitude] = [longitude, latitude];
      } else if (located?.latitude != null && located.longitude != null) {
        warn(`coordinates ${shown} are outside ${area}: the commune centre is used`);
        latitude = longitude = null;
      } else {
        reasons.push(`impossible coordinates ${shown} for ${area}`);
      }
    }
  }
  const hasNumber = HOUSE_NUMBER.test(foldText(adresse));
  const inTown = (lat: number, lon: number): Position => ({
    latitude: lat,
    longitude: lon,
    precision: 'town',
    ...(located && gazetteer ? { uncertaintyKm: townRadiusKm(gazetteer, located) } : {}),
  });
  if (latitude !== null && longitude !== null) {
    // A geocoder that found only the town returns its centre: that is no address. A commune's
    // town hall is a real place: a France Services on the town hall's square is there.
    const atTownHall = located?.point === 'town-hall' || located?.point === 'offices';
    if (
      !hasNumber &&
      !atTownHall &&
      located?.latitude != null &&
      located.longitude != null &&
      distanceKm(latitude, longitude, located.latitude, located.longitude) < 0.05
    ) {
      warn('coordinates are the commune centre and the address has no number: position approximate');
      return inTown(latitude, longitude);
    }
    return { latitude, longitude, precision: hasNumber ? 'address' : 'street' };
  }
  if (located && located.latitude !== null && located.longitude !== null) {
    return inTown(located.latitude, located.longitude);
  }
  if (!reasons.some((r) => r.startsWith('impossible coordinates'))) {
    reasons.push(
      !gazetteer
        ? 'no coordinates (and no gazetteer to locate the commune)'
        : located
          ? `no coordinates, and no known centre for the commune ${located.name} (${located.insee})`
          : where.nameMismatch
            ? `no coordinates, and no commune "${where.commune.slice(0, 60)}" uses postal code ${where.postalCode}`
            : where.unknownPostalCode
              ? `no coordinates, and unknown postal code ${where.postalCode} for commune "${where.commune.slice(0, 60)}"`
              : 'no coordinates and no commune could be located from the postal or INSEE code',
    );
  }
  return { latitude: null, longitude: null, precision: 'town' };
}

/** Dates of the Unix epoch or of the 1900s that exports write for "no date". */
const FIRST_BELIEVABLE_YEAR = 2000;

/** The row's update date, when believable; the file's date when the row has none. */
function updateDate(
  draft: Draft,
  context: FinalizeContext,
  warn: (m: string) => void,
): { date: string | null; unknown: boolean; stale: boolean } {
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

function finalize(draft: Draft, context: FinalizeContext, warn: (m: string) => void): Finalized {
  const reasons: string[] = [];
  if (draft.superseded) return { reasons: [draft.superseded] };

  const nom = text(draft.nom, 'nom', 100_000, warn);
  if (!nom) reasons.push('missing name (nom)');
  else if (nom.length > 300) reasons.push(`name is ${nom.length} characters long (300 at most)`);

  const where = locate(draft, context, warn, reasons);
  const adresse = text(draft.adresse, 'adresse', 300, warn);
  if (!adresse) reasons.push('missing address (adresse)');
  const point = position(draft, where, adresse, context, warn, reasons);
  const dated = updateDate(draft, context, warn);

  if (reasons.length) return { reasons };

  // Identity.
  let id = text(draft.id, 'id', 200, warn);
  if (!id) {
    id = stableId([nom, where.postalCode, adresse]);
    warn(`missing id: ${id} derived from name, postal code and address`);
  }
  let pivot = (draft.pivot ?? '').replace(/[\s.]/g, '');
  let placeholderPivot = false;
  if (!/^[a-zA-Z0-9]{9,14}$/.test(pivot) || /^0+$/.test(pivot)) {
    if (!draft.noPivotColumn && context.format !== 'annuaire')
      warn(
        pivot && !/^0+$/.test(pivot)
          ? `invalid SIRET/RNA "${pivot.slice(0, 20)}"`
          : 'placeholder SIRET (no SIRET/RNA given)',
      );
    pivot = PLACEHOLDER_PIVOT;
    placeholderPivot = true;
  }

  // Contacts: only safe, well-formed values survive.
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
  const link = (raw: string | undefined, field: string) => {
    if (!raw) return undefined;
    const url = normalizeUrl(raw);
    if (!url) warn(`unsafe or invalid link in ${field} removed: "${raw.slice(0, 60)}"`);
    return url ?? undefined;
  };
  const siteWeb = draft.site_web.map((raw) => link(raw, 'site_web')).filter((u): u is string => !!u);

  const horaires = text(draft.horaires, 'horaires', 500, warn);
  let unparsedHours = false;
  if (horaires) {
    const parsed = parseOpeningHours(horaires);
    if (!parsed.ok) {
      unparsedHours = true;
      warn(`opening hours kept as text only: ${parsed.reason}`);
    }
  }

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
    ...optional('complement_adresse', text(draft.complement_adresse, 'complement_adresse', 300, warn)),
    latitude: Math.round((point.latitude as number) * 1e6) / 1e6,
    longitude: Math.round((point.longitude as number) * 1e6) / 1e6,
    typologie: [...typologie, ...classification.typologies],
    ...optional('telephone', telephone),
    courriels,
    site_web: siteWeb,
    ...optional('horaires', horaires),
    ...optional(
      'presentation_resume',
      text(draft.presentation_resume, 'presentation_resume', 500, warn, true),
    ),
    ...optional(
      'presentation_detail',
      text(draft.presentation_detail, 'presentation_detail', 5000, warn, true),
    ),
    ...optional('source', text(draft.source, 'source', 200, warn)),
    itinerance: draft.itinerance,
    ...optional('structure_parente', text(draft.structure_parente, 'structure_parente', 200, warn)),
    ...(dated.date ? { date_maj: dated.date } : {}),
    services: draft.services,
    publics_specifiquement_adresses: draft.publics_specifiquement_adresses,
    prise_en_charge_specifique: draft.prise_en_charge_specifique,
    frais_a_charge: draft.frais_a_charge,
    dispositif_programmes_nationaux: classification.programmes,
    formations_labels: draft.formations_labels,
    autres_formations_labels: draft.autres_formations_labels.map((l) =>
      text(l, 'autres_formations_labels', 200, warn),
    ),
    modalites_acces: draft.modalites_acces,
    modalites_accompagnement: draft.modalites_accompagnement,
    ...optional('fiche_acces_libre', link(draft.fiche_acces_libre, 'fiche_acces_libre')),
    ...optional('prise_rdv', link(draft.prise_rdv, 'prise_rdv')),
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

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return value ? ({ [key]: value } as { [P in K]: string }) : {};
}
