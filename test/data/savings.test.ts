import { expect } from '@open-wc/testing';
import type { Partnership, SavingsPoint } from '../../src/data/dataset.js';
import { savingsToDate, totalSavings } from '../../src/data/savings.js';

const inYear = (period: string, amount: number, extra: Partial<SavingsPoint> = {}): SavingsPoint => ({ period, amount, kind: 'in-year', ...extra });
const cumulative = (period: string, amount: number, extra: Partial<SavingsPoint> = {}): SavingsPoint => ({ period, amount, kind: 'cumulative', ...extra });
const partnership = (id: string, savings: SavingsPoint[], extra: Partial<Partnership> = {}): Partnership => ({ id, name: id, savings, ...extra });

describe('savings to date for one partnership', () => {
  it('is nothing when there are no points', () => {
    expect(savingsToDate([])).to.equal(undefined);
  });

  it('adds up in-year amounts, with or without a kind', () => {
    expect(savingsToDate([inYear('2016/17', 100), inYear('2017/18', 200), { period: '2018/19', amount: 50 }])).to.deep.equal({
      amount: 350,
      illustrative: false
    });
  });

  it('takes the latest cumulative total, never adding or differencing totals', () => {
    const points = [cumulative('2016/17', 100), cumulative('2017/18', 250), cumulative('2018/19', 400)];
    expect(savingsToDate(points)).to.deep.equal({ amount: 400, illustrative: false });
    expect(savingsToDate([points[2]!, points[0]!, points[1]!])).to.deep.equal({ amount: 400, illustrative: false });
  });

  it('takes the latest total even when it is lower than an earlier one', () => {
    expect(savingsToDate([cumulative('2016/17', 500), cumulative('2017/18', 450)])).to.deep.equal({ amount: 450, illustrative: false });
  });

  it('adds in-year amounts only for periods after the latest cumulative total', () => {
    const points = [inYear('2016/17', 100), cumulative('2017/18', 250), inYear('2017/18', 150), inYear('2018/19', 50), inYear('2019/20', 7)];
    expect(savingsToDate(points)).to.deep.equal({ amount: 307, illustrative: false });
  });

  it('compares financial years and ISO dates by where they end', () => {
    const points = [cumulative('2018-03-31', 500), inYear('2017/18', 90), inYear('2018/19', 70), inYear('2018-03', 11)];
    expect(savingsToDate(points)).to.deep.equal({ amount: 570, illustrative: false });
    expect(savingsToDate([cumulative('2018/19', 500), cumulative('2019-01-31', 300)])).to.deep.equal({ amount: 500, illustrative: false });
  });

  it('leaves out estimated and projected points', () => {
    expect(
      savingsToDate([
        inYear('2018/19', 100),
        inYear('2019/20', 200, { status: 'projected' }),
        inYear('2020/21', 300, { status: 'estimated' }),
        inYear('2017/18', 40, { status: 'actual' })
      ])
    ).to.deep.equal({ amount: 140, illustrative: false });
    expect(
      savingsToDate([cumulative('2017/18', 250), cumulative('2020/21', 999, { status: 'projected' }), inYear('2018/19', 10)])
    ).to.deep.equal({ amount: 260, illustrative: false });
  });

  it('is nothing when no point is actual', () => {
    expect(savingsToDate([inYear('2019/20', 200, { status: 'projected' }), cumulative('2020/21', 9, { status: 'estimated' })])).to.equal(
      undefined
    );
  });

  it('is illustrative when any point it uses is', () => {
    expect(savingsToDate([inYear('2017/18', 1), inYear('2018/19', 2, { illustrative: true })])).to.deep.equal({ amount: 3, illustrative: true });
    expect(savingsToDate([cumulative('2018/19', 5, { illustrative: true }), inYear('2017/18', 1)])).to.deep.equal({ amount: 5, illustrative: true });
  });

  it('is not illustrative because of points it does not use', () => {
    expect(savingsToDate([cumulative('2016/17', 100, { illustrative: true }), cumulative('2017/18', 250)])).to.deep.equal({
      amount: 250,
      illustrative: false
    });
    expect(savingsToDate([inYear('2017/18', 1), inYear('2018/19', 2, { status: 'projected', illustrative: true })])).to.deep.equal({
      amount: 1,
      illustrative: false
    });
    expect(savingsToDate([inYear('2017/18', 1, { illustrative: false })])).to.deep.equal({ amount: 1, illustrative: false });
  });
});

describe('savings to date across partnerships', () => {
  it('is nothing when no partnership reports actual savings', () => {
    expect(totalSavings([])).to.equal(undefined);
    expect(totalSavings([partnership('a', []), { id: 'b', name: 'B' }])).to.equal(undefined);
    expect(totalSavings([partnership('a', [inYear('2019/20', 5, { status: 'projected' })], { illustrative: true })])).to.equal(undefined);
  });

  it('adds each partnership’s savings to date', () => {
    const a = partnership('a', [cumulative('2017/18', 250), cumulative('2018/19', 400)]);
    const b = partnership('b', [inYear('2017/18', 100), inYear('2018/19', 50)]);
    const c = partnership('c', [inYear('2018/19', 999, { status: 'estimated' })]);
    const d: Partnership = { id: 'd', name: 'D' };
    expect(totalSavings([a, b, c, d])).to.deep.equal({ amount: 550, illustrative: false });
  });

  it('is illustrative when a partnership counted, or one of its points used, is', () => {
    const plain = partnership('a', [inYear('2018/19', 10)]);
    expect(totalSavings([plain, partnership('b', [inYear('2018/19', 5)], { illustrative: true })])).to.deep.equal({ amount: 15, illustrative: true });
    expect(totalSavings([plain, partnership('b', [inYear('2018/19', 5, { illustrative: true })])])).to.deep.equal({ amount: 15, illustrative: true });
  });

  it('is not illustrative because of an illustrative partnership with no actual savings', () => {
    const plain = partnership('a', [inYear('2018/19', 10)]);
    const none = partnership('b', [inYear('2019/20', 5, { status: 'projected' })], { illustrative: true });
    expect(totalSavings([plain, none])).to.deep.equal({ amount: 10, illustrative: false });
  });
});
