import { expect } from '@open-wc/testing';
import { csvCell, safeCell, toCsv } from '../../src/format/csv.js';
import { csvParseRows } from 'd3-dsv';

describe('writing CSV', () => {
  it('quotes only cells that need it, and d3-dsv reads back what was written', () => {
    expect(['plain', 'a,b', 'say "hi"', 'two\nlines', ''].map(csvCell)).to.deep.equal(['plain', '"a,b"', '"say ""hi"""', '"two\nlines"', '']);
    const rows = [['name', 'note'], ['Coventry, City of', 'line one\nline "two"']];
    expect(csvParseRows(toCsv(rows))).to.deep.equal(rows);
  });

  it('makes free text that a spreadsheet would run as a formula open as text', () => {
    expect(['=1+1', '+44 24', '-5', '@sum', '\tx', 'plain', ''].map(safeCell)).to.deep.equal(["'=1+1", "'+44 24", "'-5", "'@sum", "'\tx", 'plain', '']);
  });
});
