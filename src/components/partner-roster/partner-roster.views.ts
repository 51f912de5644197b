/** The roster as a table (wide containers) or as cards (narrow ones), read from the view model. */
import { html, nothing, svg } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { problemMessage } from '../../data/problem.js';
import type { Messages } from '../../i18n/messages.js';
import type { GroupView, RosterView, RowView, SortKey } from './partner-roster.layout.js';
import type { RosterMessages } from './partner-roster.messages.js';

export interface ViewOptions {
  m: RosterMessages;
  t: Messages;
  caption: string;
  sort: SortKey;
  descending: boolean;
  onSort: (key: SortKey) => void;
  onSelect: (code: string) => void;
  /** The GSS code of a council to highlight. */
  council: string | null;
  /**
   * Rows shown now: those after this many are in the page but hidden until a later frame (a
   * re-sorted, filtered or regrouped page, see the element's `SHOW_AT_ONCE`). All when not given.
   */
  visible?: number | undefined;
  /** With rows not drawn yet: every row's count, the header's included (`aria-rowcount`). */
  rowCount?: number | undefined;
  /**
   * A window of a long roster: the space (CSS pixels) kept for the rows before and after it. Each
   * drawn row then says where it is (`aria-rowindex`, `aria-posinset`).
   */
  window?: { before: number; after: number } | undefined;
}

/**
 * Space for rows not drawn: hidden from assistive technology, which has the count and positions.
 * Its height (`data-height`) is applied through the CSS object model by the element (`sizeSpacers`),
 * which a strict style-src allows where a style attribute is refused.
 */
const spacer = (height: number, columns: number, where: 'before' | 'after') =>
  html`<tbody class="spacer ${where}" aria-hidden="true"><tr><td colspan=${columns} data-height=${height}></td></tr></tbody>`;
const spacerBlock = (height: number, where: 'before' | 'after') => html`<div class="spacer ${where}" aria-hidden="true" data-height=${height}></div>`;

/** Gives each spacer in `root` its height (see `spacer`). */
export function sizeSpacers(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-height]')) el.style.height = `${el.dataset.height}px`;
}

/**
 * Counts the rows as they are drawn, in order: `later()` says whether this row is one of those shown
 * in a later frame (`ViewOptions.visible`), `peek()` the same for the next row (a group's heading).
 */
function laterRows(o: ViewOptions): { (): boolean; peek(): boolean } {
  const visible = o.visible ?? Infinity;
  let n = 0;
  return Object.assign(() => n++ >= visible, { peek: () => n >= visible });
}

const BAR = 60;
const shareBar = (fill: number | undefined) =>
  fill === undefined
    ? nothing
    : html`<svg class="bar" width=${BAR} height="8" aria-hidden="true" focusable="false">
        ${svg`<rect width=${BAR} height="8"></rect><rect width=${fill * BAR} height="8"></rect>`}
      </svg>`;

function contact(v: RowView) {
  const c = v.row.contact;
  return html`<div class="contact">
    ${c.name ? html`<span>${c.name}</span>` : nothing}
    ${c.email ? (c.emailHref ? html`<a href=${c.emailHref}>${c.email}</a>` : html`<span>${c.email}</span>`) : nothing}
    ${c.phone ? (c.phoneHref ? html`<a href=${c.phoneHref}>${c.phone}</a>` : html`<span>${c.phone}</span>`) : nothing}
  </div>`;
}

function flags(v: RowView, o: ViewOptions) {
  if (!v.row.flags.length && !v.row.illustrative) return nothing;
  return html`${v.row.illustrative ? html`<span class="tag">${o.m.illustrative}</span>` : nothing}
    ${v.row.flags.length
      ? html`<div class="flag">${o.m.flagged}
          <ul>${v.row.flags.map((p) => html`<li>${problemMessage(p, o.t)}</li>`)}</ul>
        </div>`
      : nothing}`;
}

const council = (v: RowView, o: ViewOptions) =>
  html`<button type="button" class="council link-button" aria-current=${v.row.code === o.council ? 'true' : nothing} @click=${() => o.onSelect(v.row.code)}>${v.row.name}</button>
    <span class="code">${v.row.code}</span>${v.row.code === o.council ? html` <span class="tag">${o.m.highlighted}</span>` : nothing}`;

const role = (v: RowView) => (v.row.role ? html`<span class="tag role-${v.row.role}">${v.role}</span>` : nothing);

function header(key: SortKey, label: string, o: ViewOptions, numeric = false) {
  const sorted = o.sort === key ? (o.descending ? 'descending' : 'ascending') : nothing;
  return html`<th scope="col" class=${numeric ? 'num' : ''} aria-sort=${sorted}>
    <button type="button" class="sort link-button" @click=${() => o.onSort(key)}>${label}</button>
  </th>`;
}

/**
 * Column widths (%), given rather than worked out from every cell (the table's layout is fixed): a
 * sort at 10,000 partners redraws 50 rows and relaid them out in about twice the time, and columns
 * keep their widths as rows change. `width` on `col` is a presentational hint, which a strict
 * style-src allows. Council, (partnership,) role, share, services, joined, contact.
 */
const WIDTHS = [22, 11, 12, 14, 14, 27].map((w) => `${w}%`);
const WIDTHS_MANY = [18, 14, 10, 10, 13, 12, 23].map((w) => `${w}%`);

export function renderTable(view: RosterView, o: ViewOptions) {
  const c = o.m.columns;
  const columns = view.manyPartnerships ? 7 : 6;
  const w = o.window;
  const later = laterRows(o);
  // aria-rowindex counts from 1, the header row first.
  const row = (v: RowView, i: number) => html`<tr data-code=${v.row.code} data-index=${w ? i : nothing} aria-rowindex=${w ? i + 2 : nothing} ?hidden=${later()} ?data-flagged=${v.row.flags.length > 0} ?data-highlighted=${v.row.code === o.council}>
    <th scope="row">${council(v, o)} ${flags(v, o)}</th>
    ${view.manyPartnerships ? html`<td>${v.row.partnership?.name ?? ''}</td>` : nothing}
    <td>${role(v)}</td>
    <td class="num">${v.share} ${shareBar(v.shareFill)}</td>
    <td>${v.row.services.join(', ')}</td>
    <td>${v.joined}</td>
    <td>${contact(v)}</td>
  </tr>`;
  const group = (g: GroupView) => html`<tbody>
    ${g.label ? html`<tr class="group" aria-rowindex=${w ? g.labelIndex + 2 : nothing} ?hidden=${later.peek()}><th scope="rowgroup" colspan=${columns}>${g.label}</th></tr>` : nothing}
    ${w ? repeat(g.rows, (v) => v.row.key, (v, i) => row(v, g.index + i)) : g.rows.map((v, i) => row(v, g.index + i))}
  </tbody>`;
  return html`<div class="wrap">
    <table part="table" aria-rowcount=${o.rowCount ?? nothing}>
      <caption>${o.caption}</caption>
      <colgroup>
        ${(view.manyPartnerships ? WIDTHS_MANY : WIDTHS).map((w) => html`<col width=${w} />`)}
      </colgroup>
      <thead>
        <tr>
          ${header('council', c.council, o)} ${view.manyPartnerships ? header('partnership', c.partnership, o) : nothing}
          ${header('role', c.role, o)} ${header('share', c.share, o, true)} ${header('services', c.services, o)}
          ${header('joined', c.joined, o)} ${header('contact', c.contact, o)}
        </tr>
      </thead>
      ${w ? spacer(w.before, columns, 'before') : nothing} ${view.groups.map(group)} ${w ? spacer(w.after, columns, 'after') : nothing}
    </table>
  </div>`;
}

export function renderCards(view: RosterView, o: ViewOptions) {
  const c = o.m.columns;
  const w = o.window;
  const later = laterRows(o);
  // A windowed list says how long it is and where each drawn card is in it.
  const card = (v: RowView, i: number, g: GroupView) => html`<li class="card" part="card" data-code=${v.row.code} data-index=${w ? i : nothing} aria-setsize=${w ? g.size : nothing} aria-posinset=${w ? i - g.first + 1 : nothing} ?hidden=${later()} ?data-flagged=${v.row.flags.length > 0} ?data-highlighted=${v.row.code === o.council}>
    ${council(v, o)} ${flags(v, o)}
    <dl>
      ${view.manyPartnerships ? html`<dt>${c.partnership}</dt><dd>${v.row.partnership?.name ?? ''}</dd>` : nothing}
      ${v.row.role ? html`<dt>${c.role}</dt><dd>${role(v)}</dd>` : nothing}
      ${v.share ? html`<dt>${c.share}</dt><dd>${v.share} ${shareBar(v.shareFill)}</dd>` : nothing}
      ${v.row.services.length ? html`<dt>${c.services}</dt><dd>${v.row.services.join(', ')}</dd>` : nothing}
      ${v.joined ? html`<dt>${c.joined}</dt><dd>${v.joined}</dd>` : nothing}
      <dt>${c.contact}</dt><dd>${contact(v)}</dd>
    </dl>
  </li>`;
  return html`<div part="cards" aria-label=${o.caption} role="region">
    ${w ? spacerBlock(w.before, 'before') : nothing}
    ${view.groups.map(
      (g) => html`${g.label ? html`<p class="group-title" ?hidden=${later.peek()}>${g.label}</p>` : nothing}
        <ul class="cards">${w ? repeat(g.rows, (v) => v.row.key, (v, i) => card(v, g.index + i, g)) : g.rows.map((v, i) => card(v, g.index + i, g))}</ul>`
    )}
    ${w ? spacerBlock(w.after, 'after') : nothing}
  </div>`;
}
