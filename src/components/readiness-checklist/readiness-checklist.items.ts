/**
 * A section's items, drawn by Lit with a keyed `repeat` (by item id): when a checklist changes
 * (items added, removed or moved), each item keeps its own elements, so an open field, what is typed
 * in it and its focus stay with that item. (The directive this replaced cloned a prepared item and
 * reused rows by position, so an open field could pass to another item.) Every item holds its own
 * status control (five native radio buttons); the parts only some items show (what was recorded, the
 * open fields, who changed it, a conflict) are left out when not shown. Every string is set as text,
 * never parsed as HTML.
 */
import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ItemView } from './readiness-checklist.layout.js';
import type { ReadinessMessages } from './readiness-checklist.messages.js';
import { MAX_FIELD, STATUSES, type ItemState, type Status } from './readiness-checklist.state.js';

/**
 * An item's status control: its five native radios (in the order of STATUSES), each in its label,
 * written in the item's template without parts. As Lit parts they were fifteen an item (a name, a
 * `checked` and a word each), about half of all the parts of a 200-item checklist; this one element
 * part sets what changed, and names the group (`aria-labelledby`, the item label's id). Each radio's
 * `checked` is compared with the radio itself, not with what was last drawn, so a radio always shows
 * the item's status after any drawing. Words are set as text.
 */
class StatusRadios extends Directive {
  private inputs: HTMLInputElement[] = [];
  private words: Text[] = [];
  private labels?: Readonly<Record<Status, string>>;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('radios() goes on an element');
  }

  render(_name: string, _status: Status, _labels: Readonly<Record<Status, string>>): unknown {
    return noChange;
  }

  override update(part: ElementPart, [name, status, labels]: [string, Status, Readonly<Record<Status, string>>]): unknown {
    if (!this.inputs.length) {
      this.inputs = [...part.element.querySelectorAll('input')];
      // Each label's word goes in the text node after its radio (the template gives one).
      this.words = this.inputs.map((input) => (input.nextSibling instanceof Text ? input.nextSibling : input.parentNode!.appendChild(input.ownerDocument.createTextNode(''))));
    }
    // The group is named by the item's label, whose id is the radios' name.
    if (part.element.getAttribute('aria-labelledby') !== name) part.element.setAttribute('aria-labelledby', name);
    const relabel = labels !== this.labels;
    this.labels = labels;
    for (let i = 0; i < STATUSES.length; i++) {
      const input = this.inputs[i]!;
      const value = STATUSES[i]!;
      if (relabel) this.words[i]!.data = labels[value];
      if (input.name !== name) input.name = name;
      const checked = value === status;
      if (input.checked !== checked) input.checked = checked;
    }
    return noChange;
  }
}
const radios = directive(StatusRadios);

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

/**
 * The owner, evidence and note fields. Each holds at most MAX_FIELD characters, the most an answer
 * file may hold in a field: so nothing typed here makes a file that this checklist would refuse.
 */
function fields(v: ItemView, m: ReadinessMessages): TemplateResult {
  const id = `i${v.index}`;
  const a = v.answer;
  return html`<label for="${id}-owner">${m.owner}</label>
    <input part="owner" id="${id}-owner" data-field="owner" type="text" autocomplete="off" maxlength=${MAX_FIELD} aria-describedby=${id} .value=${a.owner ?? ''} />
    <label for="${id}-evidence">${m.evidence}</label>
    <span class="field-hint" id="${id}-evidence-hint">${m.evidenceHint}</span>
    <input part="evidence" id="${id}-evidence" data-field="evidence" type="text" inputmode="url" spellcheck="false" autocomplete="off" maxlength=${MAX_FIELD}
      aria-describedby="${id}-evidence-hint ${id}" .value=${a.evidence ?? ''} />
    <label for="${id}-note">${m.note}</label>
    <textarea part="note" id="${id}-note" data-field="note" rows="3" maxlength=${MAX_FIELD} aria-describedby=${id} .value=${a.note ?? ''}></textarea>`;
}

/** One item: its label (which also names its status group), status tag, hint, what was recorded, the radios, who changed it, the button that opens its fields, the fields, a conflict. */
function item(v: ItemView, o: ItemOptions): TemplateResult {
  const id = `i${v.index}`;
  const { status, owner, evidence, note } = v.answer;
  const open = o.open.has(v.id);
  const said = o.changed.get(v.id);
  const other = o.conflicts.get(v.id);
  const shownRecorded = (!open || o.printing) && Boolean(owner || evidence || note);
  const s = o.m.statuses;
  // Written without white space between elements, as the items were drawn before. The five status
  // radios (in the order of STATUSES) have no parts: one directive on their fieldset sets them. The
  // hint's element is always there (empty and not displayed without a hint): a template of its own
  // for each item cost more than the element. The tag is coloured by the item's data-status, and the
  // open fields and a conflict, rarely shown, share one part: each part costs every item.
  // prettier-ignore
  return html`<li part="item" class="item" data-item=${v.id} data-status=${status}><span class="item__label" id=${id}>${v.label}</span><strong part="tag" class="tag">${v.statusLabel}</strong><span class="item__hint">${v.hint ?? nothing}</span>${shownRecorded ? html`<dl class="recorded">${recorded(v, o.m)}</dl>` : nothing}<fieldset part="status" class="statuses item__control" data-field="status" ${radios(id, status, s)}><label><input type="radio" value="not-started"> </label><label><input type="radio" value="in-progress"> </label><label><input type="radio" value="done"> </label><label><input type="radio" value="not-applicable"> </label><label><input type="radio" value="cannot-start"> </label></fieldset>${said ? html`<div class="changed" part="changed">${said}</div>` : nothing}<button type="button" class="toggle link-button item__control" part="details" aria-expanded=${open ? 'true' : 'false'} aria-label="${o.m.details}: ${v.label}">${o.m.details}</button>${open || other ? html`${open ? html`<div class="fields">${fields(v, o.m)}</div>` : nothing}${other ? html`<div class="conflict" part="conflict">${conflict(v, other, o.m)}</div>` : nothing}` : nothing}</li>`;
}

/** The items of one section, as `<li>` elements keyed by item id: use inside a `<ul>`. */
export const items = (list: readonly ItemView[], o: ItemOptions) => repeat(list, (v) => v.id, (v) => item(v, o));
