/**
 * Marks, size and options to a render model, with no DOM, in Observable Plot's order: the marks are
 * computed once (savings-chart.series.ts), then the scales and margins (savings-chart.scales.ts),
 * then one function per kind of mark (savings-chart.marks.ts). The model holds each mark once, in
 * its series; the chart, the keyboard and the table all read it.
 */
import type { Annotation } from './savings-chart.data.js';
import { annotationMarks, barMarks, directLabels, lineMarks, shapePath, wrapLabel, type AnnotationMark, type BarLayer, type Label, type LineLayer } from './savings-chart.marks.js';
import { chartScales, estimateRuler, type ScaleOptions, type Scales, type Tick } from './savings-chart.scales.js';
import type { Mark, MarkFacts, SeriesMarks } from './savings-chart.series.js';

export type { Mark } from './savings-chart.series.js';
export { thin } from './savings-chart.marks.js';

export interface LayoutOptions extends ScaleOptions {
  /** The name shown for a series with none. */
  defaultName: string;
  annotations?: readonly Annotation[];
}

export interface SeriesModel extends BarLayer {
  index: number;
  name: string;
  /** In-year bars, in time order. */
  bars: Mark[];
  /** Points of the cumulative line, in time order. */
  points: Mark[];
  line?: LineLayer;
  /** True when the points are drawn as marks of their own (each with its `d`). */
  dotted: boolean;
  /** The series' shape at the end of its line, when the points are too many to draw. */
  end?: string;
  /** Statuses and flags among its marks (for the legend). */
  facts: MarkFacts;
}

export interface RenderModel {
  width: number;
  height: number;
  plot: Scales['plot'];
  xTicks: Tick[];
  yTicks: Tick[];
  zeroY: number;
  series: SeriesModel[];
  labels: Label[];
  annotations: AnnotationMark[];
  lineHeight: number;
}

/** Points get dots while there are at most this many in all and each has this much room. */
const MAX_DOTS = 200;
const DOT_ROOM = 12;

const visits = new WeakMap<SeriesModel, Mark[]>();

/** A series' bars and points in time order (a bar before the point at the same place): what the arrow keys visit and the table lists. */
export function visitOrder(s: SeriesModel): Mark[] {
  let out = visits.get(s);
  if (out) return out;
  out = [];
  const { bars, points } = s;
  let i = 0;
  let j = 0;
  while (i < bars.length || j < points.length) {
    const b = bars[i];
    const p = points[j];
    if (b && (!p || b.x <= p.x)) out.push(b), i++;
    else out.push(p!), j++;
  }
  visits.set(s, out);
  return out;
}

export function layoutChart(marks: readonly SeriesMarks[], o: LayoutOptions): RenderModel {
  const ruler = o.ruler ?? estimateRuler;
  const names = marks.map((m) => m.series.name ?? o.defaultName);
  const notes = (o.annotations ?? []).map((a) => ({ period: a.period, lines: wrapLabel(a.label, o.width / 2 - 8, ruler) }));
  const scales = chartScales(marks, names, o, notes.reduce((n, a) => Math.max(n, a.lines.length), 0));

  const slots = marks.filter((m) => m.bars.length).length;
  let dotCount = 0;
  for (const m of marks) dotCount += m.line.length;
  const dotted = dotCount <= MAX_DOTS && marks.every((m) => m.line.length <= 1 || scales.plot.width / m.line.length >= DOT_ROOM);
  let slot = 0;
  const series = marks.map((m, index): SeriesModel => {
    const bars = barMarks(m, m.bars.length ? slot++ : 0, slots, scales);
    const line = lineMarks(m, dotted, scales);
    const last = m.line[m.line.length - 1];
    return {
      index,
      name: names[index]!,
      bars: m.bars,
      points: m.line,
      ...bars,
      ...(line ? { line } : {}),
      dotted,
      facts: m.facts,
      ...(last && !dotted ? { end: shapePath(index, last.x, last.y) } : {})
    };
  });
  const ends = series.filter((s) => s.points.length).map((s) => ({ seriesIndex: s.index, name: s.name, y: s.points[s.points.length - 1]!.y }));

  return {
    width: o.width,
    height: o.height,
    plot: scales.plot,
    xTicks: scales.xTicks,
    yTicks: scales.yTicks,
    zeroY: scales.zeroY,
    series,
    labels: directLabels(ends, scales, o.height),
    annotations: annotationMarks(notes, scales),
    lineHeight: ruler.lineHeight
  };
}
