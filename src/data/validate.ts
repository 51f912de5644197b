/**
 * Runs a valibot schema and turns its issues into located `Problem`s. Schemas put an
 * `ExpectedKey` (optionally `key:param`) in each message; see `expect()`.
 */
import * as v from 'valibot';
import type { ExpectedKey } from '../i18n/messages.js';
import { formatPath, type Problem } from './problem.js';

/**
 * A valibot message that names what was expected: `expect('oneOf', { options: 'a, b' })`.
 * Marked free of side effects, as valibot's own functions are, so that a bundle leaves out the
 * schemas it does not use (and what they call, such as the period parser).
 */
/* @__NO_SIDE_EFFECTS__ */
export function expect(key: ExpectedKey, params?: Record<string, string>): string {
  return params ? `${key}|${JSON.stringify(params)}` : key;
}

export function issueToProblem(issue: v.BaseIssue<unknown>, prefix: readonly (string | number)[] = []): Problem {
  const keys = [...prefix, ...(issue.path ?? []).map((item) => item.key as string | number)];
  const [named, params] = issue.message.split('|', 2) as [string, string | undefined];
  // A missing key is reported by its object schema: name it as missing, not as a wrong object.
  const missing = /object$/.test(issue.type) && issue.input === undefined && (issue.path?.length ?? 0) > 0;
  // A key the catalogue lacks is put into words as 'valid' (see problemMessage).
  const key: ExpectedKey = missing ? 'required' : /^\w+$/.test(named) ? (named as ExpectedKey) : 'valid';
  return {
    path: formatPath(keys),
    expected: key,
    ...(params && !missing ? { params: JSON.parse(params) as Record<string, string> } : {}),
    received: issue.input
  };
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Checks `input` against `schema`; every issue becomes a located problem. */
export function check<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
  prefix: readonly (string | number)[] = []
): Checked<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  // One problem per place: a value that fails several checks in a row is reported once.
  const seen = new Set<string>();
  const problems = result.issues
    .map((issue) => issueToProblem(issue, prefix))
    .filter((problem) => !seen.has(problem.path) && seen.add(problem.path));
  return { ok: false, problems };
}

/**
 * Checks each item of a list on its own, keeping the good ones and a problem for each bad one, so
 * that one bad row does not hide the rest.
 */
export function checkEach<S extends v.GenericSchema>(
  schema: S,
  items: readonly unknown[],
  prefix: readonly (string | number)[]
): { values: v.InferOutput<S>[]; problems: Problem[] } {
  const values: v.InferOutput<S>[] = [];
  const problems: Problem[] = [];
  items.forEach((item, index) => {
    const result = check(schema, item, [...prefix, index]);
    if (result.ok) values.push(result.value);
    else problems.push(...result.problems);
  });
  return { values, problems };
}
