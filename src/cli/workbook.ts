/**
 * A workbook (or a folder of CSV files) to the shared dataset. Sheets `partnerships`, `partners`
 * and `savings` (and optionally `councils`, `contacts`) with the columns in `columns.ts`. Every
 * problem is located by sheet, row and column; a row with a problem in a required cell is left out
 * and reported, a bad optional cell is left empty and reported: nothing is dropped silently. The
 * dataset made is then checked by the widgets' own readers, and their problems are located back in
 * the sheets. Pure: the caller reads the files (`read-excel-file` or CSV text).
 */
import { csvParseRows } from 'd3-dsv';
import type { Dataset } from '../data/dataset.js';
import type { Problem } from '../data/problem.js';
import { isBlank, textOf, type Cell } from './cells.js';
import { columnFor, SHEETS, type Column, type SheetName, type SheetSpec } from './columns.js';
import { checkDataset } from './readers.js';

/** One sheet as read: its rows of cells; for CSV, where each cell starts in the file. */
export interface SheetInput {
  name: string;
  rows: Cell[][];
  /** CSV only: for each row, its file line and the character column of each cell. */
  positions?: { line: number; columns: number[] }[];
}

/** What went wrong, in words from `words.ts` (`key`) or from the widgets' checks (`problem`). */
export type BuildMessage =
  | { key: string; values?: Record<string, string | number>; received?: Cell }
  | { problem: Problem };

export interface BuildProblem {
  sheet: string;
  /** The spreadsheet row (1 = first), when the problem is in one. */
  row?: number;
  /** The column (0 = A), when the problem is in one. */
  column?: number;
  /** For CSV: the file line and character column. */
  line?: number;
  char?: number;
  heading?: string;
  message: BuildMessage;
}

export interface Built {
  dataset: Dataset;
  problems: BuildProblem[];
}

/** Where each object of the dataset came from, by its path: its sheet, row and columns by field. */
interface Origin {
  sheet: SheetInput;
  row: number;
  columns: Map<string, { index: number; heading: string }>;
}

type Row = { index: number; values: Record<string, unknown> };

const slug = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'partnership';

const key = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

class Reader {
  readonly problems: BuildProblem[] = [];
  readonly origins = new Map<string, Origin>();

  place(sheet: SheetInput, row?: number, column?: number, heading?: string): Omit<BuildProblem, 'message'> {
    const out: Omit<BuildProblem, 'message'> = { sheet: sheet.name };
    if (row !== undefined) out.row = row + 1;
    if (column !== undefined) out.column = column;
    if (heading !== undefined) out.heading = heading;
    const position = row === undefined ? undefined : sheet.positions?.[row];
    if (position) {
      out.line = position.line;
      out.char = column === undefined ? 1 : (position.columns[column] ?? 1);
    }
    return out;
  }

  report(sheet: SheetInput, message: BuildMessage, row?: number, column?: number, heading?: string): void {
    this.problems.push({ ...this.place(sheet, row, column, heading), message });
  }

  /** Reads a sheet's rows by its headings; reports unknown columns, missing ones and bad cells. */
  rows(sheet: SheetInput, spec: SheetSpec): { rows: Row[]; columns: Map<string, { index: number; heading: string }> } | undefined {
    const headingRow = sheet.rows.findIndex((row) => row.some((cell) => !isBlank(cell)));
    if (headingRow < 0) {
      this.report(sheet, { key: 'noHeading' });
      return undefined;
    }
    const columns = new Map<string, { index: number; heading: string }>();
    const byIndex = new Map<number, Column>();
    sheet.rows[headingRow]!.forEach((cell, index) => {
      if (isBlank(cell)) return;
      const heading = textOf(cell);
      const column = columnFor(spec, heading);
      if (!column || columns.has(column.field)) {
        const names = spec.columns.map((c) => `"${c.heading}"`).join(', ');
        this.report(sheet, { key: 'unknownColumn', values: { heading, columns: names } }, headingRow, index, heading);
        return;
      }
      columns.set(column.field, { index, heading });
      byIndex.set(index, column);
    });
    const missing = spec.columns.filter((c) => c.required && !columns.has(c.field));
    for (const column of missing) this.report(sheet, { key: 'missingColumn', values: { column: column.heading } }, headingRow);
    if (missing.length) return undefined;
    const rows: Row[] = [];
    for (let index = headingRow + 1; index < sheet.rows.length; index++) {
      const cells = sheet.rows[index]!;
      if (cells.every(isBlank)) continue;
      const values: Record<string, unknown> = {};
      let usable = true;
      // Cells beyond the headings are reported too: nothing typed into the sheet is ignored unsaid.
      cells.forEach((cell, c) => {
        if (!byIndex.has(c) && !isBlank(cell) && !sheet.rows[headingRow]![c]) {
          this.report(sheet, { key: 'unknownColumn', values: { heading: '', columns: spec.columns.map((x) => `"${x.heading}"`).join(', ') } }, index, c);
        }
      });
      for (const column of spec.columns) {
        const at = columns.get(column.field);
        const cell = at === undefined ? undefined : cells[at.index];
        if (isBlank(cell)) {
          if (column.required) {
            usable = false;
            this.report(sheet, { key: 'required' }, index, at?.index, column.heading);
          }
          continue;
        }
        const converted = column.convert(cell);
        if ('value' in converted) {
          values[column.field] = converted.value;
          continue;
        }
        if (column.required) usable = false;
        const options = /one of: ([^.(]*)/i.exec(column.note)?.[1]?.trim() ?? '';
        this.report(sheet, { key: `cell.${converted.expected}`, values: { options }, received: cell }, index, at!.index, at!.heading);
      }
      if (usable) rows.push({ index, values });
    }
    return { rows, columns };
  }

  origin(path: string, sheet: SheetInput, row: Row, columns: Map<string, { index: number; heading: string }>): void {
    this.origins.set(path, { sheet, row: row.index, columns });
  }
}

/** Only the given fields of `values`, leaving out the ones that are not the dataset's. */
function pick(values: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) if (values[field] !== undefined && values[field] !== '') out[field] = values[field];
  return out;
}

/** Builds the dataset from the sheets; `title` goes on top. */
export function buildDataset(sheets: SheetInput[], options: { title?: string } = {}): Built {
  const r = new Reader();
  const byName = new Map(sheets.map((s) => [s.name.trim().toLowerCase(), s]));
  const read: Partial<Record<SheetName, { sheet: SheetInput; rows: Row[]; columns: Map<string, { index: number; heading: string }> }>> = {};
  const known = SHEETS.map((s) => s.name);
  for (const spec of SHEETS) {
    const sheet = byName.get(spec.name);
    if (!sheet) {
      if (spec.required) {
        const first = sheets[0] ?? { name: spec.name, rows: [] };
        r.report(first, { key: 'noSheet', values: { sheet: spec.name, sheets: sheets.map((s) => s.name).join(', ') || '–' } });
      }
      continue;
    }
    const rows = r.rows(sheet, spec);
    if (rows) read[spec.name] = { sheet, ...rows };
  }
  for (const sheet of sheets) {
    const name = sheet.name.trim().toLowerCase();
    if (!known.includes(name as SheetName) && name !== 'notes' && sheet.rows.some((row) => row.some((c) => !isBlank(c)))) {
      r.report(sheet, { key: 'unknownSheet', values: { sheet: sheet.name, sheets: known.join(', ') } });
    }
  }

  // Councils: the councils sheet, then names given on the partners sheet.
  const councils: Record<string, unknown>[] = [];
  const councilRows = new Map<string, number>();
  if (read.councils) {
    const { sheet, rows, columns } = read.councils;
    for (const row of rows) {
      const code = row.values.code as string;
      const first = councilRows.get(code);
      if (first !== undefined) {
        r.report(sheet, { key: 'duplicateCouncil', values: { code, row: first + 1 } }, row.index, columns.get('code')!.index, columns.get('code')!.heading);
        continue;
      }
      councilRows.set(code, row.index);
      r.origin(`councils[${councils.length}]`, sheet, row, columns);
      councils.push(pick(row.values, ['code', 'name', 'shortName', 'lat', 'lon', 'areas']));
    }
  }

  // Partnerships, found by name or id.
  const partnerships: Record<string, unknown>[] = [];
  const lookup = new Map<string, { index: number; row: number; name: string }>();
  const ids = new Set<string>();
  if (read.partnerships) {
    const { sheet, rows, columns } = read.partnerships;
    for (const row of rows) {
      const name = row.values.name as string;
      const first = lookup.get(key(name));
      if (first) {
        const at = columns.get('name')!;
        r.report(sheet, { key: 'duplicatePartnership', values: { name, row: first.row + 1 } }, row.index, at.index, at.heading);
        continue;
      }
      let id = (row.values.id as string | undefined) || slug(name);
      if (ids.has(id)) {
        let n = 2;
        while (ids.has(`${id}-${n}`)) n++;
        id = `${id}-${n}`;
      }
      ids.add(id);
      const entry = { index: partnerships.length, row: row.index, name };
      lookup.set(key(name), entry);
      if (!lookup.has(key(id))) lookup.set(key(id), entry);
      r.origin(`partnerships[${partnerships.length}]`, sheet, row, columns);
      partnerships.push({
        id,
        ...pick(row.values, ['name', 'description', 'category', 'serviceArea', 'status', 'started', 'source', 'illustrative']),
        partners: [],
        savings: []
      });
    }
  }

  const find = (sheet: SheetInput, row: Row, columns: Map<string, { index: number; heading: string }>) => {
    const name = row.values.partnership as string;
    const found = lookup.get(key(name));
    if (!found && read.partnerships) {
      const at = columns.get('partnership')!;
      r.report(sheet, { key: 'unknownPartnership', values: { name } }, row.index, at.index, at.heading);
    }
    return found;
  };

  // Partners.
  const partnerRows = new Map<string, number>();
  if (read.partners) {
    const { sheet, rows, columns } = read.partners;
    for (const row of rows) {
      const p = find(sheet, row, columns);
      if (!p) continue;
      const code = row.values.council as string;
      const first = partnerRows.get(`${p.index}/${code}`);
      if (first !== undefined) {
        const at = columns.get('council')!;
        r.report(sheet, { key: 'duplicatePartner', values: { code, name: p.name, row: first + 1 } }, row.index, at.index, at.heading);
        continue;
      }
      partnerRows.set(`${p.index}/${code}`, row.index);
      const list = partnerships[p.index]!.partners as Record<string, unknown>[];
      r.origin(`partnerships[${p.index}].partners[${list.length}]`, sheet, row, columns);
      list.push(pick(row.values, ['council', 'role', 'share', 'joined', 'services', 'illustrative']));
      const name = row.values.name as string | undefined;
      if (name && !councilRows.has(code)) {
        councilRows.set(code, -1);
        r.origin(`councils[${councils.length}]`, sheet, row, new Map([...columns].map(([f, c]) => [f === 'council' ? 'code' : f, c])));
        councils.push({ code, name });
      }
    }
  }
  for (const p of lookup.values()) {
    const partnership = partnerships[p.index]!;
    if ((partnership.partners as unknown[]).length === 0 && read.partners && read.partnerships && lookup.get(key(p.name)) === p) {
      const at = read.partnerships.columns.get('name')!;
      r.report(read.partnerships.sheet, { key: 'noPartners', values: { name: p.name } }, p.row, at.index, at.heading);
    }
  }

  // Contacts, onto their partners.
  if (read.contacts) {
    const { sheet, rows, columns } = read.contacts;
    for (const row of rows) {
      const p = find(sheet, row, columns);
      if (!p) continue;
      const code = row.values.council as string;
      const list = partnerships[p.index]!.partners as Record<string, unknown>[];
      const i = list.findIndex((partner) => partner.council === code);
      if (i < 0) {
        const at = columns.get('council')!;
        r.report(sheet, { key: 'notAPartner', values: { code, name: p.name } }, row.index, at.index, at.heading);
        continue;
      }
      r.origin(`partnerships[${p.index}].partners[${i}].contact`, sheet, row, columns);
      list[i]!.contact = pick(row.values, ['name', 'email', 'phone', 'illustrative']);
    }
  }

  // Savings.
  if (read.savings) {
    const { sheet, rows, columns } = read.savings;
    for (const row of rows) {
      const p = find(sheet, row, columns);
      if (!p) continue;
      const list = partnerships[p.index]!.savings as Record<string, unknown>[];
      r.origin(`partnerships[${p.index}].savings[${list.length}]`, sheet, row, columns);
      list.push(pick(row.values, ['period', 'amount', 'kind', 'status', 'source', 'note', 'illustrative']));
    }
  }
  for (const p of partnerships) if ((p.savings as unknown[]).length === 0) delete p.savings;

  const input: Record<string, unknown> = { ...(options.title ? { title: options.title } : {}), councils, partnerships };
  // The widgets' own checks, on what was made; their problems are put back where they came from.
  const checked = checkDataset(input);
  for (const problem of checked.problems) r.problems.push(locate(r.origins, problem, sheets[0]?.name ?? ''));
  return { dataset: (checked.dataset ?? input) as Dataset, problems: r.problems };
}

/** A widget check's problem (`partnerships[0].partners[2].share`) at its sheet, row and column. */
function locate(origins: Map<string, Origin>, problem: Problem, fallback: string): BuildProblem {
  let path = problem.path;
  let rest = '';
  while (path && !origins.has(path)) {
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    rest = path.slice(cut).replace(/^[.[]/, '') + (rest ? `.${rest}` : '');
    path = cut > 0 ? path.slice(0, cut) : '';
  }
  const origin = origins.get(path);
  if (!origin) return { sheet: fallback, message: { problem } };
  const field = rest.split(/[.[]/)[0] ?? '';
  const column = origin.columns.get(field);
  const reader = new Reader();
  return { ...reader.place(origin.sheet, origin.row, column?.index, column?.heading), message: { problem } };
}

/**
 * A CSV file as a sheet, with each cell's line and column in the file (a quoted cell may hold line
 * breaks, so rows and lines differ). Values come from d3-dsv; only positions are worked out here.
 */
export function csvSheet(name: string, text: string): SheetInput {
  const clean = text.replace(/^\uFEFF/, '');
  const rows = csvParseRows(clean) as Cell[][];
  const positions: { line: number; columns: number[] }[] = [];
  let line = 1;
  let column = 1;
  let quoted = false;
  let current: { line: number; columns: number[] } = { line: 1, columns: [1] };
  for (let i = 0; i < clean.length; i++) {
    const c = clean[i]!;
    if (quoted) {
      if (c === '"' && clean[i + 1] === '"') {
        i++;
        column += 2;
        continue;
      }
      if (c === '"') quoted = false;
      if (c === '\n') {
        line++;
        column = 1;
        continue;
      }
      column++;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === ',') current.columns.push(column + 1);
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && clean[i + 1] === '\n') i++;
      positions.push(current);
      line++;
      column = 1;
      current = { line, columns: [1] };
      continue;
    }
    column++;
  }
  if (positions.length < rows.length) positions.push(current);
  return { name, rows, positions };
}
