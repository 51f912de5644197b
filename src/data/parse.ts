/**
 * Text to values: JSON with the line and column of a syntax error, and CSV through d3-dsv's
 * `csvParseRows` (its `csvParse` compiles code with `new Function`, which a strict CSP blocks).
 */
import { csvParseRows } from 'd3-dsv';
import type { Outcome } from './problem.js';

export type Format = 'json' | 'csv';

/** Parses JSON; a syntax error becomes a problem with its line and column where the engine gives them. */
export function parseJson(text: string): Outcome<unknown> {
  try {
    return { value: JSON.parse(text) as unknown, problems: [] };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(detail);
    if (!at) return { problems: [{ path: '', text: { key: 'json', values: { detail } } }] };
    const before = text.slice(0, Number(at[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    const short = detail.replace(/\s*in JSON at position.*$/s, '').replace(/\s*\(line \d+ column \d+\)/, '');
    return { problems: [{ path: '', text: { key: 'jsonAt', values: { line, column, detail: short } } }] };
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
 * are skipped. Empty cells are left out of the record, as JSON would leave out a missing field.
 */
export function parseCsv(text: string, columns: CsvColumns): Outcome<CsvRecords> {
  const rows = csvParseRows(text.replace(/^\uFEFF/, ''));
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
  rows.forEach((row, index) => {
    if (index <= headerIndex || row.every((cell) => cell.trim() === '')) return;
    const record: Record<string, unknown> = {};
    header.forEach((name, column) => {
      const field = known.find((k) => k.toLowerCase() === name) ?? name;
      const cell = (row[column] ?? '').trim();
      if (cell === '' || !field) return;
      if (numeric.has(field)) {
        const number = Number(cell.replace(/[£,\s]/g, ''));
        record[field] = Number.isFinite(number) ? number : cell;
      } else if (lists.has(field)) {
        record[field] = cell.split(';').map((part) => part.trim()).filter(Boolean);
      } else record[field] = cell;
    });
    records.push(record);
    lines.push(index + 1);
  });
  return { value: { records, lines }, problems: [] };
}
