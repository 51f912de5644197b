/**
 * Every built-in word the widgets show, in English and Welsh.
 *
 * The Welsh catalogue must have every key the English one has: the `Messages` type makes a missing
 * translation a type error. Plural words go through `Intl.PluralRules` (Welsh has six forms).
 */
import { numberFormat, pluralRules } from '../format/intl.js';

export type Locale = 'en' | 'cy';

/** Plural forms keyed by `Intl.PluralRules` category; `other` is always required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** What a value was expected to be, for checks every widget shares: words in this catalogue. */
export type CoreExpectedKey = 'object' | 'list' | 'text' | 'number' | 'boolean' | 'oneOf' | 'required' | 'uniqueId' | 'valid' | 'tooMany' | 'tooManyItems' | 'tooLong';

/**
 * Every key a check may name (`expect('gss')`). An interface, so that each group of checks adds its
 * own keys where its words are and this catalogue names no widget: the data files' checks in
 * `data-messages.ts`, the council register's in `src/councils/messages.ts`, a widget's own in its
 * folder (the map's geography checks in `partnership-map.messages.ts`), each with
 * `declare module '…/i18n/messages.js' { interface ExpectedKeys extends Record<TheirKey, true> {} }`.
 */
export interface ExpectedKeys extends Record<CoreExpectedKey, true> {}

/** What a value was expected to be, named in validation messages. */
export type ExpectedKey = keyof ExpectedKeys;

export interface Messages {
  loading: string;
  empty: string;
  errorHeading: string;
  skippedHeading: string;
  /** Above things to check in data that was used as it is (a retired council code, say). */
  warningsHeading: string;
  /** "and N more problems" after the first few in a list. */
  moreProblems: PluralForms;
  where: { src: string; data: string; inline: string };
  expected: Record<CoreExpectedKey, string> & Partial<Record<ExpectedKey, string>>;
  /** Joins a located expectation with what was found: "expected a number, got "abc"". */
  got: string;
  describe: { nothing: string; list: string; object: string; text: string };
  load: {
    http: string;
    network: string;
    timeout: string;
    json: string;
    jsonAt: string;
    csvEmpty: string;
    csvColumns: string;
    csvLine: string;
    unexpected: string;
    tooLarge: string;
  };
}

export const en: Messages = {
  loading: 'Loading data…',
  empty: 'No data to show. Set the src attribute to a JSON or CSV file, or set the data property.',
  errorHeading: 'This data could not be shown',
  skippedHeading: 'Some of this data was left out',
  warningsHeading: 'Check these in the data',
  moreProblems: { one: 'and {n} more problem', other: 'and {n} more problems' },
  where: { src: '{src}', data: 'the data property', inline: 'the JSON inside the element' },
  expected: {
    object: 'expected an object',
    list: 'expected a list',
    text: 'expected text',
    number: 'expected a number',
    boolean: 'expected true or false',
    oneOf: 'expected one of {options}',
    required: 'expected a value',
    uniqueId: 'expected an id not used before (it is already at {first})',
    valid: 'expected a valid value',
    tooMany: 'expected at most {max} here, not {count}',
    tooManyItems: 'expected at most {max} items in all the sections, not {count}',
    tooLong: 'expected at most {max} characters, not {count}'
  },
  got: 'got',
  describe: { nothing: 'nothing', list: 'a list', object: 'an object', text: 'text' },
  load: {
    http: 'the server answered {status} {statusText} for {src}',
    network: '{src} could not be reached (network error or blocked by the page’s security policy)',
    timeout: '{src} took longer than {seconds} seconds to answer',
    json: '{where} is not valid JSON: {detail}',
    jsonAt: '{where}, line {line}, column {column}: not valid JSON ({detail})',
    csvEmpty: '{where}: the CSV has no header row',
    csvColumns: '{where}: the CSV header needs the column {column} (expected {header})',
    csvLine: 'line {line}',
    unexpected: '{where} could not be read: {detail}',
    tooLarge: '{where} is larger than {max}, the most a widget reads, so it was not read'
  }
};

export const cy: Messages = {
  loading: 'Wrthi’n llwytho data…',
  empty: 'Dim data i’w ddangos. Rhowch ffeil JSON neu CSV yn y priodoledd src, neu gosodwch y priodwedd data.',
  errorHeading: 'Nid oedd modd dangos y data hwn',
  skippedHeading: 'Gadawyd rhywfaint o’r data hwn allan',
  warningsHeading: 'Gwiriwch y rhain yn y data',
  moreProblems: {
    zero: 'a {n} problem arall',
    one: 'ac {n} broblem arall',
    two: 'a {n} broblem arall',
    few: 'a {n} problem arall',
    many: 'a {n} phroblem arall',
    other: 'a {n} problem arall'
  },
  where: { src: '{src}', data: 'y priodwedd data', inline: 'y JSON y tu mewn i’r elfen' },
  expected: {
    object: 'disgwylid gwrthrych',
    list: 'disgwylid rhestr',
    text: 'disgwylid testun',
    number: 'disgwylid rhif',
    boolean: 'disgwylid gwir neu gau',
    oneOf: 'disgwylid un o {options}',
    required: 'disgwylid gwerth',
    uniqueId: 'disgwylid dynodydd nad yw wedi’i ddefnyddio o’r blaen (mae eisoes yn {first})',
    valid: 'disgwylid gwerth dilys',
    tooMany: 'disgwylid {max} ar y mwyaf yma, nid {count}',
    tooManyItems: 'disgwylid {max} eitem ar y mwyaf yn yr adrannau i gyd, nid {count}',
    tooLong: 'disgwylid {max} nod ar y mwyaf, nid {count}'
  },
  got: 'cafwyd',
  describe: { nothing: 'dim byd', list: 'rhestr', object: 'gwrthrych', text: 'testun' },
  load: {
    http: 'atebodd y gweinydd {status} {statusText} ar gyfer {src}',
    network: 'nid oedd modd cyrraedd {src} (gwall rhwydwaith neu wedi’i rwystro gan bolisi diogelwch y dudalen)',
    timeout: 'cymerodd {src} fwy na {seconds} eiliad i ateb',
    json: 'nid yw {where} yn JSON dilys: {detail}',
    jsonAt: '{where}, llinell {line}, colofn {column}: nid yw’n JSON dilys ({detail})',
    csvEmpty: '{where}: nid oes rhes pennawd yn y CSV',
    csvColumns: '{where}: mae angen y golofn {column} ym mhennawd y CSV (disgwylid {header})',
    csvLine: 'llinell {line}',
    unexpected: 'nid oedd modd darllen {where}: {detail}',
    tooLarge: 'mae {where} yn fwy na {max}, y mwyaf y mae teclyn yn ei ddarllen, felly ni chafodd ei ddarllen'
  }
};

export const catalogues: Record<Locale, Messages> = { en, cy };

/** The `Intl` locale for a catalogue locale. */
export const intlLocale = (locale: Locale): string => (locale === 'cy' ? 'cy' : 'en-GB');

/** Fills `{name}` placeholders. Values are inserted as text; templates render the result as text. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole
  );
}

/** Picks the plural form for `n` in `locale` and fills `{n}`. */
export function plural(locale: Locale, n: number, forms: PluralForms): string {
  const category = pluralRules(intlLocale(locale)).select(n);
  return fill(forms[category] ?? forms.other, { n: numberFormat(intlLocale(locale)).format(n) });
}

const merged = new WeakMap<Messages, WeakMap<object, Messages>>();

/** `t` with a widget's own words for what its checks expect (kept, so the same object comes back). */
export function withExpected(t: Messages, extra: Partial<Record<ExpectedKey, string>>): Messages {
  let byExtra = merged.get(t);
  if (!byExtra) merged.set(t, (byExtra = new WeakMap()));
  let result = byExtra.get(extra);
  if (!result) byExtra.set(extra, (result = { ...t, expected: { ...t.expected, ...extra } }));
  return result;
}

/** Maps a BCP 47 tag (`cy`, `cy-GB`, `en-GB`, `en`) to a catalogue locale; English by default. */
export function toLocale(tag: string | null | undefined): Locale {
  return tag && /^cy(-|$)/i.test(tag.trim()) ? 'cy' : 'en';
}
