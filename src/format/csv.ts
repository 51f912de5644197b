/**
 * Writing CSV for downloads. Parsing is d3-dsv's (`src/data/parse.ts`); writing is two lines, which
 * cost less than d3-dsv's formatter in a widget that does not parse CSV.
 */

/**
 * Free text that a spreadsheet would run as a formula (starting `=`, `+`, `-`, `@`, a tab or a
 * carriage return) gets an apostrophe in front, so that it opens as text.
 */
export const safeCell = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** A cell, quoted when it holds a quote, comma or line break (RFC 4180). */
export const csvCell = (value: string): string => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Rows of cells as CSV text, one line each, ending with a line break. */
export const toCsv = (rows: readonly (readonly string[])[]): string => rows.map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
