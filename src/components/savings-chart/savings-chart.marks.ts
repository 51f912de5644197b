/**
 * The second step of the layout: one function per kind of mark (bars, lines and their points,
 * series names, annotations), each reading the scales and placing what savings-chart.series.ts
 * computed. Bars narrower than a pixel are drawn as one path per status, a column of pixels at a
 * time; lines with more points than pixels are thinned to each column's extremes. Either way every
 * mark keeps its place, so the keyboard, the table and the events still reach each one.
 */
import type { Annotation, Status } from './savings-chart.data.js';
import { pointTime, type Ruler, type Scales } from './savings-chart.scales.js';
import type { Mark, SeriesMarks } from './savings-chart.series.js';

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
  let total = 0;
  for (const b of s.bars) {
    const x0 = x(b.point.period.start.getTime());
    const full = Math.max(x(b.point.period.end.getTime()) - x0, 1);
    const inner = full * 0.8;
    const w = inner / Math.max(slots, 1);
    const a = b.point.amount;
    b.w = w;
    b.x = x0 + (full - inner) / 2 + slot * w + w / 2;
    b.y = a >= 0 ? y(a) : zeroY;
    b.h = Math.max(Math.abs(y(a) - zeroY), 0.5);
    total += w;
  }
  if (!s.bars.length || total / s.bars.length >= 1) {
    for (const b of s.bars) b.d = rectPath(b.x - b.w / 2, b.y, b.w, b.h);
    return { joined: [] };
  }
  // Narrower than a pixel: what each pixel column shows is the highest and lowest bar in it.
  const columns = new Map<Status, Map<number, [number, number]>>();
  for (const b of s.bars) {
    const status = b.point.status;
    const byColumn = columns.get(status) ?? columns.set(status, new Map()).get(status)!;
    const c = Math.floor(b.x);
    const span = byColumn.get(c);
    if (span) {
      if (b.y < span[0]) span[0] = b.y;
      if (b.y + b.h > span[1]) span[1] = b.y + b.h;
    } else byColumn.set(c, [b.y, b.y + b.h]);
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
  let column = NaN;
  let first = 0;
  const flush = (end: number) => {
    if (end <= first) return;
    let lo = first;
    let hi = first;
    for (let i = first; i < end; i++) {
      const y = points[i]!.y;
      if (y < points[lo]!.y) lo = i;
      if (y > points[hi]!.y) hi = i;
    }
    // In the order the points come (by index, not by x: points sharing an x would otherwise be
    // reordered, and the first written twice), each once.
    const keep = [first, lo, hi, end - 1].sort((a, b) => a - b);
    for (let k = 0; k < keep.length; k++) if (k === 0 || keep[k] !== keep[k - 1]) out.push(points[keep[k]!]!);
  };
  for (let i = 0; i < points.length; i++) {
    const c = Math.floor(points[i]!.x);
    if (c !== column) flush(i), (first = i);
    column = c;
  }
  flush(points.length);
  return out;
}

export interface LineLayer {
  /** Segments between actual figures, and those that reach an estimated or projected one. */
  solid: string;
  dashed: string;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Path data for runs of points: `M` to start each run, `L` to each next point. Written here rather
 * than with d3-shape's line(): for a polyline it is this one loop, it works on the marks themselves
 * (no [x, y] pair a point: a 100,000-point line made 100,000 of them for the garbage collector), and
 * it leaves d3-path out of the bundle.
 */
function polyline(runs: readonly Mark[][], columns: number): string {
  const parts: string[] = [];
  for (const run of runs) {
    if (!run.length) continue;
    const kept = thin(run, columns);
    parts.push(`M${r1(kept[0]!.x)},${r1(kept[0]!.y)}`);
    for (let i = 1; i < kept.length; i++) parts.push(`L${r1(kept[i]!.x)},${r1(kept[i]!.y)}`);
  }
  return parts.join('');
}

/** A cumulative line: its points placed, its path split into solid and dashed runs, thinned. */
export function lineMarks(s: SeriesMarks, dotted: boolean, { x, y, plot }: Scales): LineLayer | undefined {
  const points = s.line;
  if (!points.length) return undefined;
  // A segment is solid between two actual figures, dashed when it reaches an estimate or projection.
  const solid: Mark[][] = [];
  const dashed: Mark[][] = [];
  let run: Mark[] | undefined;
  let runIsSolid = true;
  points.forEach((m, i) => {
    m.x = x(pointTime(m.point.period));
    m.y = y(m.point.amount);
    if (dotted) m.d = shapePath(s.index, m.x, m.y);
    const prev = points[i - 1];
    if (!prev || m.gapBefore) return void (run = undefined);
    const actual = prev.point.status === 'actual' && m.point.status === 'actual';
    if (!run || runIsSolid !== actual) (actual ? solid : dashed).push((run = [prev])), (runIsSolid = actual);
    run.push(m);
  });
  const columns = Math.ceil(plot.width);
  return { solid: polyline(solid, columns), dashed: polyline(dashed, columns) };
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
