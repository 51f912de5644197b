/**
 * Numbers in the ONS style, through `Intl` in `en-GB` or `cy`:
 * short money for axes and tiles (`£200m`, `£1.34bn`, `£156.5m`), full money for tables
 * (`£1,340,000,000`), counts with thousands commas, and percentages from fractions.
 */
import { numberFormat } from './intl.js';

export interface MoneyOptions {
  intlLocale: string;
  currency?: string;
  units: MoneyUnits;
}

/**
 * An ISO 4217 code as `Intl` takes it (surrounding spaces and letter case forgiven), or `undefined`
 * when there is none: `"GBP "` → `GBP`; `"£"`, `"bogus"` → `undefined`.
 */
export function currencyCode(code: string | null | undefined): string | undefined {
  const c = (code ?? '').trim().toUpperCase();
  // `Intl` takes any well-formed code (three letters); anything else throws a RangeError.
  return /^[A-Z]{3}$/.test(c) ? c : undefined;
}

/** The `currency` attribute's problem, located, when `Intl` cannot take it. */
/** Suffixes for amounts of money, short (`£1.3bn`) and in full (`£1.3 billion`); the words are in i18n/data-messages.ts. */
export interface MoneyUnits {
  thousand: string;
  million: string;
  billion: string;
  millionLong: string;
  billionLong: string;
}

/** A currency `Intl` cannot take, as a located problem (the shape of data/problem.ts's `Problem`: format imports no data module). */
export interface CurrencyProblem {
  path: 'currency';
  expected: 'currency';
  received: string;
}

export const currencyProblem = (code: string | null | undefined): CurrencyProblem | undefined =>
  currencyCode(code) ? undefined : { path: 'currency', expected: 'currency', received: code ?? '' };

/** A currency `Intl` refuses (the widget says so) falls back to pounds rather than throwing. */
const nf = (locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  numberFormat(locale, options.style === 'currency' ? { ...options, currency: currencyCode(options.currency) ?? 'GBP' } : options);

interface Scaled {
  value: number;
  unit: 'billion' | 'million' | 'thousand' | '';
  fractionDigits: number;
}

/**
 * Chooses `bn`, `m` or `k` and how many decimals keep three or four significant figures, by the
 * amount as it will be shown: `999,999,999.9` rounds to a billion, so it is `£1bn`, not `£1,000m`.
 */
function scale(amount: number): Scaled {
  const s = scaleOf(amount);
  const shown = Number(s.value.toFixed(s.fractionDigits)) * divisors[s.unit];
  return shown !== amount && scaleOf(shown).unit !== s.unit ? scaleOf(shown, amount) : s;
}

const divisors = { billion: 1e9, million: 1e6, thousand: 1e3, '': 1 };

function scaleOf(rounded: number, amount = rounded): Scaled {
  const abs = Math.abs(rounded);
  const [divisor, unit] =
    abs >= 1e9 ? [1e9, 'billion' as const] : abs >= 1e6 ? [1e6, 'million' as const] : abs >= 1e4 ? [1e3, 'thousand' as const] : [1, '' as const];
  const value = amount / divisor;
  const v = Math.abs(rounded / divisor);
  const fractionDigits = unit === '' ? 0 : v < 10 ? 2 : v < 1000 ? 1 : 0;
  return { value, unit, fractionDigits };
}

/**
 * `£1.34bn`, `£200m`, `£156.5m`, `£45k`, `£950`: for axes, tiles and tooltips.
 *
 * `scale` picks the unit and the decimals (from £10k, not £1k as `Intl` would, and never past `bn`).
 * In English, `Intl`'s compact notation then writes the figure and its unit: en-GB's CLDR forms are
 * the ONS's own (`k`, `m`, `bn`), the same in Chromium and Firefox. Welsh keeps the hand-written
 * units: CLDR's compact forms for `cy` are `K`, `M`, `B` (`£1.34B` in Chromium 156 and Firefox ESR
 * 153 alike), not the `bn` and `m` that Welsh public bodies write, and a browser without Welsh data
 * would fall back to English's.
 */
export function formatMoneyShort(amount: number, { intlLocale, currency = 'GBP', units }: MoneyOptions): string {
  const s = scale(amount);
  const options: Intl.NumberFormatOptions = { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: s.fractionDigits };
  if (s.unit && intlLocale === 'en-GB' && Math.abs(s.value) < 999.9) {
    // An amount that rounds up into the next unit shows as one of it (`Intl` alone would write
    // 999,960 as `£999.96k`, not `£1m`); past £999.9bn `Intl` says `tn`, where the ONS stays in `bn`.
    const figure = Math.abs(amount) < divisors[s.unit] ? Math.sign(amount) * divisors[s.unit] : amount;
    return nf(intlLocale, { ...options, notation: 'compact' }).format(figure);
  }
  const text = nf(intlLocale, options).format(s.value);
  return s.unit ? text + units[s.unit] : text;
}

/** `£1.34 billion`: the short form in words, for screen readers and prose. */
export function formatMoneyLong(amount: number, { intlLocale, currency = 'GBP', units }: MoneyOptions): string {
  const s = scale(amount);
  if (s.unit !== 'billion' && s.unit !== 'million') return formatMoneyFull(amount, { intlLocale, currency, units });
  const text = nf(intlLocale, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: s.fractionDigits }).format(s.value);
  return `${text} ${s.unit === 'billion' ? units.billionLong : units.millionLong}`;
}

/** `£1,340,000,000`, or `£1,200.50` when there are pence: for tables. */
export function formatMoneyFull(amount: number, { intlLocale, currency = 'GBP' }: Omit<MoneyOptions, 'units'> & { units?: unknown }): string {
  const pence = !Number.isInteger(amount);
  return nf(intlLocale, { style: 'currency', currency, minimumFractionDigits: pence ? 2 : 0, maximumFractionDigits: pence ? 2 : 0 }).format(amount);
}

/** `626`, `1,340`. */
export function formatCount(value: number, intlLocale: string): string {
  return nf(intlLocale, { maximumFractionDigits: 2 }).format(value);
}

/** `0.25` → `25%`; keeps one decimal where it matters (`12.5%`). */
export function formatPercent(fraction: number, intlLocale: string): string {
  return nf(intlLocale, { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}
