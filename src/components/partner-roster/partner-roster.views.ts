/** The roster as a table (wide containers) or as cards (narrow ones), read from the view model. */
import { html, nothing, svg } from 'lit';
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
  /** With rows not drawn yet: every row's count, the header's included (`aria-rowcount`). */
  rowCount?: number | undefined;
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

export function renderTable(view: RosterView, o: ViewOptions) {
  const c = o.m.columns;
  const columns = view.manyPartnerships ? 7 : 6;
  const row = (v: RowView) => html`<tr data-code=${v.row.code} ?data-flagged=${v.row.flags.length > 0} ?data-highlighted=${v.row.code === o.council}>
    <th scope="row">${council(v, o)} ${flags(v, o)}</th>
    ${view.manyPartnerships ? html`<td>${v.row.partnership?.name ?? ''}</td>` : nothing}
    <td>${role(v)}</td>
    <td class="num">${v.share} ${shareBar(v.shareFill)}</td>
    <td>${v.row.services.join(', ')}</td>
    <td>${v.joined}</td>
    <td>${contact(v)}</td>
  </tr>`;
  const group = (g: GroupView) => html`<tbody>
    ${g.label ? html`<tr class="group"><th scope="rowgroup" colspan=${columns}>${g.label}</th></tr>` : nothing}
    ${g.rows.map(row)}
  </tbody>`;
  return html`<div class="wrap">
    <table part="table" aria-rowcount=${o.rowCount ?? nothing}>
      <caption>${o.caption}</caption>
      <thead>
        <tr>
          ${header('council', c.council, o)} ${view.manyPartnerships ? header('partnership', c.partnership, o) : nothing}
          ${header('role', c.role, o)} ${header('share', c.share, o, true)} ${header('services', c.services, o)}
          ${header('joined', c.joined, o)} ${header('contact', c.contact, o)}
        </tr>
      </thead>
      ${view.groups.map(group)}
    </table>
  </div>`;
}

export function renderCards(view: RosterView, o: ViewOptions) {
  const c = o.m.columns;
  const card = (v: RowView) => html`<li class="card" part="card" data-code=${v.row.code} ?data-flagged=${v.row.flags.length > 0} ?data-highlighted=${v.row.code === o.council}>
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
    ${view.groups.map(
      (g) => html`${g.label ? html`<p class="group-title">${g.label}</p>` : nothing}
        <ul class="cards">${g.rows.map(card)}</ul>`
    )}
  </div>`;
}
