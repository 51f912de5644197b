/**
 * Answers as files: JSON in the state format (which imports back), and CSV for a spreadsheet or a
 * board paper with the columns `section,item,status,owner,note,evidence`.
 */
import { fileSlug } from '../../core/download.js';
import { toCsv } from '../../format/csv.js';
import type { Checklist } from './readiness-checklist.data.js';
import type { ReadinessMessages } from './readiness-checklist.messages.js';
import { NOT_STARTED, type Answers, type ChecklistState } from './readiness-checklist.state.js';

export const stateJson = (state: ChecklistState): string => `${JSON.stringify(state, null, 2)}\n`;

/** One row per item, in checklist order; sections, items and statuses in the element's language. */
export function stateCsv(checklist: Checklist, answers: Answers, m: ReadinessMessages): string {
  const rows = checklist.sections.flatMap((s) =>
    s.items.map((item) => {
      const a = answers.get(item.id) ?? NOT_STARTED;
      // Made safe for spreadsheets by toCsv, every cell.
      return [s.title, item.label, m.statuses[a.status], a.owner ?? '', a.note ?? '', a.evidence ?? ''];
    })
  );
  return toCsv([['section', 'item', 'status', 'owner', 'note', 'evidence'], ...rows]);
}

/** A file name from the checklist's id: letters, digits and dashes only. */
export function fileName(checklist: Checklist, extension: 'json' | 'csv'): string {
  return `${fileSlug(checklist.id, 'checklist')}-answers.${extension}`;
}
