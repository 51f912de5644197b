/**
 * Ticks for a true time axis: a tick per financial year when every period is one (labelled
 * `2018/19`), else calendar years or months chosen to fit the width. Dates are UTC.
 * (d3-time's intervals would do the stepping, but cost 0.8 KB gzip for the two loops below.)
 */
import { financialYear, utc, type Period } from '../format/period.js';

/** The first of every `step`-th month (counted from January of year 0) in [start, end). */
export function monthSteps(start: Date, end: Date, step: number): Date[] {
  const out: Date[] = [];
  let index = Math.ceil((start.getUTCFullYear() * 12 + start.getUTCMonth() + (start.getUTCDate() > 1 || start.getUTCHours() > 0 ? 1 : 0)) / step) * step;
  // utc(), not Date.UTC: Date.UTC puts years 0 to 99 in the 1900s.
  for (let at = utc(Math.floor(index / 12), index % 12, 1); at.getTime() < end.getTime(); index += step, at = utc(Math.floor(index / 12), index % 12, 1)) out.push(at);
  return out;
}

export interface TimeTick {
  /** Where the tick sits. */
  at: Date;
  label: string;
}

/** At most one label per `minGap` pixels over `width`. */
const fit = (count: number, width: number, minGap: number) => Math.max(1, Math.ceil((count * minGap) / Math.max(width, 1)));

export function timeTicks(
  periods: readonly Period[],
  [start, end]: [Date, Date],
  width: number,
  formatMonth: (date: Date) => string
): TimeTick[] {
  if (periods.length && periods.every((p) => p.kind === 'financial-year')) {
    const first = start.getUTCMonth() >= 3 ? start.getUTCFullYear() : start.getUTCFullYear() - 1;
    const last = end.getUTCMonth() >= 3 ? end.getUTCFullYear() : end.getUTCFullYear() - 1;
    const step = fit(last - first + 1, width, 64);
    const out: TimeTick[] = [];
    for (let y = first; y <= last; y += step) out.push({ at: utc(y, 9, 1), label: financialYear(y) });
    return out;
  }
  const years = (end.getTime() - start.getTime()) / (365.25 * 864e5);
  if (years >= 2) {
    const step = [1, 2, 5, 10, 20, 50].find((s) => fit(years / s, width, 56) === 1) ?? 100;
    return monthSteps(start, end, step * 12).map((at) => ({ at, label: String(at.getUTCFullYear()).padStart(4, '0') }));
  }
  const months = years * 12;
  const step = [1, 2, 3, 6].find((s) => fit(months / s, width, 84) === 1) ?? 12;
  return monthSteps(start, end, step).map((at) => ({ at, label: formatMonth(at) }));
}
