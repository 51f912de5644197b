/** Field schemas shared by the dataset and the widgets' own inputs, each naming what it expects. */
import * as v from 'valibot';
import { isPeriod } from '../format/period.js';
import { GSS } from './shapes.js';
import { expect } from './validate.js';

export const text = v.string(expect('text'));
/** Text with something in it besides spaces. */
export const nonEmptyText = v.pipe(v.string(expect('text')), v.regex(/\S/, expect('text')), v.trim());
export const finite = v.pipe(v.number(expect('number')), v.finite(expect('number')));
export const nonNegative = v.pipe(finite, v.minValue(0, expect('nonNegative')));
export const fraction = v.pipe(
  v.number(expect('fraction')),
  v.minValue(0, expect('fraction')),
  v.maxValue(1, expect('fraction'))
);
export const flag = v.boolean(expect('boolean'));
export const gssCode = v.pipe(
  v.string(expect('gss')),
  v.regex(GSS, expect('gss'))
);
export const period = v.pipe(
  v.string(expect('period')),
  v.regex(/^\d{4}(\/\d{2}|-\d{2}(-\d{2})?)?$/, expect('period')),
  v.check(isPeriod, expect('period'))
);
export const yearMonth = v.pipe(
  v.string(expect('yearMonth')),
  v.regex(/^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/, expect('yearMonth')),
  v.check(isPeriod, expect('yearMonth'))
);

/** One of a fixed set of words. */
export const oneOf = <const T extends readonly string[]>(options: T) =>
  v.picklist(options, expect('oneOf', { options: options.join(', ') }));

/** An object (not a list) whose unknown fields are kept. */
export const record = <const E extends v.ObjectEntries>(entries: E) =>
  v.pipe(
    v.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), expect('object')),
    v.looseObject(entries, expect('object'))
  );

/** A list of items of one schema. */
export const listOf = <const S extends v.GenericSchema>(item: S) => v.array(item, expect('list'));

/** A list whose own type is checked; items are checked by the caller (see `checkEach`). */
export const list = v.array(v.unknown(), expect('list'));

/** A source: a web address or text, or `{ name, url }`. */
export const source = v.union(
  [v.string(), record({ name: v.optional(text), url: v.optional(text) })],
  expect('source')
);
export type Source = v.InferOutput<typeof source>;
