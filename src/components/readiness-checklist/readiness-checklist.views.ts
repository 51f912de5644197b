/**
 * The checklist drawn from its view model: the progress summary, the notices, and each section with its
 * items. Every control is native (a radio group for the status: in Chromium 200 selects take three
 * times as long to create as 200 radio groups; inputs and a textarea for the rest); the
 * component listens for their events once, on the wrapper, and finds the item by `data-item`. Every
 * input is drawn again as it happens, so each control's last drawn value is what it shows (no `live()`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { problemMessage } from '../../data/problem.js';
import { fill, plural, type Locale, type Messages } from '../../i18n/messages.js';
import type { ChecklistView, ItemView, SectionView } from './readiness-checklist.layout.js';
import type { ReadinessMessages } from './readiness-checklist.messages.js';
import type { Notice } from './readiness-checklist.storage.js';

export interface ViewOptions {
  m: ReadinessMessages;
  t: Messages;
  locale: Locale;
  /** The level of section headings (one below the widget's heading). */
  level: number;
  /** Items whose note, owner and evidence fields are open (a button discloses them; `<details>` costs too much in a long list). */
  open: ReadonlySet<string>;
  printing: boolean;
  onGoTo: (index: number) => void;
}

function sectionHeading(level: number, id: string, title: string): TemplateResult {
  switch (level) {
    case 4:
      return html`<h4 part="section-heading" class="section__title" id=${id}>${title}</h4>`;
    case 5:
      return html`<h5 part="section-heading" class="section__title" id=${id}>${title}</h5>`;
    case 6:
      return html`<h6 part="section-heading" class="section__title" id=${id}>${title}</h6>`;
    default:
      return html`<h3 part="section-heading" class="section__title" id=${id}>${title}</h3>`;
  }
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
      words = `${fill(m.dropped, { ids: notice.ids.join(', ') })} ${kept(notice.aside)}`;
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
    default:
      words = plural(o.locale, notice.n, m.imported);
  }
  return html`<div part="notice" class="notice ${error ? 'notice--error' : ''}" role=${error ? 'alert' : 'status'} data-kind=${notice.kind}>
    <p>${words}</p>
    ${problems.length ? html`<ul class="problems">${problems.slice(0, 10).map((p) => html`<li>${p}</li>`)}</ul>` : nothing}
  </div>`;
}

/** What was recorded against an item, as text: shown when its fields are closed, and on paper. */
function recorded(v: ItemView, m: ReadinessMessages): TemplateResult | typeof nothing {
  const { owner, evidence, note } = v.answer;
  if (!owner && !evidence && !note) return nothing;
  return html`<dl class="recorded">
    ${owner ? html`<div><dt>${m.owner}</dt><dd>${owner}</dd></div>` : nothing}
    ${evidence ? html`<div><dt>${m.evidence}</dt><dd>${v.evidenceHref ? html`<a href=${v.evidenceHref}>${evidence}</a>` : evidence}</dd></div>` : nothing}
    ${note ? html`<div><dt>${m.note}</dt><dd class="note">${note}</dd></div>` : nothing}
  </dl>`;
}

function fields(v: ItemView, m: ReadinessMessages): TemplateResult {
  const id = `i${v.index}`;
  const a = v.answer;
  return html`<div class="fields">
    <label for="${id}-owner">${m.owner}</label>
    <input part="owner" id="${id}-owner" data-field="owner" type="text" autocomplete="off" aria-describedby=${id} .value=${a.owner ?? ''} />
    <label for="${id}-evidence">${m.evidence}</label>
    <span class="field-hint" id="${id}-evidence-hint">${m.evidenceHint}</span>
    <input part="evidence" id="${id}-evidence" data-field="evidence" type="text" inputmode="url" spellcheck="false" autocomplete="off"
      aria-describedby="${id}-evidence-hint ${id}" .value=${a.evidence ?? ''} />
    <label for="${id}-note">${m.note}</label>
    <textarea part="note" id="${id}-note" data-field="note" rows="3" aria-describedby=${id} .value=${a.note ?? ''}></textarea>
  </div>`;
}

function item(v: ItemView, o: ViewOptions): TemplateResult {
  const { m } = o;
  const id = `i${v.index}`;
  const open = o.open.has(v.id);
  const status = v.answer.status;
  // Kept flat (no wrappers; names from ids rather than hidden spans or a legend: the item's label,
  // just above, names its status group): element count is most of what 200 items cost to create.
  return html`<li part="item" class="item" data-item=${v.id} data-status=${status}>
    <span class="item__label" id=${id}>${v.label}</span>
    <strong part="tag" class="tag tag--${status}">${v.statusLabel}</strong>
    ${v.hint ? html`<span class="item__hint">${v.hint}</span>` : nothing}
    ${open && !o.printing ? nothing : recorded(v, m)}
    <fieldset part="status" class="statuses item__control" data-field="status" aria-labelledby=${id}>
      <label><input type="radio" name=${id} value="not-started" .checked=${status === 'not-started'} />${m.statuses['not-started']}</label>
      <label><input type="radio" name=${id} value="in-progress" .checked=${status === 'in-progress'} />${m.statuses['in-progress']}</label>
      <label><input type="radio" name=${id} value="done" .checked=${status === 'done'} />${m.statuses.done}</label>
      <label><input type="radio" name=${id} value="not-applicable" .checked=${status === 'not-applicable'} />${m.statuses['not-applicable']}</label>
      <label><input type="radio" name=${id} value="cannot-start" .checked=${status === 'cannot-start'} />${m.statuses['cannot-start']}</label>
    </fieldset>
    <button type="button" part="details" class="toggle link-button item__control" aria-expanded=${open ? 'true' : 'false'} aria-label="${m.details}: ${v.label}">${m.details}</button>
    ${open ? fields(v, m) : nothing}
  </li>`;
}

export function renderSection(s: SectionView, o: ViewOptions): TemplateResult {
  const id = `s${s.index}`;
  return html`<section part="section" class="section" data-section=${s.id} aria-labelledby=${id}>
    <div class="section__head">
      ${sectionHeading(o.level, id, s.title)}
      <p part="section-progress-text" class="section__progress" id="${id}-progress">${s.text}</p>
      ${s.tally.total
        ? html`<progress part="section-progress" class="progress" value=${s.tally.done} max=${s.tally.total} aria-labelledby="${id} ${id}-progress"></progress>`
        : nothing}
    </div>
    ${s.items.length ? html`<ul class="items" role="list">${s.items.map((v) => item(v, o))}</ul>` : html`<p>${o.m.noItems}</p>`}
  </section>`;
}
