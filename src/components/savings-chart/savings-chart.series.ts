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
  /** Placed by the layout: the centre of a point, or a bar's top centre with its width and height. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** The mark's own outline as path data, when it is drawn as an element of its own. */
  d: string;
}

/** Statuses as numbers in a list's typed array, from surest to least sure. */
const STATUSES: readonly Status[] = ['actual', 'estimated', 'projected'];
const statusCode = (status: Status) => (status === 'actual' ? 0 : status === 'estimated' ? 1 : 2);

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
 * A mark: its row `i` of the list it belongs to, its outline, and (in the subclasses) its point. At
 * a million bars and a million points, every field a mark carries is 8 MB for the garbage collector.
 */
abstract class PlacedMark implements Mark {
  d = '';
  constructor(
    readonly at: Places,
    readonly i: number
  ) {}
  abstract readonly point: ChartPoint;
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
    return !this.at.bar && this.at.gap[this.i] === 1;
  }
  get x(): number {
    return this.at.x[this.i]!;
  }
  set x(v: number) {
    this.at.x[this.i] = v;
  }
  get y(): number {
    return this.at.y[this.i]!;
  }
  set y(v: number) {
    this.at.y[this.i] = v;
  }
  get w(): number {
    return this.at.bar ? this.at.w[this.i]! : 0;
  }
  set w(v: number) {
    if (this.at.bar) this.at.w[this.i] = v;
  }
  get h(): number {
    return this.at.bar ? this.at.h[this.i]! : 0;
  }
  set h(v: number) {
    if (this.at.bar) this.at.h[this.i] = v;
  }
}

/** A bar, or a point of a line of totals as given: the point the reader made. */
class GivenMark extends PlacedMark {
  constructor(
    readonly point: ChartPoint,
    at: Places,
    i: number
  ) {
    super(at, i);
  }
}

/**
 * A point of a line of running totals: its point is made the first time it is asked for (the
 * tooltip, the table, an event), not for every point of a million-point series up front.
 */
class TotalMark extends PlacedMark {
  private made: ChartPoint | undefined = undefined;
  get point(): ChartPoint {
    return (this.made ??= this.at.totalPoint(this.i));
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

const worse = (a: Status, b: Status): Status => (a === 'projected' || b === 'projected' ? 'projected' : a === 'estimated' || b === 'estimated' ? 'estimated' : 'actual');

/** Financial years in a row: `2017/18` then `2018/19`. */
function follows(previous: ChartPoint, next: ChartPoint): boolean {
  if (previous.period.kind !== 'financial-year' || next.period.kind !== 'financial-year') return true;
  return next.period.start.getUTCFullYear() - previous.period.start.getUTCFullYear() === 1;
}

/**
 * What later steps would each loop over every mark to learn, gathered while the marks are made (a
 * pass over 100,000 marks is several milliseconds before the engine has optimised it): the
 * statuses the legend explains, and whether the summary has estimates or projections to name.
 */
export interface MarkFacts {
  estimated: boolean;
  projected: boolean;
  illustrative: boolean;
  /** A figure as given (not a running total) is estimated or projected. */
  caveats: boolean;
}

const noFacts = (): MarkFacts => ({ estimated: false, projected: false, illustrative: false, caveats: false });

/** Adds one point's status and flag to `facts`. */
function note(facts: MarkFacts, p: ChartPoint, given: boolean): void {
  if (p.status === 'estimated') facts.estimated = true;
  else if (p.status === 'projected') facts.projected = true;
  else if (!p.illustrative) return;
  if (p.illustrative) facts.illustrative = true;
  if (given && p.status !== 'actual') facts.caveats = true;
}

const merged = (a: MarkFacts, b: MarkFacts): MarkFacts => ({
  estimated: a.estimated || b.estimated,
  projected: a.projected || b.projected,
  illustrative: a.illustrative || b.illustrative,
  caveats: a.caveats || b.caveats
});

/** Running totals of in-year amounts, up to a missing year or a total too large for a number. */
function runningTotals(inYear: readonly ChartPoint[], at: Places, facts: MarkFacts): { line: Mark[]; overflow?: string } {
  const line: Mark[] = [];
  let total = 0;
  let status: Status = 'actual';
  for (let i = 0; i < inYear.length; i++) {
    const p = inYear[i]!;
    if (i > 0 && !follows(inYear[i - 1]!, p)) break;
    if (!Number.isFinite(total + p.amount)) return { line, overflow: inYear[i - 1]?.period.label ?? p.period.label };
    total += p.amount;
    status = worse(status, p.status);
    at.setPoint(i, pointTime(p.period), total, status);
    if (status === 'estimated') facts.estimated = true;
    else if (status === 'projected') facts.projected = true;
    if (p.illustrative) facts.illustrative = true;
    line.push(new TotalMark(at, i));
  }
  return { line };
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
  const barFacts = noFacts();
  const givenFacts = noFacts();
  let before: ChartPoint | undefined;
  for (let i = 0; i < n; i++) {
    const p = all[i]!;
    if (p.kind === 'in-year') {
      if (!onlyInYear) inYear.push(p);
      if (wantBars) {
        bars.push(new GivenMark(p, barsAt, bars.length));
        note(barFacts, p, true);
      }
    } else if (wantLine) {
      const row = given.length;
      if (before !== undefined && !follows(before, p)) givenAt.gap[row] = 1;
      givenAt.setPoint(row, pointTime(p.period), p.amount, p.status);
      given.push(new GivenMark(p, givenAt, row));
      note(givenFacts, p, true);
      before = p;
    }
  }
  if (!wantLine) return { series, index, bars, line: [], barsAt, lineAt: givenAt, facts: barFacts };
  if (given.length) return { series, index, bars, line: given, barsAt, lineAt: givenAt, facts: merged(barFacts, givenFacts) };
  const totalsAt = new Places(inYear.length, index, false, true, inYear);
  const totalFacts = noFacts();
  const totals = runningTotals(inYear, totalsAt, totalFacts);
  return { series, index, bars, barsAt, lineAt: totalsAt, ...totals, facts: merged(barFacts, totalFacts) };
}
