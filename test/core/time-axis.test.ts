import { expect } from '@open-wc/testing';
import { monthSteps, timeTicks } from '../../src/layout/time-axis.js';
import { parsePeriod } from '../../src/format/period.js';

const utc = (y: number, m = 0, d = 1) => new Date(Date.UTC(y, m, d));
const iso = (dates: Date[]) => dates.map((d) => d.toISOString().slice(0, 10));

describe('time axis', () => {
  it('steps through months and years from the first whole step', () => {
    expect(iso(monthSteps(utc(2011, 11, 31), utc(2015, 0, 1), 12))).to.deep.equal(['2012-01-01', '2013-01-01', '2014-01-01']);
    expect(iso(monthSteps(utc(2012, 0, 1), utc(2012, 6, 1), 3))).to.deep.equal(['2012-01-01', '2012-04-01']);
    expect(iso(monthSteps(utc(2001, 5, 1), utc(2031, 0, 1), 120))).to.deep.equal(['2010-01-01', '2020-01-01', '2030-01-01']);
  });

  it('puts a tick in the middle of each financial year, thinned to fit', () => {
    const periods = ['2015/16', '2016/17', '2017/18', '2018/19'].map((p) => parsePeriod(p)!);
    const wide = timeTicks(periods, [periods[0]!.start, periods[3]!.end], 600, String);
    expect(wide.map((t) => t.label)).to.deep.equal(['2015/16', '2016/17', '2017/18', '2018/19']);
    expect(wide[0]!.at.toISOString().slice(0, 10)).to.equal('2015-10-01');
    const narrow = timeTicks(periods, [periods[0]!.start, periods[3]!.end], 130, String);
    expect(narrow.map((t) => t.label)).to.deep.equal(['2015/16', '2017/18']);
  });

  it('uses calendar years for long irregular spans and months for short ones', () => {
    const dates = [parsePeriod('2011-12')!, parsePeriod('2018/19')!];
    expect(timeTicks(dates, [utc(2011, 11, 1), utc(2019, 2, 31)], 700, String).map((t) => t.label)).to.deep.equal(
      ['2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019']
    );
    expect(timeTicks(dates, [utc(2011, 11, 1), utc(2019, 2, 31)], 150, String).map((t) => t.label)).to.deep.equal(['2015']);
    const short = timeTicks([parsePeriod('2018-02')!], [utc(2018, 0, 15), utc(2018, 6, 1)], 600, (d) => d.toISOString().slice(0, 7));
    expect(short.map((t) => t.label)).to.deep.equal(['2018-02', '2018-03', '2018-04', '2018-05', '2018-06']);
  });
});
