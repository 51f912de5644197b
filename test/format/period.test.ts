import { expect } from '@open-wc/testing';
import { financialYear, financialYearOf, formatDate, formatPeriod, isPeriod, parsePeriod, type Period } from '../../src/format/period.js';

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString();

/** The parts of a period that can be compared exactly. */
function plain(text: string) {
  const p = parsePeriod(text);
  return p && { label: p.label, kind: p.kind, start: p.start.toISOString(), end: p.end.toISOString() };
}

function period(text: string): Period {
  const p = parsePeriod(text);
  if (!p) throw new Error(`fixture ${text} should parse`);
  return p;
}

describe('periods: UK financial years', () => {
  it('reads 2018/19 as 1 April 2018 to 31 March 2019', () => {
    expect(plain('2018/19')).to.deep.equal({
      label: '2018/19',
      kind: 'financial-year',
      start: utc(2018, 4, 1),
      end: utc(2019, 3, 31)
    });
  });

  it('reads years that cross a century', () => {
    expect(plain('1999/00')).to.deep.equal({ label: '1999/00', kind: 'financial-year', start: utc(1999, 4, 1), end: utc(2000, 3, 31) });
    expect(plain('2009/10')?.end).to.equal(utc(2010, 3, 31));
  });

  it('rejects a second half that does not follow the first', () => {
    expect(parsePeriod('2018/20')).to.equal(undefined);
    expect(parsePeriod('2018/18')).to.equal(undefined);
    expect(parsePeriod('1999/99')).to.equal(undefined);
    expect(parsePeriod('2018/2019')).to.equal(undefined);
    expect(parsePeriod('18/19')).to.equal(undefined);
    expect(parsePeriod('2018-19')).to.equal(undefined);
    expect(parsePeriod(' 2018/19')).to.equal(undefined);
    expect(isPeriod('2018/20')).to.equal(false);
    expect(isPeriod('2018/19')).to.equal(true);
  });

  it('names the financial year starting in a given year', () => {
    expect(financialYear(2018)).to.equal('2018/19');
    expect(financialYear(1999)).to.equal('1999/00');
    expect(financialYear(2000)).to.equal('2000/01');
    expect(financialYear(2009)).to.equal('2009/10');
  });

  it('puts a date in its financial year, turning over on 1 April', () => {
    expect(financialYearOf(new Date('2019-03-31T23:59:59Z'))).to.equal('2018/19');
    expect(financialYearOf(new Date('2019-04-01T00:00:00Z'))).to.equal('2019/20');
    expect(financialYearOf(new Date('2019-01-01T00:00:00Z'))).to.equal('2018/19');
    expect(financialYearOf(new Date('2019-12-31T12:00:00Z'))).to.equal('2019/20');
    expect(financialYearOf(new Date('2000-02-15T00:00:00Z'))).to.equal('1999/00');
  });

  it('places each financial year by its own end', () => {
    for (const start of [1999, 2011, 2018]) {
      const p = period(financialYear(start));
      expect(financialYearOf(p.start)).to.equal(financialYear(start));
      expect(financialYearOf(p.end)).to.equal(financialYear(start));
    }
  });
});

describe('periods: ISO years, months and days', () => {
  it('reads a year as 1 January to 31 December', () => {
    expect(plain('2014')).to.deep.equal({ label: '2014', kind: 'year', start: utc(2014, 1, 1), end: utc(2014, 12, 31) });
  });

  it('reads a month to its last day, leap years included', () => {
    expect(plain('2013-03')).to.deep.equal({ label: '2013-03', kind: 'month', start: utc(2013, 3, 1), end: utc(2013, 3, 31) });
    expect(plain('2016-02')?.end).to.equal(utc(2016, 2, 29));
    expect(plain('2015-02')?.end).to.equal(utc(2015, 2, 28));
    expect(plain('2011-12')?.end).to.equal(utc(2011, 12, 31));
    expect(plain('2013-04')?.end).to.equal(utc(2013, 4, 30));
  });

  it('rejects months that do not exist', () => {
    expect(parsePeriod('2013-13')).to.equal(undefined);
    expect(parsePeriod('2013-00')).to.equal(undefined);
    expect(parsePeriod('2013-3')).to.equal(undefined);
  });

  it('reads a day as a single date', () => {
    expect(plain('2013-03-31')).to.deep.equal({ label: '2013-03-31', kind: 'day', start: utc(2013, 3, 31), end: utc(2013, 3, 31) });
    expect(plain('2020-02-29')?.end).to.equal(utc(2020, 2, 29));
  });

  it('rejects dates that do not exist rather than rolling them over', () => {
    expect(parsePeriod('2019-02-30')).to.equal(undefined);
    expect(parsePeriod('2019-02-29')).to.equal(undefined);
    expect(parsePeriod('2013-04-31')).to.equal(undefined);
    expect(parsePeriod('2013-03-00')).to.equal(undefined);
    expect(parsePeriod('2013-03-32')).to.equal(undefined);
    expect(parsePeriod('2013-13-01')).to.equal(undefined);
    expect(isPeriod('2019-02-30')).to.equal(false);
  });

  it('rejects other text', () => {
    for (const text of ['', 'March 2013', '2013-03-31T00:00:00Z', '31/03/2013', '201', '2013/14/15', 'abcd']) {
      expect(parsePeriod(text), text).to.equal(undefined);
    }
  });
});

describe('periods in words', () => {
  it('keeps financial years and years as written', () => {
    expect(formatPeriod(period('2018/19'), 'en-GB')).to.equal('2018/19');
    expect(formatPeriod(period('2014'), 'en-GB')).to.equal('2014');
    expect(formatPeriod(period('2018/19'), 'cy')).to.equal('2018/19');
    expect(formatPeriod(period('2014'), 'cy')).to.equal('2014');
  });

  it('writes months and days in British English', () => {
    expect(formatPeriod(period('2011-12'), 'en-GB')).to.equal('December 2011');
    expect(formatPeriod(period('2013-03-31'), 'en-GB')).to.equal('31 March 2013');
    expect(formatPeriod(period('2013-01-01'), 'en-GB')).to.equal('1 January 2013');
  });

  it('writes months and days in Welsh', () => {
    expect(formatPeriod(period('2011-12'), 'cy')).to.equal('Rhagfyr 2011');
    expect(formatPeriod(period('2013-03-31'), 'cy')).to.equal('31 Mawrth 2013');
  });
});

describe('dates in words', () => {
  const date = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

  it('writes a UTC date in British English, whatever the time of day', () => {
    expect(formatDate(date(2013, 3, 31), 'en-GB', 'day')).to.equal('31 March 2013');
    expect(formatDate(new Date('2013-03-31T23:30:00Z'), 'en-GB', 'day')).to.equal('31 March 2013');
    expect(formatDate(date(2011, 12, 1), 'en-GB', 'month')).to.equal('December 2011');
    expect(formatDate(date(2013, 3, 1), 'en-GB', 'short-month')).to.equal('Mar 2013');
  });

  it('writes every Welsh month name in full', () => {
    const months = Array.from({ length: 12 }, (_, m) => formatDate(date(2019, m + 1, 1), 'cy', 'month'));
    expect(months).to.deep.equal([
      'Ionawr 2019', 'Chwefror 2019', 'Mawrth 2019', 'Ebrill 2019', 'Mai 2019', 'Mehefin 2019',
      'Gorffennaf 2019', 'Awst 2019', 'Medi 2019', 'Hydref 2019', 'Tachwedd 2019', 'Rhagfyr 2019'
    ]);
    expect(formatDate(date(2013, 3, 31), 'cy', 'day')).to.equal('31 Mawrth 2013');
    expect(formatDate(date(2013, 3, 1), 'cy-GB', 'day')).to.equal('1 Mawrth 2013');
  });

  it('shortens Welsh month names as Welsh does (CLDR: Ion, Chwef, Maw, Ebr, Mai, Meh, Gorff, Awst, Medi, Hyd, Tach, Rhag)', () => {
    const months = Array.from({ length: 12 }, (_, m) => formatDate(date(2019, m + 1, 1), 'cy', 'short-month'));
    expect(months).to.deep.equal([
      'Ion 2019', 'Chwef 2019', 'Maw 2019', 'Ebr 2019', 'Mai 2019', 'Meh 2019',
      'Gorff 2019', 'Awst 2019', 'Medi 2019', 'Hyd 2019', 'Tach 2019', 'Rhag 2019'
    ]);
  });
});

describe('periods in the first century (issue 16)', () => {
  it('keeps years 0000 to 0099 where they are, not in the 1900s', () => {
    expect(parsePeriod('0050')!.start.toISOString()).to.equal('0050-01-01T00:00:00.000Z');
    expect(parsePeriod('0000-02-29')!.end.getUTCFullYear()).to.equal(0);
    expect(parsePeriod('0099/00')!.end.toISOString()).to.equal('0100-03-31T00:00:00.000Z');
    expect(parsePeriod('0012-11')!.end.toISOString()).to.equal('0012-11-30T00:00:00.000Z');
    expect(parsePeriod('0019-02-29')).to.equal(undefined);
  });
});
