/**
 * Writing CSV for downloads. Parsing is d3-dsv's (`src/data/parse.ts`); writing is two lines, which
 * cost less than d3-dsv's formatter in a widget that does not parse CSV.
 */

/**
 * Free text that a spreadsheet would run as a formula (starting `=`, `+`, `-`, `@`, a tab or a
 * carriage return, their full-width forms, or any of these after spaces: `=HYPERLINK(…)`, DDE's
 * `=cmd|' /C calc'!A0`, a phone number `+44 24 7683 3333`) gets an apostrophe in front, so that it
 * opens as text. Readers of these files take the apostrophe off again (`unsafeCell`). Text that
 * already starts with apostrophes before such a character (`'-a`) gets one more, so that reading it
 * back gives what was written: `unsafeCell(safeCell(x))` is `x` for every string.
 */
export const safeCell = (value: string): string => (guarded(value) ? `'${value}` : value);
const FORMULA = /^\s*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;
/** A formula once any apostrophes in front are taken off (a loop, not recursion: a cell may hold 100,000 of them). */
const guarded = (value: string): boolean => FORMULA.test(value.replace(/^'+/, ''));
/** A plain number (`-1200`, `0.25`, `1e6`) opens as that number, which is no formula. */
const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/** What `safeCell` wrote, read back: `'+44 24` → `+44 24`, `''-a` → `'-a`. */
export const unsafeCell = (value: string): string => (value[0] === "'" && guarded(value.slice(1)) ? value.slice(1) : value);

/** A cell, quoted when it holds a quote, comma or line break (RFC 4180). */
export const csvCell = (value: string): string => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * Rows of cells as CSV text, one line each, ending with a line break. Every cell but a plain number
 * goes through `safeCell`, so no column (emails, phones, sources) can carry a formula: give it the
 * text as it is (`safeCell` twice adds two apostrophes, and a reader takes off one).
 */
export const toCsv = (rows: readonly (readonly string[])[]): string =>
  rows.map((row) => row.map((cell) => csvCell(NUMBER.test(cell) ? cell : safeCell(cell))).join(',')).join('\n') + '\n';
