import { expect } from '@open-wc/testing';
import { cy, en } from '../../src/i18n/messages.js';
import { parseCsv, parseJson, type CsvColumns } from '../../src/data/parse.js';
import { problemMessage } from '../../src/data/problem.js';

const savingsColumns: CsvColumns = {
  required: ['period', 'amount'],
  optional: ['kind', 'series', 'status', 'source'],
  numeric: ['amount']
};

const rosterColumns: CsvColumns = {
  required: ['council', 'name', 'role'],
  optional: ['share', 'joined', 'services', 'email', 'phone'],
  numeric: ['share'],
  lists: ['services']
};

/** Each problem in words, as read from `where`. */
/**
 * The engine's own words for a JSON syntax error (V8's in Chromium, SpiderMonkey's in Firefox): the
 * place is ours and the same in both, the words are the engine's.
 */
const firefox = navigator.userAgent.includes('Firefox/');
const engine = (v8: string, spiderMonkey: string) => (firefox ? spiderMonkey : v8);

const said = (outcome: { problems: { path: string }[] }, where = 'data.json', t = en) => outcome.problems.map((p) => problemMessage(p, t, where));

function records(text: string, columns: CsvColumns) {
  const outcome = parseCsv(text, columns);
  if (!outcome.value) throw new Error(said(outcome, 'test.csv').join('; '));
  return outcome.value;
}

describe('parsing JSON', () => {
  it('gives the value, with no problems', () => {
    expect(parseJson('{ "figures": [1, "a", null] }')).to.deep.equal({ value: { figures: [1, 'a', null] }, problems: [] });
    expect(parseJson('[]')).to.deep.equal({ value: [], problems: [] });
  });

  it('locates a trailing comma on a later line', () => {
    const outcome = parseJson('{\n  "a": 1,\n}');
    expect(outcome.value).to.equal(undefined);
    expect(outcome.problems).to.deep.equal([
      { path: '', text: { key: 'jsonAt', values: { line: 3, column: 1, detail: 'Expected double-quoted property name' } } }
    ]);
    expect(said(outcome, 'figures.json')).to.deep.equal(['figures.json, line 3, column 1: not valid JSON (Expected double-quoted property name)']);
    expect(said(outcome, 'figures.json', cy)).to.deep.equal([
      'figures.json, llinell 3, colofn 1: nid yw’n JSON dilys (Expected double-quoted property name)'
    ]);
  });

  it('locates a missing comma between properties', () => {
    const outcome = parseJson('{\n  "a": 1\n  "b": 2\n}');
    expect(said(outcome, 'figures.json')).to.deep.equal([
      `figures.json, line 3, column 3: not valid JSON (${engine("Expected ',' or '}' after property value", "Expected ',' or '}' after property value in object")})`
    ]);
  });

  it('locates text after the end, on the first line', () => {
    expect(said(parseJson('{"a": 1}}'), 'x.json')).to.deep.equal([
      `x.json, line 1, column 9: not valid JSON (${engine('Unexpected non-whitespace character after JSON', 'Unexpected non-whitespace character after JSON data')})`
    ]);
  });

  it('counts lines in files with Windows line endings', () => {
    expect(said(parseJson('{\r\n  "a": 1,\r\n}'), 'x.json')).to.deep.equal([
      'x.json, line 3, column 1: not valid JSON (Expected double-quoted property name)'
    ]);
  });

  it('locates an unexpected word or quote on a later line', () => {
    const bare = parseJson('{\n  "a": 1,\n  "b": x\n}');
    expect(bare.problems.map((p) => p.text?.key)).to.deep.equal(['jsonAt']);
    expect(bare.problems[0]?.text?.values).to.include({ line: 3, column: 8 });
    const single = parseJson('{\n  "a": \'one\'\n}');
    expect(single.problems[0]?.text?.values).to.include({ line: 2, column: 8 });
  });

  it('locates an unexpected token wherever the engine quotes the text around it', () => {
    const at = (text: string) => {
      const values = parseJson(text).problems[0]?.text?.values;
      return values && [values.line, values.column, values.detail];
    };
    const token = (t: string) => engine(`Unexpected token '${t}'`, 'Unexpected character');
    // Long text, token near the start: quoted from the start.
    expect(at('{"a": x, "bbbbbbbbbbbbbbbbbbbb": 1}')).to.deep.equal([1, 7, token('x')]);
    // Long text, token near the end: quoted to the end.
    expect(at('{"aaaaaaaaaaaaaaaaaaaa": 1, "b": x}')).to.deep.equal([1, 34, token('x')]);
    // Token in the middle of a longer file.
    expect(at('[\n  {"v": 1},\n  {"v": NaN},\n  {"v": 3}\n]')).to.deep.equal([3, 9, token('N')]);
    // Short text, quoted whole.
    expect(at('{"a": undefined}')).to.deep.equal([1, 7, token('u')]);
    expect(at('{"a":,}')).to.deep.equal([1, 6, token(',')]);
  });

  it('locates an unexpected token in a short text even when the same character comes earlier', () => {
    const values = parseJson('{"x": x}').problems[0]?.text?.values;
    expect(values).to.deep.equal({ line: 1, column: 7, detail: engine("Unexpected token 'x'", 'Unexpected character') });
  });

  it('says the file is not JSON when the engine gives no place (V8; Firefox places it at line 1, column 1)', () => {
    const outcome = parseJson('');
    if (firefox) {
      expect(said(outcome, 'empty.json')).to.deep.equal(['empty.json, line 1, column 1: not valid JSON (Unexpected end of data)']);
      return;
    }
    expect(outcome.problems).to.deep.equal([{ path: '', text: { key: 'json', values: { detail: 'Unexpected end of JSON input' } } }]);
    expect(said(outcome, 'empty.json')).to.deep.equal(['empty.json is not valid JSON: Unexpected end of JSON input']);
  });
});

describe('parsing CSV', () => {
  it('reads records by header, with their file lines', () => {
    expect(records('period,amount,kind\n2018/19,1200000,in-year\n2019/20,1500000,cumulative\n', savingsColumns)).to.deep.equal({
      records: [
        { period: '2018/19', amount: 1_200_000, kind: 'in-year' },
        { period: '2019/20', amount: 1_500_000, kind: 'cumulative' }
      ],
      lines: [2, 3]
    });
  });

  it('ignores a byte order mark', () => {
    expect(records('\uFEFFperiod,amount\n2018/19,5', savingsColumns)).to.deep.equal({ records: [{ period: '2018/19', amount: 5 }], lines: [2] });
  });

  it('skips blank lines, counting them in line numbers', () => {
    expect(records('\n\nperiod,amount\n\n2018/19,1\n  ,  \n\n2019/20,2\n\n', savingsColumns)).to.deep.equal({
      records: [
        { period: '2018/19', amount: 1 },
        { period: '2019/20', amount: 2 }
      ],
      lines: [5, 8]
    });
  });

  it('reads Windows line endings', () => {
    expect(records('period,amount\r\n2018/19,1\r\n2019/20,2\r\n', savingsColumns)).to.deep.equal({
      records: [
        { period: '2018/19', amount: 1 },
        { period: '2019/20', amount: 2 }
      ],
      lines: [2, 3]
    });
  });

  it('keeps commas and quotes inside quoted cells', () => {
    expect(records('council,name,role\nE08000026,"Coventry, City of",lead\nE10000031,"The ""County""",partner', rosterColumns).records).to.deep.equal([
      { council: 'E08000026', name: 'Coventry, City of', role: 'lead' },
      { council: 'E10000031', name: 'The "County"', role: 'partner' }
    ]);
  });

  it('gives the file line of a record after a quoted cell that spans lines', () => {
    expect(records('council,name,role\nE08000026,"Coventry\nCity Council",lead\nE10000031,Warwickshire,partner\n', rosterColumns)).to.deep.equal({
      records: [
        { council: 'E08000026', name: 'Coventry\nCity Council', role: 'lead' },
        { council: 'E10000031', name: 'Warwickshire', role: 'partner' }
      ],
      lines: [2, 4]
    });
  });

  it('matches column names whatever their case and spacing, and keeps unknown columns', () => {
    expect(records(' Period , AMOUNT,Kind,Comment\n2018/19,10,in-year,hello', savingsColumns).records).to.deep.equal([
      { period: '2018/19', amount: 10, kind: 'in-year', comment: 'hello' }
    ]);
  });

  it('leaves out empty cells and missing trailing cells, and ignores cells beyond the header', () => {
    expect(records('council,name,role,share,joined\nE08000026,Coventry,lead,,\nE10000031, Warwickshire ,partner\nE08000029,Solihull,partner,0.5,2018-02,extra', rosterColumns).records).to.deep.equal([
      { council: 'E08000026', name: 'Coventry', role: 'lead' },
      { council: 'E10000031', name: 'Warwickshire', role: 'partner' },
      { council: 'E08000029', name: 'Solihull', role: 'partner', share: 0.5, joined: '2018-02' }
    ]);
  });

  it('reads numbers written with pound signs, commas and spaces, and keeps other text to be reported', () => {
    const csv = 'period,amount\n2018/19,"£1,200"\n2019/20,abc\n2020/21, 1 500 \n2021/22,-5\n2022/23,0.25\n2023/24,£\n';
    expect(records(csv, savingsColumns).records.map((r) => r.amount)).to.deep.equal([1200, 'abc', 1500, -5, 0.25, '£']);
  });

  it('splits list columns on semicolons', () => {
    expect(records('council,name,role,services\nE08000026,Coventry,lead,Payroll; HR ;;Legal\nE10000031,Warwickshire,partner,Audit', rosterColumns).records.map((r) => r.services)).to.deep.equal([
      ['Payroll', 'HR', 'Legal'],
      ['Audit']
    ]);
  });

  it('names a missing required column and the documented header', () => {
    const outcome = parseCsv('period,value\n2018/19,1', savingsColumns);
    expect(outcome.value).to.equal(undefined);
    expect(outcome.problems).to.deep.equal([
      { path: '', text: { key: 'csvColumns', values: { column: 'amount', header: 'period,amount[,kind][,series][,status][,source]' } } }
    ]);
    expect(said(outcome, 'savings.csv')).to.deep.equal([
      'savings.csv: the CSV header needs the column amount (expected period,amount[,kind][,series][,status][,source])'
    ]);
    expect(said(parseCsv('name,role\nCoventry,lead', rosterColumns), 'roster.csv')).to.deep.equal([
      'roster.csv: the CSV header needs the column council (expected council,name,role[,share][,joined][,services][,email][,phone])'
    ]);
  });

  it('says when there is no header row', () => {
    for (const text of ['', '\n\n', ' , \n\n', '\uFEFF']) {
      expect(said(parseCsv(text, savingsColumns), 'savings.csv'), JSON.stringify(text)).to.deep.equal(['savings.csv: the CSV has no header row']);
    }
  });

  it('gives no records for a header alone', () => {
    expect(records('period,amount\n', savingsColumns)).to.deep.equal({ records: [], lines: [] });
  });
});
