/**
 * Spreadsheet cells to dataset values, with the habits of Excel and of finance officers handled:
 * amounts as `£1.2m`, `£250k`, `1,200,000` or `(12,000)` (negative), shares as `25`, `0.25` or `25%`,
 * dates as Excel serial numbers or date cells, financial years as `2018/19`, `2018-19` or `2018/2019`.
 * Each converter returns the value, or the key of what was expected (put into words by the caller).
 * Pure: no DOM, no files; used by the command line and the builder page alike.
 */
import { financialYear, isPeriod } from '../format/period.js';

/** A cell as read-excel-file gives it (or a CSV cell, always text). */
export type Cell = string | number | boolean | Date | null | undefined;

export type Converted<T> = { value: T } | { expected: CellExpected; received: Cell };
export type CellExpected = 'amount' | 'share' | 'date' | 'period' | 'yesNo' | 'choice' | 'gss' | 'number' | 'codes';

const fail = (expected: CellExpected, received: Cell): Converted<never> => ({ expected, received });

/** True when a cell holds nothing (empty, or only spaces). */
export const isBlank = (cell: Cell): boolean => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

/** Text of a cell, trimmed; numbers as written (`2018`), dates as ISO days. */
export function textOf(cell: Cell): string {
  if (cell instanceof Date) return isoDay(cell);
  return String(cell ?? '').trim();
}

const UNITS: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, b: 1e9, billion: 1e9 };

/** `£1.2m` → 1200000, `(12,000)` → -12000, `-£3,500.50` → -3500.5, `1.34 billion` → 1340000000. */
export function amount(cell: Cell): Converted<number> {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell } : fail('amount', cell);
  if (typeof cell !== 'string') return fail('amount', cell);
  let text = cell.trim().toLowerCase().replace(/\s+/g, ' ');
  let sign = 1;
  const bracketed = /^\((.*)\)$/.exec(text);
  if (bracketed) {
    sign = -1;
    text = bracketed[1]!.trim();
  }
  if (text.startsWith('-') || text.startsWith('−')) {
    sign *= -1;
    text = text.slice(1).trim();
  }
  const match = /^(?:£|gbp)?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*([a-z]+)?$/.exec(text);
  if (!match) return fail('amount', cell);
  const unit = match[3] === undefined ? 1 : UNITS[match[3]];
  if (unit === undefined) return fail('amount', cell);
  const value = Number(match[1]!.replace(/,/g, '') + (match[2] ?? '')) * unit;
  // Round away floating-point dust (1.2 × 1e6 = 1199999.9999999998) to pennies.
  return { value: sign * Math.round(value * 100) / 100 };
}

/** A share of costs as a fraction: `0.25`, `25` (a number over 1 is a percentage) or `25%`. */
export function share(cell: Cell): Converted<number> {
  let number: number;
  if (typeof cell === 'number') number = cell > 1 ? cell / 100 : cell;
  else if (typeof cell === 'string') {
    const match = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(cell.trim());
    if (!match) return fail('share', cell);
    number = Number(match[1]);
    if (match[2] || number > 1) number /= 100;
  } else return fail('share', cell);
  if (!Number.isFinite(number) || number < 0 || number > 1) return fail('share', cell);
  return { value: Math.round(number * 1e6) / 1e6 };
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/** Excel's serial day number (1900 date system) as a UTC date: 43132 is 1 February 2018. */
export function fromSerial(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000);
}

/** Serial numbers of plausible dates (1950 to 2100): anything else is not read as a date. */
const SERIAL = { min: 18_264, max: 73_051 };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A date cell, serial number or text to a Date (UTC); `undefined` when it is none. */
function toDate(cell: Cell): { date: Date; precision: 'month' | 'day' } | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : { date: cell, precision: 'day' };
  if (typeof cell === 'number') {
    return Number.isInteger(cell) && cell >= SERIAL.min && cell <= SERIAL.max ? { date: fromSerial(cell), precision: 'day' } : undefined;
  }
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim().toLowerCase();
  if (/^\d{5}$/.test(text)) return toDate(Number(text));
  let m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(text);
  if (m) return make(+m[1]!, +m[2]!, m[3] === undefined ? undefined : +m[3]);
  // UK order: 1/2/2018 is 1 February 2018.
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (m) return make(+m[3]!, +m[2]!, +m[1]!);
  m = /^(?:(\d{1,2})\s+)?([a-z]{3})[a-z]*\.?\s+(\d{4})$/.exec(text);
  if (m && MONTHS.includes(m[2]!)) return make(+m[3]!, MONTHS.indexOf(m[2]!) + 1, m[1] === undefined ? undefined : +m[1]);
  return undefined;
}

function make(year: number, month: number, day?: number): { date: Date; precision: 'month' | 'day' } | undefined {
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  if (date.getUTCMonth() !== month - 1 || date.getUTCFullYear() !== year) return undefined;
  return { date, precision: day === undefined ? 'month' : 'day' };
}

/** A month (`2018-02`), or a day (`2018-02-14`) when the cell names a day other than the first. */
export function yearMonth(cell: Cell): Converted<string> {
  const found = toDate(cell);
  if (!found) return fail('date', cell);
  const { date, precision } = found;
  const month = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
  return { value: precision === 'day' && date.getUTCDate() !== 1 ? isoDay(date) : month };
}

/**
 * A savings period: a financial year (`2018/19`, `2018-19`, `2018/2019`, `FY2018/19`), a year
 * (`2014`), a month or a day (a date cell or an Excel serial number gives the day).
 */
export function period(cell: Cell): Converted<string> {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 1900 && cell <= 2200) return { value: String(cell) };
  if (typeof cell === 'string') {
    const text = cell.trim().replace(/^fy\s*/i, '');
    const fy = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/.exec(text);
    if (fy) {
      const start = Number(fy[1]);
      const end = fy[2]!.length === 4 ? Number(fy[2]) : Number(fy[2]) + Math.floor(start / 100) * 100;
      if (end === start + 1 || (fy[2]!.length === 2 && (start + 1) % 100 === Number(fy[2]))) return { value: financialYear(start) };
      // `2018-02`: a month, not a financial year.
    }
    if (/^\d{4}$/.test(text)) return { value: text };
  }
  const found = toDate(cell);
  if (found) {
    const { date, precision } = found;
    const value = precision === 'month' ? `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}` : isoDay(date);
    if (isPeriod(value)) return { value };
  }
  return fail('period', cell);
}

/** `yes`/`no`, `true`/`false`, `y`/`n`, `1`/`0`, or a TRUE/FALSE cell. */
export function yesNo(cell: Cell): Converted<boolean> {
  if (typeof cell === 'boolean') return { value: cell };
  const text = textOf(cell).toLowerCase();
  if (['yes', 'y', 'true', '1', 'ie', 'gwir'].includes(text)) return { value: true };
  if (['no', 'n', 'false', '0', 'na', 'nage', 'gau'].includes(text)) return { value: false };
  return fail('yesNo', cell);
}

/** One of a fixed set of words, matched loosely: `In year`, `in-year` and `IN_YEAR` are `in-year`. */
export function choice<T extends string>(options: readonly T[]): (cell: Cell) => Converted<T> {
  const key = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
  return (cell) => {
    const found = options.find((option) => key(option) === key(textOf(cell)));
    return found === undefined ? fail('choice', cell) : { value: found };
  };
}

/** A GSS code, upper-cased: `e08000026` → `E08000026`. */
export function gss(cell: Cell): Converted<string> {
  const text = textOf(cell).toUpperCase();
  return /^[ENSWK]\d{8}$/.test(text) ? { value: text } : fail('gss', cell);
}

/** Codes separated by `;` or `,` (a county's districts). */
export function codes(cell: Cell): Converted<string[]> {
  const parts = textOf(cell).split(/[;,]/).map((part) => part.trim().toUpperCase()).filter(Boolean);
  return parts.every((part) => /^[ENSWK]\d{8}$/.test(part)) ? { value: parts } : fail('codes', cell);
}

/** A plain number (latitude, longitude). */
export function number(cell: Cell): Converted<number> {
  const value = typeof cell === 'number' ? cell : Number(textOf(cell));
  return Number.isFinite(value) && !isBlank(cell) ? { value } : fail('number', cell);
}

/** Text, as written. */
export const text = (cell: Cell): Converted<string> => ({ value: textOf(cell) });

/** Text split by `;` (services). */
export const list = (cell: Cell): Converted<string[]> => ({
  value: textOf(cell).split(';').map((part) => part.trim()).filter(Boolean)
});
