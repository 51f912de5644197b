/**
 * Input for `<shared-savings-chart>` to series of dated points: the shared dataset (a series per
 * partnership), `{ series, annotations }`, a bare list of points (grouped by their `series` field),
 * or CSV `period,amount[,kind][,series][,status][,source][,note]`. Each point is checked; bad ones,
 * repeated periods and cumulative totals that go down are left out and reported by place.
 */
import * as v from 'valibot';
import { isDataset, readDataset, savingsPointSchema } from '../../data/dataset.js';
import { list, nonEmptyText, period as periodField, record, text, type Source } from '../../data/fields.js';
import { parseCsv } from '../../data/parse.js';
import { Budget, capped, formatPath, onCsvLines, type Outcome, type Problem } from '../../data/problem.js';
import { check, checkEach } from '../../data/validate.js';
import { parsePeriod, type Period } from '../../format/period.js';

export type Kind = 'in-year' | 'cumulative';
export type Status = 'actual' | 'estimated' | 'projected';

export interface ChartPoint {
  period: Period;
  amount: number;
  kind: Kind;
  status: Status;
  source?: Source;
  note?: string;
  illustrative: boolean;
}

export interface ChartSeries {
  id: string;
  /** The series' name, or `undefined` to use the built-in default ("Savings"). */
  name?: string;
  /** Sorted by period end; in-year before cumulative for the same period. */
  points: ChartPoint[];
  illustrative: boolean;
}

export interface Annotation {
  period: Period;
  label: string;
}

export interface SavingsInput {
  title?: string;
  series: ChartSeries[];
  annotations: Annotation[];
  /** True when the series are the dataset's partnerships (ids are partnership ids). */
  fromDataset: boolean;
}

const seriesShell = record({ id: v.optional(text), name: v.optional(text), points: list, illustrative: v.optional(v.boolean()) });
const annotationSchema = record({ period: periodField, label: nonEmptyText });
const inputShell = record({ title: v.optional(text), series: list, annotations: v.optional(list) });

type Path = (string | number)[];

/**
 * What the chart reads at most (the README's limits), so that a hostile or mistaken file cannot
 * freeze the page: points in all series together (issue 18 draws 1,000,000; twice that is read),
 * series (each has its legend entry, colour and table section), and notes on the time axis. The
 * rest is left out before it is checked, with a located message saying how many.
 */
export const MAX_POINTS = 2_000_000;
export const MAX_SERIES = 10_000;
export const MAX_ANNOTATIONS = 1_000;

/** The limits a read applies: the ones above, unless a test asks for smaller ones (reading 2,000,000 points takes seconds). */
export interface ChartLimits {
  points: number;
  series: number;
  annotations: number;
}
export const CHART_LIMITS: ChartLimits = { points: MAX_POINTS, series: MAX_SERIES, annotations: MAX_ANNOTATIONS };

/** Adds `items` to `list` one by one: spreading a large list into push() overflows the stack. */
function append<T>(list: T[], items: readonly T[]): void {
  for (const item of items) list.push(item);
}
const at = formatPath;
/** Time order: by period end, in-year before cumulative for the same period. */
export const order = (a: ChartPoint, b: ChartPoint) =>
  a.period.end.getTime() - b.period.end.getTime() || (a.kind === b.kind ? 0 : a.kind === 'in-year' ? -1 : 1);

/**
 * The common case in one pass, without valibot: an object whose fields all have the types the
 * schema asks for, with a period that reads. It accepts nothing the schema refuses (a test holds it
 * to that), and anything else goes to the schema, which names the problem: so a large file of good
 * points is read several times faster, and a bad point gets the same located message as ever.
 */
export function quickPoint(item: unknown): ChartPoint | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const { period, amount, kind, status, series, source, note, illustrative } = item as Record<string, unknown>;
  if (typeof period !== 'string' || typeof amount !== 'number' || !Number.isFinite(amount)) return undefined;
  if (kind !== undefined && kind !== 'in-year' && kind !== 'cumulative') return undefined;
  if (status !== undefined && status !== 'actual' && status !== 'estimated' && status !== 'projected') return undefined;
  if ((series !== undefined && typeof series !== 'string') || (note !== undefined && typeof note !== 'string')) return undefined;
  if ((source !== undefined && typeof source !== 'string') || (illustrative !== undefined && typeof illustrative !== 'boolean')) return undefined;
  // The schema's period pattern is exactly the two forms parsePeriod reads.
  const parsed = parsePeriod(period);
  if (!parsed) return undefined;
  const point: ChartPoint = { period: parsed, amount, kind: kind ?? 'in-year', status: status ?? 'actual', illustrative: illustrative === true };
  if (source !== undefined) point.source = source;
  if (note !== undefined) point.note = note;
  return point;
}

/** One point through the schema: the point, or its located problems. */
function schemaPoint(item: unknown, path: Path, problems: Problem[]): ChartPoint | undefined {
  const checked = check(savingsPointSchema, item, path);
  if (!checked.ok) return void problems.push(...checked.problems);
  const p = checked.value;
  const point: ChartPoint = {
    period: parsePeriod(p.period)!,
    amount: p.amount,
    kind: p.kind ?? 'in-year',
    status: p.status ?? 'actual',
    illustrative: p.illustrative === true
  };
  if (p.source !== undefined) point.source = p.source;
  if (p.note !== undefined) point.note = p.note;
  return point;
}

/**
 * Checks a series' points: each one's fields, then no period twice for the same kind, then
 * cumulative totals that never go down. Returns the good points in time order. `quick`: false to
 * send every point through the schema (for tests that compare the two).
 */
export function readPoints(items: readonly unknown[], prefix: Path, quick = true): { points: ChartPoint[]; problems: Problem[] } {
  return (quick && uniformPoints(items)) || checkedPoints(items, prefix, quick);
}

/**
 * The fast path for a series with nothing to report, the usual case of a long one: one pass that
 * reads each point (quickPoint) and checks, as it goes, that the points come in time order, no
 * period twice for a kind, and cumulative totals never go down. The first point that fails any of
 * these gives up (`undefined`), and the series is read again by checkedPoints, which finds and
 * locates every problem: so a good series is read with no index lists, sorting or second pass, and
 * a bad one gets exactly the messages it always did (a test holds the two paths to the same result).
 */
export function uniformPoints(items: readonly unknown[]): { points: ChartPoint[]; problems: Problem[] } | undefined {
  const points: ChartPoint[] = [];
  let lastTime = -Infinity;
  let lastCumulative = false;
  let total = -Infinity;
  for (let index = 0; index < items.length; index++) {
    const point = quickPoint(items[index]);
    if (!point) return undefined;
    const time = point.period.end.getTime();
    const cumulative = point.kind === 'cumulative';
    // Strictly after the point before in time order: a later end, or the same end, in-year then cumulative.
    if (!(time > lastTime || (time === lastTime && cumulative && !lastCumulative))) return undefined;
    if (cumulative) {
      if (point.amount < total) return undefined;
      total = point.amount;
    }
    lastTime = time;
    lastCumulative = cumulative;
    points.push(point);
  }
  return { points, problems: [] };
}

/** Every point checked, each problem located: what readPoints does when the fast path gives up. */
function checkedPoints(items: readonly unknown[], prefix: Path, quick: boolean): { points: ChartPoint[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const valid: ChartPoint[] = [];
  const where: number[] = [];
  for (let index = 0; index < items.length; index++) {
    const point = (quick && quickPoint(items[index])) || schemaPoint(items[index], [...prefix, index], problems);
    if (point) valid.push(point), where.push(index);
  }
  const duplicate = (i: number, first: number) =>
    problems.push({
      path: at([...prefix, where[i]!, 'period']),
      expected: 'uniquePeriod',
      params: { first: at([...prefix, first]) },
      received: valid[i]!.period.label
    });
  let sorted = true;
  for (let i = 1; i < valid.length && sorted; i++) sorted = order(valid[i - 1]!, valid[i]!) <= 0;
  const keep: number[] = [];
  if (sorted) {
    // Files are usually in time order: then a repeated period is next to its first.
    for (let i = 0; i < valid.length; i++) {
      const before = keep.length ? valid[keep[keep.length - 1]!]! : undefined;
      if (before && order(before, valid[i]!) === 0) duplicate(i, where[keep[keep.length - 1]!]!);
      else keep.push(i);
    }
  } else {
    const seen = new Map<string, number>();
    for (let i = 0; i < valid.length; i++) {
      const point = valid[i]!;
      const key = `${point.period.end.getTime()} ${point.kind}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, where[i]!), keep.push(i);
      else duplicate(i, first);
    }
    keep.sort((a, b) => order(valid[a]!, valid[b]!) || a - b);
  }
  let last: ChartPoint | undefined;
  const points: ChartPoint[] = [];
  for (const i of keep) {
    const point = valid[i]!;
    if (point.kind === 'cumulative') {
      if (last && point.amount < last.amount) {
        problems.push({
          path: at([...prefix, where[i]!, 'amount']),
          expected: 'cumulativeStep',
          params: { previous: String(last.amount), before: last.period.label },
          received: point.amount
        });
        continue;
      }
      last = point;
    }
    points.push(point);
  }
  return { points, problems };
}

/** A bare list of points, grouped into series by each point's `series` field. */
function fromPointList(all: readonly unknown[], limits: ChartLimits): Outcome<SavingsInput> {
  const { items, problems: over } = capped(all, limits.points, []);
  const groups = new Map<string, { items: unknown[]; indexes: number[] }>();
  // Series past MAX_SERIES: the first point of the first one, and how many were left out.
  const extra = new Set<string>();
  let firstExtra = -1;
  items.forEach((item, index) => {
    const name = typeof item === 'object' && item !== null && typeof (item as { series?: unknown }).series === 'string'
      ? (item as { series: string }).series.trim()
      : '';
    if (!groups.has(name) && groups.size >= limits.series) {
      if (firstExtra < 0) firstExtra = index;
      extra.add(name);
      return;
    }
    const group = groups.get(name) ?? { items: [], indexes: [] };
    group.items.push(item);
    group.indexes.push(index);
    groups.set(name, group);
  });
  const problems: Problem[] = [];
  const series: ChartSeries[] = [];
  for (const [name, group] of groups) {
    const read = readPoints(group.items, []);
    // Paths were relative to the group: put them back on the list's own indexes.
    append(problems, read.problems.map((p) => ({ ...p, path: p.path.replace(/^\[(\d+)\]/, (_, i) => `[${group.indexes[Number(i)]}]`) })));
    if (read.points.length) series.push({ id: name || 'savings', ...(name ? { name } : {}), points: read.points, illustrative: read.points.every((p) => p.illustrative) });
  }
  append(problems, over);
  const n = (x: number) => x.toLocaleString('en-GB');
  if (extra.size) problems.push({ path: at([firstExtra, 'series']), expected: 'limit', params: { max: n(limits.series), left: n(extra.size) } });
  return { value: { series, annotations: [], fromDataset: false }, problems };
}

function fromSeriesForm(input: unknown, limits: ChartLimits): Outcome<SavingsInput> {
  const shell = check(inputShell, input);
  if (!shell.ok) return { problems: shell.problems };
  const problems: Problem[] = [];
  const series: ChartSeries[] = [];
  const { items: given, problems: tooMany } = capped(shell.value.series, limits.series, ['series']);
  const budget = new Budget(limits.points);
  given.forEach((item, index) => {
    // The points are counted before the shell check, and kept out of it: a list takes any item, and
    // checking one item by item would copy it and make an object for each (100,000 of them, for nothing).
    const raw = typeof item === 'object' && item !== null && Array.isArray((item as { points?: unknown }).points) ? (item as { points: unknown[] }).points : undefined;
    const taken = raw && budget.take(raw, ['series', index, 'points']);
    const s = check(seriesShell, raw ? { ...(item as object), points: [] } : item, ['series', index]);
    if (!s.ok) return append(problems, s.problems);
    const read = readPoints(taken ?? s.value.points, ['series', index, 'points']);
    append(problems, read.problems);
    series.push({
      id: s.value.id?.trim() || `series-${index + 1}`,
      ...(s.value.name?.trim() ? { name: s.value.name.trim() } : {}),
      points: read.points,
      illustrative: s.value.illustrative === true || (read.points.length > 0 && read.points.every((p) => p.illustrative))
    });
  });
  const { items: notesGiven, problems: tooManyNotes } = capped(shell.value.annotations ?? [], limits.annotations, ['annotations']);
  const notes = checkEach(annotationSchema, notesGiven, ['annotations']);
  append(problems, notes.problems);
  append(problems, tooMany);
  append(problems, budget.problems);
  append(problems, tooManyNotes);
  const annotations = notes.values.map((a) => ({ period: parsePeriod(a.period)!, label: a.label }));
  const title = shell.value.title;
  return { value: { ...(title ? { title } : {}), series, annotations, fromDataset: false }, problems };
}

/** The dataset with partnerships and savings points past the limits left out, before they are checked. */
function cappedDataset(input: object, limits: ChartLimits): { input: object; problems: Problem[] } {
  const raw = (input as { partnerships?: unknown }).partnerships;
  if (!Array.isArray(raw)) return { input, problems: [] };
  const { items, problems } = capped(raw, limits.series, ['partnerships']);
  const budget = new Budget(limits.points);
  const partnerships = items.map((p, index) => {
    const savings = typeof p === 'object' && p !== null ? (p as { savings?: unknown }).savings : undefined;
    return Array.isArray(savings) ? { ...(p as object), savings: budget.take(savings, ['partnerships', index, 'savings']) } : p;
  });
  return { input: { ...input, partnerships }, problems: [...problems, ...budget.problems] };
}

function fromDataset(given: object, limits: ChartLimits): Outcome<SavingsInput> {
  const { input, problems: over } = cappedDataset(given, limits);
  const dataset = readDataset(input);
  if (!dataset.value) return dataset;
  const problems = [...dataset.problems];
  const series = dataset.value.partnerships.map((p, index): ChartSeries => {
    const read = readPoints(p.savings ?? [], ['partnerships', index, 'savings']);
    append(problems, read.problems);
    return { id: p.id, name: p.name, points: read.points, illustrative: p.illustrative === true || (read.points.length > 0 && read.points.every((x) => x.illustrative)) };
  });
  append(problems, over);
  const title = dataset.value.title;
  return { value: { ...(title ? { title } : {}), series, annotations: [], fromDataset: true }, problems };
}

export function readSavings(input: unknown, limits = CHART_LIMITS): Outcome<SavingsInput> {
  if (isDataset(input)) return fromDataset(input as object, limits);
  if (Array.isArray(input)) return fromPointList(input, limits);
  if (typeof input === 'object' && input !== null && 'series' in input) return fromSeriesForm(input, limits);
  return { problems: [{ path: '', expected: 'savingsInput', received: input }] };
}

export function readSavingsCsv(csv: string, limits = CHART_LIMITS): Outcome<SavingsInput> {
  const parsed = parseCsv(csv, {
    required: ['period', 'amount'],
    optional: ['kind', 'series', 'status', 'source', 'note'],
    numeric: ['amount']
  });
  if (!parsed.value) return { problems: parsed.problems };
  const outcome = fromPointList(parsed.value.records, limits);
  return { ...outcome, problems: onCsvLines(outcome.problems, parsed.value.lines) } as Outcome<SavingsInput>;
}

export const savingsReader = {
  fromJson: (input: unknown) => readSavings(input),
  fromCsv: (csv: string) => readSavingsCsv(csv),
  isEmpty: (input: SavingsInput) => input.series.every((s) => s.points.length === 0)
};
