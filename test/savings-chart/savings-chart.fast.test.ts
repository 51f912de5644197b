/**
 * The chart's fast paths at scale (issue 18) held to the slow ones they stand in for: days read with
 * arithmetic against the dates the platform builds; a uniform series read in one pass against every
 * point checked, on good series and on series with one fault of each kind (same points, same located
 * messages); the line's path drawn from the layout's arrays against thin() on the same points.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parsePeriod } from '../../src/format/period.js';
import { readPoints, readSavings, uniformPoints } from '../../src/components/savings-chart/savings-chart.data.js';
import { polyline, thin } from '../../src/components/savings-chart/savings-chart.marks.js';
import { CAVEATS, ESTIMATED, ILLUSTRATIVE, PROJECTED, seriesMarks } from '../../src/components/savings-chart/savings-chart.series.js';
import { layoutChart } from '../../src/components/savings-chart/savings-chart.layout.js';
import { problemMessage } from '../../src/data/problem.js';
import { dataMessages } from '../helpers/messages.js';

const en = dataMessages('en');
const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('savings chart fast paths: days read with arithmetic', () => {
  it('reads every YYYY-MM-DD as the platform dates it, and refuses the days no month has', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
        const date = new Date(0);
        date.setUTCFullYear(year, month - 1, day);
        const real = month >= 1 && month <= 12 && day >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
        const p = parsePeriod(text);
        expect(p !== undefined, text).to.equal(real);
        if (p) expect([p.kind, p.start.getTime(), p.end.getTime(), p.label], text).to.deep.equal(['day', date.getTime(), date.getTime(), text]);
      }),
      { numRuns: 3000, seed: 18 }
    );
    for (const leap of ['2000-02-29', '2024-02-29', '0004-02-29', '0000-02-29']) expect(parsePeriod(leap)?.label, leap).to.equal(leap);
    for (const not of ['1900-02-29', '2023-02-29', '2023-04-31', '2023-1a-01', '2023-01-0x', '+023-01-01', '2023-01-01 ']) expect(parsePeriod(not), not).to.equal(undefined);
  });
});

describe('savings chart fast paths: a uniform series read in one pass', () => {
  const day = (i: number) => new Date(Date.UTC(1990, 0, 1 + i)).toISOString().slice(0, 10);
  /** A good series: days in order, in-year or cumulative (never going down), some with both kinds on a day. */
  const goodSeries = fc.array(fc.record({ step: fc.integer({ min: 1, max: 40 }), both: fc.boolean(), amount: fc.integer({ min: -50, max: 50 }), status: fc.constantFrom(undefined, 'actual', 'estimated', 'projected') }), { minLength: 1, maxLength: 60 }).map((rows) => {
    const items: Record<string, unknown>[] = [];
    let at = 0;
    let total = 0;
    for (const r of rows) {
      at += r.step;
      if (r.both) items.push({ period: day(at), amount: r.amount, kind: 'in-year' });
      total += Math.abs(r.amount);
      items.push({ period: day(at), amount: total, kind: 'cumulative', ...(r.status ? { status: r.status } : {}) });
    }
    return items;
  });
  /** One fault: a point moved out of order, a period repeated, a total that goes down, or a field the schema refuses. */
  const fault = fc.record({ kind: fc.constantFrom('move', 'repeat', 'down', 'field', 'source'), at: fc.nat(), to: fc.nat() });
  const faulty = (items: Record<string, unknown>[], f: { kind: string; at: number; to: number }) => {
    const out = items.map((item) => ({ ...item }));
    const i = f.at % out.length;
    if (f.kind === 'move') out.splice(f.to % out.length, 0, out.splice(i, 1)[0]!);
    else if (f.kind === 'repeat') out.splice(i, 0, { ...out[i]!, amount: Number(out[i]!.amount) + 1 });
    else if (f.kind === 'down') out[i]!.amount = -1_000;
    else if (f.kind === 'field') out[i]!.amount = String(out[i]!.amount);
    // The schema takes a source as a record; the quick reader leaves that to it.
    else out[i]!.source = { name: 'Council report', url: 'https://example.org/report' };
    return out;
  };
  const messages = (read: { problems: Parameters<typeof problemMessage>[0][] }) => read.problems.map((p) => problemMessage(p, en));

  it('reads a good series in the one pass, to the same points as checking each one', () => {
    fc.assert(
      fc.property(goodSeries, (items) => {
        const fast = uniformPoints(items);
        expect(fast, 'the fast path took it').to.not.equal(undefined);
        expect(fast).to.deep.equal(readPoints(items, ['series', 0, 'points'], false));
      }),
      { numRuns: 200, seed: 18 }
    );
  });

  it('gives the same points and the same located messages as the slow path for a series with one fault', () => {
    let gaveUp = 0;
    fc.assert(
      fc.property(goodSeries, fault, (items, f) => {
        const bad = faulty(items, f);
        if (uniformPoints(bad) === undefined) gaveUp++;
        const fast = readPoints(bad, ['series', 2, 'points'], true);
        const slow = readPoints(bad, ['series', 2, 'points'], false);
        expect(fast).to.deep.equal(slow);
        expect(messages(fast)).to.deep.equal(messages(slow));
      }),
      { numRuns: 300, seed: 18 }
    );
    // Most faults are seen by the fast path and handed on (a move within one day's points may not be a fault).
    expect(gaveUp).to.be.greaterThan(200);
  });

  it('locates a repeated period and a falling total among 100,000 good points as before', () => {
    const items: Record<string, unknown>[] = Array.from({ length: 100_000 }, (_, i) => ({ period: day(i), amount: i, kind: 'cumulative' }));
    items[70_000] = { ...items[70_000]!, period: day(69_999) };
    items[80_000] = { ...items[80_000]!, amount: 5 };
    const read = readSavings({ series: [{ name: 'Big', points: items }] });
    expect(read.value!.series[0]!.points.length).to.equal(99_998);
    expect(messages(read)).to.deep.equal(messages({ problems: readPoints(items, ['series', 0, 'points'], false).problems }));
    expect(messages(read)).to.have.length(2);
    expect(messages(read)[0]).to.match(/^series\[0\]\.points\[70000\]\.period: /);
    expect(messages(read)[1]).to.match(/^series\[0\]\.points\[80000\]\.amount: /);
  });
});

describe('savings chart fast paths: the line drawn from the layout arrays', () => {
  const r1 = (n: number) => Math.round(n * 10) / 10;
  const fromThin = (points: { x: number; y: number }[], columns: number) =>
    thin(points, columns).map((p, i) => `${i ? 'L' : 'M'}${r1(p.x)},${r1(p.y)}`).join('');

  it('keeps exactly the points thin() keeps, in the same order, for runs of any length and spacing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ dx: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 3, noNaN: true })), y: fc.double({ min: -500, max: 500, noNaN: true }) }), { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 1, max: 40 }),
        (steps, columns) => {
          let x = 0;
          const points = steps.map((s) => ({ x: (x += s.dx), y: s.y }));
          const xs = Float64Array.from(points, (p) => p.x);
          const ys = Float64Array.from(points, (p) => p.y);
          expect(polyline(xs, ys, [0, points.length - 1], columns)).to.equal(fromThin(points, columns));
        }
      ),
      { numRuns: 300, seed: 18 }
    );
  });

  it('draws each run of a line on its own: solid between actual figures, dashed to an estimate, broken at a missing year', () => {
    const points = [
      { period: '2012/13', amount: 1, kind: 'cumulative' },
      { period: '2013/14', amount: 2, kind: 'cumulative' },
      { period: '2014/15', amount: 3, kind: 'cumulative', status: 'estimated' },
      { period: '2015/16', amount: 4, kind: 'cumulative' },
      { period: '2017/18', amount: 5, kind: 'cumulative' },
      { period: '2018/19', amount: 6, kind: 'cumulative' }
    ];
    const marks = [seriesMarks(readSavings({ series: [{ points }] }).value!.series[0]!, 'both')];
    const model = layoutChart(marks, { width: 600, height: 300, formatMoney: String, formatMonth: String, defaultName: 'S' });
    const at = (i: number) => `${r1(marks[0]!.line[i]!.x)},${r1(marks[0]!.line[i]!.y)}`;
    expect(model.series[0]!.line).to.deep.equal({ solid: `M${at(0)}L${at(1)}M${at(4)}L${at(5)}`, dashed: `M${at(1)}L${at(2)}L${at(3)}` });
    // Every point keeps its own place, read through its mark.
    expect(new Set(marks[0]!.line.map((m) => m.x)).size).to.equal(6);
  });
});

describe('savings chart fast paths: running totals made when asked for', () => {
  it('gives each running total as the point it stands for: period, total, worst status so far, flags, source and note; the same object each time', () => {
    const points = [
      { period: '2015/16', amount: 10, source: 'https://example.org/a', note: 'first' },
      { period: '2016/17', amount: 5, status: 'estimated', illustrative: true },
      { period: '2017/18', amount: 7 },
      { period: '2018/19', amount: 1, status: 'projected' }
    ];
    const marks = seriesMarks(readSavings({ series: [{ points }] }).value!.series[0]!, 'both');
    expect(marks.line.map((m) => m.point)).to.deep.equal([
      { period: parsePeriod('2015/16'), amount: 10, kind: 'cumulative', status: 'actual', illustrative: false, source: 'https://example.org/a', note: 'first' },
      { period: parsePeriod('2016/17'), amount: 15, kind: 'cumulative', status: 'estimated', illustrative: true },
      { period: parsePeriod('2017/18'), amount: 22, kind: 'cumulative', status: 'estimated', illustrative: false },
      { period: parsePeriod('2018/19'), amount: 23, kind: 'cumulative', status: 'projected', illustrative: false }
    ]);
    expect(marks.line.every((m) => m.derived && !m.bar && m.point === m.point)).to.equal(true);
    expect(marks.facts).to.equal(ESTIMATED | PROJECTED | ILLUSTRATIVE | CAVEATS);
    // Running totals alone are no caveat (the summary names only figures as given).
    expect(seriesMarks(marks.series, 'cumulative').facts).to.equal(ESTIMATED | PROJECTED | ILLUSTRATIVE);
  });
});
