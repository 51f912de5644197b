/**
 * The shared dataset (CONTRACT.md): councils, and partnerships with partners and savings.
 * One set of definitions serves two ends: reading input with located problems, and the JSON Schema
 * shipped in `schema/` (built by `scripts/build-schema.mjs` from `datasetSchema`).
 */
import * as v from 'valibot';
import { finite, flag, fraction, gssCode, list, listOf, nonEmptyText, oneOf, period, record, source, text, yearMonth } from './fields.js';
import { check, checkEach, expect } from './validate.js';
import type { Outcome, Problem } from './problem.js';

export const CATEGORIES = ['back-office', 'shared-management', 'front-line'] as const;
export const ROLES = ['lead', 'host', 'partner'] as const;
export const SAVINGS_KINDS = ['in-year', 'cumulative'] as const;
export const SAVINGS_STATUSES = ['actual', 'estimated', 'projected'] as const;

const illustrative = v.optional(flag);

export const savingsPointSchema = record({
  period,
  amount: finite,
  kind: v.optional(oneOf(SAVINGS_KINDS)),
  status: v.optional(oneOf(SAVINGS_STATUSES)),
  series: v.optional(text),
  source: v.optional(source),
  note: v.optional(text),
  illustrative
});

export const contactSchema = record({
  name: v.optional(text),
  email: v.optional(text),
  phone: v.optional(text),
  illustrative
});

export const partnerSchema = record({
  council: gssCode,
  role: v.optional(oneOf(ROLES)),
  share: v.optional(fraction),
  joined: v.optional(yearMonth),
  services: v.optional(listOf(text)),
  contact: v.optional(contactSchema),
  illustrative
});

const partnershipFields = {
  id: nonEmptyText,
  name: nonEmptyText,
  description: v.optional(text),
  category: v.optional(oneOf(CATEGORIES)),
  serviceArea: v.optional(text),
  status: v.optional(text),
  started: v.optional(yearMonth),
  partners: v.optional(listOf(partnerSchema)),
  source: v.optional(source),
  illustrative
};

export const partnershipSchema = record({ ...partnershipFields, savings: v.optional(listOf(savingsPointSchema)) });

export const councilSchema = record({
  code: gssCode,
  name: nonEmptyText,
  shortName: v.optional(text),
  lat: v.optional(v.pipe(finite, v.minValue(-90, expect('latitude')), v.maxValue(90, expect('latitude')))),
  lon: v.optional(v.pipe(finite, v.minValue(-180, expect('longitude')), v.maxValue(180, expect('longitude')))),
  areas: v.optional(listOf(gssCode))
});

const topFields = {
  title: v.optional(text),
  asAt: v.optional(period),
  source: v.optional(source),
  illustrative
};

/** The whole dataset, strictly: what the shipped JSON Schema describes. */
export const datasetSchema = record({
  ...topFields,
  councils: v.optional(listOf(councilSchema)),
  partnerships: v.optional(listOf(partnershipSchema))
});

export type SavingsPoint = v.InferOutput<typeof savingsPointSchema>;
export type Partner = v.InferOutput<typeof partnerSchema>;
export type Partnership = v.InferOutput<typeof partnershipSchema>;
export type Council = v.InferOutput<typeof councilSchema>;
export type Dataset = v.InferOutput<typeof datasetSchema> & { councils: Council[]; partnerships: Partnership[] };

// Shells check one level, so that a bad item is skipped and reported rather than sinking the lot.
const datasetShell = record({ ...topFields, councils: v.optional(list), partnerships: v.optional(list) });
const partnershipShell = record({ ...partnershipFields, partners: v.optional(list), savings: v.optional(list) });

export { isDataset } from './shapes.js';

/**
 * Reads the shared dataset. Bad councils, partnerships, partners and savings points are left out and
 * each is reported; the rest is returned.
 */
export function readDataset(input: unknown): Outcome<Dataset> {
  const top = check(datasetShell, input);
  if (!top.ok) return { problems: top.problems };
  const problems: Problem[] = [];
  const councils = checkEach(councilSchema, top.value.councils ?? [], ['councils']);
  problems.push(...councils.problems);
  const partnerships: Partnership[] = [];
  (top.value.partnerships ?? []).forEach((item, index) => {
    const shell = check(partnershipShell, item, ['partnerships', index]);
    if (!shell.ok) {
      problems.push(...shell.problems);
      return;
    }
    const partners = checkEach(partnerSchema, shell.value.partners ?? [], ['partnerships', index, 'partners']);
    const savings = checkEach(savingsPointSchema, shell.value.savings ?? [], ['partnerships', index, 'savings']);
    problems.push(...partners.problems, ...savings.problems);
    const { partners: given, ...rest } = shell.value;
    partnerships.push({ ...rest, ...(given ? { partners: partners.values } : {}), savings: savings.values });
  });
  return { value: { ...top.value, councils: councils.values, partnerships }, problems };
}
