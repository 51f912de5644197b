/**
 * What each series draws in each mode: in-year amounts as bars, and a cumulative line from the
 * cumulative totals it gives or, failing those, from running totals of its in-year amounts. A
 * running total stops at a missing financial year, and where it would be too large to draw; given
 * totals are never turned into bars. Computed once per update; the layout then places each mark.
 */
import { utc, type Period } from '../../format/period.js';
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
  /** Placed by the layout (in its typed arrays): the centre of a point, or a bar's top centre with its width and height. */
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  /** The mark's own outline as path data, when it is drawn as an element of its own. */
  d: string;
}

/** Statuses as numbers in a list's typed array, from surest to least sure (a running total is as sure as its least sure part). */
const STATUSES: readonly Status[] = ['actual', 'estimated', 'projected'];
const statusCode = (status: Status) => STATUSES.indexOf(status);

/** Where a point sits in time: a period's end, or the middle of a bare calendar year (years 0 to 99 included: not Date.UTC). */
export const pointTime = (p: Period) => (p.kind === 'year' ? utc(p.start.getUTCFullYear(), 6, 1).getTime() : p.end.getTime());

/**
 * One list of marks (a series' bars, or its line) and where they are placed: what all of them share
 * (series, bar or point, running totals or not) once, and a typed array per field, so that placing
 * 100,000 marks boxes no number (a double in an object's field is a heap object of its own in
 * Chromium: four a mark were most of the garbage the layout made). A line also keeps each point's
 * time, amount and status, which the layout reads rather than each mark's point, and a line of
 * running totals keeps the in-year points they add up (`from`): its points are made when asked for.
 */
export class Places {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly w: Float64Array;
  readonly h: Float64Array;
  /** 1 where a line breaks before the point (a missing financial year). */
  readonly gap: Uint8Array;
  readonly t: Float64Array;
  readonly amount: Float64Array;
  /** Index into STATUSES. */
  readonly status: Uint8Array;
  constructor(
    n: number,
    readonly seriesIndex: number,
    readonly bar: boolean,
    readonly derived: boolean,
    readonly from: readonly ChartPoint[] = []
  ) {
    const line = bar ? 0 : n;
    this.x = new Float64Array(n);
    this.y = new Float64Array(n);
    this.w = new Float64Array(n - line);
    this.h = new Float64Array(n - line);
    this.gap = new Uint8Array(line);
    this.t = new Float64Array(line);
    this.amount = new Float64Array(line);
    this.status = new Uint8Array(line);
  }

  /** Row `i` of a line: its time, amount and status. */
  setPoint(i: number, t: number, amount: number, status: Status): void {
    this.t[i] = t;
    this.amount[i] = amount;
    this.status[i] = statusCode(status);
  }

  /** The running total at row `i` as a point, built field by field in the reader's order (every point keeps one shape). */
  totalPoint(i: number): ChartPoint {
    const p = this.from[i]!;
    const point: ChartPoint = { period: p.period, amount: this.amount[i]!, kind: 'cumulative', status: STATUSES[this.status[i]!]!, illustrative: p.illustrative };
    if (p.source !== undefined) point.source = p.source;
    if (p.note !== undefined) point.note = p.note;
    return point;
  }
}

/**
 * A mark: its row `i` of the list it belongs to, its outline, and its point: the reader's, or for a
 * running total one made the first time it is asked for (the tooltip, the table, an event), not for
 * every point of a million-point series up front. At a million bars and a million points, every
 * field a mark carries is 8 MB for the garbage collector to walk.
 */
class PlacedMark implements Mark {
  d = '';
  constructor(
    readonly at: Places,
    readonly i: number,
    private made?: ChartPoint
  ) {}
  get point(): ChartPoint {
    return (this.made ??= this.at.totalPoint(this.i));
  }
  get seriesIndex(): number {
    return this.at.seriesIndex;
  }
  get bar(): boolean {
    return this.at.bar;
  }
  get derived(): boolean {
    return this.at.derived;
  }
  get gapBefore(): boolean {
    return this.at.gap[this.i] === 1;
  }
  get x(): number {
    return this.at.x[this.i]!;
  }
  get y(): number {
    return this.at.y[this.i]!;
  }
  // A line's marks have no widths or heights (their arrays are empty).
  get w(): number {
    return this.at.w[this.i] ?? 0;
  }
  get h(): number {
    return this.at.h[this.i] ?? 0;
  }
}

export interface SeriesMarks {
  series: ChartSeries;
  index: number;
  bars: Mark[];
  line: Mark[];
  /** Where the bars and the line's points are placed: row `i` for `bars[i]` and `line[i]`. */
  barsAt: Places;
  lineAt: Places;
  /** The period after which a running total grew too large to draw, if it did. */
  overflow?: string;
  /** Statuses and flags among the marks, gathered as they were made. */
  facts: MarkFacts;
}

/** Financial years in a row: `2017/18` then `2018/19`. */
function follows(previous: ChartPoint, next: ChartPoint): boolean {
  if (previous.period.kind !== 'financial-year' || next.period.kind !== 'financial-year') return true;
  return next.period.start.getUTCFullYear() - previous.period.start.getUTCFullYear() === 1;
}

/**
 * What later steps would each loop over every mark to learn, gathered while the marks are made (a
 * pass over 100,000 marks is several milliseconds before the engine has optimised it), as bits:
 * ESTIMATED and PROJECTED (some mark is), ILLUSTRATIVE (some mark is), and CAVEATS (a figure as
 * given, not a running total, is estimated or projected: the summary names them).
 */
export type MarkFacts = number;
export const ESTIMATED = 1;
export const PROJECTED = 2;
export const ILLUSTRATIVE = 4;
export const CAVEATS = 8;

/** One point's facts: its status as a bit (actual none, estimated 1, projected 2) and its flag. */
const factsOf = (code: number, illustrative: boolean | undefined): MarkFacts => (code & 3) | (illustrative ? ILLUSTRATIVE : 0);
/** A figure as given: an estimate or projection is also a caveat. */
const givenFacts = (p: ChartPoint): MarkFacts => {
  const code = statusCode(p.status);
  return factsOf(code, p.illustrative) | (code ? CAVEATS : 0);
};

/** Running totals of in-year amounts, up to a missing year or a total too large for a number. */
function runningTotals(inYear: readonly ChartPoint[], at: Places): { line: Mark[]; overflow?: string; facts: MarkFacts } {
  const line: Mark[] = [];
  let total = 0;
  let code = 0;
  let facts = 0;
  for (let i = 0; i < inYear.length; i++) {
    const p = inYear[i]!;
    if (i > 0 && !follows(inYear[i - 1]!, p)) break;
    if (!Number.isFinite(total + p.amount)) return { line, overflow: inYear[i - 1]?.period.label ?? p.period.label, facts };
    total += p.amount;
    code = Math.max(code, statusCode(p.status));
    at.setPoint(i, pointTime(p.period), total, STATUSES[code]!);
    facts |= factsOf(code, p.illustrative);
    line.push(new PlacedMark(at, i));
  }
  return { line, facts };
}

/**
 * A series' bars and line for `mode`, made in one pass over its points (after one that counts the
 * in-year ones, so that the places are sized exactly).
 */
export function seriesMarks(series: ChartSeries, mode: Mode, index = 0): SeriesMarks {
  const all = series.points;
  const n = all.length;
  const wantBars = mode !== 'cumulative';
  const wantLine = mode !== 'in-year';
  // Places sized exactly: typed arrays count towards the memory that sets off garbage collection.
  let inYearCount = 0;
  for (let i = 0; i < n; i++) if (all[i]!.kind === 'in-year') inYearCount++;
  const barsAt = new Places(wantBars ? inYearCount : 0, index, true, false);
  const givenAt = new Places(wantLine ? n - inYearCount : 0, index, false, false);
  // Most series give one kind of figure: then the in-year points are the series' own list, not a copy.
  const onlyInYear = inYearCount === n;
  const inYear: ChartPoint[] = onlyInYear ? (all as ChartPoint[]) : [];
  const bars: Mark[] = [];
  const given: Mark[] = [];
  let barFacts = 0;
  let lineFacts = 0;
  let before: ChartPoint | undefined;
  for (let i = 0; i < n; i++) {
    const p = all[i]!;
    if (p.kind === 'in-year') {
      if (!onlyInYear) inYear.push(p);
      if (wantBars) {
        bars.push(new PlacedMark(barsAt, bars.length, p));
        barFacts |= givenFacts(p);
      }
    } else if (wantLine) {
      const row = given.length;
      if (before !== undefined && !follows(before, p)) givenAt.gap[row] = 1;
      givenAt.setPoint(row, pointTime(p.period), p.amount, p.status);
      given.push(new PlacedMark(givenAt, row, p));
      lineFacts |= givenFacts(p);
      before = p;
    }
  }
  if (!wantLine) return { series, index, bars, line: [], barsAt, lineAt: givenAt, facts: barFacts };
  if (given.length) return { series, index, bars, line: given, barsAt, lineAt: givenAt, facts: barFacts | lineFacts };
  const totalsAt = new Places(inYear.length, index, false, true, inYear);
  const { facts, ...totals } = runningTotals(inYear, totalsAt);
  return { series, index, bars, barsAt, lineAt: totalsAt, ...totals, facts: barFacts | facts };
}
