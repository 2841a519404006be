import Papa from 'papaparse';

/**
 * Turns a file's bytes or text into rows of named values, whatever the encoding, separator or
 * container (CSV or JSON). Problems are reported per row: a broken row never hides good ones.
 */

export type RawRecord = Record<string, unknown>;

export type TableRow = { index: number; record: RawRecord } | { index: number; error: string };

export interface Table {
  container: 'csv' | 'json';
  encoding: 'utf-8' | 'windows-1252';
  delimiter?: string;
  columns: string[];
  rows: TableRow[];
  /** File-level notes: encoding fallback, empty file… */
  notes: string[];
}

export function decodeBytes(bytes: Uint8Array): { text: string; encoding: Table['encoding'] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // French open data is still sometimes exported from spreadsheets as Windows-1252.
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

export function parseTable(input: string | Uint8Array): Table {
  const decoded =
    typeof input === 'string' ? { text: input, encoding: 'utf-8' as const } : decodeBytes(input);
  const text = decoded.text.replace(/^\uFEFF/, '');
  const notes: string[] = [];
  if (decoded.encoding !== 'utf-8') notes.push('not UTF-8: read as Windows-1252 (Latin-1)');
  if (!text.trim()) {
    notes.push('empty file');
    return { container: 'csv', encoding: decoded.encoding, columns: [], rows: [], notes };
  }
  const first = text.trimStart()[0];
  if (first === '[' || first === '{') return parseJson(text, decoded.encoding, notes);
  return parseCsv(text, decoded.encoding, notes);
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
    for (const key of Object.keys(item)) columns.add(key);
    return { index: index + 1, record: item as RawRecord };
  });
  return { container: 'json', encoding, columns: [...columns], rows, notes };
}

function detectDelimiter(headerLine: string): string {
  const counts = [',', ';', '\t', '|'].map((d) => [d, headerLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]?.[1] ? counts[0][0] : ',';
}

function parseCsv(text: string, encoding: Table['encoding'], notes: string[]): Table {
  const headerEnd = text.search(/\r?\n/);
  const headerLine = headerEnd < 0 ? text : text.slice(0, headerEnd);
  const delimiter = detectDelimiter(headerLine);
  const header = Papa.parse<string[]>(headerLine, { delimiter }).data[0] ?? [];
  const columns = header.map((name) => name.trim());
  const body = headerEnd < 0 ? '' : text.slice(headerEnd).replace(/^\r?\n/, '');
  const rows: TableRow[] = [];
  let index = 0;
  for (const record of splitRecords(body, delimiter)) {
    if (record.values.length === columns.length || !record.raw.includes('\n')) {
      rows.push(toRow(++index, columns, record.values));
      continue;
    }
    // A stray quote made the parser run across lines and swallow the rows after it: read each
    // physical line on its own, so that only the broken line is lost.
    for (const line of record.raw.split(/\r?\n/)) {
      if (!line.trim()) continue;
      const [single] = splitRecords(line, delimiter);
      index++;
      if (single && single.values.length === columns.length && !single.broken)
        rows.push(toRow(index, columns, single.values));
      else rows.push({ index, error: 'broken CSV quoting: a quote opens a field that never closes' });
    }
  }
  return { container: 'csv', encoding, delimiter, columns, rows, notes };
}

interface CsvRecord {
  values: string[];
  raw: string;
  broken: boolean;
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
      });
      previous = cursor;
    },
  });
  return records;
}

function toRow(index: number, columns: string[], values: string[]): TableRow {
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
  return { index, record };
}
