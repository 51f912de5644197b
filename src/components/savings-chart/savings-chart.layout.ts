/**
 * Series, size and options to a render model: coordinates, ticks and path strings, with no DOM.
 * Lines with more points than the plot has pixels are thinned to each pixel column's first, lowest,
 * highest and last points; the table still lists every point.
 */
import { line as d3line } from 'd3-shape';
import type { Period } from '../../format/period.js';
import { linear, niceDomain } from '../../layout/scale.js';
import { timeTicks } from '../../layout/time-axis.js';
import type { Annotation, ChartSeries } from './savings-chart.data.js';
import { seriesMarks, type Mode, type Plotted } from './savings-chart.series.js';

export interface LayoutOptions {
  width: number;
  height: number;
  mode: Mode;
  formatMoney: (amount: number) => string;
  formatMonth: (date: Date) => string;
  /** The name shown for a series with none. */
  defaultName: string;
  annotations?: readonly Annotation[];
}

/** A point or bar a user can move to, in the order the keyboard visits them. */
export interface Mark {
  key: string;
  seriesIndex: number;
  seriesName: string;
  plotted: Plotted;
  /** Centre of the point, or top-centre of the bar. */
  x: number;
  y: number;
  bar?: { x: number; y: number; width: number; height: number };
  /** The mark's outline as path data: a rectangle for a bar, a circle for a point. */
  d: string;
}

const r2 = (n: number) => Math.round(n * 100) / 100;
const rectPath = (x: number, y: number, w: number, h: number) => `M${r2(x)},${r2(y)}h${r2(w)}v${r2(h)}h${r2(-w)}Z`;
/** A circle of radius 4 as two arcs: one path element is cheaper to create than a circle's four attributes. */
const dotPath = (x: number, y: number) => `M${r2(x - 4)},${r2(y)}a4,4 0 1,0 8,0a4,4 0 1,0 -8,0`;

export interface LineModel {
  seriesIndex: number;
  /** Segments between actual figures. */
  solid: string;
  /** Segments that reach an estimated or projected figure. */
  dashed: string;
}

export interface RenderModel {
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  zeroY: number;
  bars: Mark[];
  lines: LineModel[];
  /** Points drawn as dots (all of them unless there are too many to see). */
  dots: Mark[];
  /** The same bars, line and dots grouped by series, in drawing order. */
  series: { seriesIndex: number; bars: Mark[]; line?: LineModel; dots: Mark[] }[];
  /** Per series, every bar and point in time order: what the arrow keys visit. */
  nav: Mark[][];
  labels: { x: number; y: number; text: string; seriesIndex: number }[];
  annotations: { x: number; label: string; anchor: 'start' | 'end' }[];
}

const CHAR = 7;
/** Points get dots while there are at most this many in all and each has this much room. */
const MAX_DOTS = 200;
const DOT_ROOM = 12;

/** Where a point sits in time: a period's end, or the middle of a bare calendar year. */
export const pointTime = (p: Period) => (p.kind === 'year' ? Date.UTC(p.start.getUTCFullYear(), 6, 1) : p.end.getTime());

type XY = [number, number] | null;

/** Keeps each pixel column's first, lowest, highest and last points. */
export function thin(points: readonly [number, number][], columns: number): [number, number][] {
  if (points.length <= columns * 4) return [...points];
  const out: [number, number][] = [];
  let column = NaN;
  let bucket: [number, number][] = [];
  const flush = () => {
    if (!bucket.length) return;
    let lo = bucket[0]!;
    let hi = bucket[0]!;
    for (const p of bucket) {
      if (p[1] < lo[1]) lo = p;
      if (p[1] > hi[1]) hi = p;
    }
    const keep = [bucket[0]!, lo, hi, bucket[bucket.length - 1]!].sort((a, b) => a[0] - b[0]);
    for (const p of keep) if (out[out.length - 1] !== p) out.push(p);
    bucket = [];
  };
  for (const p of points) {
    const c = Math.floor(p[0]);
    if (c !== column) flush();
    column = c;
    bucket.push(p);
  }
  flush();
  return out;
}

const path = d3line<XY>()
  .defined((d) => d !== null)
  .x((d) => d![0])
  .y((d) => d![1]);

export function layoutChart(all: readonly ChartSeries[], o: LayoutOptions): RenderModel {
  const marks = all.map((s) => seriesMarks(s, o.mode));
  const amounts = marks.flatMap((m) => [...m.bars, ...m.line].map((p) => p.point.amount));
  const periods = marks.flatMap((m) => [...m.bars, ...m.line].map((p) => p.point.period));
  const notes = o.annotations ?? [];
  const times = [
    ...marks.flatMap((m) => m.bars.flatMap((b) => [b.point.period.start.getTime(), b.point.period.end.getTime()])),
    ...marks.flatMap((m) => m.line.map((p) => pointTime(p.point.period))),
    ...notes.map((a) => pointTime(a.period))
  ];
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const pad = Math.max((t1 - t0) * 0.03, 864e5 * 15);

  const yCount = Math.max(3, Math.round(o.height / 60));
  const yDomain = niceDomain(amounts, yCount);
  const yLabels = linear(yDomain, [0, 1]).ticks(yCount).map((v) => ({ v, label: o.formatMoney(v) }));
  const names = all.map((s) => s.name ?? o.defaultName);
  const direct = all.length > 1 && o.mode !== 'in-year' && o.width >= 480;
  const left = Math.max(...yLabels.map((l) => l.label.length)) * CHAR + 14;
  const right = direct ? Math.min(o.width * 0.3, Math.max(...names.map((n) => n.length)) * CHAR + 12) : 16;
  const top = notes.length ? 28 : 12;
  const plot = { left, top, width: Math.max(o.width - left - right, 40), height: Math.max(o.height - top - 32, 40) };

  const x = linear([t0 - pad, t1 + pad], [plot.left, plot.left + plot.width]);
  const y = linear(yDomain, [plot.top + plot.height, plot.top]);
  const zeroY = y(Math.max(yDomain[0], Math.min(0, yDomain[1])));

  const barSeries = marks.filter((m) => m.bars.length).length;
  const lineCounts = marks.map((m) => m.line.length);
  const totalDots = lineCounts.reduce((a, b) => a + b, 0);
  const dotsFit = totalDots <= MAX_DOTS && lineCounts.every((n) => n <= 1 || plot.width / n >= DOT_ROOM);
  let slot = 0;
  const nav: Mark[][] = [];
  const bars: Mark[] = [];
  const dots: Mark[] = [];
  const lines: LineModel[] = [];
  const ends: { x: number; y: number; text: string; seriesIndex: number }[] = [];

  marks.forEach((m, seriesIndex) => {
    const seriesName = names[seriesIndex]!;
    const visit: Mark[] = [];
    const mySlot = m.bars.length ? slot++ : 0;
    for (const b of m.bars) {
      const x0 = x(b.point.period.start.getTime());
      const x1 = x(b.point.period.end.getTime());
      const full = Math.max(x1 - x0, 1);
      const inner = full * 0.8;
      const width = Math.max(inner / Math.max(barSeries, 1), 1);
      const bx = x0 + (full - inner) / 2 + mySlot * width;
      const by = y(Math.max(b.point.amount, 0));
      const height = Math.max(Math.abs(y(b.point.amount) - zeroY), 0.5);
      const bar = { x: bx, y: b.point.amount >= 0 ? by : zeroY, width, height };
      const mark: Mark = { key: `${seriesIndex}:b:${b.point.period.label}`, seriesIndex, seriesName, plotted: b, x: bx + width / 2, y: bar.y, bar, d: rectPath(bar.x, bar.y, width, height) };
      bars.push(mark);
      visit.push(mark);
    }
    const dotted = dotsFit;
    const linePoints: Mark[] = m.line.map((p) => {
      const px = x(pointTime(p.point.period));
      const py = y(p.point.amount);
      return { key: `${seriesIndex}:c:${p.point.period.label}`, seriesIndex, seriesName, plotted: p, x: px, y: py, d: dotted ? dotPath(px, py) : '' };
    });
    if (linePoints.length) {
      const solid = { pts: [] as XY[], last: undefined as Mark | undefined };
      const dashed = { pts: [] as XY[], last: undefined as Mark | undefined };
      linePoints.forEach((mark, i) => {
        const prev = linePoints[i - 1];
        if (!prev || mark.plotted.gapBefore) return;
        const actual = prev.plotted.point.status === 'actual' && mark.plotted.point.status === 'actual';
        const run = actual ? solid : dashed;
        if (run.last !== prev) run.pts.push(null, [prev.x, prev.y]);
        run.pts.push([mark.x, mark.y]);
        run.last = mark;
      });
      const columns = Math.ceil(plot.width);
      const draw = (pts: XY[]) => {
        const runs: XY[] = [];
        let run: [number, number][] = [];
        for (const p of [...pts, null]) {
          if (p) run.push(p);
          else {
            if (run.length) runs.push(...thin(run, columns), null);
            run = [];
          }
        }
        return path(runs) ?? '';
      };
      lines.push({ seriesIndex, solid: draw(solid.pts), dashed: draw(dashed.pts) });
      if (dotted) dots.push(...linePoints);
      const last = linePoints[linePoints.length - 1]!;
      if (direct) ends.push({ x: plot.left + plot.width + 6, y: last.y, text: seriesName, seriesIndex });
    }
    visit.push(...linePoints);
    visit.sort((a, b) => a.x - b.x || (a.bar ? -1 : 1));
    nav.push(visit);
  });

  // Direct labels: nudged apart so that none overlaps the one above it.
  ends.sort((a, b) => a.y - b.y);
  for (let i = 1; i < ends.length; i++) ends[i]!.y = Math.max(ends[i]!.y, ends[i - 1]!.y + 14);

  const series = marks.map((_, seriesIndex) => ({
    seriesIndex,
    bars: bars.filter((b) => b.seriesIndex === seriesIndex),
    ...(lines.find((l) => l.seriesIndex === seriesIndex) ? { line: lines.find((l) => l.seriesIndex === seriesIndex)! } : {}),
    dots: dots.filter((d) => d.seriesIndex === seriesIndex)
  }));

  return {
    width: o.width,
    series,
    height: o.height,
    plot,
    // A financial year's tick sits mid-year: one for a year whose only point is its end (a running
    // total) would fall left of the plot, outside the chart.
    xTicks: timeTicks(periods, [new Date(t0), new Date(t1)], plot.width, o.formatMonth)
      .map((t) => ({ x: x(t.at.getTime()), label: t.label }))
      .filter((t) => t.x >= plot.left && t.x <= plot.left + plot.width),
    yTicks: yLabels.map((l) => ({ y: y(l.v), label: l.label })),
    zeroY,
    bars,
    lines,
    dots,
    nav,
    labels: ends,
    annotations: notes.map((a) => {
      const ax = x(pointTime(a.period));
      return { x: ax, label: a.label, anchor: ax > plot.left + plot.width / 2 ? 'end' : 'start' };
    })
  };
}
