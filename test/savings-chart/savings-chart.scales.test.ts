/**
 * The chart's first layout step (scales, margins, ticks: savings-chart.scales.ts and src/layout/scale.ts)
 * and its line thinning, as data in, data out; with fast-check for what must hold for any data: the
 * amount axis covers every amount and zero, ticks stay inside the chart, thinning keeps each pixel
 * column's extremes, and the chart's CSV reads back as the series it was written from.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readSavings, readSavingsCsv, type ChartSeries } from '../../src/components/savings-chart/savings-chart.data.js';
import { toCsv } from '../../src/components/savings-chart/savings-chart.export.js';
import { thin } from '../../src/components/savings-chart/savings-chart.marks.js';
import { amountDomain, chartScales, estimateRuler, timeExtent, type ScaleOptions } from '../../src/components/savings-chart/savings-chart.scales.js';
import { seriesMarks } from '../../src/components/savings-chart/savings-chart.series.js';
import { linear, niceDomain } from '../../src/layout/scale.js';

const fy = (start: number, amount: number, extra: object = {}) => ({ period: `${start}/${String((start + 1) % 100).padStart(2, '0')}`, amount, ...extra });
const marksOf = (input: unknown) => readSavings(input).value!.series.map((s, i) => seriesMarks(s, 'both', i));
const options: ScaleOptions = { width: 600, height: 300, formatMoney: (n) => `£${n}`, formatMonth: (d) => d.toISOString().slice(0, 7) };

describe('linear scale and nice domain (src/layout/scale.ts)', () => {
  it('maps the domain onto the range, either way round, and a point domain to the middle', () => {
    const y = linear([0, 100], [300, 0]);
    expect([y(0), y(50), y(100), y(150)]).to.deep.equal([300, 150, 0, -150]);
    expect(linear([5, 5], [0, 40])(5)).to.equal(20);
    expect(y.ticks(5)).to.deep.equal([0, 20, 40, 60, 80, 100]);
  });

  it('covers zero and every value, on round numbers', () => {
    expect(niceDomain([13, 87], 5)).to.deep.equal([0, 100]);
    expect(niceDomain([-30, 12], 5)).to.deep.equal([-30, 20]);
    expect(niceDomain([-31, 12], 5)).to.deep.equal([-40, 20]);
    expect(niceDomain([], 5)).to.deep.equal([0, 1]);
    expect(niceDomain([0, 0], 5)).to.deep.equal([0, 1]);
  });
});

describe('savings chart scales', () => {
  const marks = marksOf({ series: [{ name: 'Adoption', points: [fy(2016, 400_000), fy(2017, 900_000), fy(2018, 1_200_000)] }] });

  it('spans time from the first bar’s start to the last bar’s end', () => {
    const [t0, t1] = timeExtent(marks, []);
    expect(new Date(t0).toISOString().slice(0, 10)).to.equal('2016-04-01');
    expect(new Date(t1).getTime()).to.be.greaterThan(Date.UTC(2019, 2, 30));
    expect(new Date(t1).getTime()).to.be.lessThan(Date.UTC(2019, 3, 2));
  });

  it('reaches out to an annotation before the data', () => {
    const annotations = readSavings({ series: [{ points: [fy(2016, 1)] }], annotations: [{ period: '2014-06', label: 'Agreed' }] }).value!.annotations;
    expect(timeExtent(marks, annotations)[0]).to.be.lessThan(Date.UTC(2014, 6, 1));
  });

  it('puts amounts on a round domain from zero, with the running total the top', () => {
    // Bars reach 1.2m; the running total line reaches 2.5m.
    expect(amountDomain(marks, 5)).to.deep.equal([0, 2_500_000]);
    const losses = marksOf({ series: [{ points: [fy(2016, -250), fy(2017, 100, { kind: 'cumulative' })] }] });
    expect(amountDomain(losses, 5)).to.deep.equal([-250, 100]);
  });

  it('leaves room on the left for the widest amount label, and names series on the right only when there are two and room', () => {
    const one = chartScales(marks, ['Adoption'], options, 0);
    const widest = Math.max(...one.yTicks.map((t) => estimateRuler.width(t.label)));
    expect(one.plot.left).to.equal(Math.ceil(widest) + 14);
    expect(one.labelRoom).to.equal(0);
    const two = marksOf({ series: [{ name: 'Adoption', points: [fy(2016, 1), fy(2017, 2)] }, { name: 'Waste', points: [fy(2016, 3), fy(2017, 4)] }] });
    expect(chartScales(two, ['Adoption', 'Waste'], options, 0).labelRoom).to.equal(estimateRuler.width('Adoption') + 26);
    expect(chartScales(two, ['Adoption', 'Waste'], { ...options, width: 400 }, 0).labelRoom, 'too narrow: the legend names them').to.equal(0);
  });

  it('gives each annotation line its own room above the plot', () => {
    expect(chartScales(marks, [], options, 2).plot.top - chartScales(marks, [], options, 0).plot.top).to.equal(2 * estimateRuler.lineHeight);
  });

  it('writes exact amounts on the axis when the short labels would repeat', () => {
    const small = marksOf({ series: [{ points: [fy(2016, 0.5), fy(2017, 1.5)] }] });
    const short = { ...options, formatMoney: (n: number) => `£${Math.round(n)}`, formatExact: (n: number) => `£${n.toFixed(2)}` };
    const labels = chartScales(small, [], short, 0).yTicks.map((t) => t.label);
    expect(new Set(labels).size).to.equal(labels.length);
    expect(labels[1]).to.equal('£0.50');
  });
});

describe('savings chart scales: invariants (fast-check)', () => {
  const series = fc.array(
    fc.record({
      start: fc.integer({ min: 1990, max: 2040 }),
      // Money: whole pounds up to a trillion, or pounds and pence.
      amount: fc.oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: -5_000_000_00, max: 50_000_000_00 }).map((p) => p / 100)),
      kind: fc.constantFrom('in-year', 'cumulative')
    }),
    { minLength: 1, maxLength: 30 }
  );

  it('the amount axis covers zero and every amount drawn; ticks and their labels stay inside the chart', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 200, max: 1200 }), fc.integer({ min: 150, max: 600 }), (points, width, height) => {
        const marks = marksOf({ series: [{ points: points.map((p) => fy(p.start, p.amount, { kind: p.kind })) }] });
        const sc = chartScales(marks, ['S'], { ...options, width, height }, 0);
        const [lo, hi] = sc.y.domain;
        expect(lo).to.be.at.most(0);
        expect(hi).to.be.at.least(0);
        for (const m of marks) for (const p of [...m.bars, ...m.line]) expect(p.point.amount).to.be.within(lo, hi);
        for (const t of sc.yTicks) expect(t.at).to.be.within(sc.plot.top - 1e-6, sc.plot.top + sc.plot.height + 1e-6);
        for (const t of sc.xTicks) {
          expect(t.at).to.be.within(sc.plot.left, sc.plot.left + sc.plot.width);
          const half = estimateRuler.width(t.label) / 2;
          expect(t.labelAt - half, t.label).to.be.at.least(0);
          expect(t.labelAt + half, t.label).to.be.at.most(width);
        }
      }),
      { seed: 17, numRuns: 200 }
    );
  });
});

describe('thinning a long line (fast-check)', function () {
  // Hundreds of lines of up to 1,000 points, checked point by point: room for a busy machine.
  this.timeout(30_000);
  // A line's points move right in time, several sometimes at one x (the same day: once, with the lowest
  // after the highest, the first came out twice and out of order).
  const step = fc.record({ dx: fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 3, noNaN: true })), y: fc.double({ min: -1000, max: 1000, noNaN: true }) });
  // Lengths chosen outright: fast-check's arrays are short by default, and thinning starts at 4 a column.
  const line = fc
    .integer({ min: 1, max: 1000 })
    .chain((n) => fc.array(step, { minLength: n, maxLength: n }))
    .map((steps) => {
      let x = 0;
      return steps.map(({ dx, y }, i) => ({ i, x: (x += dx), y }));
    });

  it('keeps every pixel column’s first, last, lowest and highest point, in order, and nothing from outside the line', () => {
    fc.assert(
      fc.property(line, fc.integer({ min: 1, max: 60 }), (points, columns) => {
        const kept = thin(points, columns);
        if (points.length > columns * 4) expect(kept.length).to.be.lessThan(points.length);
        // In order, each point once, each one of the line's own.
        expect(kept.every((p, k) => k === 0 || p.i > kept[k - 1]!.i), 'in order, each once').to.equal(true);
        expect(kept.every((p) => points[p.i] === p)).to.equal(true);
        const columnsOf = (list: typeof points) => {
          const by = new Map<number, typeof points>();
          for (const p of list) {
            const c = Math.floor(p.x);
            const column = by.get(c);
            if (column) column.push(p);
            else by.set(c, [p]);
          }
          return by;
        };
        const byColumn = columnsOf(points);
        const keptBy = columnsOf(kept);
        expect([...keptBy.keys()]).to.deep.equal([...byColumn.keys()]);
        for (const [c, all] of byColumn) {
          const mine = keptBy.get(c)!;
          expect(mine[0]).to.equal(all[0]);
          expect(mine[mine.length - 1]).to.equal(all[all.length - 1]);
          expect(Math.min(...mine.map((p) => p.y))).to.equal(Math.min(...all.map((p) => p.y)));
          expect(Math.max(...mine.map((p) => p.y))).to.equal(Math.max(...all.map((p) => p.y)));
          if (points.length > columns * 4) expect(mine.length).to.be.at.most(4);
        }
      }),
      { seed: 17, numRuns: 100 }
    );
  });

  it('leaves a line with a few points a pixel column as it is', () => {
    fc.assert(
      fc.property(line, (points) => {
        expect(thin(points, Math.ceil(points.length / 4))).to.deep.equal(points);
      }),
      { seed: 17, numRuns: 50 }
    );
  });
});

describe('the chart’s CSV goes round (fast-check)', () => {
  // Free text as a CSV cell holds it: no spaces at either end (cells are trimmed), something in it.
  // Formula characters and apostrophes anywhere, first too: the export writes `+a` as `'+a` and
  // `'+a` as `''+a` (so that a spreadsheet runs neither), and the reader takes one apostrophe off.
  const cellText = fc
    .string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', "'", '=', '+', '-', '@', ';', '\n', 'é', '1'), minLength: 1, maxLength: 10 })
    .filter((s) => s.trim() === s && s !== '');
  const point = fc.record(
    {
      start: fc.integer({ min: 1990, max: 2040 }),
      amount: fc.integer({ min: -1_000_000, max: 1_000_000_000 }),
      kind: fc.constantFrom('in-year', 'cumulative'),
      status: fc.constantFrom('actual', 'estimated', 'projected'),
      source: fc.constantFrom('https://example.org/report.pdf', 'Council accounts'),
      note: cellText
    },
    { requiredKeys: ['start', 'amount'] }
  );
  /** What a reader sees of a series: its name and its points' fields. */
  const seen = (series: readonly ChartSeries[]) =>
    series.map((s) => ({ name: s.name, points: s.points.map((p) => ({ period: p.period.label, amount: p.amount, kind: p.kind, status: p.status, source: p.source, note: p.note })) }));

  it('reads its own CSV back as the series it was written from', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(cellText, fc.array(point, { minLength: 1, maxLength: 5 })), { selector: ([name]) => name, minLength: 1, maxLength: 3 }), (list) => {
        const input = { series: list.map(([name, points]) => ({ name, points: points.map(({ start, ...p }) => fy(start, p.amount, p)) })) };
        const series = readSavings(input).value!.series;
        const again = readSavingsCsv(toCsv(series, 'Savings'));
        expect(again.problems).to.deep.equal([]);
        expect(seen(again.value!.series)).to.deep.equal(seen(series));
      }),
      { seed: 17, numRuns: 200 }
    );
  });
});
