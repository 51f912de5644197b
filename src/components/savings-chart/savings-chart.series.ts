/**
 * What each series draws in each mode: in-year amounts as bars, and a cumulative line from the
 * cumulative totals it gives or, failing those, from running totals of its in-year amounts. A
 * running total stops at a missing financial year; given totals are never turned into bars.
 */
import type { ChartPoint, ChartSeries, Status } from './savings-chart.data.js';

export type Mode = 'both' | 'cumulative' | 'in-year';

export interface Plotted {
  point: ChartPoint;
  /** True for a running total worked out from in-year amounts. */
  derived: boolean;
  /** True where a line must break before this point (a missing financial year). */
  gapBefore: boolean;
}

export interface SeriesMarks {
  series: ChartSeries;
  bars: Plotted[];
  line: Plotted[];
}

const worse = (a: Status, b: Status): Status => (a === 'projected' || b === 'projected' ? 'projected' : a === 'estimated' || b === 'estimated' ? 'estimated' : 'actual');

/** Financial years in a row: `2017/18` then `2018/19`. */
function follows(previous: ChartPoint, next: ChartPoint): boolean {
  if (previous.period.kind !== 'financial-year' || next.period.kind !== 'financial-year') return true;
  return next.period.start.getUTCFullYear() - previous.period.start.getUTCFullYear() === 1;
}

function runningTotals(inYear: readonly ChartPoint[]): Plotted[] {
  const out: Plotted[] = [];
  let total = 0;
  let status: Status = 'actual';
  for (let i = 0; i < inYear.length; i++) {
    const p = inYear[i]!;
    if (i > 0 && !follows(inYear[i - 1]!, p)) break;
    total += p.amount;
    status = worse(status, p.status);
    out.push({
      point: { ...p, amount: total, kind: 'cumulative', status, illustrative: p.illustrative },
      derived: true,
      gapBefore: false
    });
  }
  return out;
}

export function seriesMarks(series: ChartSeries, mode: Mode): SeriesMarks {
  const inYear = series.points.filter((p) => p.kind === 'in-year');
  const given = series.points.filter((p) => p.kind === 'cumulative');
  const bars: Plotted[] = mode === 'cumulative' ? [] : inYear.map((point) => ({ point, derived: false, gapBefore: false }));
  let line: Plotted[] = [];
  if (mode !== 'in-year') {
    line = given.length
      ? given.map((point, i) => ({ point, derived: false, gapBefore: i > 0 && !follows(given[i - 1]!, point) }))
      : runningTotals(inYear);
  }
  return { series, bars, line };
}
