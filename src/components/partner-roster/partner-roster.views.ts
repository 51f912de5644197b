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
  /** With rows not drawn yet: every row's count, the header's included (`aria-rowcount`). */
  rowCount?: number | undefined;
  /**
   * A window of a long roster: the space (CSS pixels) kept for the rows before and after it. Each
   * drawn row then says where it is (`aria-rowindex`, `aria-posinset`).
   */
  window?: { before: number; after: number } | undefined;
  /**
   * The table's row groups kept from one drawing to the next, by group key (see `tableBody`): rows
   * still shown stay in the page (and keep focus) rather than being made again.
   */
  bodies?: Map<string, HTMLTableSectionElement>;
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

/**
 * The rows of a page (not a window) of the table, made with DOM calls rather than a template per
 * cell: the same elements, attributes and text as `renderTable`'s rows (its test compares them),
 * in about a third of the time, which is most of a first drawing's script. Whitespace between
 * inline elements is kept as one space, so the text (and what a screen reader says) is the same.
 */
const doc = () => document;
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc().createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}
const space = () => doc().createTextNode(' ');
const SVG = 'http://www.w3.org/2000/svg';
/** The share bar's parts, made once per document and copied (making SVG elements one by one is slow). */
const bars = new WeakMap<Document, SVGSVGElement>();
function barNode(fill: number): SVGSVGElement {
  let bar = bars.get(doc());
  if (!bar) {
    bar = doc().createElementNS(SVG, 'svg');
    bar.setAttribute('class', 'bar');
    bar.setAttribute('width', String(BAR));
    bar.setAttribute('height', '8');
    bar.setAttribute('aria-hidden', 'true');
    bar.setAttribute('focusable', 'false');
    for (let i = 0; i < 2; i++) {
      const r = doc().createElementNS(SVG, 'rect');
      r.setAttribute('width', String(BAR));
      r.setAttribute('height', '8');
      bar.append(r);
    }
    bars.set(doc(), bar);
  }
  const copy = bar.cloneNode(true) as SVGSVGElement;
  (copy.lastChild as SVGRectElement).setAttribute('width', String(fill * BAR));
  return copy;
}

function contactNode(v: RowView): HTMLDivElement {
  const c = v.row.contact;
  const box = el('div', 'contact');
  const add = (text: string | undefined, href: string | undefined) => {
    if (!text) return;
    let e: HTMLElement;
    if (href) {
      e = el('a', undefined, text);
      e.setAttribute('href', href);
    } else e = el('span', undefined, text);
    box.append(space(), e);
  };
  add(c.name, undefined);
  add(c.email, c.emailHref);
  add(c.phone, c.phoneHref);
  return box;
}

function rowNode(v: RowView, o: ViewOptions, many: boolean): HTMLTableRowElement {
  const r = v.row;
  const tr = el('tr');
  tr.setAttribute('data-code', r.code);
  if (r.flags.length) tr.setAttribute('data-flagged', '');
  const highlighted = r.code === o.council;
  if (highlighted) tr.setAttribute('data-highlighted', '');
  const th = el('th');
  th.setAttribute('scope', 'row');
  const button = el('button', 'council link-button', r.name);
  button.type = 'button';
  if (highlighted) button.setAttribute('aria-current', 'true');
  th.append(button, space(), el('span', 'code', r.code));
  if (highlighted) th.append(space(), el('span', 'tag', o.m.highlighted));
  th.append(space());
  if (r.illustrative) th.append(el('span', 'tag', o.m.illustrative), space());
  if (r.flags.length) {
    const flag = el('div', 'flag', o.m.flagged);
    const list = el('ul');
    for (const p of r.flags) list.append(el('li', undefined, problemMessage(p, o.t)));
    flag.append(space(), list);
    th.append(flag);
  }
  // Spaces between the cells too: not drawn, but the row's text reads as the template's does.
  tr.append(th, space());
  if (many) tr.append(el('td', undefined, r.partnership?.name ?? ''), space());
  const role = el('td');
  if (r.role) role.append(el('span', `tag role-${r.role}`, v.role));
  const share = el('td', 'num', `${v.share} `);
  if (v.shareFill !== undefined) share.append(barNode(v.shareFill));
  const contact = el('td');
  contact.append(contactNode(v));
  tr.append(role, space(), share, space(), el('td', undefined, r.services.join(', ')), space(), el('td', undefined, v.joined), space(), contact);
  return tr;
}

/** What a row made by `rowNode` was made from: it is used again only when all of it is the same. */
interface Made {
  v: RowView;
  council: string | null;
  many: boolean;
  m: RosterMessages;
  t: Messages;
}
const made = new WeakMap<Element, Made>();
/** The choice each row group's clicks go to (the latest drawing's). */
const selects = new WeakMap<HTMLTableSectionElement, (code: string) => void>();

function groupRow(label: string, columns: number): HTMLTableRowElement {
  const tr = el('tr', 'group');
  const th = el('th', undefined, label);
  th.setAttribute('scope', 'rowgroup');
  th.setAttribute('colspan', String(columns));
  tr.append(th);
  return tr;
}

/**
 * A group of a page of the table: its `tbody`, kept from the drawing before when `o.bodies` has one
 * for the group, with the rows it still shows left in place (a row with focus keeps it) and others
 * made by `rowNode`. A row in two groups (grouped by service) is made twice.
 */
function tableBody(g: GroupView, o: ViewOptions, many: boolean, columns: number, used: Set<Element>): HTMLTableSectionElement {
  let body = o.bodies?.get(g.key);
  if (!body) {
    body = el('tbody');
    const self = body;
    body.addEventListener('click', (event) => {
      const button = (event.target as Element).closest?.('button.council');
      const code = button?.closest('tr')?.getAttribute('data-code');
      if (button && code && self.contains(button)) selects.get(self)?.(code);
    });
    o.bodies?.set(g.key, body);
  }
  selects.set(body, o.onSelect);
  const old = new Map<RowView, Element>();
  for (const child of body.children) {
    const k = made.get(child);
    if (k && k.council === o.council && k.many === many && k.m === o.m && k.t === o.t) old.set(k.v, child);
  }
  const want: Element[] = [];
  if (g.label) {
    const first = body.firstElementChild;
    want.push(first?.classList.contains('group') && first.textContent === g.label && first.firstElementChild?.getAttribute('colspan') === String(columns) ? first : groupRow(g.label, columns));
  }
  for (const v of g.rows) {
    let row = old.get(v);
    if (!row || used.has(row)) {
      row = rowNode(v, o, many);
      made.set(row, { v, council: o.council, many, m: o.m, t: o.t });
    }
    used.add(row);
    want.push(row);
  }
  // Only what differs moves: rows already in their place stay.
  want.forEach((row, i) => {
    const at = body.children[i];
    if (at !== row) body.insertBefore(row, at ?? null);
  });
  while (body.children.length > want.length) body.lastElementChild!.remove();
  return body;
}

export function renderTable(view: RosterView, o: ViewOptions) {
  const c = o.m.columns;
  const columns = view.manyPartnerships ? 7 : 6;
  const w = o.window;
  // aria-rowindex counts from 1, the header row first.
  const row = (v: RowView, i: number) => html`<tr data-code=${v.row.code} data-index=${w ? i : nothing} aria-rowindex=${w ? i + 2 : nothing} ?data-flagged=${v.row.flags.length > 0} ?data-highlighted=${v.row.code === o.council}>
    <th scope="row">${council(v, o)} ${flags(v, o)}</th>
    ${view.manyPartnerships ? html`<td>${v.row.partnership?.name ?? ''}</td>` : nothing}
    <td>${role(v)}</td>
    <td class="num">${v.share} ${shareBar(v.shareFill)}</td>
    <td>${v.row.services.join(', ')}</td>
    <td>${v.joined}</td>
    <td>${contact(v)}</td>
  </tr>`;
  // A page is made with DOM calls (see `rowNode`); a window of a long roster with a template per
  // row, keyed, so that scrolling moves rows rather than remaking them.
  const used = new Set<Element>();
  const bodies = w ? [] : view.groups.map((g) => tableBody(g, o, view.manyPartnerships, columns, used));
  if (o.bodies && !w) for (const key of [...o.bodies.keys()]) if (!view.groups.some((g) => g.key === key)) o.bodies.delete(key);
  const group = (g: GroupView) => html`<tbody>
    ${g.label ? html`<tr class="group" aria-rowindex=${w ? g.labelIndex + 2 : nothing}><th scope="rowgroup" colspan=${columns}>${g.label}</th></tr>` : nothing}
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
      ${w ? spacer(w.before, columns, 'before') : nothing} ${w ? view.groups.map(group) : bodies} ${w ? spacer(w.after, columns, 'after') : nothing}
    </table>
  </div>`;
}

export function renderCards(view: RosterView, o: ViewOptions) {
  const c = o.m.columns;
  const w = o.window;
  // A windowed list says how long it is and where each drawn card is in it.
  const card = (v: RowView, i: number, g: GroupView) => html`<li class="card" part="card" data-code=${v.row.code} data-index=${w ? i : nothing} aria-setsize=${w ? g.size : nothing} aria-posinset=${w ? i - g.first + 1 : nothing} ?data-flagged=${v.row.flags.length > 0} ?data-highlighted=${v.row.code === o.council}>
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
      (g) => html`${g.label ? html`<p class="group-title">${g.label}</p>` : nothing}
        <ul class="cards">${w ? repeat(g.rows, (v) => v.row.key, (v, i) => card(v, g.index + i, g)) : g.rows.map((v, i) => card(v, g.index + i, g))}</ul>`
    )}
    ${w ? spacerBlock(w.after, 'after') : nothing}
  </div>`;
}
