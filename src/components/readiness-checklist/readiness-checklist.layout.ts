/**
 * Answers to progress and to what the checklist shows. Progress counts `done` items out of every item
 * that applies: `not-applicable` items are left out of both. Pure: no DOM.
 */
import { numberFormat } from '../../format/intl.js';
import { fill, plural, type Locale } from '../../i18n/messages.js';
import type { Checklist } from './readiness-checklist.data.js';
import type { ReadinessMessages } from './readiness-checklist.messages.js';
import { evidenceHref, NOT_STARTED, STATUSES, type Answers, type ItemState, type Status } from './readiness-checklist.state.js';

export interface Tally {
  /** Items done. */
  done: number;
  /** Items that apply (every item but the not-applicable ones). */
  total: number;
  /** `done` of `total` as a whole percentage: 100 only when all are done, 0 only when none are; null when none apply. */
  percent: number | null;
  /** How many items have each status. */
  counts: Record<Status, number>;
}

export interface SectionProgress extends Tally {
  id: string;
}

export interface ChecklistProgress extends Tally {
  sections: SectionProgress[];
  /** Ids of the items that cannot start, in checklist order. */
  cannotStart: string[];
  /** Items that apply and are not done (not started, in progress or cannot start). */
  notDone: number;
}

/** A whole percentage that never claims 100% before everything is done, nor 0% once something is. */
export function percentOf(done: number, total: number): number | null {
  if (total <= 0) return null;
  const rounded = Math.round((done / total) * 100);
  if (done < total) return Math.max(done > 0 ? 1 : 0, Math.min(rounded, 99));
  return 100;
}

function tally(statuses: readonly Status[]): Tally {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const status of statuses) counts[status]++;
  const total = statuses.length - counts['not-applicable'];
  return { done: counts.done, total, percent: percentOf(counts.done, total), counts };
}

const statusOf = (answers: Answers, id: string): Status => answers.get(id)?.status ?? 'not-started';

/** Progress per section and overall. */
export function progressOf(checklist: Checklist, answers: Answers): ChecklistProgress {
  const sections = checklist.sections.map((s) => ({ id: s.id, ...tally(s.items.map((i) => statusOf(answers, i.id))) }));
  const all = tally(checklist.sections.flatMap((s) => s.items.map((i) => statusOf(answers, i.id))));
  const cannotStart = checklist.sections.flatMap((s) => s.items.filter((i) => statusOf(answers, i.id) === 'cannot-start').map((i) => i.id));
  return { ...all, sections, cannotStart, notDone: all.total - all.done };
}

export interface ItemView {
  id: string;
  /** Position in the whole checklist, for element ids. */
  index: number;
  label: string;
  hint?: string;
  answer: ItemState;
  statusLabel: string;
  evidenceHref?: string;
}

export interface SectionView {
  id: string;
  index: number;
  title: string;
  tally: Tally;
  /** `2 of 4 done (50%)`, or that nothing here applies. */
  text: string;
  items: ItemView[];
}

export interface ChecklistView {
  title: string;
  sections: SectionView[];
  progress: ChecklistProgress;
  /** The overall progress in words, announced when it changes. */
  text: string;
  /** Items that cannot start, with their labels. */
  blocked: { id: string; index: number; label: string }[];
  /** `Ready`, or how many items are not done, in words. */
  verdict: string;
}

/** `2 of 4 done (50%)`; when nothing applies, says so. */
export function tallyText(t: Tally, m: ReadinessMessages, intl: string): string {
  if (t.percent === null) return m.nothingApplies;
  const count = numberFormat(intl);
  const percent = numberFormat(intl, { style: 'percent' });
  return fill(m.progress, { done: count.format(t.done), total: count.format(t.total), percent: percent.format(t.percent / 100) });
}

export function layoutChecklist(checklist: Checklist, answers: Answers, m: ReadinessMessages, locale: Locale, intl: string): ChecklistView {
  const progress = progressOf(checklist, answers);
  let index = 0;
  const labels = new Map<string, { index: number; label: string }>();
  const sections = checklist.sections.map((s, si) => {
    const items = s.items.map((item) => {
      const answer = answers.get(item.id) ?? NOT_STARTED;
      const view: ItemView = { id: item.id, index: index++, label: item.label, answer, statusLabel: m.statuses[answer.status] };
      if (item.hint) view.hint = item.hint;
      const href = evidenceHref(answer.evidence);
      if (href) view.evidenceHref = href;
      labels.set(item.id, { index: view.index, label: item.label });
      return view;
    });
    const tally = progress.sections[si]!;
    return { id: s.id, index: si, title: s.title, tally, text: tallyText(tally, m, intl), items };
  });
  const verdict =
    progress.notDone === 0
      ? m.ready
      : [
          plural(locale, progress.notDone, m.notDone),
          progress.cannotStart.length ? plural(locale, progress.cannotStart.length, m.cannotStart) : ''
        ]
          .filter(Boolean)
          .join(' ');
  return {
    title: checklist.title,
    sections,
    progress,
    text: fill(m.overall, { progress: tallyText(progress, m, intl) }),
    blocked: progress.cannotStart.map((id) => ({ id, ...labels.get(id)! })),
    verdict
  };
}
