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
import { formatPath, onCsvLines, type Outcome, type Problem } from '../../data/problem.js';
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
const at = formatPath;
/** Time order: by period end, in-year before cumulative for the same period. */
export const order = (a: ChartPoint, b: ChartPoint) =>
  a.period.end.getTime() - b.period.end.getTime() || (a.kind === b.kind ? 0 : a.kind === 'in-year' ? -1 : 1);

/**
 * Checks a series' points: each one's fields, then no period twice for the same kind, then
 * cumulative totals that never go down. Returns the good points in time order.
 */
export function readPoints(items: readonly unknown[], prefix: Path): { points: ChartPoint[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const valid: { point: ChartPoint; index: number }[] = [];
  items.forEach((item, index) => {
    const checked = check(savingsPointSchema, item, [...prefix, index]);
    if (!checked.ok) return problems.push(...checked.problems);
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
    valid.push({ index, point });
  });
  const seen = new Map<number, number>();
  const unique = valid.filter(({ point, index }) => {
    const key = point.period.end.getTime() * 2 + (point.kind === 'cumulative' ? 1 : 0);
    const first = seen.get(key);
    if (first === undefined) return seen.set(key, index), true;
    problems.push({
      path: at([...prefix, index, 'period']),
      expected: 'uniquePeriod',
      params: { first: at([...prefix, first]) },
      received: point.period.label
    });
    return false;
  });
  unique.sort((a, b) => order(a.point, b.point));
  let last: { point: ChartPoint; index: number } | undefined;
  const points = unique.filter((entry) => {
    if (entry.point.kind !== 'cumulative') return true;
    if (last && entry.point.amount < last.point.amount) {
      problems.push({
        path: at([...prefix, entry.index, 'amount']),
        expected: 'cumulativeStep',
        params: { previous: String(last.point.amount), before: last.point.period.label },
        received: entry.point.amount
      });
      return false;
    }
    last = entry;
    return true;
  });
  return { points: points.map((e) => e.point), problems };
}

/** A bare list of points, grouped into series by each point's `series` field. */
function fromPointList(items: readonly unknown[]): Outcome<SavingsInput> {
  const groups = new Map<string, { items: unknown[]; indexes: number[] }>();
  items.forEach((item, index) => {
    const name = typeof item === 'object' && item !== null && typeof (item as { series?: unknown }).series === 'string'
      ? (item as { series: string }).series.trim()
      : '';
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
    problems.push(...read.problems.map((p) => ({ ...p, path: p.path.replace(/^\[(\d+)\]/, (_, i) => `[${group.indexes[Number(i)]}]`) })));
    if (read.points.length) series.push({ id: name || 'savings', ...(name ? { name } : {}), points: read.points, illustrative: read.points.every((p) => p.illustrative) });
  }
  return { value: { series, annotations: [], fromDataset: false }, problems };
}

function fromSeriesForm(input: unknown): Outcome<SavingsInput> {
  const shell = check(inputShell, input);
  if (!shell.ok) return { problems: shell.problems };
  const problems: Problem[] = [];
  const series: ChartSeries[] = [];
  shell.value.series.forEach((item, index) => {
    const s = check(seriesShell, item, ['series', index]);
    if (!s.ok) return problems.push(...s.problems);
    const read = readPoints(s.value.points, ['series', index, 'points']);
    problems.push(...read.problems);
    series.push({
      id: s.value.id?.trim() || `series-${index + 1}`,
      ...(s.value.name?.trim() ? { name: s.value.name.trim() } : {}),
      points: read.points,
      illustrative: s.value.illustrative === true || (read.points.length > 0 && read.points.every((p) => p.illustrative))
    });
  });
  const notes = checkEach(annotationSchema, shell.value.annotations ?? [], ['annotations']);
  problems.push(...notes.problems);
  const annotations = notes.values.map((a) => ({ period: parsePeriod(a.period)!, label: a.label }));
  const title = shell.value.title;
  return { value: { ...(title ? { title } : {}), series, annotations, fromDataset: false }, problems };
}

function fromDataset(input: unknown): Outcome<SavingsInput> {
  const dataset = readDataset(input);
  if (!dataset.value) return dataset;
  const problems = [...dataset.problems];
  const series = dataset.value.partnerships.map((p, index): ChartSeries => {
    const read = readPoints(p.savings ?? [], ['partnerships', index, 'savings']);
    problems.push(...read.problems);
    return { id: p.id, name: p.name, points: read.points, illustrative: p.illustrative === true || (read.points.length > 0 && read.points.every((x) => x.illustrative)) };
  });
  const title = dataset.value.title;
  return { value: { ...(title ? { title } : {}), series, annotations: [], fromDataset: true }, problems };
}

export function readSavings(input: unknown): Outcome<SavingsInput> {
  if (isDataset(input)) return fromDataset(input);
  if (Array.isArray(input)) return fromPointList(input);
  if (typeof input === 'object' && input !== null && 'series' in input) return fromSeriesForm(input);
  return { problems: [{ path: '', expected: 'savingsInput', received: input }] };
}

export function readSavingsCsv(csv: string): Outcome<SavingsInput> {
  const parsed = parseCsv(csv, {
    required: ['period', 'amount'],
    optional: ['kind', 'series', 'status', 'source', 'note'],
    numeric: ['amount']
  });
  if (!parsed.value) return { problems: parsed.problems };
  const outcome = fromPointList(parsed.value.records);
  return { ...outcome, problems: onCsvLines(outcome.problems, parsed.value.lines) } as Outcome<SavingsInput>;
}

export const savingsReader = {
  fromJson: readSavings,
  fromCsv: readSavingsCsv,
  isEmpty: (input: SavingsInput) => input.series.every((s) => s.points.length === 0)
};
