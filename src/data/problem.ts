/**
 * A located problem with input: where it is (`partnerships[2].partners[0].share`) and what was
 * expected there. Messages are put into words at render time, in the element's language.
 */
import { fill, type ExpectedKey, type Messages } from '../i18n/messages.js';

export interface Problem {
  /** Where in the input, e.g. `partnerships[2].partners[0].share`; empty for the whole input. */
  path: string;
  /** What was expected there (a key into the message catalogue)… */
  expected?: ExpectedKey;
  /** …with its parameters (e.g. `options` for `oneOf`)… */
  params?: Record<string, string>;
  /** …and what was found, as data (described in words when shown). */
  received?: unknown;
  /** For CSV input: the file line the problem is on (then `path` names the column). */
  line?: number;
  /** Or a whole message already in words (load and parse failures). */
  text?: { key: keyof Messages['load']; values: Record<string, string | number> };
  /** Something to check rather than something left out (a retired council code, say): the rest is used as it is. */
  warning?: boolean;
  /** What went wrong underneath, said after the message in brackets. */
  cause?: Problem;
}

/** Describes a received value briefly: `1.4`, `"abc"`, `nothing`, `a list`. */
export function describeValue(value: unknown, t: Messages): string {
  if (value === undefined) return t.describe.nothing;
  if (value === null) return 'null';
  if (Array.isArray(value)) return t.describe.list;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
  if (typeof value === 'object') return t.describe.object;
  return String(value);
}

/** One problem in words: `partnerships[2].partners[0].share: expected a number from 0 to 1, got 1.4`. */
export function problemMessage(problem: Problem, t: Messages, where = ''): string {
  if (problem.text) return fill(t.load[problem.text.key], { where, ...problem.text.values });
  const expected = problem.expected ? fill(t.expected[problem.expected] ?? t.expected.valid, problem.params ?? {}) : '';
  const body = 'received' in problem ? `${expected}, ${t.got} ${describeValue(problem.received, t)}` : expected;
  const line = problem.line === undefined ? '' : fill(t.load.csvLine, { line: problem.line });
  const place = [line, problem.path].filter(Boolean).join(', ') || where;
  const cause = problem.cause ? ` (${problemMessage(problem.cause, t, where)})` : '';
  return place ? `${place}: ${body}${cause}` : `${body}${cause}`;
}

/** Moves problems found in CSV records (`[3].amount`) to their file lines (`line 5, amount`). */
export function onCsvLines(problems: Problem[], lines: readonly number[]): Problem[] {
  return problems.map((problem) => {
    const match = /^\[(\d+)\]\.?(.*)$/.exec(problem.path);
    if (!match) return problem;
    return { ...problem, line: lines[Number(match[1])], path: match[2] ?? '' };
  });
}

/**
 * The first `max` items of a list, and a located problem naming how many after them were left out:
 * each widget caps what it reads (see the README's limits), so hostile input cannot block the page.
 */
export function capped<T>(items: readonly T[], max: number, prefix: readonly (string | number)[]): { items: readonly T[]; problems: Problem[] } {
  if (items.length <= max) return { items, problems: [] };
  const n = (x: number) => x.toLocaleString('en-GB');
  return { items: items.slice(0, max), problems: [{ path: formatPath([...prefix, max]), expected: 'limit', params: { max: n(max), left: n(items.length - max) } }] };
}

/**
 * `capped` across several lists read one after another (a chart's series, a network's partnerships):
 * at most `max` items in all. The first item past the limit is named once, with every item left out
 * after it counted, in its list and the lists after.
 */
export class Budget {
  private used = 0;
  private left = 0;
  private first?: string;
  constructor(readonly max: number) {}

  /** The items of one list that still fit. */
  take<T>(items: readonly T[], prefix: readonly (string | number)[]): readonly T[] {
    const room = this.max - this.used;
    if (items.length <= room) {
      this.used += items.length;
      return items;
    }
    this.first ??= formatPath([...prefix, room]);
    this.left += items.length - room;
    this.used = this.max;
    return items.slice(0, room);
  }

  /** The located problem, when anything was left out. */
  get problems(): Problem[] {
    if (this.first === undefined) return [];
    const n = (x: number) => x.toLocaleString('en-GB');
    return [{ path: this.first, expected: 'limit', params: { max: n(this.max), left: n(this.left) } }];
  }
}

/** `['partnerships', 2, 'share']` → `partnerships[2].share`. */
export function formatPath(keys: readonly (string | number)[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** The outcome of reading input: a value to show (possibly with skipped parts), or only problems. */
export type Outcome<T> = { value: T; problems: Problem[] } | { value?: undefined; problems: Problem[] };
