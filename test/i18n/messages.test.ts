import { expect } from '@open-wc/testing';
import { catalogues, cy, en, fill, intlLocale, plural, toLocale, withExpected, type PluralForms } from '../../src/i18n/messages.js';
import { problemMessage } from '../../src/data/problem.js';
import { dataExpected, moneyUnits } from '../../src/i18n/data-messages.js';

/** One form per `Intl.PluralRules` category, so the chosen category shows in the result. */
const marked: PluralForms = {
  zero: 'zero {n}',
  one: 'one {n}',
  two: 'two {n}',
  few: 'few {n}',
  many: 'many {n}',
  other: 'other {n}'
};

const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const isPluralForms = (value: object) => 'other' in value && Object.keys(value).every((k) => PLURAL_CATEGORIES.has(k));

/** Every string in a catalogue, by its dotted key. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => strings(child, path ? `${path}.${key}` : key));
}

/** Differences in shape between two catalogues: missing keys, extra keys, different types. */
function shapeDifferences(a: unknown, b: unknown, path = ''): string[] {
  if (typeof a === 'string' || typeof b === 'string') {
    return typeof a === typeof b ? [] : [`${path}: ${typeof a} in en, ${typeof b} in cy`];
  }
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return [`${path}: not an object`];
  // Plural forms legitimately differ by language (Welsh has six); each needs `other`.
  if (isPluralForms(a)) return isPluralForms(b) ? [] : [`${path}: not plural forms in cy`];
  const out: string[] = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const at = path ? `${path}.${key}` : key;
    if (!(key in b)) out.push(`${at}: missing in cy`);
    else if (!(key in a)) out.push(`${at}: only in cy`);
    else out.push(...shapeDifferences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], at));
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Strings that are rightly the same in both languages. */
const SAME_IN_BOTH = new Set(['data.units.thousand', 'data.units.million', 'data.units.billion']);

/** The core words with the words only the widgets that read data files carry, checked together. */
const allEn = { ...en, data: { expected: dataExpected.en, units: moneyUnits.en } };
const allCy = { ...cy, data: { expected: dataExpected.cy, units: moneyUnits.cy } };

describe('filling placeholders', () => {
  it('fills each named placeholder, as often as it appears', () => {
    expect(fill('{a} and {b}', { a: 'x', b: 2 })).to.equal('x and 2');
    expect(fill('{n}, {n} and {n}', { n: 3 })).to.equal('3, 3 and 3');
    expect(fill('no placeholders', { a: 'x' })).to.equal('no placeholders');
  });

  it('leaves placeholders it has no value for', () => {
    expect(fill('{src} took longer than {seconds} seconds', { src: 'a.json' })).to.equal('a.json took longer than {seconds} seconds');
    expect(fill('{ "name", "url" }', { name: 'x' })).to.equal('{ "name", "url" }');
  });

  it('leaves placeholders named like built-in object properties', () => {
    expect(fill('{constructor} {toString}', {})).to.equal('{constructor} {toString}');
  });

  it('inserts values literally, with no replacement patterns', () => {
    expect(fill('got {value}', { value: "$& $1 $' {value}" })).to.equal("got $& $1 $' {value}");
    expect(fill('{a}', { a: '<b>bold</b>' })).to.equal('<b>bold</b>');
  });
});

describe('plural words', () => {
  it('picks the English category: one for 1, other for the rest', () => {
    expect([0, 1, 2, 3, 6, 7].map((n) => plural('en', n, marked))).to.deep.equal([
      'other 0',
      'one 1',
      'other 2',
      'other 3',
      'other 6',
      'other 7'
    ]);
  });

  it('picks each of the six Welsh categories', () => {
    expect([0, 1, 2, 3, 6, 7].map((n) => plural('cy', n, marked))).to.deep.equal([
      'zero 0',
      'one 1',
      'two 2',
      'few 3',
      'many 6',
      'other 7'
    ]);
    expect([4, 5, 10, 100].map((n) => plural('cy', n, marked))).to.deep.equal(['other 4', 'other 5', 'other 10', 'other 100']);
  });

  it('falls back to other when a category has no form', () => {
    expect(plural('cy', 3, { one: 'one {n}', other: 'other {n}' })).to.equal('other 3');
    expect(plural('en', 1, { other: '{n} items' })).to.equal('1 items');
  });

  it('writes the number with thousands separators', () => {
    expect(plural('en', 1234, marked)).to.equal('other 1,234');
  });

  it('says how many more problems in English', () => {
    expect([0, 1, 2, 3, 6, 7].map((n) => plural('en', n, en.moreProblems))).to.deep.equal([
      'and 0 more problems',
      'and 1 more problem',
      'and 2 more problems',
      'and 3 more problems',
      'and 6 more problems',
      'and 7 more problems'
    ]);
  });

  it('says how many more problems in Welsh, with its own form for each category', () => {
    expect(plural('cy', 0, cy.moreProblems)).to.equal('a 0 problem arall');
    expect(plural('cy', 2, cy.moreProblems)).to.equal('a 2 broblem arall');
    expect(plural('cy', 7, cy.moreProblems)).to.equal('a 7 problem arall');
    expect(plural('cy', 1, cy.moreProblems)).to.equal(fill(cy.moreProblems.one!, { n: 1 }));
    expect(plural('cy', 3, cy.moreProblems)).to.equal(fill(cy.moreProblems.few!, { n: 3 }));
    expect(plural('cy', 6, cy.moreProblems)).to.equal(fill(cy.moreProblems.many!, { n: 6 }));
    expect(Object.keys(cy.moreProblems).sort()).to.deep.equal(['few', 'many', 'one', 'other', 'two', 'zero']);
  });
});

describe('choosing a language', () => {
  it('maps Welsh tags to cy, whatever their case or region', () => {
    for (const tag of ['cy', 'cy-GB', 'CY', 'Cy-gb', ' cy ', 'cy-Latn-GB']) expect(toLocale(tag), tag).to.equal('cy');
  });

  it('maps everything else to English', () => {
    for (const tag of ['en', 'en-GB', 'EN', 'fr', 'cym', 'x-cy', '']) expect(toLocale(tag), tag).to.equal('en');
    expect(toLocale(null)).to.equal('en');
    expect(toLocale(undefined)).to.equal('en');
  });

  it('gives the Intl locale for each catalogue', () => {
    expect(intlLocale('en')).to.equal('en-GB');
    expect(intlLocale('cy')).to.equal('cy');
    expect(catalogues.en).to.equal(en);
    expect(catalogues.cy).to.equal(cy);
  });
});

describe('the Welsh catalogue', () => {
  it('has every key the English one has, with the same shape, and no others', () => {
    expect(shapeDifferences(allEn, allCy)).to.deep.equal([]);
  });

  it('has a non-empty string for every English string', () => {
    const welsh = new Map(strings(allCy));
    const missing = strings(allEn)
      .filter(([key]) => !key.startsWith('moreProblems.'))
      .filter(([key]) => !welsh.get(key)?.trim())
      .map(([key]) => key);
    expect(missing).to.deep.equal([]);
  });

  it('uses the same placeholders as the English, in every string', () => {
    const welsh = new Map(strings(allCy));
    const mismatched = strings(allEn)
      .filter(([key]) => !key.startsWith('moreProblems.'))
      .filter(([key, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(welsh.get(key) ?? '')))
      .map(([key]) => key);
    expect(mismatched).to.deep.equal([]);
    for (const [category, form] of Object.entries(cy.moreProblems)) expect(placeholders(form!), category).to.deep.equal(['n']);
  });

  it('translates every English string that has words in it', () => {
    const welsh = new Map(strings(allCy));
    const untranslated = strings(allEn)
      .filter(([key]) => !SAME_IN_BOTH.has(key))
      .filter(([, text]) => /\p{L}/u.test(text.replace(/\{\w+\}/g, '')))
      .filter(([key, text]) => welsh.get(key) === text)
      .map(([key]) => key);
    expect(untranslated).to.deep.equal([]);
  });

  it('allows only units and bare placeholders to be the same in both', () => {
    const welsh = new Map(strings(allCy));
    const same = strings(allEn)
      .filter(([key, text]) => welsh.get(key) === text)
      .map(([key]) => key)
      .sort();
    expect(same).to.deep.equal(['data.units.billion', 'data.units.million', 'data.units.thousand', 'where.src']);
  });

  it('lets a widget add words for its own checks, and says "a valid value" for a check with no words', () => {
    const extra = { bng: 'expected longitude and latitude' };
    const t = withExpected(en, extra);
    expect(withExpected(en, extra)).to.equal(t);
    expect(problemMessage({ path: 'a', expected: 'bng', received: 1 }, t)).to.equal('a: expected longitude and latitude, got 1');
    expect(problemMessage({ path: 'a', expected: 'bng', received: 1 }, en)).to.equal('a: expected a valid value, got 1');
    expect(t.expected.text).to.equal(en.expected.text);
  });
});
