/**
 * Input for `<shared-key-figures>` to a list of figures: `{ figures: [...] }`, a bare list, CSV
 * (`value,label[,format][,source][,note]`), or the shared dataset, from which it derives the number
 * of partnerships, the councils involved and the savings reported to date.
 */
import * as v from 'valibot';
import { isDataset, readDataset, type Dataset } from '../../data/dataset.js';
import { finite, flag, list, nonEmptyText, oneOf, record, source, text, type Source } from '../../data/fields.js';
import { parseCsv } from '../../data/parse.js';
import { capped, onCsvLines, type Outcome } from '../../data/problem.js';
import { totalSavings } from '../../data/savings.js';
import { check, checkEach, expect } from '../../data/validate.js';
import { isPeriod } from '../../format/period.js';

export const FIGURE_FORMATS = ['currency', 'number', 'year', 'percent'] as const;
export type FigureFormat = (typeof FIGURE_FORMATS)[number];

const financialYearValue = v.pipe(v.string(expect('figureValue')), v.check(isPeriod, expect('figureValue')));

export const figureSchema = record({
  value: v.union([finite, financialYearValue], expect('figureValue')),
  label: nonEmptyText,
  format: v.optional(oneOf(FIGURE_FORMATS)),
  source: v.optional(source),
  note: v.optional(text),
  illustrative: v.optional(flag)
});

/** Figures derived from the dataset carry a built-in label, put into words in the page's language. */
export type DerivedLabel = 'partnerships' | 'councils' | 'savings';

export interface Figure {
  value: number | string;
  format: FigureFormat;
  label: string | { builtIn: DerivedLabel };
  source?: Source;
  note?: string;
  illustrative: boolean;
}

export interface KeyFiguresModel {
  title?: string;
  figures: Figure[];
}

const listShell = record({ title: v.optional(text), figures: list });

/** At most this many figures are read (a page of tiles is a few; a hostile 50 MB list is left out after them). */
export const MAX_FIGURES = 1000;

function fromFigures(all: readonly unknown[], prefix: (string | number)[], title?: string): Outcome<KeyFiguresModel> {
  const { items, problems: over } = capped(all, MAX_FIGURES, prefix);
  const { values, problems } = checkEach(figureSchema, items, prefix);
  problems.push(...over);
  const figures = values.map(
    (f): Figure => ({ ...f, format: f.format ?? 'number', illustrative: f.illustrative === true })
  );
  return { value: { ...(title ? { title } : {}), figures }, problems };
}

/** The figures a dataset supports: partnerships, councils involved, and savings where any are reported. */
export function deriveFigures(dataset: Dataset): Figure[] {
  const made = dataset.illustrative === true;
  const source = dataset.source ? { source: dataset.source } : {};
  const codes = new Set(dataset.partnerships.flatMap((p) => (p.partners ?? []).map((partner) => partner.council)));
  const councils = codes.size || dataset.councils.length;
  // A count is illustrative when a made-up partnership is counted. A partner marked illustrative has
  // made-up details (share, role, contact); its membership is real, so it does not change the count.
  const madeUp = made || dataset.partnerships.some((p) => p.illustrative === true);
  const figures: Figure[] = [
    { value: dataset.partnerships.length, format: 'number', label: { builtIn: 'partnerships' }, illustrative: madeUp, ...source },
    { value: councils, format: 'number', label: { builtIn: 'councils' }, illustrative: madeUp, ...source }
  ];
  const savings = totalSavings(dataset.partnerships);
  if (savings) {
    figures.push({ value: savings.amount, format: 'currency', label: { builtIn: 'savings' }, illustrative: made || savings.illustrative, ...source });
  }
  return figures;
}

export function readKeyFigures(input: unknown): Outcome<KeyFiguresModel> {
  if (isDataset(input)) {
    const dataset = readDataset(input);
    if (!dataset.value) return dataset;
    const title = dataset.value.title;
    return { value: { ...(title ? { title } : {}), figures: deriveFigures(dataset.value) }, problems: dataset.problems };
  }
  if (Array.isArray(input)) return fromFigures(input, []);
  const shell = check(listShell, input);
  if (!shell.ok) {
    const whole = typeof input !== 'object' || input === null;
    return { problems: whole ? [{ path: '', expected: 'records', received: input }] : shell.problems };
  }
  return fromFigures(shell.value.figures, ['figures'], shell.value.title);
}

export function readKeyFiguresCsv(text: string): Outcome<KeyFiguresModel> {
  const parsed = parseCsv(text, { required: ['value', 'label'], optional: ['format', 'source', 'note'], numeric: ['value'] });
  if (!parsed.value) return parsed;
  const outcome = fromFigures(parsed.value.records, []);
  return { ...outcome, problems: onCsvLines(outcome.problems, parsed.value.lines) } as Outcome<KeyFiguresModel>;
}

export const keyFiguresReader = {
  fromJson: readKeyFigures,
  fromCsv: readKeyFiguresCsv,
  isEmpty: (model: KeyFiguresModel) => model.figures.length === 0
};
