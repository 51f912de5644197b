import { expect } from '@open-wc/testing';
import { dataMessages } from '../helpers/messages.js';
import { isDataset, readDataset } from '../../src/data/dataset.js';
import { problemMessage } from '../../src/data/problem.js';

/** The core words with the words for data files, as the widgets that read them have. */
const [en, cy] = [dataMessages('en'), dataMessages('cy')];

/** A small dataset, valid throughout. */
function valid() {
  return {
    title: 'Shared services in the example region',
    asAt: '2019-03-31',
    source: { name: 'Example association', url: 'https://example.org/survey' },
    councils: [
      { code: 'E08000026', name: 'Coventry City Council', shortName: 'Coventry', lat: 52.41, lon: -1.51, areas: ['E08000026'] },
      { code: 'E10000031', name: 'Warwickshire County Council' }
    ],
    partnerships: [
      {
        id: 'adoption',
        name: 'Adoption Central England',
        category: 'front-line',
        serviceArea: 'Adoption',
        status: 'live',
        started: '2018-02',
        partners: [
          { council: 'E08000026', role: 'host', share: 0.25, joined: '2018-02', services: ['Adoption'], contact: { name: 'A. Person', email: 'a@example.org', phone: '01234 567890' } },
          { council: 'E10000031', role: 'partner', share: 0.75 }
        ],
        savings: [
          { period: '2018/19', amount: 1_200_000, kind: 'in-year', status: 'actual', source: 'https://example.org/s', note: 'First year' },
          { period: '2019-03-31', amount: 1_500_000, kind: 'cumulative' }
        ]
      }
    ]
  };
}

const messages = (problems: { path: string }[], t = en) => problems.map((p) => problemMessage(p, t));

describe('reading the shared dataset', () => {
  it('reads a valid dataset as it is, with no problems', () => {
    const input = valid();
    const outcome = readDataset(input);
    expect(outcome.problems).to.deep.equal([]);
    expect(outcome.value).to.deep.equal(valid());
  });

  it('gives empty lists for missing councils and partnerships, and savings for each partnership', () => {
    expect(readDataset({ partnerships: [{ id: 'a', name: 'A' }] })).to.deep.equal({
      value: { councils: [], partnerships: [{ id: 'a', name: 'A', savings: [] }] },
      problems: []
    });
    expect(readDataset({})).to.deep.equal({ value: { councils: [], partnerships: [] }, problems: [] });
  });

  it('keeps unknown fields at every level', () => {
    const input = valid() as Record<string, unknown> & ReturnType<typeof valid>;
    input.extra = 'top';
    (input.councils[0] as Record<string, unknown>).population = 345_000;
    (input.partnerships[0] as Record<string, unknown>).budget = 5;
    (input.partnerships[0]!.partners[0] as Record<string, unknown>).fte = 2;
    (input.partnerships[0]!.savings[0] as Record<string, unknown>).ref = 'X1';
    const outcome = readDataset(input);
    expect(outcome.problems).to.deep.equal([]);
    const value = outcome.value as unknown as Record<string, any>;
    expect(value.extra).to.equal('top');
    expect(value.councils[0].population).to.equal(345_000);
    expect(value.partnerships[0].budget).to.equal(5);
    expect(value.partnerships[0].partners[0].fte).to.equal(2);
    expect(value.partnerships[0].savings[0].ref).to.equal('X1');
  });

  it('locates a bad share exactly, and leaves that partner out, not its partnership', () => {
    const input = {
      partnerships: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
        { id: 'c', name: 'C', partners: [{ council: 'E08000026', share: 1.4 }, { council: 'E08000029', share: 0.5 }] },
        { id: 'd', name: 'D' }
      ]
    };
    const outcome = readDataset(input);
    expect(messages(outcome.problems)).to.deep.equal(['partnerships[2].partners[0].share: expected a number from 0 to 1, got 1.4']);
    expect(messages(outcome.problems, cy)).to.deep.equal(['partnerships[2].partners[0].share: disgwylid rhif o 0 i 1, cafwyd 1.4']);
    expect(outcome.value?.partnerships.map((p) => p.id)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(outcome.value?.partnerships[2]!.partners!.map((p) => p.council)).to.deep.equal(['E08000029']);
  });

  it('skips a bad savings point and reports it, keeping the partnership and its other points', () => {
    const input = valid();
    (input.partnerships[0]!.savings[0] as Record<string, unknown>).amount = 'abc';
    const outcome = readDataset(input);
    expect(messages(outcome.problems)).to.deep.equal(['partnerships[0].savings[0].amount: expected a number, got "abc"']);
    expect(outcome.value?.partnerships.map((p) => p.id)).to.deep.equal(['adoption']);
    expect(outcome.value?.partnerships[0]!.savings).to.deep.equal([{ period: '2019-03-31', amount: 1_500_000, kind: 'cumulative' }]);
    expect(outcome.value?.partnerships[0]!.partners).to.have.length(2);
  });

  it('reports each bad savings point once, by its own path', () => {
    const outcome = readDataset({
      partnerships: [
        {
          id: 'a',
          name: 'A',
          savings: [
            { period: '2018/20', amount: 1 },
            { period: '2018/19', amount: 2, kind: 'yearly' },
            { period: '2019/20', amount: 3, status: 'planned' },
            { period: 'Q1 2019', amount: 4 },
            { period: '2019-02-30', amount: 5 },
            { period: '2020/21', amount: 6 }
          ]
        }
      ]
    });
    expect(messages(outcome.problems)).to.deep.equal([
      'partnerships[0].savings[0].period: expected a financial year such as 2018/19 or a date such as 2013-03-31, got "2018/20"',
      'partnerships[0].savings[1].kind: expected one of in-year, cumulative, got "yearly"',
      'partnerships[0].savings[2].status: expected one of actual, estimated, projected, got "planned"',
      'partnerships[0].savings[3].period: expected a financial year such as 2018/19 or a date such as 2013-03-31, got "Q1 2019"',
      'partnerships[0].savings[4].period: expected a financial year such as 2018/19 or a date such as 2013-03-31, got "2019-02-30"'
    ]);
    expect(outcome.value?.partnerships[0]!.savings).to.deep.equal([{ period: '2020/21', amount: 6 }]);
  });

  it('skips a bad partnership, reports it and keeps the rest in order', () => {
    const outcome = readDataset({
      partnerships: [{ id: 'a', name: 'A' }, { id: 'b' }, 'c', { id: 'd', name: 'D', category: 'frontline' }, { id: 'e', name: 'E' }]
    });
    expect(messages(outcome.problems)).to.deep.equal([
      'partnerships[1].name: expected a value, got nothing',
      'partnerships[2]: expected an object, got "c"',
      'partnerships[3].category: expected one of back-office, shared-management, front-line, got "frontline"'
    ]);
    expect(outcome.value?.partnerships.map((p) => p.id)).to.deep.equal(['a', 'e']);
  });

  it('skips a bad council and reports it', () => {
    const outcome = readDataset({
      councils: [
        { code: 'E08000026', name: 'Coventry' },
        { code: 'E8000026', name: 'Typo' },
        { code: 'E10000031', name: 'Warwickshire', lat: 152 },
        { code: 'W06000015', name: 'Cardiff' }
      ]
    });
    expect(messages(outcome.problems)).to.deep.equal([
      'councils[1].code: expected a GSS code such as E08000026, got "E8000026"',
      'councils[2].lat: expected a latitude from -90 to 90, got 152'
    ]);
    expect(outcome.value?.councils.map((c) => c.code)).to.deep.equal(['E08000026', 'W06000015']);
  });

  it('rejects input that is not an object, saying what it got', () => {
    const inputs: unknown[] = [[], [{ partnerships: [] }], 'dataset', null, 42, undefined];
    const outcomes = inputs.map((input) => readDataset(input));
    expect(outcomes.map((o) => o.value)).to.deep.equal(inputs.map(() => undefined));
    expect(outcomes.map((o) => messages(o.problems))).to.deep.equal([
      ['expected an object, got a list'],
      ['expected an object, got a list'],
      ['expected an object, got "dataset"'],
      ['expected an object, got null'],
      ['expected an object, got 42'],
      ['expected an object, got nothing']
    ]);
  });

  it('rejects a list where a partner’s contact object belongs', () => {
    const outcome = readDataset({ partnerships: [{ id: 'a', name: 'A', partners: [{ council: 'E08000026', contact: ['x'] }] }] });
    expect(messages(outcome.problems)).to.deep.equal(['partnerships[0].partners[0].contact: expected an object, got a list']);
  });

  it('rejects top-level fields of the wrong type', () => {
    const bad = readDataset({ title: 3, partnerships: {} });
    expect(bad.value).to.equal(undefined);
    expect(messages(bad.problems)).to.deep.equal(['title: expected text, got 3', 'partnerships: expected a list, got an object']);
    expect(messages(readDataset({ councils: 'all', partnerships: [] }).problems)).to.deep.equal([
      'councils: expected a list, got "all"'
    ]);
    expect(messages(readDataset({ asAt: '2019-02-30', partnerships: [] }).problems)).to.deep.equal([
      'asAt: expected a financial year such as 2018/19 or a date such as 2013-03-31, got "2019-02-30"'
    ]);
  });
});

describe('recognising the shared dataset', () => {
  it('is an object with partnerships or councils', () => {
    expect(isDataset({ partnerships: [] })).to.equal(true);
    expect(isDataset({ councils: [] })).to.equal(true);
    expect(isDataset(valid())).to.equal(true);
  });

  it('is not a widget format, a list or a non-object', () => {
    expect(isDataset({ figures: [] })).to.equal(false);
    expect(isDataset({ series: [] })).to.equal(false);
    expect(isDataset([{ partnerships: [] }])).to.equal(false);
    expect(isDataset(null)).to.equal(false);
    expect(isDataset('partnerships')).to.equal(false);
    expect(isDataset(undefined)).to.equal(false);
  });
});
