/**
 * The loading, error, empty and "left out" states every widget shows, as parts. Problems are shown
 * as text: at most ten, then a count of the rest.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DataController } from '../controllers/data-controller.js';
import { plural, type Locale, type Messages } from '../i18n/messages.js';

const SHOWN = 10;

function problemList(messages: string[], locale: Locale, t: Messages): TemplateResult {
  const rest = messages.length - SHOWN;
  return html`<ul class="problems">
    ${messages.slice(0, SHOWN).map((m) => html`<li>${m}</li>`)}
    ${rest > 0 ? html`<li>${plural(locale, rest, t.moreProblems)}</li>` : nothing}
  </ul>`;
}

/** The error part, with its problems in words (also for problems with attributes, such as `currency`). */
export function renderError(messages: string[], t: Messages, locale: Locale): TemplateResult {
  return html`<div part="error" class="state state--error" role="alert">
    <p class="state__title">${t.errorHeading}</p>
    ${problemList(messages, locale, t)}
  </div>`;
}

/**
 * The state to show instead of the widget's content, or `undefined` when it has data to draw.
 * `emptyText` says what the widget needs.
 */
export function renderState<T>(
  data: DataController<T>,
  t: Messages,
  locale: Locale,
  emptyText = t.empty
): TemplateResult | undefined {
  switch (data.status) {
    case 'loading':
      return html`<div part="loading" class="state state--loading">${t.loading}</div>`;
    case 'error':
      return renderError(data.messages(), t, locale);
    case 'empty':
      return html`<div part="empty" class="state state--empty">${emptyText}</div>`;
    default:
      return undefined;
  }
}

/**
 * What was left out of usable data, and what to check in it (a retired council code, say), listed
 * under the widget.
 */
export function renderSkipped<T>(data: DataController<T>, t: Messages, locale: Locale): TemplateResult | typeof nothing {
  if (data.status !== 'ready' || !data.problems.length) return nothing;
  const problems = data.problems;
  const skipped = problems.filter((p) => !p.warning);
  const warnings = problems.filter((p) => p.warning);
  return html`<div part="warnings" class="state state--warnings" role="status">
    ${skipped.length ? html`<p class="state__title">${t.skippedHeading}</p>${problemList(data.messages(skipped), locale, t)}` : nothing}
    ${warnings.length ? html`<p class="state__title">${t.warningsHeading}</p>${problemList(data.messages(warnings), locale, t)}` : nothing}
  </div>`;
}

/**
 * A heading element at `level`, `h2` to `h6` (anything else is `h2`): a template cannot bind a tag
 * name, so every heading a widget draws goes through this one switch.
 */
export function headingAt(level: number, text: string, part: string, id?: string, className?: string): TemplateResult {
  const i = id ?? nothing;
  const c = className ?? nothing;
  switch (level) {
    case 3:
      return html`<h3 part=${part} class=${c} id=${i}>${text}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${c} id=${i}>${text}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${c} id=${i}>${text}</h5>`;
    case 6:
      return html`<h6 part=${part} class=${c} id=${i}>${text}</h6>`;
    default:
      return html`<h2 part=${part} class=${c} id=${i}>${text}</h2>`;
  }
}

/** The widget's heading at the level the page needs (`heading-level`, 2 to 6; 2 by default). */
export function renderHeading(text: string | null | undefined, level: number) {
  return text ? headingAt(level, text, 'heading') : nothing;
}
