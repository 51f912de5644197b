import { expect } from '@open-wc/testing';
import { csvCell, safeCell, toCsv, unsafeCell } from '../../src/format/csv.js';
import { csvParseRows } from 'd3-dsv';
import fc from 'fast-check';

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

describe('formula injection in every column (issue 16, R-M1)', () => {
  it('keeps formulas, DDE and phone numbers from running in any cell, plain numbers as numbers', () => {
    const rows = [['=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0", '+44 24 7683 3333', ' =1+1', '＝1+1', '-1200', '0.25', '1e+21', 'plain']];
    expect(csvParseRows(toCsv(rows))[0]).to.deep.equal([
      '\'=HYPERLINK("http://x","y")',
      "'=cmd|' /C calc'!A0",
      "'+44 24 7683 3333",
      "' =1+1",
      "'＝1+1",
      '-1200',
      '0.25',
      '1e+21',
      'plain'
    ]);
  });

  it('reads back what it made safe', () => {
    expect(["'+44 24", "'=1+1", "'plain", 'plain', "''-a", "'''=1"].map(unsafeCell)).to.deep.equal(['+44 24', '=1+1', "'plain", 'plain', "'-a", "''=1"]);
  });

  it("gives text already starting with apostrophes before a formula one more, and reading it back gives the text (fast-check)", () => {
    expect(["'-a", "''=1", "'plain", "' +44"].map(safeCell)).to.deep.equal(["''-a", "'''=1", "'plain", "'' +44"]);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', ' ', '\t', 'a', '1', '＝') }), (text) => {
        expect(unsafeCell(safeCell(text))).to.equal(text);
        // What is written never starts, after its apostrophe, as a formula would.
        const written = safeCell(text);
        if (written !== text) expect(written[0]).to.equal("'");
      }),
      { seed: 17, numRuns: 1000 }
    );
  });

  it('a cell of 100,000 apostrophes and a formula is made safe without running out of stack', () => {
    const text = `${"'".repeat(100_000)}=1`;
    expect(safeCell(text)).to.equal(`'${text}`);
    expect(unsafeCell(safeCell(text))).to.equal(text);
  });
});
