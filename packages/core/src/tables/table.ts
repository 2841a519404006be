import Papa from 'papaparse';

/**
 * Turns a file's bytes or text into rows of named values, whatever the encoding, separator or
 * container (CSV or JSON). Problems are reported per row: a broken row never hides good ones.
 */

export type RawRecord = Record<string, unknown>;

export type TableRow = (
  | {
      index: number;
      record: RawRecord;
      /** The row's line was not valid UTF-8 and was decoded on its own. */
      repairedEncoding?: boolean;
    }
  | { index: number; error: string }
) & {
  /**
   * A CSV row's first physical line in the file (the header is line 1; a quoted line break inside
   * a field makes a row longer than a line, so that a row's number and its line differ): what a
   * data manager finds in a spreadsheet or an editor.
   */
  line?: number;
};

export interface Table {
  container: 'csv' | 'json';
  /** `mixed`: UTF-8 with a few lines in another encoding or with broken bytes, decoded line by line. */
  encoding: 'utf-8' | 'windows-1252' | 'mixed';
  delimiter?: string;
  columns: string[];
  rows: TableRow[];
  /** File-level notes: encoding fallback, empty file… */
  notes: string[];
}

/**
 * A table whose rows are read as they are asked for: a large CSV file is never held as rows all
 * at once, and whoever reads it can pause between batches (the widget yields to the page).
 */
export interface TableReader extends Omit<Table, 'rows'> {
  rows(): Generator<TableRow, void, undefined>;
  /** How much of the text the rows read so far cover, from 0 to 1. */
  share(): number;
}

export interface Decoded {
  text: string;
  encoding: Table['encoding'];
  /** Character offsets in `text` of the lines that were not valid UTF-8 (start, end). */
  repaired: Array<[number, number]>;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');
const latin = new TextDecoder('windows-1252');

/** A valid UTF-8 multibyte sequence (2 to 4 bytes). */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    const need = b >= 0xf0 && b < 0xf5 ? 3 : b >= 0xe0 ? (b < 0xf0 ? 2 : 0) : b >= 0xc2 && b < 0xe0 ? 1 : 0;
    if (!need) continue;
    let ok = i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = ((bytes[i + k] as number) & 0xc0) === 0x80;
    if (ok) return true;
  }
  return false;
}

/**
 * Decodes a file's bytes. UTF-8 when it is; a file that is not UTF-8 anywhere is Windows-1252
 * (spreadsheet exports); a UTF-8 file with a few bad lines is decoded line by line, so that one
 * badly encoded row garbles nothing else: a line written in Windows-1252 is read as such, a line
 * with stray bytes loses only those bytes (U+FFFD). A byte-order mark is never part of the text.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = start ? bytes.subarray(start) : bytes;
  try {
    return { text: utf8.decode(body), encoding: 'utf-8', repaired: [] };
  } catch {
    // Not UTF-8 as a whole: look at each line.
  }
  const lines: Uint8Array[] = [];
  let from = 0;
  for (let i = 0; i <= body.length; i++) {
    if (i === body.length || body[i] === 0x0a) {
      lines.push(body.subarray(from, Math.min(i + 1, body.length)));
      from = i + 1;
    }
  }
  const decoded: Array<string | null> = lines.map((line) => {
    try {
      return utf8.decode(line);
    } catch {
      return null;
    }
  });
  const bad = decoded.filter((line) => line === null).length;
  const goodWithAccents = decoded.filter((line) => line !== null && /[\u0080-\uffff]/.test(line)).length;
  // A BOM or any correctly encoded accent says UTF-8 was meant: the bad lines are accidents.
  if (start === 0 && goodWithAccents === 0) {
    return { text: latin.decode(body), encoding: 'windows-1252', repaired: [] };
  }
  let text = '';
  const repaired: Array<[number, number]> = [];
  decoded.forEach((line, i) => {
    if (line !== null) {
      text += line;
      return;
    }
    const bytesOfLine = lines[i] as Uint8Array;
    const fixed = hasUtf8Sequence(bytesOfLine) ? utf8Lenient.decode(bytesOfLine) : latin.decode(bytesOfLine);
    repaired.push([text.length, text.length + fixed.length]);
    text += fixed;
  });
  return bad ? { text, encoding: 'mixed', repaired } : { text, encoding: 'utf-8', repaired };
}

export function parseTable(input: string | Uint8Array): Table {
  const { rows, share: _, ...table } = openTable(input);
  return { ...table, rows: [...rows()] };
}

export function openTable(input: string | Uint8Array): TableReader {
  const decoded: Decoded =
    typeof input === 'string'
      ? { text: input.replace(/^\uFEFF/, ''), encoding: 'utf-8', repaired: [] }
      : decodeBytes(input);
  const text = decoded.text;
  const notes: string[] = [];
  if (decoded.encoding === 'windows-1252') notes.push('not UTF-8: read as Windows-1252 (Latin-1)');
  if (decoded.encoding === 'mixed') {
    notes.push(
      `UTF-8 with ${decoded.repaired.length} badly encoded line(s): each decoded on its own, the rest of the file untouched`,
    );
  }
  if (!text.trim()) {
    notes.push('empty file');
    return fixedRows({ container: 'csv', encoding: decoded.encoding, columns: [], rows: [], notes });
  }
  const first = text.trimStart()[0];
  if (first === '[' || first === '{') return fixedRows(parseJson(text, decoded.encoding, notes));
  return readCsv(text, decoded.encoding, notes, decoded.repaired);
}

/** A table already held whole (JSON is parsed in one piece anyway). */
function fixedRows({ rows, ...table }: Table): TableReader {
  let read = 0;
  return {
    ...table,
    *rows() {
      for (const row of rows) {
        read++;
        yield row;
      }
    },
    share: () => (rows.length ? read / rows.length : 1),
  };
}

function parseJson(text: string, encoding: Table['encoding'], notes: string[]): Table {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    notes.push(`invalid JSON: ${(error as Error).message}`);
    return { container: 'json', encoding, columns: [], rows: [], notes };
  }
  // Accept a bare array, { data: [...] } as data.gouv and data·inclusion APIs return, or GeoJSON.
  let items: unknown[] | undefined;
  if (Array.isArray(data)) items = data;
  else if (data && typeof data === 'object') {
    const object = data as Record<string, unknown>;
    if (Array.isArray(object.data)) items = object.data;
    else if (Array.isArray(object.items)) items = object.items;
    else if (Array.isArray(object.features)) {
      items = object.features.map((feature) => {
        const f = feature as { properties?: RawRecord; geometry?: { coordinates?: unknown[] } };
        const [longitude, latitude] = f.geometry?.coordinates ?? [];
        return { latitude, longitude, ...(f.properties ?? {}) };
      });
    }
  }
  if (!items) {
    notes.push('JSON holds no list of places (expected an array, "data", "items" or "features")');
    return { container: 'json', encoding, columns: [], rows: [], notes };
  }
  const columns = new Set<string>();
  const rows: TableRow[] = items.map((item, index) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      return { index: index + 1, error: 'not an object' };
    }
    if (deeperThan(item, MAX_DEPTH)) {
      return {
        index: index + 1,
        error: `a value nested more than ${MAX_DEPTH} levels deep: not a place's field`,
      };
    }
    for (const key of Object.keys(item)) columns.add(key);
    return { index: index + 1, record: item as RawRecord };
  });
  return { container: 'json', encoding, columns: [...columns], rows, notes };
}

/**
 * How deep a row's values may nest: the formats read here go three levels down at most (a list
 * of opening periods in an object of a row). A hostile row nested thousands of levels deep
 * would overflow the stack of any recursive reading of it: it is rejected on its own.
 */
export const MAX_DEPTH = 8;

/** Whether a value nests deeper than `limit`, found without recursion. */
export function deeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (!current || typeof current !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current))
      if (child && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

function detectDelimiter(headerLine: string): string {
  const counts = [',', ';', '\t', '|'].map((d) => [d, headerLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]?.[1] ? counts[0][0] : ',';
}

/** Characters of CSV text parsed at once: rows are handed out batch by batch. */
const CSV_BATCH_CHARS = 1 << 20;

function readCsv(
  text: string,
  encoding: Table['encoding'],
  notes: string[],
  repaired: Array<[number, number]> = [],
): TableReader {
  const headerEnd = text.search(/\r?\n/);
  const headerLine = headerEnd < 0 ? text : text.slice(0, headerEnd);
  const delimiter = detectDelimiter(headerLine);
  const header = Papa.parse<string[]>(headerLine, { delimiter }).data[0] ?? [];
  const columns = header.map((name) => name.trim());
  const repeated = repeatedColumns(columns);
  for (const [column, at] of repeated)
    notes.push(
      `column "${column}" appears ${at.length} times (columns ${at.map((i) => i + 1).join(', ')}): each row reads its first value that is not empty and not a script or data link`,
    );
  const toRow = (index: number, columns: string[], values: string[]) =>
    rowOf(index, columns, values, repeated);
  const bodyStart = headerEnd < 0 ? text.length : headerEnd + (text[headerEnd] === '\r' ? 2 : 1);
  let done = bodyStart;
  const touched = (from: number, to: number) => repaired.some(([s, e]) => s < to && e > from);
  // Line numbers: the line breaks counted once, forwards, as the rows come.
  let counted = 0;
  let lines = 1;
  const lineAt = (offset: number) => {
    for (let i = text.indexOf('\n', counted); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) lines++;
    counted = Math.max(counted, offset);
    return lines;
  };
  function* rows(): Generator<TableRow, void, undefined> {
    let index = 0;
    for (const [from, to] of batches(text, bodyStart, CSV_BATCH_CHARS)) {
      const batch = text.slice(from, to);
      const out: TableRow[] = [];
      for (const record of splitRecords(batch, delimiter)) {
        // Blank lines skipped before the record belong to no row.
        const blank = /^(?:[ \t]*\r?\n)*/.exec(record.raw)?.[0].length ?? 0;
        const line = lineAt(from + record.from + blank);
        const multiline = record.raw.includes('\n');
        if (
          !multiline ||
          (record.values.length === columns.length && !swallowsLines(record.raw, delimiter, columns.length))
        ) {
          const row: TableRow = { ...toRow(++index, columns, record.values), line };
          if ('record' in row && touched(from + record.from, from + record.to)) row.repairedEncoding = true;
          out.push(row);
          continue;
        }
        // A stray quote made the parser run across lines and swallow the rows after it: read each
        // physical line on its own, so that only the broken line is lost.
        for (const [n, physical] of record.raw.slice(blank).split(/\r?\n/).entries()) {
          if (!physical.trim()) continue;
          const [single] = splitRecords(physical, delimiter);
          index++;
          if (single && single.values.length === columns.length && !single.broken)
            out.push({ ...toRow(index, columns, single.values), line: line + n });
          else
            out.push({
              index,
              line: line + n,
              error: 'broken CSV quoting: a quote opens a field that never closes',
            });
        }
      }
      done = to;
      yield* out;
    }
  }
  return {
    container: 'csv',
    encoding,
    delimiter,
    columns,
    notes,
    rows,
    share: () => (text.length > bodyStart ? (done - bodyStart) / (text.length - bodyStart) : 1),
  };
}

/**
 * Whether a record running over several lines is a stray quote that swallowed whole rows, even
 * when the column count happens to match: its first line alone leaves a quote open, and a later
 * line alone is a full row (the continuation of a real multi-line field never is).
 */
function swallowsLines(raw: string, delimiter: string, columns: number): boolean {
  const [first, ...rest] = raw.split(/\r?\n/);
  if (!splitRecords(first ?? '', delimiter)[0]?.broken) return false;
  return rest.some((line) => {
    const [single] = splitRecords(line, delimiter);
    return single !== undefined && !single.broken && single.values.length === columns;
  });
}

/**
 * Cuts CSV text into pieces of about `size` characters, each ending at a line end outside any
 * quotes (an even number of quote characters before it), so that no record is ever cut in two.
 * A file with an unbalanced stray quote makes one longer piece, read as the whole file would be.
 */
function* batches(text: string, start: number, size: number): Generator<[number, number]> {
  let from = start;
  while (from < text.length) {
    let to = Math.min(from + size, text.length);
    if (to < text.length) {
      let quotes = 0;
      for (let i = text.indexOf('"', from); i !== -1 && i < to; i = text.indexOf('"', i + 1)) quotes++;
      for (;;) {
        const newline = text.indexOf('\n', to);
        if (newline === -1) {
          to = text.length;
          break;
        }
        for (let i = text.indexOf('"', to); i !== -1 && i < newline; i = text.indexOf('"', i + 1)) quotes++;
        to = newline + 1;
        if (quotes % 2 === 0) break;
      }
    }
    yield [from, to];
    from = to;
  }
}

interface CsvRecord {
  values: string[];
  raw: string;
  broken: boolean;
  /** Character offsets of the record in the parsed text. */
  from: number;
  to: number;
}

function splitRecords(text: string, delimiter: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let previous = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: 'greedy',
    step: (result) => {
      const cursor = result.meta.cursor;
      records.push({
        values: result.data,
        raw: text.slice(previous, cursor),
        broken: result.errors.some((e) => e.code === 'MissingQuotes'),
        from: previous,
        to: cursor,
      });
      previous = cursor;
    },
  });
  return records;
}

/** The columns named more than once in a header, each with its positions. */
function repeatedColumns(columns: readonly string[]): Map<string, number[]> {
  const at = new Map<string, number[]>();
  for (const [i, column] of columns.entries()) at.set(column, [...(at.get(column) ?? []), i]);
  for (const [column, positions] of at) if (positions.length < 2) at.delete(column);
  return at;
}

/** A link that runs something or carries its own content: never preferred to another value. */
const UNSAFE_LINK = /^\s*(?:javascript|data|vbscript|file|blob):/i;

function rowOf(
  index: number,
  columns: string[],
  values: string[],
  repeated: ReadonlyMap<string, number[]>,
): TableRow {
  if (values.length !== columns.length) {
    // A trailing empty cell from a final separator is harmless.
    const trimmed =
      values.length === columns.length + 1 && values[values.length - 1] === '' ? values.slice(0, -1) : null;
    if (!trimmed) {
      return {
        index,
        error: `${values.length} columns instead of ${columns.length} (broken quoting or separator)`,
      };
    }
    values = trimmed;
  }
  const record: RawRecord = {};
  columns.forEach((column, i) => {
    record[column] = values[i];
  });
  // A column named twice: the first value that is there and safe (a good site_web must not lose
  // to a javascript: one further right), else the first that is there; the reader checks it.
  for (const [column, positions] of repeated) {
    const present = positions.map((i) => values[i] ?? '').filter((value) => value.trim());
    record[column] = present.find((value) => !UNSAFE_LINK.test(value)) ?? present[0] ?? '';
  }
  return { index, record };
}
