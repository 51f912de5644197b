/**
 * A section's items, drawn by a directive that clones one prepared item per language and sets its
 * texts, rather than by a Lit template per item. Every item holds its own status control (five
 * native radio buttons), and creating those 1,000 inputs for 200 items is most of what a first
 * render costs; a template per item, with its 28 bindings and their markers, added about 40% to it
 * (measured in one browser session, 200 items: 13–20 ms with a template per item, 10–14 ms with
 * this). The parts only some items show (what was recorded; the open fields) are still Lit
 * templates, each rendered into its own element. Every string is set as text, never parsed as HTML.
 */
import { html, noChange, nothing, render, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import type { ItemView } from './readiness-checklist.layout.js';
import type { ReadinessMessages } from './readiness-checklist.messages.js';
import { NOT_STARTED, STATUSES, type ItemState, type Status } from './readiness-checklist.state.js';

export interface ItemOptions {
  m: ReadinessMessages;
  /** Items whose note, owner and evidence fields are open (a button discloses them; `<details>` costs too much in a long list). */
  open: ReadonlySet<string>;
  printing: boolean;
  /** Items changed here and elsewhere in one field: the other version. */
  conflicts: ReadonlyMap<string, ItemState>;
  /** Who last changed each item and when, as a shared store says (in words). */
  changed: ReadonlyMap<string, unknown>;
}

/** What was recorded against an item, as text: shown when its fields are closed, and on paper. */
function recorded(v: ItemView, m: ReadinessMessages): TemplateResult {
  const { owner, evidence, note } = v.answer;
  return html`${owner ? html`<div><dt>${m.owner}</dt><dd>${owner}</dd></div>` : nothing}
    ${evidence ? html`<div><dt>${m.evidence}</dt><dd>${v.evidenceHref ? html`<a href=${v.evidenceHref}>${evidence}</a>` : evidence}</dd></div>` : nothing}
    ${note ? html`<div><dt>${m.note}</dt><dd class="note">${note}</dd></div>` : nothing}`;
}

/** Both versions of an item changed here and elsewhere, and the buttons that keep one. */
function conflict(v: ItemView, other: ItemState, m: ReadinessMessages): TemplateResult {
  const side = (title: string, a: ItemState) =>
    html`<div class="conflict__version">
      <p class="conflict__title">${title}: ${m.statuses[a.status]}</p>
      ${a.owner || a.evidence || a.note
        ? html`<dl>
            ${a.owner ? html`<div><dt>${m.owner}</dt><dd>${a.owner}</dd></div>` : nothing}
            ${a.evidence ? html`<div><dt>${m.evidence}</dt><dd>${a.evidence}</dd></div>` : nothing}
            ${a.note ? html`<div><dt>${m.note}</dt><dd class="note">${a.note}</dd></div>` : nothing}
          </dl>`
        : nothing}
    </div>`;
  return html`<p>${m.conflict}</p>
    ${side(m.thisVersion, v.answer)} ${side(m.otherVersion, other)}
    <div class="form-row">
      <button type="button" class="button" data-pick="mine" aria-label="${m.keepThis}: ${v.label}">${m.keepThis}</button>
      <button type="button" class="button" data-pick="theirs" aria-label="${m.keepOther}: ${v.label}">${m.keepOther}</button>
    </div>`;
}

function fields(v: ItemView, m: ReadinessMessages): TemplateResult {
  const id = `i${v.index}`;
  const a = v.answer;
  return html`<label for="${id}-owner">${m.owner}</label>
    <input part="owner" id="${id}-owner" data-field="owner" type="text" autocomplete="off" aria-describedby=${id} .value=${a.owner ?? ''} />
    <label for="${id}-evidence">${m.evidence}</label>
    <span class="field-hint" id="${id}-evidence-hint">${m.evidenceHint}</span>
    <input part="evidence" id="${id}-evidence" data-field="evidence" type="text" inputmode="url" spellcheck="false" autocomplete="off"
      aria-describedby="${id}-evidence-hint ${id}" .value=${a.evidence ?? ''} />
    <label for="${id}-note">${m.note}</label>
    <textarea part="note" id="${id}-note" data-field="note" rows="3" aria-describedby=${id} .value=${a.note ?? ''}></textarea>`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, part?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (part) e.setAttribute('part', part);
  return e;
}

/**
 * One item, kept flat (element count is most of what an item costs): its label, which also names its
 * status group; its status as a tag; its hint; the radio buttons; the button that opens its fields.
 * It is prepared as a closed, not-started item with a hint, the commonest first drawing, so that
 * drawing one like it sets only its texts and names.
 */
const prepared = new WeakMap<ReadinessMessages, HTMLLIElement>();
function preparedItem(m: ReadinessMessages): HTMLLIElement {
  let li = prepared.get(m);
  if (li) return li;
  li = element('li', 'item', 'item');
  li.dataset['status'] = NOT_STARTED.status;
  const tag = element('strong', `tag tag--${NOT_STARTED.status}`, 'tag');
  tag.textContent = m.statuses[NOT_STARTED.status];
  const group = element('fieldset', 'statuses item__control', 'status');
  group.dataset['field'] = 'status';
  for (const status of STATUSES) {
    const radio = element('input');
    radio.type = 'radio';
    radio.value = status;
    radio.checked = status === NOT_STARTED.status;
    const label = element('label');
    label.append(radio, m.statuses[status]);
    group.append(label);
  }
  const toggle = element('button', 'toggle link-button item__control', 'details');
  toggle.type = 'button';
  toggle.setAttribute('aria-expanded', 'false');
  toggle.textContent = m.details;
  li.append(element('span', 'item__label'), tag, element('span', 'item__hint'), group, toggle);
  prepared.set(m, li);
  return li;
}

/** An item's elements, and what was last drawn in them (rows are reused by position, as Lit reuses a list's templates). */
class Row {
  // Declared, not defined: each is set in the constructor or when first needed.
  declare readonly li: HTMLLIElement;
  declare readonly label: HTMLElement;
  declare readonly tag: HTMLElement;
  declare readonly group: HTMLFieldSetElement;
  declare readonly radios: HTMLInputElement[];
  declare readonly toggle: HTMLButtonElement;
  declare readonly hint: HTMLElement;
  declare recorded?: HTMLElement;
  declare fields?: HTMLElement;
  declare conflict?: HTMLElement;
  declare changed?: HTMLElement;
  /** As prepared: not started, closed, with an empty hint. */
  private declare drawn: { id?: string; index?: number; label?: string; hint?: string | undefined; status: Status; statusLabel: string; open: boolean };

  constructor(m: ReadinessMessages) {
    // Walked from sibling to sibling: a third cheaper than `children` and `querySelectorAll`.
    const li = (this.li = preparedItem(m).cloneNode(true) as HTMLLIElement);
    this.label = li.firstElementChild as HTMLElement;
    this.tag = this.label.nextElementSibling as HTMLElement;
    this.hint = this.tag.nextElementSibling as HTMLElement;
    this.group = this.hint.nextElementSibling as HTMLFieldSetElement;
    this.toggle = this.group.nextElementSibling as HTMLButtonElement;
    this.radios = [];
    for (let label = this.group.firstElementChild; label; label = label.nextElementSibling) this.radios.push(label.firstChild as HTMLInputElement);
    this.drawn = { status: NOT_STARTED.status, statusLabel: m.statuses[NOT_STARTED.status], open: false, hint: '' };
  }

  draw(v: ItemView, o: ItemOptions): void {
    const d = this.drawn;
    const { status, owner, evidence, note } = v.answer;
    const open = o.open.has(v.id);
    if (d.id !== v.id) this.li.setAttribute('data-item', v.id);
    if (d.index !== v.index) {
      const id = `i${v.index}`;
      this.label.id = id;
      this.group.setAttribute('aria-labelledby', id);
      for (const radio of this.radios) radio.name = id;
    }
    if (d.label !== v.label) {
      this.label.textContent = v.label;
      this.toggle.setAttribute('aria-label', `${o.m.details}: ${v.label}`);
    }
    if (d.status !== status) {
      this.li.setAttribute('data-status', status);
      this.tag.className = `tag tag--${status}`;
      for (const radio of this.radios) radio.checked = radio.value === status;
    }
    if (d.statusLabel !== v.statusLabel) this.tag.textContent = v.statusLabel;
    if (d.hint !== v.hint) {
      if (!v.hint) this.hint.remove();
      else {
        this.hint.textContent = v.hint;
        if (this.hint.parentNode !== this.li) this.tag.after(this.hint);
      }
    }
    if (d.open !== open) this.toggle.setAttribute('aria-expanded', String(open));
    d.id = v.id;
    d.index = v.index;
    d.label = v.label;
    d.hint = v.hint;
    d.status = status;
    d.statusLabel = v.statusLabel;
    d.open = open;
    const showRecorded = (!open || o.printing) && Boolean(owner || evidence || note);
    if (showRecorded || this.recorded) this.recorded = this.part(this.recorded, showRecorded, 'dl', 'recorded', (dl) => this.group.before(dl), () => recorded(v, o.m));
    if (open || this.fields) this.fields = this.part(this.fields, open, 'div', 'fields', (div) => this.toggle.after(div), () => fields(v, o.m));
    const said = o.changed.get(v.id);
    if (said || this.changed) this.changed = this.part(this.changed, Boolean(said), 'div', 'changed', (div) => this.toggle.before(div), () => html`${said}`, 'changed');
    const other = o.conflicts.get(v.id);
    if (other || this.conflict)
      this.conflict = this.part(this.conflict, Boolean(other), 'div', 'conflict', (div) => this.li.append(div), () => conflict(v, other!, o.m), 'conflict');
  }

  /** A part only some items show: its element is added, drawn by Lit, or taken away. */
  private part(
    host: HTMLElement | undefined,
    shown: boolean,
    tag: 'dl' | 'div',
    className: string,
    place: (e: HTMLElement) => void,
    content: () => TemplateResult,
    partName?: string
  ) {
    if (!shown) return void host?.remove();
    if (!host) place((host = element(tag, className, partName)));
    render(content(), host);
    return host;
  }
}

class ItemsDirective extends Directive {
  private rows: Row[] = [];
  private m?: ReadinessMessages;

  render(_items: readonly ItemView[], _o: ItemOptions): unknown {
    return noChange;
  }

  override update(part: ChildPart, [items, o]: [readonly ItemView[], ItemOptions]): unknown {
    // In another language every row is made again (their radio buttons' words are built in).
    const fresh = this.m !== o.m;
    const old = fresh ? [] : this.rows;
    this.m = o.m;
    this.rows = items.map((v, i) => {
      const row = old[i] ?? new Row(o.m);
      row.draw(v, o);
      return row;
    });
    for (const row of old.slice(items.length)) row.li.remove();
    const added = this.rows.slice(old.length).map((row) => row.li);
    if (fresh) {
      const list = document.createDocumentFragment();
      list.append(...added);
      return list;
    }
    for (const li of added) part.parentNode.insertBefore(li, part.endNode);
    return noChange;
  }
}
/** The items of one section, as `<li>` elements: use inside a `<ul>`. */
export const items = directive(ItemsDirective);
