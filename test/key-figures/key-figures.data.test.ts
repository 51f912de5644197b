import { expect } from '@open-wc/testing';
import { dataMessages } from '../helpers/messages.js';
import { problemMessage, type Problem } from '../../src/data/problem.js';
import { keyFiguresReader, readKeyFigures, readKeyFiguresCsv } from '../../src/components/key-figures/key-figures.data.js';

/** The core words with the words for data files, as the widgets that read them have. */
const [en, cy] = [dataMessages('en'), dataMessages('cy')];

const said = (problems: Problem[], t = en, where = '') => problems.map((p) => problemMessage(p, t, where));
const lga = { name: 'Local Government Association', url: 'https://www.local.gov.uk/' };
const source = { name: 'Example association', url: 'https://example.org/survey' };

/** A small dataset: three partnerships, five distinct partner councils (one not in `councils`). */
function dataset() {
  return {
    title: 'Shared services in the example region',
    source,
    councils: [
      { code: 'E08000026', name: 'Coventry City Council' },
      { code: 'E08000029', name: 'Solihull Metropolitan Borough Council' },
      { code: 'E10000031', name: 'Warwickshire County Council' },
      { code: 'E07000222', name: 'Warwick District Council' },
      { code: 'E07000218', name: 'North Warwickshire Borough Council' }
    ],
    partnerships: [
      {
        id: 'adoption',
        name: 'Adoption Central England',
        partners: [{ council: 'E08000026' }, { council: 'E08000029' }, { council: 'E10000031' }],
        savings: [
          { period: '2017/18', amount: 1_000_000, kind: 'in-year' },
          { period: '2018/19', amount: 3_000_000, kind: 'cumulative' },
          { period: '2019/20', amount: 500_000, kind: 'in-year' }
        ]
      },
      {
        id: 'waste',
        name: 'Shared waste disposal',
        partners: [{ council: 'E08000026' }, { council: 'E10000031' }],
        savings: [
          { period: '2016/17', amount: 10_000_000, kind: 'cumulative', status: 'projected' },
          { period: '2018/19', amount: 1_200_000, kind: 'in-year' }
        ]
      },
      { id: 'legal', name: 'Shared legal service', partners: [{ council: 'E07000222' }, { council: 'W06000015' }] }
    ]
  };
}

describe('key figures from a list of figures', () => {
  it('reads { figures } with a title, filling in the format and illustrative flag', () => {
    const outcome = readKeyFigures({
      title: 'Shared services in England',
      figures: [
        { value: 626, label: 'Shared-service arrangements', source: lga },
        { value: 1_340_000_000, format: 'currency', label: 'Saved since 2011', note: 'To March 2019' },
        { value: 0.25, format: 'percent', label: 'Share of costs', illustrative: true },
        { value: '2018/19', format: 'year', label: 'As at the end of', ref: 'kept' }
      ]
    });
    expect(outcome).to.deep.equal({
      value: {
        title: 'Shared services in England',
        figures: [
          { value: 626, format: 'number', label: 'Shared-service arrangements', source: lga, illustrative: false },
          { value: 1_340_000_000, format: 'currency', label: 'Saved since 2011', note: 'To March 2019', illustrative: false },
          { value: 0.25, format: 'percent', label: 'Share of costs', illustrative: true },
          { value: '2018/19', format: 'year', label: 'As at the end of', ref: 'kept', illustrative: false }
        ]
      },
      problems: []
    });
  });

  it('reads a bare list, with no title', () => {
    expect(readKeyFigures([{ value: 3, label: 'Partnerships' }])).to.deep.equal({
      value: { figures: [{ value: 3, format: 'number', label: 'Partnerships', illustrative: false }] },
      problems: []
    });
    expect(readKeyFigures([])).to.deep.equal({ value: { figures: [] }, problems: [] });
    expect(readKeyFigures({ figures: [] })).to.deep.equal({ value: { figures: [] }, problems: [] });
  });

  it('keeps the good figures and locates each bad one', () => {
    const outcome = readKeyFigures({
      figures: [
        { value: 'abc', label: 'Text' },
        { value: '2018/20', label: 'Bad year' },
        { value: null, label: 'Null' },
        { value: 1 },
        { value: 2, label: '  ' },
        { value: 3, label: 'Money', format: 'money' },
        { value: 4, label: 'Flag', illustrative: 'yes' },
        { value: 5, label: 'Source', source: 5 },
        'six',
        { value: 7, label: 'Good' }
      ]
    });
    expect(said(outcome.problems)).to.deep.equal([
      'figures[0].value: expected a number, or a financial year such as 2018/19, got "abc"',
      'figures[1].value: expected a number, or a financial year such as 2018/19, got "2018/20"',
      'figures[2].value: expected a number, or a financial year such as 2018/19, got null',
      'figures[3].label: expected a value, got nothing',
      'figures[4].label: expected text, got "  "',
      'figures[5].format: expected one of currency, number, year, percent, got "money"',
      'figures[6].illustrative: expected true or false, got "yes"',
      'figures[7].source: expected a web address or { "name", "url" }, got 5',
      'figures[8]: expected an object, got "six"'
    ]);
    expect(outcome.value?.figures).to.deep.equal([{ value: 7, format: 'number', label: 'Good', illustrative: false }]);
  });

  it('locates bad figures in a bare list by index', () => {
    expect(said(readKeyFigures([{ value: 1, label: 'A' }, { value: true, label: 'B' }]).problems)).to.deep.equal([
      '[1].value: expected a number, or a financial year such as 2018/19, got true'
    ]);
  });

  it('rejects input of the wrong type, saying what it takes', () => {
    const inputs: unknown[] = ['figures', null, 42, true, undefined];
    const outcomes = inputs.map((input) => readKeyFigures(input));
    expect(outcomes.map((o) => o.value)).to.deep.equal(inputs.map(() => undefined));
    expect(outcomes.map((o) => said(o.problems))).to.deep.equal([
      ['expected { "figures": [...] }, a list, or the shared dataset, got "figures"'],
      ['expected { "figures": [...] }, a list, or the shared dataset, got null'],
      ['expected { "figures": [...] }, a list, or the shared dataset, got 42'],
      ['expected { "figures": [...] }, a list, or the shared dataset, got true'],
      ['expected { "figures": [...] }, a list, or the shared dataset, got nothing']
    ]);
    expect(said(readKeyFigures('x').problems, cy)).to.deep.equal(['disgwylid { "figures": [...] }, rhestr, neu’r set ddata a rennir, cafwyd "x"']);
  });

  it('rejects an object whose figures are missing or not a list', () => {
    expect(readKeyFigures({ figures: { value: 1 } }).value).to.equal(undefined);
    expect(said(readKeyFigures({ figures: { value: 1 } }).problems)).to.deep.equal(['figures: expected a list, got an object']);
    expect(said(readKeyFigures({ figures: 'x', title: 1 }).problems)).to.deep.equal([
      'title: expected text, got 1',
      'figures: expected a list, got "x"'
    ]);
    expect(said(readKeyFigures({ heading: 'x' }).problems)).to.deep.equal(['figures: expected a value, got nothing']);
  });

  it('is empty when there are no figures', () => {
    expect(keyFiguresReader.isEmpty({ figures: [] })).to.equal(true);
    expect(keyFiguresReader.isEmpty({ figures: [{ value: 1, format: 'number', label: 'A', illustrative: false }] })).to.equal(false);
    expect(keyFiguresReader.fromJson).to.equal(readKeyFigures);
    expect(keyFiguresReader.fromCsv).to.equal(readKeyFiguresCsv);
  });
});

describe('key figures derived from the shared dataset', () => {
  it('counts partnerships and distinct partner councils, and totals savings to date', () => {
    expect(readKeyFigures(dataset())).to.deep.equal({
      value: {
        title: 'Shared services in the example region',
        figures: [
          { value: 3, format: 'number', label: { builtIn: 'partnerships' }, illustrative: false, source },
          { value: 5, format: 'number', label: { builtIn: 'councils' }, illustrative: false, source },
          { value: 4_700_000, format: 'currency', label: { builtIn: 'savings' }, illustrative: false, source }
        ]
      },
      problems: []
    });
  });

  it('leaves out the savings figure when no actual savings are reported, and the source when there is none', () => {
    const input = dataset() as Partial<ReturnType<typeof dataset>>;
    delete input.source;
    delete input.title;
    for (const p of input.partnerships!) p.savings = [];
    expect(readKeyFigures(input)).to.deep.equal({
      value: {
        figures: [
          { value: 3, format: 'number', label: { builtIn: 'partnerships' }, illustrative: false },
          { value: 5, format: 'number', label: { builtIn: 'councils' }, illustrative: false }
        ]
      },
      problems: []
    });
  });

  it('counts the listed councils when no partnership names its partners', () => {
    const figures = readKeyFigures({ councils: dataset().councils, partnerships: [{ id: 'a', name: 'A' }] }).value?.figures;
    expect(figures?.map((f) => f.value)).to.deep.equal([1, 5]);
    expect(readKeyFigures({ councils: dataset().councils }).value?.figures.map((f) => f.value)).to.deep.equal([0, 5]);
  });

  it('marks every figure illustrative when the dataset is', () => {
    const figures = readKeyFigures({ ...dataset(), illustrative: true }).value?.figures;
    expect(figures?.map((f) => f.illustrative)).to.deep.equal([true, true, true]);
  });

  it('marks the savings figure illustrative when a savings point behind it is', () => {
    const input = dataset();
    (input.partnerships[1]!.savings![1] as Record<string, unknown>).illustrative = true;
    expect(readKeyFigures(input).value?.figures.map((f) => f.illustrative)).to.deep.equal([false, false, true]);
  });

  it('marks the counts illustrative when a made-up partnership is counted, but not for a partner’s made-up details', () => {
    const partnership = dataset();
    (partnership.partnerships[2] as Record<string, unknown>).illustrative = true;
    expect(readKeyFigures(partnership).value?.figures.map((f) => f.illustrative)).to.deep.equal([true, true, false]);
    // A partner marked illustrative has a made-up share or contact; that it is a partner is real.
    const partner = dataset();
    (partner.partnerships[2]!.partners[1] as Record<string, unknown>).illustrative = true;
    expect(readKeyFigures(partner).value?.figures.map((f) => f.illustrative)).to.deep.equal([false, false, false]);
  });

  it('derives figures from what is valid, and reports what was left out', () => {
    const input = dataset();
    (input.partnerships[2]!.partners[0] as Record<string, unknown>).share = 1.4;
    (input.partnerships[0]!.savings![2] as Record<string, unknown>).amount = '500000';
    const outcome = readKeyFigures(input);
    expect(said(outcome.problems)).to.deep.equal([
      'partnerships[0].savings[2].amount: expected a number, got "500000"',
      'partnerships[2].partners[0].share: expected a number from 0 to 1, got 1.4'
    ]);
    // The bad partner is left out; its partnership, and its other partners, still count.
    expect(outcome.value?.figures.map((f) => f.value)).to.deep.equal([3, 4, 4_200_000]);
  });

  it('rejects a dataset whose partnerships are not a list', () => {
    const outcome = readKeyFigures({ partnerships: 'all of them' });
    expect(outcome.value).to.equal(undefined);
    expect(said(outcome.problems)).to.deep.equal(['partnerships: expected a list, got "all of them"']);
  });
});

describe('key figures from CSV', () => {
  it('reads value,label[,format][,source][,note] and locates bad rows by file line', () => {
    const csv = [
      'Value,Label,Format,Source,Note',
      '626,Shared-service arrangements,number,https://www.local.gov.uk/,',
      '"£1,340,000,000",Saved since 2011,currency,,To March 2019',
      '',
      'abc,Broken,,,',
      '0.25,Share of costs,percent,,',
      '2018/19,As at the end of,year,,',
      '5,,,,',
      '6,Odd format,money,,'
    ].join('\n');
    const outcome = readKeyFiguresCsv(csv);
    expect(outcome.value?.figures).to.deep.equal([
      { value: 626, label: 'Shared-service arrangements', format: 'number', source: 'https://www.local.gov.uk/', illustrative: false },
      { value: 1_340_000_000, label: 'Saved since 2011', format: 'currency', note: 'To March 2019', illustrative: false },
      { value: 0.25, label: 'Share of costs', format: 'percent', illustrative: false },
      { value: '2018/19', label: 'As at the end of', format: 'year', illustrative: false }
    ]);
    expect(said(outcome.problems)).to.deep.equal([
      'line 5, value: expected a number, or a financial year such as 2018/19, got "abc"',
      'line 8, label: expected a value, got nothing',
      'line 9, format: expected one of currency, number, year, percent, got "money"'
    ]);
    expect(said(outcome.problems, cy)[0]).to.equal('llinell 5, value: disgwylid rhif, neu flwyddyn ariannol fel 2018/19, cafwyd "abc"');
  });

  it('names a missing column and the header it expects', () => {
    const outcome = readKeyFiguresCsv('value,name\n1,A\n');
    expect(outcome.value).to.equal(undefined);
    expect(said(outcome.problems, en, 'figures.csv')).to.deep.equal([
      'figures.csv: the CSV header needs the column label (expected value,label[,format][,source][,note])'
    ]);
  });

  it('says when the file has no header', () => {
    expect(said(readKeyFiguresCsv('\n\n').problems, en, 'figures.csv')).to.deep.equal(['figures.csv: the CSV has no header row']);
  });

  it('gives no figures for a header alone', () => {
    expect(readKeyFiguresCsv('value,label\n')).to.deep.equal({ value: { figures: [] }, problems: [] });
  });
});
