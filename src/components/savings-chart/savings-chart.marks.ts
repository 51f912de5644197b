/**
 * The second step of the layout: one function per kind of mark (bars, lines and their points,
 * series names, annotations), each reading the scales and placing what savings-chart.series.ts
 * computed. Bars narrower than a pixel are drawn as one path per status, a column of pixels at a
 * time; lines with more points than pixels are thinned to each column's extremes. Either way every
 * mark keeps its place, so the keyboard, the table and the events still reach each one.
 */
import type { Annotation, Status } from './savings-chart.data.js';
import { pointTime, type Ruler, type Scales } from './savings-chart.scales.js';
import type { SeriesMarks } from './savings-chart.series.js';

const r2 = (n: number) => Math.round(n * 100) / 100;
const rectPath = (x: number, y: number, w: number, h: number) => `M${r2(x)},${r2(y)}h${r2(w)}v${r2(h)}h${r2(-w)}Z`;

/**
 * Each series' own point shape, so that series differ by more than colour (and in forced colours):
 * circle, square, triangle, diamond, triangle pointing down, plus. One path element each.
 */
export function shapePath(series: number, x: number, y: number): string {
  const X = r2(x);
  const Y = r2(y);
  switch (series % 6) {
    case 1:
      return `M${r2(x - 3.6)},${r2(y - 3.6)}h7.2v7.2h-7.2Z`;
    case 2:
      return `M${X},${r2(y - 5)}l4.8,8.4h-9.6Z`;
    case 3:
      return `M${X},${r2(y - 5.2)}l5.2,5.2l-5.2,5.2l-5.2,-5.2Z`;
    case 4:
      return `M${X},${r2(y + 5)}l4.8,-8.4h-9.6Z`;
    case 5:
      return `M${r2(x - 1.6)},${r2(y - 5)}h3.2v3.4h3.4v3.2h-3.4v3.4h-3.2v-3.4h-3.4v-3.2h3.4Z`;
    default:
      return `M${r2(x - 4)},${Y}a4,4 0 1,0 8,0a4,4 0 1,0 -8,0`;
  }
}

export interface BarLayer {
  /** Bars too narrow to draw one by one: a path per status, one rectangle per pixel column. */
  joined: { status: Status; d: string }[];
}

/** In-year bars: each fills its share (`slot` of `slots`) of the middle 80% of its period. */
export function barMarks(s: SeriesMarks, slot: number, slots: number, { x, y, zeroY }: Scales): BarLayer {
  const bars = s.bars;
  const { x: xs, y: ys, w: ws, h: hs } = s.barsAt;
  const n = bars.length;
  const share = Math.max(slots, 1);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const period = bars[i]!.point.period;
    const x0 = x(period.start.getTime());
    const full = Math.max(x(period.end.getTime()) - x0, 1);
    const inner = full * 0.8;
    const w = inner / share;
    const a = bars[i]!.point.amount;
    const ya = y(a);
    ws[i] = w;
    xs[i] = x0 + (full - inner) / 2 + slot * w + w / 2;
    ys[i] = a >= 0 ? ya : zeroY;
    hs[i] = Math.max(Math.abs(ya - zeroY), 0.5);
    total += w;
  }
  if (!n || total / n >= 1) {
    for (let i = 0; i < n; i++) bars[i]!.d = rectPath(xs[i]! - ws[i]! / 2, ys[i]!, ws[i]!, hs[i]!);
    return { joined: [] };
  }
  // Narrower than a pixel: what each pixel column shows is the highest and lowest bar in it, per status.
  const columns = new Map<Status, Map<number, [number, number]>>();
  let status: Status | undefined;
  let byColumn: Map<number, [number, number]> | undefined;
  for (let i = 0; i < n; i++) {
    const st = bars[i]!.point.status;
    if (st !== status) {
      status = st;
      byColumn = columns.get(st) ?? columns.set(st, new Map()).get(st)!;
    }
    const c = Math.floor(xs[i]!);
    const top = ys[i]!;
    const bottom = top + hs[i]!;
    const span = byColumn!.get(c);
    if (span) {
      if (top < span[0]) span[0] = top;
      if (bottom > span[1]) span[1] = bottom;
    } else byColumn!.set(c, [top, bottom]);
  }
  return {
    joined: [...columns].map(([status, byColumn]) => {
      const parts: string[] = [];
      for (const [c, [top, bottom]] of byColumn) parts.push(rectPath(c, top, 1, bottom - top));
      return { status, d: parts.join('') };
    })
  };
}

/** Keeps each pixel column's first, lowest, highest and last points (of `points`, in x order). */
export function thin<P extends { x: number; y: number }>(points: readonly P[], columns: number): P[] {
  if (points.length <= columns * 4) return points.slice();
  const out: P[] = [];
  keptIndexes(
    points.length,
    (i) => points[i]!.x,
    (i) => points[i]!.y,
    (i) => out.push(points[i]!)
  );
  return out;
}

/**
 * The thinning itself, on indexes: for each run of points in one pixel column (by `x`), the
 * column's first, lowest, highest and last, in the order they come (by index, not by x: points
 * sharing an x would otherwise be reordered, and the first written twice), each once.
 */
function keptIndexes(n: number, x: (i: number) => number, y: (i: number) => number, keep: (i: number) => void): void {
  let column = NaN;
  let first = 0;
  const flush = (end: number) => {
    if (end <= first) return;
    let lo = first;
    let hi = first;
    let ylo = y(first);
    let yhi = ylo;
    for (let i = first + 1; i < end; i++) {
      const v = y(i);
      if (v < ylo) (lo = i), (ylo = v);
      if (v > yhi) (hi = i), (yhi = v);
    }
    const a = lo < hi ? lo : hi;
    const b = lo < hi ? hi : lo;
    keep(first);
    if (a !== first) keep(a);
    if (b !== a) keep(b);
    if (end - 1 !== b) keep(end - 1);
  };
  for (let i = 0; i < n; i++) {
    const c = Math.floor(x(i));
    if (c !== column) flush(i), (first = i);
    column = c;
  }
  flush(n);
}

export interface LineLayer {
  /** Segments between actual figures, and those that reach an estimated or projected one. */
  solid: string;
  dashed: string;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Path data for runs of points, each the rows `from` to `to` (inclusive) of `xs`, `ys`: `M` to
 * start each run, `L` to each next point, runs longer than four points a pixel column thinned as
 * thin() does (a test holds the two to the same points). Written here rather than with d3-shape's
 * line(): for a polyline it is this one loop, it reads the typed arrays the layout wrote (no [x, y]
 * pair or copy of a run a point), and it leaves d3-path out of the bundle.
 */
export function polyline(xs: Float64Array, ys: Float64Array, runs: readonly number[], columns: number): string {
  let out = '';
  for (let r = 0; r < runs.length; r += 2) {
    const from = runs[r]!;
    const n = runs[r + 1]! - from + 1;
    let started = false;
    const add = (i: number) => {
      out += `${started ? 'L' : 'M'}${r1(xs[from + i]!)},${r1(ys[from + i]!)}`;
      started = true;
    };
    if (n <= columns * 4) for (let i = 0; i < n; i++) add(i);
    else keptIndexes(n, (i) => xs[from + i]!, (i) => ys[from + i]!, add);
  }
  return out;
}

/** A cumulative line: its points placed, its path split into solid and dashed runs, thinned. */
export function lineMarks(s: SeriesMarks, dotted: boolean, { x, y, plot }: Scales): LineLayer | undefined {
  const points = s.line;
  const n = points.length;
  if (!n) return undefined;
  const { x: xs, y: ys, gap, t, amount, status } = s.lineAt;
  // A segment is solid between two actual figures, dashed when it reaches an estimate or projection.
  // Runs are kept as pairs of rows (first, last): a run starts at the point before its first segment.
  const solid: number[] = [];
  const dashed: number[] = [];
  let run: number[] | undefined;
  let runIsSolid = true;
  let prevActual = false;
  for (let i = 0; i < n; i++) {
    // Read from the line's arrays, not from each mark's point (a running total's is made only when asked for).
    const px = x(t[i]!);
    const py = y(amount[i]!);
    xs[i] = px;
    ys[i] = py;
    if (dotted) points[i]!.d = shapePath(s.index, px, py);
    const isActual = status[i] === 0;
    if (i === 0 || gap[i] === 1) {
      run = undefined;
    } else {
      const actual = prevActual && isActual;
      if (!run || runIsSolid !== actual) {
        run = actual ? solid : dashed;
        run.push(i - 1, i);
        runIsSolid = actual;
      } else run[run.length - 1] = i;
    }
    prevActual = isActual;
  }
  const columns = Math.ceil(plot.width);
  return { solid: polyline(xs, ys, solid, columns), dashed: polyline(xs, ys, dashed, columns) };
}

export interface Label {
  x: number;
  y: number;
  text: string;
  seriesIndex: number;
  /** The series' shape, before its name. */
  d: string;
}

/** Series names beside the ends of their lines, nudged apart and kept inside the chart. */
export function directLabels(ends: readonly { seriesIndex: number; name: string; y: number }[], sc: Scales, height: number): Label[] {
  if (!sc.labelRoom) return [];
  const lh = sc.ruler.lineHeight;
  const x = sc.plot.left + sc.plot.width + 6;
  const labels = ends.map((e) => ({ x: x + 14, y: e.y, text: e.name, seriesIndex: e.seriesIndex, d: '' })).sort((a, b) => a.y - b.y);
  for (let i = 1; i < labels.length; i++) labels[i]!.y = Math.max(labels[i]!.y, labels[i - 1]!.y + lh);
  const over = labels.length ? labels[labels.length - 1]!.y + lh / 2 - height : 0;
  for (const l of labels) {
    if (over > 0) l.y -= over;
    l.y = Math.max(l.y, lh / 2);
    l.d = shapePath(l.seriesIndex, x + 5, l.y);
  }
  return labels;
}

export interface AnnotationMark {
  x: number;
  lines: string[];
  anchor: 'start' | 'end';
}

/** An annotation's label in lines no wider than half the chart, so that it fits on its side. */
export function wrapLabel(label: string, max: number, ruler: Ruler): string[] {
  const lines: string[] = [];
  let line = '';
  const words: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    // A word wider than the room is cut into pieces that fit.
    const per = Math.max(1, Math.floor((word.length * max) / Math.max(ruler.width(word), 1)));
    for (let i = 0; i < word.length; i += per) words.push(word.slice(i, i + per));
  }
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && ruler.width(next) > max) lines.push(line), (line = word);
    else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export function annotationMarks(notes: readonly { period: Annotation['period']; lines: string[] }[], { x, plot }: Scales): AnnotationMark[] {
  return notes.map((a) => {
    const ax = x(pointTime(a.period));
    return { x: ax, lines: a.lines, anchor: ax > plot.left + plot.width / 2 ? 'end' : 'start' };
  });
}
