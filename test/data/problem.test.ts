import { expect } from '@open-wc/testing';
import { dataMessages } from '../helpers/messages.js';
import { describeValue, formatPath, onCsvLines, problemMessage, type Problem } from '../../src/data/problem.js';

/** The core words with the words for data files, as the widgets that read them have. */
const [en, cy] = [dataMessages('en'), dataMessages('cy')];

describe('describing what was found', () => {
  it('describes each kind of value briefly', () => {
    expect(describeValue(undefined, en)).to.equal('nothing');
    expect(describeValue(null, en)).to.equal('null');
    expect(describeValue([1, 2], en)).to.equal('a list');
    expect(describeValue({ a: 1 }, en)).to.equal('an object');
    expect(describeValue('abc', en)).to.equal('"abc"');
    expect(describeValue('', en)).to.equal('""');
    expect(describeValue('say "hi"', en)).to.equal('"say \\"hi\\""');
    expect(describeValue(1.4, en)).to.equal('1.4');
    expect(describeValue(-0.5, en)).to.equal('-0.5');
    expect(describeValue(true, en)).to.equal('true');
    expect(describeValue(Number.NaN, en)).to.equal('NaN');
  });

  it('shortens long text to 40 characters', () => {
    const forty = 'x'.repeat(40);
    expect(describeValue(forty, en)).to.equal(`"${forty}"`);
    expect(describeValue('y'.repeat(41), en)).to.equal(`"${'y'.repeat(39)}…"`);
  });

  it('describes in Welsh', () => {
    expect(describeValue(undefined, cy)).to.equal('dim byd');
    expect(describeValue([], cy)).to.equal('rhestr');
    expect(describeValue({}, cy)).to.equal('gwrthrych');
    expect(describeValue('abc', cy)).to.equal('"abc"');
  });
});

describe('problems in words', () => {
  const share: Problem = { path: 'partnerships[2].partners[0].share', expected: 'fraction', received: 1.4 };

  it('names the place, what was expected and what was found', () => {
    expect(problemMessage(share, en)).to.equal('partnerships[2].partners[0].share: expected a number from 0 to 1, got 1.4');
    expect(problemMessage(share, cy)).to.equal('partnerships[2].partners[0].share: disgwylid rhif o 0 i 1, cafwyd 1.4');
  });

  it('fills parameters of what was expected', () => {
    const role: Problem = { path: 'partners[0].role', expected: 'oneOf', params: { options: 'lead, host, partner' }, received: 'boss' };
    expect(problemMessage(role, en)).to.equal('partners[0].role: expected one of lead, host, partner, got "boss"');
  });

  it('says "got nothing" for a missing value, and nothing when no value was given', () => {
    expect(problemMessage({ path: 'name', expected: 'required', received: undefined }, en)).to.equal('name: expected a value, got nothing');
    expect(problemMessage({ path: 'name', expected: 'required' }, en)).to.equal('name: expected a value');
  });

  it('names where the input came from when the problem is with the whole of it', () => {
    const whole: Problem = { path: '', expected: 'object', received: [] };
    expect(problemMessage(whole, en, 'figures.json')).to.equal('figures.json: expected an object, got a list');
    expect(problemMessage(whole, en)).to.equal('expected an object, got a list');
  });

  it('names the CSV line, then the column', () => {
    const cell: Problem = { path: 'amount', line: 5, expected: 'number', received: 'abc' };
    expect(problemMessage(cell, en)).to.equal('line 5, amount: expected a number, got "abc"');
    expect(problemMessage(cell, cy)).to.equal('llinell 5, amount: disgwylid rhif, cafwyd "abc"');
    expect(problemMessage({ path: '', line: 3, expected: 'object', received: 'x' }, en)).to.equal('line 3: expected an object, got "x"');
  });

  it('puts load and parse failures into words, with where they came from', () => {
    const http: Problem = { path: '', text: { key: 'http', values: { src: 'data/x.json', status: 404, statusText: 'Not Found' } } };
    expect(problemMessage(http, en)).to.equal('the server answered 404 Not Found for data/x.json');
    expect(problemMessage(http, cy)).to.equal('atebodd y gweinydd 404 Not Found ar gyfer data/x.json');
    const json: Problem = { path: '', text: { key: 'jsonAt', values: { line: 3, column: 1, detail: 'Unexpected token' } } };
    expect(problemMessage(json, en, 'figures.json')).to.equal('figures.json, line 3, column 1: not valid JSON (Unexpected token)');
  });

  it('keeps braces in messages that are not placeholders', () => {
    expect(problemMessage({ path: 'source', expected: 'source', received: 3 }, en)).to.equal(
      'source: expected a web address or { "name", "url" }, got 3'
    );
  });
});

describe('CSV problems on file lines', () => {
  it('moves record problems to their file lines and names the column', () => {
    const problems: Problem[] = [
      { path: '[3].amount', expected: 'number', received: 'abc' },
      { path: '[0]', expected: 'object', received: 'x' },
      { path: 'title', expected: 'text', received: 1 },
      { path: '[1].partners[0].share', expected: 'fraction', received: 2 }
    ];
    expect(onCsvLines(problems, [2, 3, 5, 7])).to.deep.equal([
      { path: 'amount', line: 7, expected: 'number', received: 'abc' },
      { path: '', line: 2, expected: 'object', received: 'x' },
      { path: 'title', expected: 'text', received: 1 },
      { path: 'partners[0].share', line: 3, expected: 'fraction', received: 2 }
    ]);
  });
});

describe('paths', () => {
  it('writes keys with dots and indexes with brackets', () => {
    expect(formatPath(['partnerships', 2, 'partners', 0, 'share'])).to.equal('partnerships[2].partners[0].share');
    expect(formatPath([0, 'amount'])).to.equal('[0].amount');
    expect(formatPath([])).to.equal('');
    expect(formatPath(['$ok', '_x'])).to.equal('$ok._x');
  });

  it('quotes keys that are not plain names', () => {
    expect(formatPath(['a b'])).to.equal('["a b"]');
    expect(formatPath(['figures', 'a-b', 1])).to.equal('figures["a-b"][1]');
    expect(formatPath(['2019'])).to.equal('["2019"]');
  });
});
