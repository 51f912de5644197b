/**
 * What changed between two versions of a data file, in a few words for a screen reader ("Savings
 * updated: 2019/20 added", "2 partners added"), when a widget with `refresh` re-reads its `src`.
 * Works on the file as given (the shared dataset, a widget's own JSON), or for CSV on what the widget
 * read from it (points, figures, rows), so every widget says the same. Pure: no DOM.
 */
import { fill, intlLocale, type Locale, type PluralForms } from '../i18n/messages.js';
import { pluralRules } from '../format/intl.js';
import type { Format } from './parse.js';

/** The facts of a file that a change is described by. */
export interface Facts {
  partnerships: Map<string, string>;
  partners: Set<string>;
  /** Savings by series, period, kind and status: the period as written, and the amount. */
  savings: Map<string, { period: string; amount: unknown }>;
  /** Figures by label: their value. */
  figures: Map<string, unknown>;
  items: Set<string>;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown) => (typeof x === 'string' || typeof x === 'number' ? String(x) : '');
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);

function addPoint(facts: Facts, series: string, point: unknown): void {
  if (!isObj(point)) return;
  // As written, or as the chart read it from CSV (a parsed period keeps its label).
  const period = isObj(point.period) ? str(point.period.label) : str(point.period);
  if (!period) return;
  const key = [series || str(point.series), period, point.kind ?? 'in-year', point.status ?? 'actual'].join('|');
  facts.savings.set(key, { period, amount: point.amount });
}

function addRecord(facts: Facts, record: unknown): void {
  if (!isObj(record)) return;
  if ('period' in record) addPoint(facts, '', record);
  else if ('council' in record) facts.partners.add(`/${str(record.council)}`);
  else if ('label' in record) facts.figures.set(isObj(record.label) ? JSON.stringify(record.label) : str(record.label), record.value);
}

/** The facts of a parsed JSON file (any shape the widgets read). */
export function factsOfJson(input: unknown): Facts {
  const facts: Facts = { partnerships: new Map(), partners: new Set(), savings: new Map(), figures: new Map(), items: new Set() };
  if (Array.isArray(input)) input.forEach((record) => addRecord(facts, record));
  if (!isObj(input)) return facts;
  for (const p of list(input.partnerships)) {
    if (!isObj(p)) continue;
    const id = str(p.id);
    facts.partnerships.set(id, str(p.name));
    for (const partner of list(p.partners)) if (isObj(partner)) facts.partners.add(`${id}/${str(partner.council)}`);
    for (const point of list(p.savings)) addPoint(facts, id, point);
  }
  for (const series of list(input.series)) if (isObj(series)) for (const point of list(series.points)) addPoint(facts, str(series.id), point);
  for (const figure of list(input.figures)) addRecord(facts, isObj(figure) ? { label: figure.label, value: figure.value } : figure);
  for (const partner of list(input.partners)) addRecord(facts, isObj(partner) ? { council: partner.council } : partner);
  // The roster's own model (read from CSV): rows by council code.
  for (const row of list(input.rows)) if (isObj(row) && typeof row.code === 'string') facts.partners.add(`/${row.code}`);
  for (const section of list(input.sections)) if (isObj(section)) for (const item of list(section.items)) if (isObj(item)) facts.items.add(str(item.id));
  return facts;
}

/** The facts of a text file: JSON as given; CSV as the widget read it (`model`), which has the same shapes. */
export function factsOf(text: string, format: Format, model: unknown): Facts | undefined {
  if (format === 'csv') return factsOfJson(model);
  try {
    return factsOfJson(JSON.parse(text));
  } catch {
    return undefined;
  }
}

export interface ChangeWords {
  savings: string;
  added: string;
  changed: string;
  removed: string;
  partnersAdded: PluralForms;
  partnersRemoved: PluralForms;
  partnershipsAdded: PluralForms;
  partnershipsRemoved: PluralForms;
  figures: string;
  itemsAdded: PluralForms;
  itemsRemoved: PluralForms;
  data: string;
  /** A refresh that failed: the last good data stays, with this note. */
  failed: string;
}

// Welsh puts the number last ("Partneriaid wedi’u hychwanegu: 2"), which avoids mutating the noun after a numeral.
export const changeWords: Record<Locale, ChangeWords> = {
  en: {
    savings: 'Savings updated: {list}',
    added: '{what} added',
    changed: '{what} changed',
    removed: '{what} removed',
    partnersAdded: { one: '{n} partner added', other: '{n} partners added' },
    partnersRemoved: { one: '{n} partner removed', other: '{n} partners removed' },
    partnershipsAdded: { one: '{n} partnership added', other: '{n} partnerships added' },
    partnershipsRemoved: { one: '{n} partnership removed', other: '{n} partnerships removed' },
    figures: 'Figures updated: {list}',
    itemsAdded: { one: '{n} checklist item added', other: '{n} checklist items added' },
    itemsRemoved: { one: '{n} checklist item removed', other: '{n} checklist items removed' },
    data: 'Data updated',
    failed: 'The data could not be updated ({reason}). Showing the data from {time}; trying again in {seconds} seconds.'
  },
  cy: {
    savings: 'Arbedion wedi’u diweddaru: {list}',
    added: '{what} wedi’i ychwanegu',
    changed: '{what} wedi newid',
    removed: '{what} wedi’i dynnu',
    partnersAdded: { other: 'Partneriaid wedi’u hychwanegu: {n}' },
    partnersRemoved: { other: 'Partneriaid wedi’u tynnu: {n}' },
    partnershipsAdded: { other: 'Partneriaethau wedi’u hychwanegu: {n}' },
    partnershipsRemoved: { other: 'Partneriaethau wedi’u tynnu: {n}' },
    figures: 'Ffigurau wedi’u diweddaru: {list}',
    itemsAdded: { other: 'Eitemau’r rhestr wirio wedi’u hychwanegu: {n}' },
    itemsRemoved: { other: 'Eitemau’r rhestr wirio wedi’u tynnu: {n}' },
    data: 'Data wedi’i ddiweddaru',
    failed: 'Nid oedd modd diweddaru’r data ({reason}). Yn dangos y data o {time}; rhoi cynnig arall ymhen {seconds} eiliad.'
  }
};


/** Keys in `a` that are not in `b`. */
const missing = <K>(a: Iterable<K>, b: { has(k: K): boolean }) => [...a].filter((k) => !b.has(k));
const unique = (values: string[]) => [...new Set(values)];

/** What changed from `before` to `after`, in a sentence or two; "Data updated" when nothing named did. */
export function describeChange(before: Facts, after: Facts, locale: Locale): string {
  const w = changeWords[locale];
  const out: string[] = [];
  /** `n` things in the plural form for `n`, said only when there are some. */
  const count = (n: number, forms: PluralForms) => {
    if (n) out.push(fill(forms[pluralRules(intlLocale(locale)).select(n)] ?? forms.other, { n }));
  };
  count(missing(after.partnerships.keys(), before.partnerships).length, w.partnershipsAdded);
  count(missing(before.partnerships.keys(), after.partnerships).length, w.partnershipsRemoved);
  count(missing(after.partners, before.partners).length, w.partnersAdded);
  count(missing(before.partners, after.partners).length, w.partnersRemoved);
  const savings = [
    ...unique(missing(after.savings.keys(), before.savings).map((k) => after.savings.get(k)!.period)).map((what) => fill(w.added, { what })),
    ...unique(
      [...after.savings].filter(([k, v]) => before.savings.has(k) && before.savings.get(k)!.amount !== v.amount).map(([, v]) => v.period)
    ).map((what) => fill(w.changed, { what })),
    ...unique(missing(before.savings.keys(), after.savings).map((k) => before.savings.get(k)!.period)).map((what) => fill(w.removed, { what }))
  ];
  if (savings.length) out.push(fill(w.savings, { list: savings.join(', ') }));
  const figures = [
    ...missing(after.figures.keys(), before.figures).map((what) => fill(w.added, { what })),
    ...[...after.figures].filter(([k, v]) => before.figures.has(k) && before.figures.get(k) !== v).map(([what]) => fill(w.changed, { what })),
    ...missing(before.figures.keys(), after.figures).map((what) => fill(w.removed, { what }))
  ];
  if (figures.length) out.push(fill(w.figures, { list: figures.join(', ') }));
  count(missing(after.items, before.items).length, w.itemsAdded);
  count(missing(before.items, after.items).length, w.itemsRemoved);
  return out.length ? out.join('. ') : w.data;
}
