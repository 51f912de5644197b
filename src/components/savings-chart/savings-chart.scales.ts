/**
 * The first step of the layout, as in Observable Plot: the extent of time and amounts, the plot's
 * margins (from the measured size of its labels, so none is cut off at any text size) and the two
 * scales. Marks are placed afterwards by savings-chart.marks.ts, reading only what this returns.
 */
import type { Period } from '../../format/period.js';
import { linear, niceDomain, type Linear } from '../../layout/scale.js';
import { timeTicks } from '../../layout/time-axis.js';
import type { Annotation } from './savings-chart.data.js';
import { pointTime, type SeriesMarks } from './savings-chart.series.js';

/** Text as drawn: its width in pixels, and the height of a line. */
export interface Ruler {
  width(text: string): number;
  lineHeight: number;
}

/** About 7 px a character at 13 px: for tests and for an element that is not displayed. */
export const estimateRuler: Ruler = { width: (text) => text.length * 7, lineHeight: 16 };

export interface ScaleOptions {
  width: number;
  height: number;
  formatMoney: (amount: number) => string;
  /** Tick labels when the short ones would repeat (`£0.50`, `£1`, `£1.50`). */
  formatExact?: (amount: number) => string;
  formatMonth: (date: Date) => string;
  annotations?: readonly Annotation[];
  ruler?: Ruler;
}

export interface Tick {
  /** Where the tick sits. */
  at: number;
  /** Where its label's centre sits: moved in from the chart's edges so that it is not cut off. */
  labelAt: number;
  label: string;
}

export interface Scales {
  plot: { left: number; top: number; width: number; height: number };
  x: Linear;
  y: Linear;
  zeroY: number;
  xTicks: Tick[];
  yTicks: Tick[];
  /** Room for series names to the right of the plot, or 0 when the legend names them instead. */
  labelRoom: number;
  ruler: Ruler;
}

export { pointTime };

/**
 * First and last moments drawn (bars span their period) and the lowest and highest amounts (zero
 * included), in one pass over the marks: no spread of large arrays, and one loop rather than two.
 */
function spans(marks: readonly SeriesMarks[], notes: readonly Annotation[]): { t0: number; t1: number; lo: number; hi: number } {
  let t0 = Infinity;
  let t1 = -Infinity;
  let lo = 0;
  let hi = 0;
  for (const m of marks) {
    const { bars, line } = m;
    for (let i = 0; i < bars.length; i++) {
      const p = bars[i]!.point;
      const start = p.period.start.getTime();
      const end = p.period.end.getTime();
      if (start < t0) t0 = start;
      if (end > t1) t1 = end;
      if (p.amount < lo) lo = p.amount;
      if (p.amount > hi) hi = p.amount;
    }
    // A line's times and amounts were kept as its marks were made: its points are not read.
    const { t: times, amount } = m.lineAt;
    for (let i = 0; i < line.length; i++) {
      const t = times[i]!;
      const a = amount[i]!;
      if (t < t0) t0 = t;
      if (t > t1) t1 = t;
      if (a < lo) lo = a;
      if (a > hi) hi = a;
    }
  }
  for (const a of notes) {
    const t = pointTime(a.period);
    if (t < t0) t0 = t;
    if (t > t1) t1 = t;
  }
  return { t0, t1, lo, hi };
}

/** First and last moments drawn (bars span their period). */
export function timeExtent(marks: readonly SeriesMarks[], notes: readonly Annotation[]): [number, number] {
  const { t0, t1 } = spans(marks, notes);
  return [t0, t1];
}

/** A domain from zero through the amounts `lo` to `hi`, on round numbers while they stay finite. */
function niceAmounts(lo: number, hi: number, count: number): [number, number] {
  const domain = niceDomain([lo, hi], count);
  return Number.isFinite(domain[0]) && Number.isFinite(domain[1]) ? domain : [lo, hi === lo ? lo + 1 : hi];
}

/** A domain from zero through every amount, on round numbers while they stay finite. */
export function amountDomain(marks: readonly SeriesMarks[], count: number): [number, number] {
  const { lo, hi } = spans(marks, []);
  return niceAmounts(lo, hi, count);
}

function periodsOf(marks: readonly SeriesMarks[]): Period[] {
  const out: Period[] = [];
  for (const m of marks) {
    // Only the kinds of period matter to the time axis: one of each list is enough past 1,000.
    const step = Math.max(1, Math.floor((m.bars.length + m.line.length) / 1000));
    for (let i = 0; i < m.bars.length; i += step) out.push(m.bars[i]!.point.period);
    // A running total's period is its in-year point's: read there, so that no total's point is made.
    const { derived, from } = m.lineAt;
    for (let i = 0; i < m.line.length; i += step) out.push(derived ? from[i]!.period : m.line[i]!.point.period);
  }
  return out;
}

const widest = (texts: readonly string[], ruler: Ruler) => texts.reduce((w, t) => Math.max(w, ruler.width(t)), 0);

/** Scales, ticks and margins. `names`: the series' names, drawn beside their lines when they fit. */
export function chartScales(marks: readonly SeriesMarks[], names: readonly string[], o: ScaleOptions, annotationLines: number): Scales {
  const ruler = o.ruler ?? estimateRuler;
  const lh = ruler.lineHeight;
  const { t0, t1, lo, hi } = spans(marks, o.annotations ?? []);
  const pad = Math.max((t1 - t0) * 0.03, 864e5 * 15);

  const yCount = Math.max(3, Math.round(o.height / Math.max(60, lh * 3)));
  const yDomain = niceAmounts(lo, hi, yCount);
  const values = linear(yDomain, [0, 1]).ticks(yCount);
  let labels = values.map(o.formatMoney);
  if (new Set(labels).size < labels.length && o.formatExact) labels = values.map(o.formatExact);

  const lines = marks.some((m) => m.line.length);
  const nameRoom = widest(names, ruler) + 26;
  const labelRoom = marks.length > 1 && lines && o.width >= 480 && nameRoom <= o.width * 0.3 ? nameRoom : 0;
  const left = Math.ceil(widest(labels, ruler)) + 14;
  const right = labelRoom || 16;
  const top = Math.max(12, Math.ceil(lh / 2) + 4) + annotationLines * lh;
  const bottom = Math.ceil(lh) + 16;
  const plot = { left, top, width: Math.max(o.width - left - right, 40), height: Math.max(o.height - top - bottom, 40) };

  const x = linear([t0 - pad, t1 + pad], [plot.left, plot.left + plot.width]);
  const y = linear(yDomain, [plot.top + plot.height, plot.top]);
  const zeroY = y(Math.max(yDomain[0], Math.min(0, yDomain[1])));
  // Year labels are spaced for 13 px text: larger text asks for fewer of them.
  const textScale = Math.max(1, ruler.width('2018/19') / 50);
  const right0 = plot.left + plot.width;
  const xTicks = timeTicks(periodsOf(marks), [new Date(t0), new Date(t1)], plot.width / textScale, o.formatMonth)
    .map((t) => ({ at: x(t.at.getTime()), label: t.label }))
    // A financial year's tick sits mid-year: one for a year whose only point is its end (a running
    // total) would fall left of the plot, outside the chart.
    .filter((t) => t.at >= plot.left && t.at <= right0)
    .map((t) => {
      const half = ruler.width(t.label) / 2;
      return { ...t, labelAt: Math.min(Math.max(t.at, half + 1), o.width - half - 1) };
    });
  const yTicks = values.map((v, i) => ({ at: y(v), labelAt: y(v), label: labels[i]! }));
  return { plot, x, y, zeroY, xTicks, yTicks, labelRoom, ruler };
}
