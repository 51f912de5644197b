/**
 * csvRows (src/data/parse.ts), the CSV reader every widget's file carries: RFC 4180 cells, and the same
 * rows as d3-dsv's csvParseRows, which it replaced (issue 18 item 5), for any text at all (fast-check).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { csvParseRows } from 'd3-dsv';
import { csvRows } from '../../src/data/parse.js';

describe('csvRows', () => {
  it('reads cells, quoted cells with commas, line breaks and doubled quotes, and every line ending', () => {
    expect(csvRows('period,amount\r\n2024-25,"1,200"\n"a ""b""","two\r\nlines"\rlast,')).to.deep.equal([
      ['period', 'amount'],
      ['2024-25', '1,200'],
      ['a "b"', 'two\r\nlines'],
      ['last', '']
    ]);
  });

  it('starts no row for one line break at the end, and one for a blank line', () => {
    expect(csvRows('')).to.deep.equal([]);
    expect(csvRows('a\n')).to.deep.equal([['a']]);
    expect(csvRows('a\r\n')).to.deep.equal([['a']]);
    expect(csvRows('a\n\n')).to.deep.equal([['a'], ['']]);
    expect(csvRows('\n')).to.deep.equal([['']]);
    expect(csvRows('"a"\n')).to.deep.equal([['a']]);
  });

  it('reads text that is not quite CSV as d3-dsv did', () => {
    // The character after a closing quote ends the cell and is dropped, whatever it is.
    expect(csvRows('"a"b,c')).to.deep.equal([['a', '', 'c']]);
    expect(csvRows('"a"b')).to.deep.equal([['a', '']]);
    // A quote never closed runs to the end (a final LF kept, of a final CRLF the CR only).
    expect(csvRows('x,"ab\nc')).to.deep.equal([['x', 'ab\nc']]);
    expect(csvRows('x,"ab\n')).to.deep.equal([['x', 'ab\n']]);
    expect(csvRows('x,"ab\r\n')).to.deep.equal([['x', 'ab\r']]);
    // A quote inside a cell that does not start with one is text.
    expect(csvRows('a"b,c')).to.deep.equal([['a"b', 'c']]);
  });

  it('gives the same rows as d3-dsv csvParseRows for any text (fast-check)', () => {
    const unit = fc.constantFrom('a', 'b', ' ', ',', '"', '""', '\n', '\r', '\r\n', 'é');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        expect(csvRows(text)).to.deep.equal(csvParseRows(text));
      }),
      { seed: 18, numRuns: 5000 }
    );
  });
});
