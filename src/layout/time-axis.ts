/**
 * Ticks for a true time axis: a tick per financial year when every period is one (labelled
 * `2018/19`), else calendar years or months chosen to fit the width. Dates are UTC.
 */
import { utcMonth, utcYear } from 'd3-time';
import { financialYear, type Period } from '../format/period.js';

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
    for (let y = first; y <= last; y += step) out.push({ at: new Date(Date.UTC(y, 9, 1)), label: financialYear(y) });
    return out;
  }
  const years = (end.getTime() - start.getTime()) / (365.25 * 864e5);
  if (years >= 2) {
    const step = [1, 2, 5, 10, 20, 50].find((s) => fit(years / s, width, 56) === 1) ?? 100;
    return (utcYear.every(step)?.range(start, end) ?? []).map((at) => ({ at, label: String(at.getUTCFullYear()) }));
  }
  const months = years * 12;
  const step = [1, 2, 3, 6].find((s) => fit(months / s, width, 84) === 1) ?? 12;
  return (utcMonth.every(step)?.range(start, end) ?? []).map((at) => ({ at, label: formatMonth(at) }));
}
