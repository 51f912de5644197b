/**
 * The checklist drawn from its view model: the progress summary, the notices, and each section with its
 * items (drawn by `readiness-checklist.items.ts`). Every control is native (a radio group for the status: in Chromium 200 selects take three
 * times as long to create as 200 radio groups; inputs and a textarea for the rest); the
 * component listens for their events once, on the wrapper, and finds the item by `data-item`. Every
 * input is drawn again as it happens, so each control's last drawn value is what it shows (no `live()`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { headingAt } from '../../core/states.js';
import { problemMessage } from '../../data/problem.js';
import { numberFormat } from '../../format/intl.js';
import { fill, intlLocale, plural, type Locale, type Messages } from '../../i18n/messages.js';
import { items, type ItemOptions } from './readiness-checklist.items.js';
import type { ChecklistView, SectionView } from './readiness-checklist.layout.js';
import type { ItemChange, Notice } from './readiness-checklist.storage.js';

export interface ViewOptions extends ItemOptions {
  t: Messages;
  locale: Locale;
  /** The level of section headings (one below the widget's heading). */
  level: number;
  onGoTo: (index: number) => void;
  /** Undoes the last import. */
  onUndo: () => void;
}

/** What an import changed on an item, in words: `Label: Not started → Done, Note changed`. */
function change(c: ItemChange, m: ViewOptions['m']): string {
  const said: string[] = [];
  if (c.before.status !== c.after.status) said.push(`${m.statuses[c.before.status]} → ${m.statuses[c.after.status]}`);
  for (const field of ['owner', 'evidence', 'note'] as const) if ((c.before[field] ?? '') !== (c.after[field] ?? '')) said.push(fill(m.changedField, { field: m[field] }));
  return `${c.label}: ${said.join(', ')}`;
}

export function renderSummary(view: ChecklistView, o: ViewOptions): TemplateResult {
  const { progress } = view;
  return html`<div part="summary" class="summary">
    <p part="progress-text" class="progress-text" id="overall" aria-live="polite" aria-atomic="true">${view.text}</p>
    ${progress.total
      ? html`<progress part="progress" class="progress" value=${progress.done} max=${progress.total} aria-labelledby="overall"></progress>`
      : nothing}
    <div part="blockers" class="blockers" data-ready=${progress.notDone === 0 ? 'true' : 'false'}>
      <p class="blockers__title">${o.m.blockedHeading}</p>
      <p class="verdict">${view.verdict}</p>
      ${view.blocked.length
        ? html`<ul class="blocked" aria-label=${o.m.cannotStartList}>
            ${view.blocked.map(
              (b) => html`<li><button type="button" class="link-button" @click=${() => o.onGoTo(b.index)}>${b.label}</button></li>`
            )}
          </ul>`
        : nothing}
    </div>
  </div>`;
}

/** A notice in words: errors are alerts; the rest are polite status messages. */
export function renderNotice(notice: Notice, o: ViewOptions): TemplateResult {
  const { m, t } = o;
  const kept = (aside: string | undefined) => (aside ? fill(m.keptAt, { key: aside }) : `${m.paused} ${m.memoryOnly}`);
  let error = false;
  let words: string;
  let problems: string[] = [];
  switch (notice.kind) {
    case 'unavailable':
      words = `${m.unavailable} ${m.memoryOnly}`;
      break;
    case 'corrupt':
      error = true;
      words = `${m.corrupt} ${kept(notice.aside)}`;
      problems = notice.problems.map((p) => problemMessage(p, t, fill(m.storageWhere, { key: notice.key })));
      break;
    case 'other-stored':
      words = `${fill(m.otherStored, { key: notice.key, other: notice.other })} ${kept(notice.aside)}`;
      break;
    case 'dropped':
      // Answers dropped from a file or a state given from script are still there: only stored ones are kept aside.
      // A hostile import can drop thousands: five are named, the rest counted.
      words = `${fill(m.dropped, { ids: notice.ids.length > 5 ? fill(m.droppedMore, { ids: notice.ids.slice(0, 5).join(', '), n: numberFormat(intlLocale(o.locale)).format(notice.ids.length - 5) }) : notice.ids.join(', ') })}${notice.stored ? ` ${kept(notice.aside)}` : ''}`;
      break;
    case 'import-other':
    case 'state-other':
      error = true;
      words = fill(notice.kind === 'import-other' ? m.importOther : m.stateOther, { other: notice.other, id: notice.id });
      break;
    case 'import-bad':
    case 'state-bad':
      error = true;
      words = notice.kind === 'import-bad' ? m.importBad : m.stateBad;
      problems = notice.problems.map((p) => problemMessage(p, t, notice.where));
      break;
    case 'kept-both':
      words = `${fill(m.keptBoth, { key: notice.key })}${notice.conflicts ? ` ${plural(o.locale, notice.conflicts, m.keptBothConflicts)}` : ''}`;
      break;
    case 'undone':
      words = plural(o.locale, notice.n, m.undone);
      break;
    default:
      words = `${plural(o.locale, notice.n, m.imported)}${notice.changes.length ? '' : ` ${m.importedNone}`}`;
      problems = notice.changes.slice(0, 10).map((c) => change(c, m));
      if (notice.changes.length > 10) problems.push(fill(m.moreChanges, { n: notice.changes.length - 10 }));
  }
  const undo = notice.kind === 'imported' && notice.changes.length;
  return html`<div part="notice" class="notice ${error ? 'notice--error' : ''}" role=${error ? 'alert' : 'status'} data-kind=${notice.kind}>
    <p>${words}</p>
    ${problems.length ? html`<ul class="problems">${problems.slice(0, 11).map((p) => html`<li>${p}</li>`)}</ul>` : nothing}
    ${undo ? html`<button type="button" class="button" data-undo @click=${o.onUndo}>${m.undo}</button>` : nothing}
  </div>`;
}

export function renderSection(s: SectionView, o: ViewOptions): TemplateResult {
  const id = `s${s.index}`;
  return html`<section part="section" class="section" data-section=${s.id} aria-labelledby=${id}>
    <div class="section__head">
      ${headingAt(o.level, s.title, 'section-heading', id, 'section__title')}
      <p part="section-progress-text" class="section__progress" id="${id}-progress">${s.text}</p>
      ${s.tally.total
        ? html`<progress part="section-progress" class="progress" value=${s.tally.done} max=${s.tally.total} aria-labelledby="${id} ${id}-progress"></progress>`
        : nothing}
    </div>
    ${s.items.length ? html`<ul class="items" role="list">${items(s.items, o)}</ul>` : html`<p>${o.m.noItems}</p>`}
  </section>`;
}
