/**
 * Which series the chart draws, chosen from what was read: from the dataset, the partnership asked
 * for or all partnerships added up by period; from the series form, every series.
 */
import { order, type ChartPoint, type ChartSeries, type SavingsInput, type Status } from './savings-chart.data.js';

const SEVERITY: Record<Status, number> = { actual: 0, estimated: 1, projected: 2 };

export interface Selection {
  series: ChartSeries[];
  /** Partnerships left out of a sum because they give only cumulative totals. */
  cumulativeOnly: string[];
  /** The `partnership` asked for, when no partnership has that id. */
  unknownPartnership?: string;
}

/**
 * The series to draw. From the dataset: the chosen partnership, or all partnerships' in-year amounts
 * added up by period (those that give only cumulative totals are named, not added: cumulative
 * totals of different dates cannot be summed honestly). If none gives in-year amounts, each
 * partnership is drawn as its own series. From the series form: every series.
 */
export function selectSeries(input: SavingsInput, partnership: string | null | undefined, allName: string): Selection {
  if (!input.fromDataset) return { series: input.series, cumulativeOnly: [] };
  const withData = input.series.filter((s) => s.points.length);
  if (partnership) {
    const chosen = input.series.find((s) => s.id === partnership);
    if (chosen) return { series: [chosen], cumulativeOnly: [] };
  }
  const unknown = partnership ? { unknownPartnership: partnership } : {};
  if (withData.length <= 1) return { series: withData, cumulativeOnly: [], ...unknown };
  const inYear = withData.filter((s) => s.points.some((p) => p.kind === 'in-year'));
  if (!inYear.length) return { series: withData, cumulativeOnly: [], ...unknown };
  const byPeriod = new Map<number, ChartPoint>();
  for (const s of inYear) {
    for (const p of s.points) {
      if (p.kind !== 'in-year') continue;
      const key = p.period.end.getTime();
      const sum = byPeriod.get(key);
      byPeriod.set(key, sum
        ? { ...sum, amount: sum.amount + p.amount, status: SEVERITY[p.status] > SEVERITY[sum.status] ? p.status : sum.status, illustrative: sum.illustrative || p.illustrative }
        : { period: p.period, amount: p.amount, kind: 'in-year', status: p.status, illustrative: p.illustrative || s.illustrative });
    }
  }
  const points = [...byPeriod.values()].sort(order);
  return {
    series: [{ id: 'all', name: allName, points, illustrative: points.every((p) => p.illustrative) }],
    cumulativeOnly: withData.filter((s) => !inYear.includes(s)).map((s) => s.name ?? s.id),
    ...unknown
  };
}
