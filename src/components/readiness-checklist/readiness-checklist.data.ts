/**
 * Input for `<shared-readiness-checklist>`: a checklist `{ id, title, sections: [{ id, title, items:
 * [{ id, label, hint }] }] }`, checked whole. Answers are kept by item id, so a checklist with a
 * problem (a missing label, an id used twice) is not shown at all rather than shown in part: every
 * problem is listed, located (`sections[1].items[2].id: ...`). The shared dataset, which holds no
 * checklist, gets the built-in one.
 */
import * as v from 'valibot';
import { list, nonEmptyText, record, text } from '../../data/fields.js';
import { formatPath, type Outcome, type Problem } from '../../data/problem.js';
import { isDataset } from '../../data/shapes.js';
import { check } from '../../data/validate.js';

export interface ChecklistItem {
  id: string;
  label: string;
  hint?: string;
}

export interface ChecklistSection {
  id: string;
  title: string;
  items: ChecklistItem[];
}

export interface Checklist {
  id: string;
  title: string;
  sections: ChecklistSection[];
}

/** What the element was given: a checklist of its own, or input that asks for the built-in one. */
export type ChecklistInput = { builtin: true } | { builtin: false; checklist: Checklist };

const shell = record({ id: nonEmptyText, title: nonEmptyText, sections: list });
const sectionSchema = record({ id: nonEmptyText, title: nonEmptyText, items: list });
const itemSchema = record({ id: nonEmptyText, label: nonEmptyText, hint: v.optional(text) });


/**
 * What a checklist may hold at most (the README's limits): a real one has tens of items (the built-in
 * one 30), drawn at about 0.07 ms an item; past these a mistaken or hostile file would freeze the page.
 * A checklist over them is refused, like any other problem, before its items are checked.
 */
export const MAX_SECTIONS = 200;
export const MAX_ITEMS = 2_000;

/** A located problem when the checklist has more sections or items than the limits allow. */
function overLimits(sections: readonly unknown[]): Problem | undefined {
  const n = (x: number) => x.toLocaleString('en-GB');
  if (sections.length > MAX_SECTIONS) return { path: 'sections', expected: 'tooMany', params: { max: n(MAX_SECTIONS), count: n(sections.length) } };
  let items = 0;
  for (const section of sections) {
    const list = typeof section === 'object' && section !== null ? (section as { items?: unknown }).items : undefined;
    if (Array.isArray(list)) items += list.length;
  }
  return items > MAX_ITEMS ? { path: 'sections', expected: 'tooManyItems', params: { max: n(MAX_ITEMS), count: n(items) } } : undefined;
}

/** Notes each id's first place and reports any later use of it, pointing back at the first. */
function unique(seen: Map<string, string>, id: string, path: (string | number)[], problems: Problem[]): void {
  const here = formatPath([...path, 'id']);
  const first = seen.get(id);
  if (first === undefined) seen.set(id, here);
  else problems.push({ path: here, expected: 'uniqueId', params: { first }, received: id });
}

/** Checks a checklist; any problem rejects it, with every problem listed. */
export function readChecklist(input: unknown): Outcome<ChecklistInput> {
  // The shared dataset (councils and partnerships) has no checklist in it.
  if (isDataset(input) && !('sections' in (input as object))) return { value: { builtin: true }, problems: [] };
  const outer = check(shell, input);
  if (!outer.ok) return { problems: outer.problems };
  const over = overLimits(outer.value.sections);
  if (over) return { problems: [over] };
  const problems: Problem[] = [];
  const sectionIds = new Map<string, string>();
  const itemIds = new Map<string, string>();
  const sections: ChecklistSection[] = [];
  outer.value.sections.forEach((rawSection, s) => {
    const sectionPath = ['sections', s];
    const section = check(sectionSchema, rawSection, sectionPath);
    if (!section.ok) return void problems.push(...section.problems);
    unique(sectionIds, section.value.id, sectionPath, problems);
    const items: ChecklistItem[] = [];
    section.value.items.forEach((rawItem, i) => {
      const itemPath = [...sectionPath, 'items', i];
      const item = check(itemSchema, rawItem, itemPath);
      if (!item.ok) return void problems.push(...item.problems);
      unique(itemIds, item.value.id, itemPath, problems);
      const hint = item.value.hint?.trim();
      items.push({ id: item.value.id, label: item.value.label, ...(hint ? { hint } : {}) });
    });
    sections.push({ id: section.value.id, title: section.value.title, items });
  });
  if (problems.length) return { problems };
  return { value: { builtin: false, checklist: { id: outer.value.id, title: outer.value.title, sections } }, problems: [] };
}

/** Every item id, in order. */
export const itemIds = (checklist: Checklist): string[] => checklist.sections.flatMap((s) => s.items.map((i) => i.id));

export const checklistReader = {
  fromJson: readChecklist,
  isEmpty: (input: ChecklistInput) => !input.builtin && itemIds(input.checklist).length === 0
};
