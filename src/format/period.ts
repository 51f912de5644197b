/**
 * UK financial years (`2018/19`, 1 April to 31 March) and ISO dates (`2013`, `2013-03`, `2013-03-31`)
 * as used for savings periods. Pure functions: no DOM, no clock.
 */
export type PeriodKind = 'financial-year' | 'year' | 'month' | 'day';

export interface Period {
  /** As given in the data, e.g. `2018/19`. */
  label: string;
  kind: PeriodKind;
  /** The period's end as a UTC date: where a point sits on a time axis. */
  end: Date;
  /** The period's start as a UTC date. */
  start: Date;
}

import { dateTimeFormat } from './intl.js';

const FY = /^(\d{4})\/(\d{2})$/;
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Remembered periods; `null` for text that is not one. */
const parsed = new Map<string, Period | null>();

/** A UTC date; unlike `Date.UTC`, years 0 to 99 stay in the first century rather than the 1900s. */
export function utc(year: number, month: number, day: number): Date {
  if (year >= 100) return new Date(Date.UTC(year, month, day));
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date;
}

/** Periods remembered at most; past that, new ones are read each time and the remembered ones kept. */
export const PERIOD_CACHE = 100_000;

/**
 * Parses a financial year or ISO date; `undefined` when it is neither (or not a real date). Years,
 * months and financial years are remembered (data updates repeat them; treat results as read-only);
 * a full cache is not emptied (that made a 100,000-point update read every period again) but stops
 * growing. Days are read afresh each time: reading one takes less time than looking it up among
 * 100,000 others (a miss in a Map that size took about 6 µs here).
 */
export function parsePeriod(text: string): Period | undefined {
  const day = readDay(text);
  if (day) return day;
  const known = parsed.get(text);
  if (known !== undefined) return known ?? undefined;
  const period = readPeriod(text);
  if (parsed.size < PERIOD_CACHE) parsed.set(text, period ?? null);
  return period;
}

/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const twoDigits = (text: string, i: number) => {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
};

/**
 * `YYYY-MM-DD`, the form long series come in, read with arithmetic: no regular expression, and the
 * day checked against its month's length rather than by reading the date back from the one built
 * (a million points took about 0.3 s that way). One Date, shared by start and end.
 */
function readDay(text: string): Period | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const hi = twoDigits(text, 0);
  const lo = twoDigits(text, 2);
  const month = twoDigits(text, 5) - 1;
  const day = twoDigits(text, 8);
  if (hi < 0 || lo < 0 || month < 0 || month > 11 || day < 1) return undefined;
  const year = hi * 100 + lo;
  const leap = month === 1 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 1 : 0;
  if (day > MONTH_DAYS[month]! + leap) return undefined;
  const date = utc(year, month, day);
  return { label: text, kind: 'day', start: date, end: date };
}

function readPeriod(text: string): Period | undefined {
  const fy = FY.exec(text);
  if (fy) {
    const startYear = Number(fy[1]);
    if ((startYear + 1) % 100 !== Number(fy[2])) return undefined;
    return {
      label: text,
      kind: 'financial-year',
      start: utc(startYear, 3, 1),
      end: utc(startYear + 1, 2, 31)
    };
  }
  const iso = ISO.exec(text);
  if (!iso) return undefined;
  const year = Number(iso[1]);
  if (iso[2] === undefined) {
    return { label: text, kind: 'year', start: utc(year, 0, 1), end: utc(year, 11, 31) };
  }
  const month = Number(iso[2]) - 1;
  if (month < 0 || month > 11) return undefined;
  if (iso[3] === undefined) {
    return {
      label: text,
      kind: 'month',
      start: utc(year, month, 1),
      end: utc(year, month + 1, 0)
    };
  }
  const day = Number(iso[3]);
  const date = utc(year, month, day);
  if (date.getUTCMonth() !== month || date.getUTCDate() !== day) return undefined;
  return { label: text, kind: 'day', start: date, end: date };
}

export const isPeriod = (text: string): boolean => parsePeriod(text) !== undefined;

/** `2018` → `2018/19`: the financial year that starts in April of `startYear` (`50` → `0050/51`, as the data writes it). */
export function financialYear(startYear: number): string {
  return `${String(startYear).padStart(4, '0')}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The financial year a date falls in (April to March). */
export function financialYearOf(date: Date): string {
  const y = date.getUTCFullYear();
  return financialYear(date.getUTCMonth() >= 3 ? y : y - 1);
}

/** Welsh month names and their CLDR abbreviations. */
const WELSH_SHORT = ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'];
const WELSH_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];

/**
 * A UTC date's month (and day) in words. Browsers that lack Welsh locale data (Chromium ships
 * without it) would answer in English, so Welsh month names are built in.
 */
export function formatDate(date: Date, intlLocale: string, parts: 'month' | 'short-month' | 'day'): string {
  if (intlLocale.startsWith('cy')) {
    const name = (parts === 'short-month' ? WELSH_SHORT : WELSH_MONTHS)[date.getUTCMonth()]!;
    return `${parts === 'day' ? `${date.getUTCDate()} ` : ''}${name} ${date.getUTCFullYear()}`;
  }
  const options: Intl.DateTimeFormatOptions =
    parts === 'day'
      ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { month: parts === 'month' ? 'long' : 'short', year: 'numeric', timeZone: 'UTC' };
  return dateTimeFormat(intlLocale, options).format(date);
}

/**
 * A period in words: `2018/19`, `2014`, `December 2011`, `31 March 2013` (Welsh month names with
 * `intlLocale` `cy`).
 */
export function formatPeriod(period: Period, intlLocale: string): string {
  switch (period.kind) {
    case 'financial-year':
    case 'year':
      return period.label;
    case 'month':
      return formatDate(period.start, intlLocale, 'month');
    case 'day':
      return formatDate(period.start, intlLocale, 'day');
  }
}
