import { html, nothing, type PropertyDeclarations } from 'lit';
import { DataController, INLINE } from '../../controllers/data-controller.js';
import { PrintController } from '../../controllers/print-controller.js';
import { RevealController } from '../../controllers/reveal-controller.js';
import { download } from '../../core/download.js';
import { SharedElement } from '../../core/shared-element.js';
import { renderHeading, renderState } from '../../core/states.js';
import { dateTimeFormat } from '../../format/intl.js';
import { fill, plural } from '../../i18n/messages.js';
import { ChecklistAnswers, MAX_IMPORT_BYTES } from './readiness-checklist.answers.js';
import { builtinChecklist } from './readiness-checklist.builtin.js';
import { checklistReader, type Checklist, type ChecklistInput } from './readiness-checklist.data.js';
import { fileName, stateCsv, stateJson } from './readiness-checklist.export.js';
import { layoutChecklist, progressOf, type ChecklistView } from './readiness-checklist.layout.js';
import { readinessMessages, type ReadinessMessages } from './readiness-checklist.messages.js';
import { itemKey, STATUSES, type ChecklistState, type ItemState, type Status } from './readiness-checklist.state.js';
import { AnswersStore } from './readiness-checklist.store.js';
import { readinessChecklistStyles } from './readiness-checklist.styles.js';
import { renderNotice, renderSection, renderSummary, type ViewOptions } from './readiness-checklist.views.js';

/** Items drawn at first, and before each frame after, of a long checklist (`parts$`). */
const ITEMS_AT_ONCE = 40;

const FIELDS = ['note', 'owner', 'evidence'] as const;
type Field = (typeof FIELDS)[number];

/**
 * A readiness checklist for setting up a shared service, worked through by a project team and kept in
 * the browser. With no data it shows the built-in checklist, in English or Welsh.
 *
 * @tagname shared-readiness-checklist
 * @summary A readiness checklist for setting up a shared service, with progress that persists.
 *
 * @attr src - URL of a JSON checklist: `{ "id", "title", "sections": [{ "id", "title", "items": [{ "id", "label", "hint" }] }] }`.
 * @attr format - `json`: overrides the response's content type and the URL's extension.
 * @attr timeout - Seconds to wait for `src` before showing a message (default 15).
 * @attr refresh - Seconds between re-reading `src` for live data (off by default; a minute or more on busy pages). Unchanged files cost a 304; changes are announced politely; a hidden tab does not ask.
 * @attr storage-key - Keeps the answers in `localStorage` under this key (none: answers last until the page closes).
 * @attr store - URL of an answers store (docs/store-protocol.md): answers are read from it and each change sent to it, queued in the browser while it cannot be reached.
 * @attr heading - A heading above the checklist (default: the checklist's title).
 * @attr heading-level - The heading's level, 2 to 6 (default 2); sections are one level below.
 * @attr lang - `en-GB` (default) or `cy` for Welsh; otherwise the nearest `lang` on the page.
 *
 * @prop {unknown} data - The checklist, set from script. Wins over `src`.
 * @prop {Record<string, string>} storeHeaders - Headers sent with every request to `store` (a nonce or token).
 * @prop {ChecklistState | undefined} state - Every item's answer: `{ version: 1, checklist, items: { [id]: { status, note?, owner?, evidence? } }, savedAt? }`. Setting it replaces the answers and fires no event.
 *
 * @event shared-readiness-change - A user changed an answer or imported a file. `detail`: `{ state, progress }`.
 * @event shared-readiness-store-renew - The store answered 401 (or WordPress's 403 for an expired nonce). `detail.respondWith(promise)` takes a promise of new `storeHeaders`; the request is then repeated. Unanswered, the element fetches them from the `renew` address the store's 401 named, if any.
 * @event shared-data-load - The checklist was read. `detail`: `{ builtin: true }` or `{ builtin: false, checklist }`.
 * @event shared-data-error - The checklist could not be read. `detail`: `{ message, path?, problems }`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The heading.
 * @csspart toolbar - Download, import and print.
 * @csspart import - The file input that imports answers.
 * @csspart notice - A message about the answers (saving, importing); errors have `role="alert"`.
 * @csspart summary - Overall progress and what blocks readiness.
 * @csspart progress-text - Overall progress in words (`7 of 19 done (37%)`), announced as it changes.
 * @csspart progress - The overall progress bar (`<progress>` with value and max).
 * @csspart blockers - What blocks readiness: items not done, and buttons to the items that cannot start.
 * @csspart section - One section (`data-section` is its id).
 * @csspart section-heading - A section's heading.
 * @csspart section-progress-text - A section's progress in words.
 * @csspart section-progress - A section's progress bar.
 * @csspart item - One item (`data-item` is its id, `data-status` its status).
 * @csspart tag - An item's status as a tag, in words.
 * @csspart status - An item's status control (a radio group in a fieldset).
 * @csspart details - The button that shows or hides an item's note, owner and evidence (`aria-expanded`).
 * @csspart note - An item's note field.
 * @csspart owner - An item's owner field.
 * @csspart evidence - An item's evidence field.
 * @csspart store-status - How the shared store stands: "3 changes not yet saved", "All changes saved", or why not.
 * @csspart changed - Who last changed an item, and when, as the store says.
 * @csspart conflict - Both versions of an item changed in two places, with the buttons that keep one.
 * @csspart print-date - The date, shown on paper.
 * @csspart loading - Shown while the checklist loads.
 * @csspart error - Shown when the checklist cannot be read (`role="alert"`).
 * @csspart empty - Shown when the checklist has no items.
 * @csspart refresh - Holds the live-data note and announcements (with `refresh`).
 * @csspart refresh-note - Says why the data could not be updated, when a refresh fails.
 *
 * @cssproperty --shared-readiness-checklist-accent - Progress bars and the edge of notes (default `--shared-color-accent`).
 * @cssproperty --shared-readiness-checklist-item-border - The line between items (default `--shared-color-border`).
 * @cssproperty --shared-readiness-checklist-blocked-color - The mark beside what blocks readiness (default `--shared-color-error`).
 */
export class SharedReadinessChecklist extends SharedElement {
  static override styles = readinessChecklistStyles;
  static override properties: PropertyDeclarations = {
    ...SharedElement.properties,
    storageKey: { type: String, attribute: 'storage-key' },
    store: { type: String },
    storeHeaders: { attribute: false }
  };

  declare storageKey: string | null;
  declare store: string | null;
  declare storeHeaders: Record<string, string>;
  private store$?: AnswersStore;

  private readonly data$ = new DataController<ChecklistInput>(this, checklistReader);
  private readonly print$ = new PrintController(this);
  /**
   * A long checklist is drawn a part a frame: whole sections up to `ITEMS_AT_ONCE` items at first, as
   * many more before each frame (RevealController), so that a 200-item list drawn by Lit's keyed
   * `repeat` (slower to draw at once than the cloning directive it replaced) never holds the page for
   * more than a frame's work. On paper, all at once. A new checklist starts again from its first part.
   */
  private readonly parts$ = new RevealController(this, ITEMS_AT_ONCE);
  private partsOf?: Checklist;
  private readonly answers = new ChecklistAnswers();
  private checklist?: Checklist;
  private view?: ChecklistView;
  /** Items whose note, owner and evidence fields are open. */
  private open = new Set<string>();

  constructor() {
    super();
    this.storageKey = null;
    this.store = null;
    this.storeHeaders = {};
    // A `state` a page set before the element was defined is an own property hiding the accessor:
    // taken off and given to it, so it is used and `state` reads the live answers from then on.
    if (Object.hasOwn(this, 'state')) {
      const early = (this as { state?: unknown }).state;
      delete (this as { state?: unknown }).state;
      this.state = early;
    }
    this.answers.onOutside = () => this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.answers.attach();
    this.store$?.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.answers.detach();
    this.store$?.stop();
  }

  get m(): ReadinessMessages {
    return readinessMessages[this.lang$.locale];
  }

  /** Every item's answer (undefined until there is a checklist). A copy: change answers by setting it. */
  get state(): ChecklistState | undefined {
    return this.answers.state;
  }

  set state(value: unknown) {
    this.answers.set(value, this.m.stateWhere);
    this.requestUpdate();
  }

  protected override willUpdate(): void {
    const input = this.data$.value;
    // Known at once, so the first render is the built-in list and nothing is loaded for a checklist not shown.
    const none = (this.data === undefined || this.data === null) && !this.src && !this.querySelector(INLINE)?.textContent?.trim();
    const builtin = none || input?.builtin;
    this.checklist = builtin ? builtinChecklist(this.lang$.locale) : this.data$.status === 'ready' && input && !input.builtin ? input.checklist : undefined;
    // A new checklist is drawn again from its first part.
    if (this.partsOf !== this.checklist) {
      this.partsOf = this.checklist;
      this.parts$.restart();
    }
    if (this.checklist) this.answers.use(this.checklist, this.storageKey || '');
    if ((this.store || undefined) !== this.store$?.url) this.useStore();
    if (this.checklist && this.store$?.status === 'ready') this.fromStore();
    this.view = this.checklist ? layoutChecklist(this.checklist, this.answers.answers, this.m, this.lang$.locale, this.lang$.intl) : undefined;
  }

  private useStore(): void {
    this.store$?.stop();
    this.store$ = this.store
      ? new AnswersStore(this.store, {
          headers: () => this.storeHeaders ?? {},
          // The page's answer to the event first; else the address the store named, if it did.
          renew: (fromServer) =>
            new Promise((resolve) => {
              let answered = false;
              const take = (p: Promise<Record<string, string> | undefined>) =>
                p.then((h) => resolve(h ? (this.storeHeaders = h) : undefined), () => resolve(undefined));
              const respondWith = (p: Promise<Record<string, string>>) => {
                answered = true;
                take(p);
              };
              this.dispatchEvent(new CustomEvent('shared-readiness-store-renew', { bubbles: true, composed: true, detail: { respondWith } }));
              if (!answered) take(fromServer ? fromServer() : Promise.resolve(undefined));
            }),
          changed: () => this.requestUpdate()
        })
      : undefined;
    this.offer = undefined;
    if (this.store$ && this.isConnected) this.store$.start();
  }

  /** Items whose history is shown. */
  private historyOpen = new Set<string>();

  /** Browser answers the store lacks, offered for saving when the store was first read. */
  private offer?: Map<string, ItemState>;

  /** Shows what the store holds, with this page's unsent changes over it. */
  private fromStore(): void {
    const store = this.store$!;
    const answers = new Map<string, ItemState>();
    for (const [id, s] of store.items) answers.set(id, s.answer);
    if (!this.offer) {
      // Offered once per storage key and store: afterwards the browser's copy is only older than the store's.
      // Not an item another user of this browser has a change queued for: the storage key holds that change too, and it is theirs to send.
      this.offer = this.offeredAlready()
        ? new Map()
        : new Map([...this.answers.answers].filter(([id, a]) => itemKey(a) !== itemKey(undefined) && itemKey(a) !== itemKey(answers.get(id)) && !store.othersItems.has(id)));
      if (!this.offer.size) this.markOffered();
    }
    for (const q of store.queue) answers.set(q.item, q.answer);
    this.answers.fromStore(answers, new Map([...store.conflicts].map(([id, s]) => [id, s.answer])));
  }

  /** Sends the browser's answers the store lacked (the offer) as changes. */
  private saveOffer(): void {
    for (const [id, answer] of this.offer ?? []) this.store$?.change(id, answer);
    this.offer = new Map();
    this.markOffered();
    this.requestUpdate();
  }

  /** Where the stores this storage key's answers were offered to are listed (`<key>#offered`). */
  private get offeredKey(): string {
    return `${this.storageKey}#offered`;
  }

  /** True when there is no storage key, or its answers were offered to this store before. */
  private offeredAlready(): boolean {
    if (!this.storageKey) return true;
    try {
      const list = JSON.parse(localStorage.getItem(this.offeredKey) ?? '[]') as unknown;
      return Array.isArray(list) && list.includes(this.store);
    } catch {
      return false;
    }
  }

  private markOffered(): void {
    if (!this.storageKey || !this.store || this.offeredAlready()) return;
    try {
      const list = JSON.parse(localStorage.getItem(this.offeredKey) ?? '[]') as unknown;
      localStorage.setItem(this.offeredKey, JSON.stringify([...(Array.isArray(list) ? list : []), this.store].slice(-20)));
    } catch {
      // Storage off or full: offered again next time (never dropped).
    }
  }

  private reveal = 0;

  /**
   * Items start with `content-visibility: auto` (a 200-item first render about 4 times faster), but
   * Chromium leaves skipped items' radios out of the accessibility tree; so after each drawing the
   * sections are laid out in full one a frame (`data-shown`), and within a few frames every item is
   * there for assistive technology without a long task.
   */
  protected override updated(): void {
    if (this.view && !this.print$.printing) this.parts$.more(this.view.sections.reduce((n, s) => n + s.items.length, 0));
    cancelAnimationFrame(this.reveal);
    const next = () => {
      const section = this.shadowRoot!.querySelector('.section:not([data-shown])');
      if (!section) return;
      section.setAttribute('data-shown', '');
      this.reveal = requestAnimationFrame(next);
    };
    this.reveal = requestAnimationFrame(next);
  }

  /** After a user's change: drawn, and announced with `shared-readiness-change`. */
  private changed(): void {
    this.requestUpdate();
    this.emit('shared-readiness-change', { state: this.state!, progress: progressOf(this.checklist!, this.answers.answers) });
  }

  /** Changes to any item's fields, heard once on the wrapper. */
  private readonly onEdit = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    // A radio's field is named on its fieldset.
    const field = (target.closest?.('[data-field]') as HTMLElement | null)?.dataset['field'];
    const id = target.closest?.('[data-item]')?.getAttribute('data-item');
    if (!field || id == null || !this.checklist) return;
    if (field === 'status') {
      if (event.type !== 'change' || !STATUSES.includes(target.value as Status)) return;
      this.answers.change(id, { status: target.value as Status });
      this.store$?.change(id, this.answers.answers.get(id)!);
      return this.changed();
    }
    if (!FIELDS.includes(field as Field)) return;
    // Every keystroke is kept, saved and drawn; a finished edit is announced.
    this.answers.change(id, { [field as Field]: target.value });
    if (event.type === 'change') {
      // Sent to the store when a field is left, not on every keystroke (the store limits changes a minute).
      this.store$?.change(id, this.answers.answers.get(id)!);
      this.changed();
    } else {
      this.store$?.change(id, this.answers.answers.get(id)!, false);
      this.requestUpdate();
    }
  };

  /** Shows or hides an item's fields (its button's clicks, heard once on the wrapper). */
  private readonly onToggle = (event: Event): void => {
    const history = (event.target as Element).closest?.('[data-history]');
    if (history) {
      const id = history.closest('[data-item]')?.getAttribute('data-item');
      if (id == null || !this.store$) return;
      if (!this.historyOpen.delete(id)) {
        this.historyOpen.add(id);
        void this.store$.loadHistory(id);
      }
      return this.requestUpdate();
    }
    const pick = (event.target as Element).closest?.('[data-pick]');
    if (pick) {
      const item = pick.closest('[data-item]')?.getAttribute('data-item');
      if (item == null) return;
      const which = pick.getAttribute('data-pick') === 'theirs' ? 'theirs' : 'mine';
      const other = this.store$?.conflicts.get(item);
      if (other) this.store$!.pick(item, which === 'theirs' ? other.answer : this.answers.answers.get(item)!);
      else this.answers.pick(item, which);
      return this.changed();
    }
    const id = (event.target as Element).closest?.('[part~="details"]')?.closest('[data-item]')?.getAttribute('data-item');
    if (id == null) return;
    this.open = new Set(this.open);
    if (!this.open.delete(id)) this.open.add(id);
    this.requestUpdate();
  };

  private readonly onImport = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    // Refused by its size before it is read: a 2 GB file is never read into memory.
    if (file.size > MAX_IMPORT_BYTES) {
      input.value = '';
      this.answers.tooLarge(file.name);
      return this.requestUpdate();
    }
    const text = await file.text();
    input.value = '';
    if (this.answers.import(text, file.name)) this.changed();
    else this.requestUpdate();
  };

  protected override render() {
    const state = this.checklist ? undefined : renderState(this.data$, this.t, this.lang$.locale, this.m.empty);
    return html`<section part="base" class="base" @change=${this.onEdit} @input=${this.onEdit} @click=${this.onToggle}>
      ${renderHeading(this.heading || this.view?.title, this.headingLevel)} ${state ?? this.renderChecklist()}
    </section>`;
  }

  private renderChecklist() {
    const m = this.m;
    const view = this.view!;
    const o: ViewOptions = {
      m,
      t: this.t,
      locale: this.lang$.locale,
      level: Math.min(Math.max(Math.trunc(this.headingLevel) || 2, 2), 5) + 1,
      open: this.open,
      printing: this.print$.printing,
      conflicts: this.answers.conflicts,
      changed: this.changedWords(),
      onUndo: () => {
        if (this.answers.undo()) this.changed();
      },
      onGoTo: (index) => this.renderRoot.querySelectorAll('[part~="item"]')[index]?.querySelector<HTMLInputElement>(':checked')?.focus()
    };
    const dates = dateTimeFormat(this.lang$.intl, { dateStyle: 'long' });
    const changed = this.answers.savedAt ? new Date(this.answers.savedAt) : undefined;
    return html`<div part="toolbar" class="form-row">
        <button type="button" class="button" @click=${() => this.exportJson()}>${m.downloadJson}</button>
        <button type="button" class="button" @click=${() => this.exportCsv()}>${m.downloadCsv}</button>
        <div class="import">
          <label for="import">${m.importJson}</label>
          <input part="import" id="import" type="file" accept=".json,application/json" @change=${this.onImport} />
        </div>
        <button type="button" class="button" data-print @click=${() => void this.printPaper()}>${m.print}</button>
      </div>
      <p part="print-date" class="print-date">
        ${fill(m.printed, { date: dates.format(new Date()) })}
        ${changed && !Number.isNaN(changed.getTime()) ? fill(m.changed, { date: dates.format(changed) }) : nothing}
      </p>
      ${this.renderStore()} ${this.answers.notices.map((n) => renderNotice(n, o))} ${renderSummary(view, o)}
      ${this.drawnSections(view).map((s) => renderSection(s, o))}`;
  }

  /** The sections drawn in this update: whole sections, up to the part's number of items (at least one section). */
  private drawnSections(view: ChecklistView): ChecklistView['sections'] {
    if (this.print$.printing) return view.sections;
    let items = 0;
    let n = 0;
    while (n < view.sections.length && (n === 0 || items + view.sections[n]!.items.length <= this.parts$.upTo)) items += view.sections[n++]!.items.length;
    return n === view.sections.length ? view.sections : view.sections.slice(0, n);
  }

  /** Each item's "Done · changed by A. Patel, 3 March 2026", as the store says, or why it refused it. */
  private changedWords(): Map<string, unknown> {
    const words = new Map<string, unknown>();
    const store = this.store$;
    if (!store) return words;
    const dates = dateTimeFormat(this.lang$.intl, { dateStyle: 'long' });
    for (const [id, s] of store.items) {
      const when = s.changedAt ? new Date(s.changedAt) : undefined;
      if (!s.changedBy) continue;
      words.set(id, fill(this.m.changedBy, { status: this.m.statuses[s.answer.status], who: s.changedBy, when: when && !Number.isNaN(when.getTime()) ? dates.format(when) : '' }));
    }
    for (const [id, why] of store.refused) words.set(id, `${words.get(id) ?? ''} ${fill(this.m.storeRefused, { why })}`.trim());
    const m = this.m;
    const labels = new Map(this.checklist?.sections.flatMap((s) => s.items.map((i) => [i.id, i.label] as const)));
    for (const [id, said] of words) {
      const open = this.historyOpen.has(id);
      const list = store.history.get(id);
      const shown = (open || this.print$.printing) && list;
      words.set(
        id,
        html`${said}
          <button type="button" class="link-button history-toggle" data-history aria-expanded=${open ? 'true' : 'false'} aria-label="${m.history}: ${labels.get(id) ?? id}">${m.history}</button>
          ${shown
            ? html`<ol class="history">
                ${list.map((h) => {
                  const when = new Date(h.changedAt);
                  return html`<li>${fill(m.historyLine, { from: m.statuses[h.from as Status] ?? h.from, to: m.statuses[h.to as Status] ?? h.to, who: h.changedBy, when: Number.isNaN(when.getTime()) ? '' : dates.format(when) })}</li>`;
                })}
              </ol>`
            : nothing}`
      );
    }
    return words;
  }

  private renderStore() {
    const store = this.store$;
    if (!store) return nothing;
    const m = this.m;
    const n = store.queue.length;
    const waiting = n ? plural(this.lang$.locale, n, m.notSaved) : store.status === 'ready' ? m.allSaved : '';
    const why = store.status === 'ready' || store.status === 'loading' ? '' : m.storeWhy[store.status];
    const others = store.othersQueued ? plural(this.lang$.locale, store.othersQueued, m.othersQueued) : '';
    const offer = this.offer?.size ?? 0;
    return html`<div part="store-status" class="notice ${store.status === 'forbidden' || store.status === 'signed-out' ? 'notice--error' : ''}" role="status" data-status=${store.status} data-queued=${n}>
      <p>${[why, waiting, others].filter(Boolean).join(' ')}</p>
      ${offer && store.status === 'ready'
        ? html`<p>${plural(this.lang$.locale, offer, m.offer)}</p>
            <button type="button" class="button" data-offer @click=${() => this.saveOffer()}>${plural(this.lang$.locale, offer, m.offerSave)}</button>`
        : nothing}
    </div>`;
  }

  /**
   * Prints the board paper: with a shared store, every answered item's history is read first (each
   * item's status from → to, who, when, as the store says), then the browser's print dialog opens and
   * the paper shows them all. Printing from the browser's menu prints the histories already read.
   */
  async printPaper(): Promise<void> {
    if (this.store$?.status === 'ready' || this.store$?.status === 'busy') await this.store$.loadAllHistory();
    await this.updateComplete;
    print();
  }

  /** The answers as JSON in the state format (it imports back), offered as a download. */
  exportJson(): Blob | undefined {
    const state = this.state;
    if (!state) return undefined;
    const blob = new Blob([stateJson(state)], { type: 'application/json' });
    download(fileName(this.checklist!, 'json'), blob);
    return blob;
  }

  /** The answers as CSV (`section,item,status,owner,note,evidence`), offered as a download. */
  exportCsv(): Blob | undefined {
    if (!this.checklist) return undefined;
    const blob = new Blob([stateCsv(this.checklist, this.answers.answers, this.m)], { type: 'text/csv' });
    download(fileName(this.checklist, 'csv'), blob);
    return blob;
  }
}
