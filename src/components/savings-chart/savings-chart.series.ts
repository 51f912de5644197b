/**
 * What each series draws in each mode: in-year amounts as bars, and a cumulative line from the
 * cumulative totals it gives or, failing those, from running totals of its in-year amounts. A
 * running total stops at a missing financial year, and where it would be too large to draw; given
 * totals are never turned into bars. Computed once per update; the layout then places each mark.
 */
import type { ChartPoint, ChartSeries, Status } from './savings-chart.data.js';

export type Mode = 'both' | 'cumulative' | 'in-year';

/** A bar or a point of a line: what the keyboard visits and the table lists. */
export interface Mark {
  point: ChartPoint;
  seriesIndex: number;
  /** An in-year bar, or a point of the cumulative line. */
  bar: boolean;
  /** True for a running total worked out from in-year amounts. */
  derived: boolean;
  /** True where a line must break before this point (a missing financial year). */
  gapBefore: boolean;
  /** Placed by the layout: the centre of a point, or a bar's top centre with its width and height. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** The mark's own outline as path data, when it is drawn as an element of its own. */
  d: string;
}

export interface SeriesMarks {
  series: ChartSeries;
  index: number;
  bars: Mark[];
  line: Mark[];
  /** The period after which a running total grew too large to draw, if it did. */
  overflow?: string;
}

const mark = (point: ChartPoint, seriesIndex: number, bar: boolean, derived: boolean, gapBefore: boolean): Mark =>
  ({ point, seriesIndex, bar, derived, gapBefore, x: 0, y: 0, w: 0, h: 0, d: '' });

const worse = (a: Status, b: Status): Status => (a === 'projected' || b === 'projected' ? 'projected' : a === 'estimated' || b === 'estimated' ? 'estimated' : 'actual');

/** Financial years in a row: `2017/18` then `2018/19`. */
function follows(previous: ChartPoint, next: ChartPoint): boolean {
  if (previous.period.kind !== 'financial-year' || next.period.kind !== 'financial-year') return true;
  return next.period.start.getUTCFullYear() - previous.period.start.getUTCFullYear() === 1;
}

/** Running totals of in-year amounts, up to a missing year or a total too large for a number. */
function runningTotals(inYear: readonly ChartPoint[], index: number): { line: Mark[]; overflow?: string } {
  const line: Mark[] = [];
  let total = 0;
  let status: Status = 'actual';
  for (let i = 0; i < inYear.length; i++) {
    const p = inYear[i]!;
    if (i > 0 && !follows(inYear[i - 1]!, p)) break;
    if (!Number.isFinite(total + p.amount)) return { line, overflow: inYear[i - 1]?.period.label ?? p.period.label };
    total += p.amount;
    status = worse(status, p.status);
    // Built field by field in the reader's order (not spread from `p`): every point keeps one shape,
    // which kept later passes over 200,000 marks several times faster.
    const point: ChartPoint = { period: p.period, amount: total, kind: 'cumulative', status, illustrative: p.illustrative };
    if (p.source !== undefined) point.source = p.source;
    if (p.note !== undefined) point.note = p.note;
    line.push(mark(point, index, false, true, false));
  }
  return { line };
}

export function seriesMarks(series: ChartSeries, mode: Mode, index = 0): SeriesMarks {
  const inYear: ChartPoint[] = [];
  const given: ChartPoint[] = [];
  for (const p of series.points) (p.kind === 'in-year' ? inYear : given).push(p);
  const bars = mode === 'cumulative' ? [] : inYear.map((point) => mark(point, index, true, false, false));
  if (mode === 'in-year') return { series, index, bars, line: [] };
  if (given.length) return { series, index, bars, line: given.map((point, i) => mark(point, index, false, false, i > 0 && !follows(given[i - 1]!, point))) };
  return { series, index, bars, ...runningTotals(inYear, index) };
}
