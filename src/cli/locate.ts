/**
 * Where a problem is in the file it came from: a path such as `partnerships[0].partners[2].share` to
 * the line and column of that value in the JSON text (through jsonc-parser's syntax tree; a missing
 * field points at the object that lacks it), a CSV problem to its line and the column of its cell,
 * a workbook problem to its sheet, row and column. Then the whole problem in words.
 */
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { problemMessage, type Problem } from '../data/problem.js';
import type { Locale } from '../i18n/messages.js';
import { describeCell } from './describe.js';
import { columnLetters } from './columns.js';
import type { BuildProblem } from './workbook.js';
import { fill, widgetWords, words } from './words.js';

/** A problem ready to print: `file:line:column: path: message`. */
export interface Located {
  file: string;
  line?: number;
  column?: number;
  /** For workbooks: the sheet, and the cell's address such as `C5`. */
  sheet?: string;
  cell?: string;
  path: string;
  message: string;
  /** Something to check (a retired council code, say) rather than something the widgets leave out. */
  warning?: boolean;
}

/** `partnerships[0]["odd key"].share` → `['partnerships', 0, 'odd key', 'share']`. */
export function pathSegments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  const re = /\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([^.[\]]+)/g;
  for (let m = re.exec(path); m; m = re.exec(path)) {
    if (m[1] !== undefined) out.push(Number(m[1]));
    else if (m[2] !== undefined) out.push(JSON.parse(m[2]) as string);
    else if (m[3] !== undefined) out.push(m[3]);
  }
  return out;
}

/** Line and column (1-based) of an offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Finds the node at `path`, or the nearest one above it that exists. */
function nearest(root: Node, segments: (string | number)[]): Node {
  for (let n = segments.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, segments.slice(0, n));
    // A property's value, or for a missing field its object.
    if (node) return node;
  }
  return root;
}

export interface JsonLocator {
  (path: string): { line: number; column: number };
}

/** A locator for one JSON text (parsed once). */
export function jsonLocator(text: string): JsonLocator {
  const root = parseTree(text);
  return (path) => {
    if (!root) return { line: 1, column: 1 };
    return lineColumn(text, nearest(root, pathSegments(path)).offset);
  };
}

/** The character column of CSV field `field` (0-based) on line `line` (1-based) of `text`. */
export function csvColumn(text: string, line: number, field: number): number {
  const row = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)[line - 1] ?? '';
  let quoted = false;
  let seen = 0;
  if (field === 0) return 1;
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted && ++seen === field) return i + 2;
  }
  return 1;
}

/** The column index of `name` in a CSV's header (case-insensitive); -1 when absent. */
function csvHeaderIndex(text: string, name: string): number {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  return header.split(',').map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase()).indexOf(name.toLowerCase());
}

/** A widget check's problem in words, without its place (the caller prints that). */
export function problemText(problem: Problem, locale: Locale, file: string): string {
  const t = widgetWords(locale);
  // Only load and parse failures name the file in their words; the caller prints the place.
  return problemMessage({ ...problem, path: '', line: undefined } as Problem, t, problem.text ? file : '');
}

/** Locates problems found in a JSON file. */
export function locateJson(file: string, text: string, problems: Problem[], locale: Locale): Located[] {
  const locate = jsonLocator(text);
  return problems.map((problem) => {
    const values = problem.text?.values;
    const at = values && typeof values.line === 'number' ? { line: values.line, column: Number(values.column) } : locate(problem.path);
    return { file, ...at, path: problem.path, message: problemText(problem, locale, file), ...(problem.warning ? { warning: true } : {}) };
  });
}

/** Locates problems found in a CSV file: their line, and the column of the field they name. */
export function locateCsv(file: string, text: string, problems: Problem[], locale: Locale): Located[] {
  return problems.map((problem) => {
    const line = problem.line ?? 1;
    const index = problem.path ? csvHeaderIndex(text, problem.path.split(/[.[]/)[0]!) : -1;
    const column = index < 0 ? 1 : csvColumn(text, line, index);
    return { file, line, column, path: problem.path, message: problemText(problem, locale, file), ...(problem.warning ? { warning: true } : {}) };
  });
}

/** A build problem in words, located by sheet, row and column (or CSV file, line and column). */
export function locateBuild(problem: BuildProblem, locale: Locale, fileOf: (sheet: string) => string): Located {
  const w = words[locale].build;
  const { message } = problem;
  let text: string;
  let path = problem.heading ?? '';
  if ('problem' in message) {
    text = problemText(message.problem, locale, fileOf(problem.sheet));
    if (!path) path = message.problem.path;
  } else {
    const [group, name] = message.key.split('.') as [string, string | undefined];
    const template = group === 'cell' ? w.cell[name as keyof typeof w.cell] : (w as unknown as Record<string, string>)[group];
    text = fill(template ?? message.key, message.values ?? {});
    if ('received' in message) text += `, ${w.got} ${describeCell(message.received, locale)}`;
  }
  const located: Located = { file: fileOf(problem.sheet), path, message: text };
  if ('problem' in message && message.problem.warning) located.warning = true;
  if (problem.line !== undefined) {
    located.line = problem.line;
    located.column = problem.char ?? 1;
  } else {
    located.sheet = problem.sheet;
    if (problem.row !== undefined) {
      located.line = problem.row;
      located.cell = `${problem.column === undefined ? '' : columnLetters(problem.column)}${problem.row}`;
      if (problem.column !== undefined) located.column = problem.column + 1;
    }
  }
  return located;
}

/** One line: `file:line:column: path: message`; a workbook's place as `book.xlsx:partners!C5`. */
export function formatLocated(p: Located, locale: Locale = 'en'): string {
  let place = p.file;
  if (p.sheet !== undefined) place += `:${p.sheet}${p.cell ? `!${p.cell}` : ''}`;
  else if (p.line !== undefined) place += `:${p.line}:${p.column ?? 1}`;
  return [place, p.path, p.warning ? `${words[locale].warning}: ${p.message}` : p.message].filter(Boolean).join(': ');
}
