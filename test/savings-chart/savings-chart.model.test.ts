import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parsePeriod, PERIOD_CACHE } from '../../src/format/period.js';
import { readPoints, readSavings, readSavingsCsv, type ChartSeries, type SavingsInput } from '../../src/components/savings-chart/savings-chart.data.js';
import { layoutChart, thin, visitOrder } from '../../src/components/savings-chart/savings-chart.layout.js';
import { selectSeries } from '../../src/components/savings-chart/savings-chart.select.js';
import { seriesMarks } from '../../src/components/savings-chart/savings-chart.series.js';
import { summarise } from '../../src/components/savings-chart/savings-chart.summary.js';
import { chartMessages } from '../../src/components/savings-chart/savings-chart.messages.js';
import { problemMessage } from '../../src/data/problem.js';
import { dataMessages } from '../helpers/messages.js';
/** The core words with the words for data files, as the widgets that read them have. */
const en = dataMessages('en');

const fy = (start: number, amount: number, extra: object = {}) => ({ period: `${start}/${String((start + 1) % 100).padStart(2, '0')}`, amount, ...extra });
const options = { width: 600, height: 300, formatMoney: (n: number) => `£${n}`, formatMonth: (d: Date) => d.toISOString(), defaultName: 'Savings' };
const marksOf = (series: readonly ChartSeries[], mode: 'both' | 'cumulative' | 'in-year' = 'both') => series.map((s, i) => seriesMarks(s, mode, i));

describe('savings chart data', () => {
  it('groups a bare list of points into series by their series field, keeping list positions in problems', () => {
    const read = readSavings([
      { period: '2017/18', amount: 1, series: 'A' },
      { period: '2017/18', amount: 2, series: 'B' },
      { period: '2018/19', amount: 'x', series: 'B' }
    ]);
    expect(read.value!.series.map((s) => [s.id, s.points.length])).to.deep.equal([['A', 1], ['B', 1]]);
    expect(read.problems.map((p) => problemMessage(p, en))).to.deep.equal(['[2].amount: expected a number, got "x"']);
  });

  it('reads CSV with kind, status and source, locating problems by line', () => {
    const read = readSavingsCsv('period,amount,kind,status,source\n2017/18,100,in-year,estimated,https://example.org\n2018/19,oops,,,\n');
    const point = read.value!.series[0]!.points[0]!;
    expect([point.amount, point.kind, point.status, point.source]).to.deep.equal([100, 'in-year', 'estimated', 'https://example.org']);
    expect(read.problems.map((p) => problemMessage(p, en))).to.deep.equal(['line 3, amount: expected a number, got "oops"']);
  });

  it('rejects input that is none of its forms', () => {
    const read = readSavings(42);
    expect(read.value).to.equal(undefined);
    expect(problemMessage(read.problems[0]!, en, 'data.json')).to.equal(
      'data.json: expected { "series": [...] }, a list of savings points, or the shared dataset, got 42'
    );
  });

  it('sums partnerships in-year by period, marking the sum as estimated when any part is', () => {
    const input = readSavings({
      partnerships: [
        { id: 'a', name: 'A', savings: [fy(2017, 10), fy(2018, 20, { status: 'estimated' })] },
        { id: 'b', name: 'B', savings: [fy(2018, 5)] }
      ]
    }).value as SavingsInput;
    const all = selectSeries(input, null, 'All');
    expect(all.series[0]!.points.map((p) => [p.period.label, p.amount, p.status])).to.deep.equal([
      ['2017/18', 10, 'actual'],
      ['2018/19', 25, 'estimated']
    ]);
    expect(selectSeries(input, 'b', 'All').series.map((s) => s.id)).to.deep.equal(['b']);
  });
});

describe('savings chart data at scale', () => {
  const field = fc.oneof(fc.constant(undefined), fc.constant(null), fc.string({ maxLength: 4 }), fc.double(), fc.integer(), fc.boolean(), fc.constant([]));
  const point = fc.record(
    {
      period: fc.oneof(fc.constantFrom('2018/19', '2018/20', '2013-03-31', '2013-02-30', '2013-13', '2014', '2013-03', ' 2014', '14/15'), field),
      amount: fc.oneof(fc.double(), fc.integer({ min: -5, max: 5 }), field),
      kind: fc.oneof(fc.constantFrom('in-year', 'cumulative', 'In-year'), field),
      status: fc.oneof(fc.constantFrom('actual', 'estimated', 'projected', 'final'), field),
      series: field,
      source: fc.oneof(fc.webUrl(), fc.record({ name: fc.string(), url: fc.webUrl() }), field),
      note: field,
      illustrative: field,
      extra: field
    },
    { requiredKeys: [] }
  );

  it('reads points through the quick path exactly as through the schema: same points, same located problems', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(point, point, fc.anything({ maxDepth: 1 })), { maxLength: 25 }), (items) => {
        expect(readPoints(items, ['series', 0, 'points'], true)).to.deep.equal(readPoints(items, ['series', 0, 'points'], false));
      }),
      { numRuns: 300, seed: 17 }
    );
  });

  it('gives the same located message for one bad point among 100,000 good ones', () => {
    const items: unknown[] = Array.from({ length: 100_000 }, (_, i) => ({ period: new Date(Date.UTC(1800, 0, 1 + i)).toISOString().slice(0, 10), amount: i, kind: 'cumulative' }));
    items[54_321] = { ...(items[54_321] as object), amount: '12' };
    const read = readSavings({ series: [{ name: 'Big', points: items }] });
    expect(read.value!.series[0]!.points.length).to.equal(99_999);
    expect(read.problems.map((p) => problemMessage(p, en))).to.deep.equal(['series[0].points[54321].amount: expected a number, got "12"']);
  });

  it('keeps the periods it has read when its cache is full, rather than emptying it', () => {
    const first = parsePeriod('2018/19')!;
    expect(parsePeriod('2018/19')).to.equal(first);
    // More months than the cache holds (years 0001 to 9999, twelve each).
    for (let i = 12; i < PERIOD_CACHE + 12 * 200; i++) parsePeriod(`${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`);
    // Still remembered: the same object, not read again.
    expect(parsePeriod('2018/19')).to.equal(first);
  });
});

describe('savings chart marks and layout', () => {
  const series = readSavings({ series: [{ name: 'S', points: [fy(2015, 10), fy(2016, 20), fy(2018, 40)] }] }).value!.series;

  it('works out running totals that stop at a missing year, and never bars from cumulative totals', () => {
    const marks = seriesMarks(series[0]!, 'both');
    expect(marks.bars.map((b) => b.point.amount)).to.deep.equal([10, 20, 40]);
    expect(marks.line.map((l) => [l.point.amount, l.derived])).to.deep.equal([[10, true], [30, true]]);
    const cumulative = readSavings([{ period: '2015/16', amount: 5, kind: 'cumulative' }, { period: '2016/17', amount: 9, kind: 'cumulative' }]).value!.series[0]!;
    expect(seriesMarks(cumulative, 'in-year').bars).to.deep.equal([]);
    expect(seriesMarks(cumulative, 'both').bars).to.deep.equal([]);
  });

  it('places bars across their financial year and scales to a nice domain from zero', () => {
    const model = layoutChart(marksOf(series), options);
    expect(model.yTicks[0]!.label).to.equal('£0');
    expect(model.yTicks[model.yTicks.length - 1]!.label).to.equal('£40');
    const bars = model.series[0]!.bars;
    const [a, b] = bars;
    // One series: each bar fills the middle 80% of its year, so the next bar starts a year later.
    expect(b!.x - a!.x).to.be.closeTo(a!.w / 0.8, a!.w * 0.01);
    expect(a!.y + a!.h).to.be.closeTo(model.zeroY, 0.01);
    expect(bars.every((m) => m.x - m.w / 2 >= model.plot.left && m.x + m.w / 2 <= model.plot.left + model.plot.width)).to.equal(true);
    expect(visitOrder(model.series[0]!).map((m) => (m.bar ? 'bar' : 'dot'))).to.deep.equal(['bar', 'dot', 'bar', 'dot', 'bar']);
  });

  it('thins long lines to each pixel column’s extremes, keeping the first and last points', () => {
    const points = Array.from({ length: 10000 }, (_, i) => ({ x: i / 100, y: Math.sin(i) * 50 + 50 }));
    const thinned = thin(points, 100);
    expect(thinned.length).to.be.at.most(400);
    expect(thinned[0]).to.equal(points[0]);
    expect(thinned[thinned.length - 1]).to.equal(points[points.length - 1]);
    const column = points.filter((p) => Math.floor(p.x) === 42).map((p) => p.y);
    const kept = thinned.filter((p) => Math.floor(p.x) === 42).map((p) => p.y);
    expect(Math.max(...kept)).to.equal(Math.max(...column));
    expect(Math.min(...kept)).to.equal(Math.min(...column));
  });

  it('draws 10,000 points as a path but not as 10,000 dots, while the keyboard still reaches every one', () => {
    const big = readSavings({ series: [{ name: 'Big', points: Array.from({ length: 10000 }, (_, i) => ({ period: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10), amount: i, kind: 'cumulative' })) }] }).value!.series;
    const model = layoutChart(marksOf(big), options);
    expect(model.series[0]!.dotted).to.equal(false);
    expect(visitOrder(model.series[0]!).length).to.equal(10000);
    expect(model.series[0]!.line!.solid.split('L').length).to.be.lessThan(3000);
  });

  it('summarises a rise in words', () => {
    const marks = marksOf(series);
    expect(summarise(marks, { m: chartMessages.en, intlLocale: 'en-GB', money: (n) => `£${n}`, defaultName: 'Savings' })[0]).to.equal(
      'S: cumulative savings rose from £10 in 2015/16 to £30 by March 2017.'
    );
  });

  it('keeps every year label inside the plot when only running totals are drawn', () => {
    const input = readSavings({ series: [{ name: 'A', points: [fy(2018, 10), fy(2019, 20), fy(2020, 30)] }] }).value!;
    const marks = marksOf(input.series, 'cumulative');
    const model = layoutChart(marks, options);
    expect(marks[0]!.line).to.have.length(3);
    expect(model.xTicks.length).to.be.greaterThan(0);
    const left = Math.min(...model.series[0]!.points.map((m) => m.x));
    for (const t of model.xTicks) expect(t.at, t.label).to.be.within(left - 40, options.width);
    expect(model.xTicks.map((t) => t.label)).to.not.include('2017/18');
  });
});
