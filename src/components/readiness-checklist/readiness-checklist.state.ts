/**
 * The answers to a checklist: each item's status and optional note, owner and evidence, in the format
 * that is stored, exported, imported and given to the `state` property:
 * `{ version: 1, checklist: "<id>", items: { "<item id>": { status, note?, owner?, evidence? } }, savedAt? }`.
 * Pure: no DOM, no storage.
 */
import * as v from 'valibot';
import { nonEmptyText, oneOf, record, text } from '../../data/fields.js';
import { formatPath, type Outcome, type Problem } from '../../data/problem.js';
import { check, expect } from '../../data/validate.js';
import { itemIds, type Checklist } from './readiness-checklist.data.js';

export const STATUSES = ['not-started', 'in-progress', 'done', 'not-applicable', 'cannot-start'] as const;
export type Status = (typeof STATUSES)[number];

export interface ItemState {
  status: Status;
  note?: string;
  owner?: string;
  /** A web address (shown as a link when it is http or https) or a reference in words. */
  evidence?: string;
}

export interface ChecklistState {
  version: 1;
  /** The id of the checklist these answers belong to. */
  checklist: string;
  items: Record<string, ItemState>;
  /** When the answers last changed (ISO 8601). */
  savedAt?: string;
}

/** Answers held by item id (a Map, so no id can reach an object's prototype). */
export type Answers = ReadonlyMap<string, ItemState>;

export const STATE_VERSION = 1;
const FIELDS = ['note', 'owner', 'evidence'] as const;

const stateShell = record({
  version: v.literal(STATE_VERSION, expect('oneOf', { options: String(STATE_VERSION) })),
  checklist: nonEmptyText,
  items: record({}),
  savedAt: v.optional(text)
});
const itemSchema = record({ status: oneOf(STATUSES), note: v.optional(text), owner: v.optional(text), evidence: v.optional(text) });

/** An item's answer with empty fields left out. */
export function cleanItem(item: ItemState): ItemState {
  const out: ItemState = { status: item.status };
  for (const field of FIELDS) if (item[field] && item[field]!.trim() !== '') out[field] = item[field];
  return out;
}

export interface ReadState {
  checklist: string;
  answers: Map<string, ItemState>;
  savedAt?: string;
}

/**
 * Reads answers in the state format. Problems are located (`items["exit-plan"].status: ...`); items
 * without problems are returned alongside them, so a caller can choose to keep them or not.
 */
export function readState(input: unknown): Outcome<ReadState> {
  const outer = check(stateShell, input);
  if (!outer.ok) return { problems: outer.problems };
  const problems: Problem[] = [];
  const answers = new Map<string, ItemState>();
  // The input's own entries, not valibot's copy, which leaves out ids such as "constructor".
  for (const [id, raw] of Object.entries((input as { items: object }).items)) {
    const item = check(itemSchema, raw, ['items', id]);
    if (item.ok) answers.set(id, cleanItem(item.value));
    else problems.push(...item.problems);
  }
  const value: ReadState = { checklist: outer.value.checklist, answers };
  if (outer.value.savedAt) value.savedAt = outer.value.savedAt;
  return { value, problems };
}

/** Keeps the answers for items in the checklist; names the ids that are not (in the answers' order). */
export function reconcile(answers: Answers, checklist: Checklist): { answers: Map<string, ItemState>; dropped: string[] } {
  const known = new Set(itemIds(checklist));
  const kept = new Map<string, ItemState>();
  const dropped: string[] = [];
  for (const [id, item] of answers) {
    if (known.has(id)) kept.set(id, item);
    else dropped.push(id);
  }
  return { answers: kept, dropped };
}

export const NOT_STARTED: ItemState = { status: 'not-started' };

/** An item's answer as a string that is equal for equal answers (empty fields left out). */
export const itemKey = (item: ItemState | undefined): string => JSON.stringify(cleanItem(item ?? NOT_STARTED));

/**
 * Merges two answers to one item that both started from `base`, field by field: a field changed on one
 * side only takes that change. Undefined when both changed one field differently (a conflict).
 */
export function mergeItem(base: ItemState, mine: ItemState, theirs: ItemState): ItemState | undefined {
  const out: Record<string, string> = {};
  for (const field of ['status', ...FIELDS] as const) {
    const b = base[field] ?? '';
    const m = mine[field] ?? '';
    const t = theirs[field] ?? '';
    if (m === t || t === b) out[field] = m;
    else if (m === b) out[field] = t;
    else return undefined;
  }
  return cleanItem(out as unknown as ItemState);
}

/** The whole state of a checklist: every item, in checklist order, `not-started` where unanswered. */
export function toState(checklist: Checklist, answers: Answers, savedAt?: string): ChecklistState {
  const items = Object.fromEntries(itemIds(checklist).map((id) => [id, { ...(answers.get(id) ?? NOT_STARTED) }]));
  return { version: STATE_VERSION, checklist: checklist.id, items, ...(savedAt ? { savedAt } : {}) };
}

/** The evidence as a link, only when it is an absolute http or https address; otherwise undefined (shown as text). */
export function evidenceHref(evidence: string | undefined): string | undefined {
  const trimmed = evidence?.trim();
  if (!trimmed || !/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What answers given to the checklist (an imported file, the `state` property) may hold at most (the
 * README's limits), checked before anything else is: answers (five times the most items a checklist
 * may have, so answers kept for items since removed still fit) and characters in a note, owner or
 * evidence (25 times the 4,000 a shared store keeps for a note). Over them, the answers are refused
 * with a message. (What this browser stored itself is read as it is.)
 */
export const MAX_ANSWERS = 10_000;
export const MAX_FIELD = 100_000;

function overLimits(input: unknown): Problem[] {
  const items = typeof input === 'object' && input !== null ? (input as { items?: unknown }).items : undefined;
  if (typeof items !== 'object' || items === null) return [];
  const n = (x: number) => x.toLocaleString('en-GB');
  const entries = Object.entries(items);
  if (entries.length > MAX_ANSWERS) return [{ path: 'items', expected: 'tooMany', params: { max: n(MAX_ANSWERS), count: n(entries.length) } }];
  const problems: Problem[] = [];
  for (const [id, raw] of entries) {
    for (const field of FIELDS) {
      const value: unknown = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[field] : undefined;
      if (typeof value === 'string' && value.length > MAX_FIELD) {
        problems.push({ path: formatPath(['items', id, field]), expected: 'tooLong', params: { max: n(MAX_FIELD), count: n(value.length) } });
      }
    }
  }
  return problems;
}

export type Accepted =
  | { ok: true; answers: Map<string, ItemState>; dropped: string[] }
  | { ok: false; problems: Problem[] }
  | { ok: false; problems: []; other: string };

/**
 * Answers given for `checklist` (an imported file, or the `state` property): all or nothing. Any
 * problem, or answers for another checklist, rejects them; answers for items the checklist lacks are
 * left out and named.
 */
export function acceptState(input: unknown, checklist: Checklist): Accepted {
  const over = overLimits(input);
  if (over.length) return { ok: false, problems: over };
  const read = readState(input);
  if (!read.value || read.problems.length) return { ok: false, problems: read.problems };
  if (read.value.checklist !== checklist.id) return { ok: false, problems: [], other: read.value.checklist };
  return { ok: true, ...reconcile(read.value.answers, checklist) };
}
