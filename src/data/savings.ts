/** Sums of savings that respect what the figures are: cumulative totals are never differenced or added up. */
import { parsePeriod } from '../format/period.js';
import type { Partnership, SavingsPoint } from './dataset.js';

export interface SavingsTotal {
  amount: number;
  /** True when any point behind the total is marked illustrative. */
  illustrative: boolean;
}

const isActual = (point: SavingsPoint) => (point.status ?? 'actual') === 'actual';
const endOf = (point: SavingsPoint) => parsePeriod(point.period)?.end.getTime() ?? -Infinity;

/**
 * Actual savings to date for one partnership: its latest cumulative total where it reports one (plus
 * in-year amounts for later periods), else the sum of its in-year amounts. Estimated and projected
 * points are left out. `undefined` when it reports no actual savings.
 */
export function savingsToDate(points: readonly SavingsPoint[]): SavingsTotal | undefined {
  const actual = points.filter(isActual);
  if (!actual.length) return undefined;
  const cumulative = actual.filter((p) => p.kind === 'cumulative');
  const latest = cumulative.reduce<SavingsPoint | undefined>((a, p) => (!a || endOf(p) > endOf(a) ? p : a), undefined);
  const after = latest ? endOf(latest) : -Infinity;
  const used = [...(latest ? [latest] : []), ...actual.filter((p) => p.kind !== 'cumulative' && endOf(p) > after)];
  return {
    amount: used.reduce((sum, p) => sum + p.amount, 0),
    illustrative: used.some((p) => p.illustrative === true)
  };
}

/** Actual savings to date across partnerships; `undefined` when none reports any. */
export function totalSavings(partnerships: readonly Partnership[]): SavingsTotal | undefined {
  const totals = partnerships
    .map((p) => {
      const total = savingsToDate(p.savings ?? []);
      return total && { ...total, illustrative: total.illustrative || p.illustrative === true };
    })
    .filter((t): t is SavingsTotal => t !== undefined);
  if (!totals.length) return undefined;
  return {
    amount: totals.reduce((sum, t) => sum + t.amount, 0),
    illustrative: totals.some((t) => t.illustrative)
  };
}
