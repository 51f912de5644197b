import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { dataMessages } from '../helpers/messages.js';
import { problemMessage } from '../../src/data/problem.js';
import { check, checkEach, expect as expectKey } from '../../src/data/validate.js';
import {
  finite,
  flag,
  fraction,
  gssCode,
  list,
  listOf,
  nonEmptyText,
  nonNegative,
  oneOf,
  period,
  record,
  source,
  text,
  yearMonth
} from '../../src/data/fields.js';

/** The core words with the words for data files, as the widgets that read them have. */
const en = dataMessages('en');

/** The messages for `input` checked against `schema`; `[]` when it passes. */
function messages(schema: v.GenericSchema, input: unknown, prefix: (string | number)[] = []): string[] {
  const result = check(schema, input, prefix);
  return result.ok ? [] : result.problems.map((p) => problemMessage(p, en));
}

function value(schema: v.GenericSchema, input: unknown): unknown {
  const result = check(schema, input);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(input)} to pass`);
  return result.value;
}

describe('validation messages', () => {
  it('encodes the expected key and its parameters', () => {
    expect(expectKey('text')).to.equal('text');
    expect(expectKey('oneOf', { options: 'a, b' })).to.equal('oneOf|{"options":"a, b"}');
  });

  it('locates a problem with the prefix and the path inside', () => {
    const result = check(record({ share: fraction }), { share: 1.4 }, ['partnerships', 2, 'partners', 0]);
    expect(result).to.deep.equal({
      ok: false,
      problems: [{ path: 'partnerships[2].partners[0].share', expected: 'fraction', received: 1.4 }]
    });
  });

  it('names a missing field as missing, not as a wrong object', () => {
    expect(check(record({ name: text }), {})).to.deep.equal({
      ok: false,
      problems: [{ path: 'name', expected: 'required', received: undefined }]
    });
    expect(messages(record({ a: record({ b: text }) }), { a: {} })).to.deep.equal(['a.b: expected a value, got nothing']);
  });

  it('names a wrong nested object as an object', () => {
    expect(messages(record({ contact: record({ name: v.optional(text) }) }), { contact: 'x' })).to.deep.equal([
      'contact: expected an object, got "x"'
    ]);
  });

  it('says "a valid value" for a message it does not know', () => {
    expect(check(v.string(), 3)).to.deep.equal({ ok: false, problems: [{ path: '', expected: 'valid', received: 3 }] });
  });

  it('keeps unknown fields of records', () => {
    expect(value(record({ a: text }), { a: 'x', extra: { deep: [1] } })).to.deep.equal({ a: 'x', extra: { deep: [1] } });
  });

  it('checks each item on its own, keeping the good ones', () => {
    const result = checkEach(record({ id: nonEmptyText }), [{ id: 'a' }, { id: '' }, 'x', { id: 'b' }], ['items']);
    expect(result.values).to.deep.equal([{ id: 'a' }, { id: 'b' }]);
    expect(result.problems.map((p) => problemMessage(p, en))).to.deep.equal([
      'items[1].id: expected text, got ""',
      'items[2]: expected an object, got "x"'
    ]);
  });
});

describe('field schemas', () => {
  it('text and non-empty text', () => {
    expect(value(text, '')).to.equal('');
    expect(messages(text, 3)).to.deep.equal(['expected text, got 3']);
    expect(value(nonEmptyText, 'Adoption')).to.equal('Adoption');
    expect(value(nonEmptyText, '  Adoption  ')).to.equal('Adoption');
    expect(messages(nonEmptyText, '')).to.deep.equal(['expected text, got ""']);
    expect(messages(nonEmptyText, '   ')).to.deep.equal(['expected text, got "   "']);
    expect(messages(nonEmptyText, null)).to.deep.equal(['expected text, got null']);
  });

  it('finite numbers, and numbers of 0 or more', () => {
    expect(value(finite, -2.5)).to.equal(-2.5);
    expect(messages(finite, '1')).to.deep.equal(['expected a number, got "1"']);
    expect(messages(finite, Number.NaN)).to.deep.equal(['expected a number, got NaN']);
    expect(messages(finite, Number.POSITIVE_INFINITY)).to.deep.equal(['expected a number, got Infinity']);
    expect(value(nonNegative, 0)).to.equal(0);
    expect(messages(nonNegative, -1)).to.deep.equal(['expected a number of 0 or more, got -1']);
  });

  it('fractions from 0 to 1', () => {
    expect(value(fraction, 0)).to.equal(0);
    expect(value(fraction, 1)).to.equal(1);
    expect(value(fraction, 0.25)).to.equal(0.25);
    expect(messages(fraction, 1.4)).to.deep.equal(['expected a number from 0 to 1, got 1.4']);
    expect(messages(fraction, -0.1)).to.deep.equal(['expected a number from 0 to 1, got -0.1']);
    expect(messages(fraction, '0.5')).to.deep.equal(['expected a number from 0 to 1, got "0.5"']);
  });

  it('true or false', () => {
    expect(value(flag, true)).to.equal(true);
    expect(messages(flag, 'yes')).to.deep.equal(['expected true or false, got "yes"']);
  });

  it('GSS codes', () => {
    for (const code of ['E08000026', 'E10000031', 'W06000015', 'S12000033', 'N09000001']) expect(value(gssCode, code)).to.equal(code);
    for (const code of ['e08000026', 'E0800002', 'E080000261', 'X08000026', ' E08000026']) {
      expect(messages(gssCode, code), code).to.deep.equal([`expected a GSS code such as E08000026, got ${JSON.stringify(code)}`]);
    }
  });

  it('periods: financial years and real ISO dates, each reported once', () => {
    for (const p of ['2018/19', '2014', '2013-03', '2013-03-31']) expect(value(period, p)).to.equal(p);
    const expected = 'expected a financial year such as 2018/19 or a date such as 2013-03-31';
    expect(messages(period, '2018/20')).to.deep.equal([`${expected}, got "2018/20"`]);
    expect(messages(period, '2019-02-30')).to.deep.equal([`${expected}, got "2019-02-30"`]);
    expect(messages(period, 2018)).to.deep.equal([`${expected}, got 2018`]);
    expect(messages(period, 'March 2019')).to.deep.equal([`${expected}, got "March 2019"`]);
  });

  it('year-months, and dates that exist', () => {
    expect(value(yearMonth, '2018-02')).to.equal('2018-02');
    expect(value(yearMonth, '2018-02-01')).to.equal('2018-02-01');
    const expected = 'expected a date such as 2018-02 or 2018-02-01';
    expect(messages(yearMonth, '2018-13')).to.deep.equal([`${expected}, got "2018-13"`]);
    expect(messages(yearMonth, '2018')).to.deep.equal([`${expected}, got "2018"`]);
    expect(messages(yearMonth, '2018-02-30')).to.deep.equal([`${expected}, got "2018-02-30"`]);
  });

  it('one of a fixed set of words', () => {
    const role = oneOf(['lead', 'host', 'partner'] as const);
    expect(value(role, 'host')).to.equal('host');
    expect(messages(role, 'Host')).to.deep.equal(['expected one of lead, host, partner, got "Host"']);
  });

  it('lists', () => {
    expect(value(listOf(text), ['a', 'b'])).to.deep.equal(['a', 'b']);
    expect(messages(listOf(text), ['a', 1], ['services'])).to.deep.equal(['services[1]: expected text, got 1']);
    expect(messages(listOf(text), 'a;b')).to.deep.equal(['expected a list, got "a;b"']);
    expect(value(list, [1, 'x', null])).to.deep.equal([1, 'x', null]);
    expect(messages(list, {})).to.deep.equal(['expected a list, got an object']);
  });

  it('sources: an address, text, or a name and url', () => {
    expect(value(source, 'https://www.local.gov.uk/')).to.equal('https://www.local.gov.uk/');
    expect(value(source, { name: 'LGA', url: 'https://www.local.gov.uk/', extra: 1 })).to.deep.equal({
      name: 'LGA',
      url: 'https://www.local.gov.uk/',
      extra: 1
    });
    expect(messages(source, 3, ['source'])).to.deep.equal(['source: expected a web address or { "name", "url" }, got 3']);
    expect(messages(source, ['x'], ['source'])).to.deep.equal(['source: expected a web address or { "name", "url" }, got a list']);
  });
});
