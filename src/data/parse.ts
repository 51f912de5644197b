/**
 * Text to values: JSON with the line and column of a syntax error, and CSV in rows of cells (`csvRows`).
 */
import { unsafeCell } from '../format/csv.js';
import type { Outcome } from './problem.js';

export type Format = 'json' | 'csv';

/** Characters V8 shows either side of a bad token when it quotes the JSON around it. */
const CONTEXT = 10;

/**
 * Where a JSON syntax error is, from the engine's message: "at position N", or, where newer V8 quotes
 * the text around an unexpected token instead ("Unexpected token 'x', ..."abc"... is not valid JSON"),
 * from where that quote sits in the text.
 */
export function jsonErrorPosition(text: string, message: string): number | undefined {
  const at = /position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  // Firefox: "JSON.parse: … at line 3 column 18 of the JSON data" (lines split at \n, as ours are).
  const lineColumn = /at line (\d+) column (\d+) of the JSON data$/.exec(message);
  if (lineColumn) {
    let start = 0;
    for (let line = 1; line < Number(lineColumn[1]); line++) {
      const next = text.indexOf('\n', start);
      if (next < 0) return undefined;
      start = next + 1;
    }
    return start + Number(lineColumn[2]) - 1;
  }
  const quoted = /, (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON$/.exec(message);
  if (!quoted) return undefined;
  const [, before, snippet = '', after] = quoted;
  if (before && after) {
    const start = text.indexOf(snippet);
    return start < 0 ? undefined : start + CONTEXT;
  }
  if (after) return snippet.length - CONTEXT;
  if (before) return text.length - snippet.length + CONTEXT;
  // A short text is quoted whole: the first place the unexpected character appears outside a string.
  const token = /^Unexpected token '([\s\S])'/.exec(message)?.[1];
  if (token === undefined) return undefined;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === token) return i;
    else if (c === '"') inString = true;
  }
  return undefined;
}

/** Parses JSON; a syntax error becomes a problem with its line and column where they can be found. */
export function parseJson(text: string): Outcome<unknown> {
  try {
    return { value: JSON.parse(text) as unknown, problems: [] };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = jsonErrorPosition(text, detail);
    const short = detail
      .replace(/\s*(?:in JSON )?at position \d+.*$/s, '')
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/, (\.\.\.)?"[\s\S]*"(\.\.\.)? is not valid JSON$/, '')
      // Firefox's form: "JSON.parse: expected … at line 3 column 18 of the JSON data".
      .replace(/^JSON\.parse: /, '')
      .replace(/ at line \d+ column \d+ of the JSON data$/, '')
      .replace(/^[a-z]/, (first) => first.toUpperCase())
      .replace(/\r?\n/g, '↵');
    if (position === undefined) return { problems: [{ path: '', text: { key: 'json', values: { detail: short } } }] };
    const before = text.slice(0, position);
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return { problems: [{ path: '', text: { key: 'jsonAt', values: { line, column, detail: short } } }] };
  }
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * CSV text in rows of cells, as RFC 4180 writes it: a cell in double quotes may hold commas, line
 * breaks (kept as written) and doubled quotes (read as one); rows end at CRLF, LF or CR; one line break
 * at the very end starts no row. Its results are d3-dsv's `csvParseRows`'s, which the widgets used
 * until 0.2 (test/data/csv-rows.test.ts checks that over random texts): d3-dsv's module brought its
 * writers and its header parser with it, about 0.6 KB gzip in every file that reads CSV (issue 18
 * item 5). Text that is not quite CSV is read the same way too: a character straight after a closing
 * quote ends the cell and is dropped (`"a"b,c` is `a`, ``, `c`), and a quote never closed runs to the
 * end of the text.
 */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  if (text === '') return rows;
  let end = text.length;
  if (text.charCodeAt(end - 1) === LF) end--;
  if (text.charCodeAt(end - 1) === CR) end--;
  let row: string[] = [];
  rows.push(row);
  for (let at = 0; ; ) {
    // `stop`: where the cell ends (the character there is a comma, a line break, or dropped).
    let stop: number;
    if (text.charCodeAt(at) === QUOTE) {
      let quote = at;
      do quote = text.indexOf('"', quote + 1);
      while (quote >= 0 && text.charCodeAt(quote + 1) === QUOTE && ++quote);
      // Never closed: to the end of the text (of a CRLF there, the CR only), as d3-dsv read it.
      const close = quote < 0 ? end + 1 : quote;
      row.push(text.slice(at + 1, close).replace(/""/g, '"'));
      stop = close + 1;
    } else {
      stop = at;
      for (let c; stop < end && (c = text.charCodeAt(stop)) !== COMMA && c !== LF && c !== CR; ) stop++;
      row.push(text.slice(at, stop));
    }
    if (stop >= end) return rows;
    const c = text.charCodeAt(stop);
    at = stop + 1;
    if (c === LF || c === CR) {
      if (c === CR && text.charCodeAt(at) === LF) at++;
      rows.push((row = []));
    }
  }
}

export interface CsvColumns {
  /** Columns that must be in the header, in the documented order. */
  required: readonly string[];
  /** Columns that may follow. */
  optional?: readonly string[];
  /** Columns whose cells are numbers (empty cells are left out; other text is kept, to be reported). */
  numeric?: readonly string[];
  /** Columns whose cells are lists separated by `;` (e.g. `services`). */
  lists?: readonly string[];
}

export interface CsvRecords {
  records: Record<string, unknown>[];
  /** The file line of each record (the header is line 1), for locating problems. */
  lines: number[];
}

/**
 * Parses CSV with a header row into records, matching column names case-insensitively. Blank lines
 * are skipped. Empty cells are left out of the record, as JSON would leave out a missing field. A cell
 * (or list item) that the library's own CSV downloads kept from running as a formula (`'+44 24`, see
 * `safeCell`) is read as it was written (`+44 24`), so every widget reads its downloads back.
 */
export function parseCsv(text: string, columns: CsvColumns): Outcome<CsvRecords> {
  const rows = csvRows(text.replace(/^\uFEFF/, ''));
  const headerIndex = rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  if (headerIndex < 0) return { problems: [{ path: '', text: { key: 'csvEmpty', values: {} } }] };
  const header = rows[headerIndex]!.map((cell) => cell.trim().toLowerCase());
  const known = [...columns.required, ...(columns.optional ?? [])];
  const missing = columns.required.find((name) => !header.includes(name.toLowerCase()));
  if (missing) {
    const documented = columns.required.join(',') + (columns.optional ?? []).map((c) => `[,${c}]`).join('');
    return { problems: [{ path: '', text: { key: 'csvColumns', values: { column: missing, header: documented } } }] };
  }
  const numeric = new Set(columns.numeric ?? []);
  const lists = new Set(columns.lists ?? []);
  const records: Record<string, unknown>[] = [];
  const lines: number[] = [];
  // A row starts on the line after the previous row and any line breaks inside its quoted cells.
  let line = 1;
  rows.forEach((row, index) => {
    const start = line;
    line += 1 + row.reduce((breaks, cell) => breaks + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    if (index <= headerIndex || row.every((cell) => cell.trim() === '')) return;
    const record: Record<string, unknown> = {};
    header.forEach((name, column) => {
      const field = known.find((k) => k.toLowerCase() === name) ?? name;
      const raw = (row[column] ?? '').trim();
      if (raw === '' || !field) return;
      const cell = unsafeCell(raw);
      if (numeric.has(field)) {
        const digits = cell.replace(/[£,\s]/g, '');
        const number = Number(digits);
        record[field] = digits !== '' && Number.isFinite(number) ? number : cell;
      } else if (lists.has(field)) {
        // Split before the guard comes off: the first item's guard is the cell's, each later item has its own.
        record[field] = raw.split(';').map((part) => unsafeCell(part.trim())).filter(Boolean);
      } else record[field] = cell;
    });
    records.push(record);
    lines.push(start);
  });
  return { value: { records, lines }, problems: [] };
}
