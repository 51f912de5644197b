/**
 * Answers as files: JSON in the state format (which imports back), and CSV for a spreadsheet or a
 * board paper with the columns `section,item,status,owner,note,evidence`.
 */
import type { Checklist } from './readiness-checklist.data.js';
import type { ReadinessMessages } from './readiness-checklist.messages.js';
import { NOT_STARTED, type Answers, type ChecklistState } from './readiness-checklist.state.js';

export const stateJson = (state: ChecklistState): string => `${JSON.stringify(state, null, 2)}\n`;

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return first)
 * gets an apostrophe in front, so typed notes stay text.
 */
export const safeCell = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/**
 * A CSV cell, quoted when it holds a quote, comma or line break (RFC 4180). Written here rather than
 * taken from d3-dsv's formatter, which costs this widget 0.8 KB gzip for the one line it needs.
 */
const csvCell = (value: string): string => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** One row per item, in checklist order; sections, items and statuses in the element's language. */
export function stateCsv(checklist: Checklist, answers: Answers, m: ReadinessMessages): string {
  const rows = checklist.sections.flatMap((s) =>
    s.items.map((item) => {
      const a = answers.get(item.id) ?? NOT_STARTED;
      return [s.title, item.label, m.statuses[a.status], a.owner ?? '', a.note ?? '', a.evidence ?? ''].map(safeCell);
    })
  );
  return [['section', 'item', 'status', 'owner', 'note', 'evidence'], ...rows].map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}

/** A file name from the checklist's id: letters, digits and dashes only. */
export function fileName(checklist: Checklist, extension: 'json' | 'csv'): string {
  const base = checklist.id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'checklist';
  return `${base}-answers.${extension}`;
}
