import { html, nothing, type PropertyDeclarations } from 'lit';
import { DataController } from '../../controllers/data-controller.js';
import { PrintController } from '../../controllers/print-controller.js';
import { WidthController } from '../../controllers/width-controller.js';
import { RevealController } from '../../controllers/reveal-controller.js';
import { download } from '../../core/download.js';
import { SharedElement } from '../../core/shared-element.js';
import { renderHeading, renderSkipped, renderState } from '../../core/states.js';
import { numberFormat } from '../../format/intl.js';
import { fill, plural, type PluralForms } from '../../i18n/messages.js';
import { afterOthers } from '../../scheduling/tasks.js';
import { checkMore, choosePartnership, rosterReader, unchecked, type RosterModel } from './partner-roster.data.js';
import { rosterCsv } from './partner-roster.export.js';
import { layoutRoster, prepareKeys, prepareRows, SORT_KEYS, type GroupBy, type RosterOptions, type RosterView, type SortKey } from './partner-roster.layout.js';
import { rosterMessages, type RosterMessages } from './partner-roster.messages.js';
import { partnerRosterStyles } from './partner-roster.styles.js';
import { renderCards, renderTable, sizeSpacers } from './partner-roster.views.js';
import { dataExpected } from '../../i18n/data-messages.js';
import { councilExpected } from '../../councils/messages.js';

/** Below this width (CSS pixels) partners are shown as cards rather than a table. */
const CARDS_BELOW = 480;
/** Rows drawn at first: enough for any real partnership, and quick to sort and filter when there are more. */
const PAGE = 50;
/**
 * After "Show all", a roster of more rows than this is windowed: only the rows on screen (and
 * `OVERSCAN` either side, and the row with focus) are in the page, with space kept for the others, so
 * that scrolling, sorting and filtering cost the same at 10,000 partners as at 100. The table says
 * how many rows it has and where each drawn one is (`aria-rowcount`, `aria-rowindex`); tabbing
 * reaches every row (the window follows focus); printing and the CSV cover every row.
 */
const WINDOW_ABOVE = 200;
/** Rows drawn beyond each edge of the screen, so that a keystroke or a short scroll finds them there. */
const OVERSCAN = 12;
/** How far (in rows) the window may be from the row with focus and still keep it drawn. */
const NEAR = 60;
/**
 * The window's first extent, before anything is measured: the first page and 30 more (focus moves to
 * the first of them: a screenful and the overscan below it). 60 more made "Show all" at 10,000
 * partners a task of 30-50 ms on the bench machine.
 */
const FIRST_WINDOW: readonly [number, number] = [0, PAGE + 30];
/**
 * A roster shown whole but not windowed gets its rows a part a frame (RevealController): the first
 * page and 10 more at first (the row focus goes to, and the next few for Tab), then `NEXT_PART` a
 * frame. A roster's row costs the browser about 0.5 ms to lay out, paint and draw on the bench
 * machine, whose frames with 30 new rows still ran 45-60 ms at ten times the demo's data.
 */
const FIRST_PART = PAGE + 10;
const NEXT_PART = 15;
/**
 * A page re-sorted, filtered or regrouped shows this many rows at once (about a screenful) and as
 * many more in each frame after: they are all in the page at once, with their new words, but hidden,
 * so that the browser lays out a third of the page in each frame. Laying out a page of new rows took
 * 20-35 ms on the bench machine, and with the redrawing and painting made frames of 45-70 ms at ten
 * times the demo's data (`npm run bench -- interactions`); half a page still made some of 50-70 ms.
 * A first drawing shows the whole page.
 */
const SHOW_AT_ONCE = 17;
/**
 * A long list is checked a part at a time after the first page is drawn (see `checkMore`): each
 * part a task of its own (`afterOthers`, src/scheduling/tasks.ts), checking and getting rows ready
 * for as long as this (ms, by the clock, not a count), so that the page answers in between on a slow
 * laptop as on a fast one.
 */
const CHECK_FOR = 10;
/** Rows made ready for the filter and sorting between looks at the clock (about 0.5 ms). */
const PREPARE = 250;

/**
 * The partners of a shared service: council, role, share, services, when they joined and who to
 * contact. Sortable by any column, filterable by text, groupable by role or service; a table on wide
 * containers and cards on narrow ones.
 *
 * @tagname shared-partner-roster
 * @summary The partners of a shared service: roles, shares, services, contacts.
 *
 * @attr src - URL of a JSON file (the shared dataset, `{ "partners": [...] }` or a list) or a CSV file (`council,name,role[,share][,joined][,services][,email][,phone]`).
 * @attr format - `json` or `csv`: overrides the response's content type and the URL's extension.
 * @attr timeout - Seconds to wait for `src` before showing a message (default 15).
 * @attr refresh - Seconds between re-reading `src` for live data (off by default; a minute or more on busy pages). Unchanged files cost a 304; changes are announced politely; a hidden tab does not ask.
 * @attr partnership - With the shared dataset: the id of the partnership to show (default: every partner of every partnership).
 * @attr council - The GSS code of a council to highlight (its row is marked, and its name button is `aria-current`).
 * @attr group-by - `none` (default), `role` or `service`.
 * @attr heading - A heading above the roster.
 * @attr heading-level - The heading's level, 2 to 6 (default 2).
 * @attr lang - `en-GB` (default) or `cy` for Welsh; otherwise the nearest `lang` on the page.
 *
 * @prop {unknown} data - The same data, set from script. Wins over `src`.
 *
 * @event shared-data-load - The data was read. `detail`: `{ title?, rows, partnerships? }`. A list of more than 500 partners is checked a part at a time after its first page is drawn: the event comes first with the first 500 in `rows` and again, with every partner, once the rest are checked (within a few tasks; the count says "Still checking" meanwhile).
 * @event shared-data-error - The data could not be read. `detail`: `{ message, path?, problems }`.
 * @event shared-select - A user chose a council. `detail`: `{ kind: "council", id }` (the GSS code).
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The heading.
 * @csspart controls - The filter, grouping and download controls.
 * @csspart filter - The filter's search box.
 * @csspart count - How many partners are shown (announced as it changes).
 * @csspart notes - Notes on the shares' total.
 * @csspart table - The table (wide containers).
 * @csspart cards - The cards (narrow containers).
 * @csspart card - One partner's card.
 * @csspart loading - Shown while the data loads.
 * @csspart error - Shown when the data cannot be read (`role="alert"`).
 * @csspart empty - Shown when there is nothing to show.
 * @csspart warnings - Lists partners that were left out.
 * @csspart refresh - Holds the live-data note and announcements (with `refresh`).
 * @csspart refresh-note - Says why the data could not be updated, when a refresh fails.
 *
 * @cssproperty --shared-partner-roster-bar-color - The share bars (default `--shared-color-accent`).
 * @cssproperty --shared-partner-roster-flag-color - The mark on rows with a problem (default `--shared-color-error`).
 */
export class SharedPartnerRoster extends SharedElement {
  static override expectedWords = { en: { ...dataExpected.en, ...councilExpected.en }, cy: { ...dataExpected.cy, ...councilExpected.cy } };
  static override styles = partnerRosterStyles;
  static override properties: PropertyDeclarations = {
    ...SharedElement.properties,
    partnership: { type: String },
    council: { type: String },
    groupBy: { type: String, attribute: 'group-by' },
    filter: { state: true },
    sort: { state: true },
    descending: { state: true },
    showAll: { state: true },
    range: { state: true }
  };

  declare partnership: string | null;
  /** The GSS code of a council to highlight. */
  declare council: string | null;
  declare groupBy: GroupBy;
  declare filter: string;
  declare sort: SortKey;
  declare descending: boolean;
  declare showAll: boolean;
  /** While showing all of a long roster: the positions of the rows in the page (see layoutRoster's `window`). */
  declare range: readonly [number, number];
  /** The first row "Show all" adds, to move focus to (the button goes away). */
  private focusRow = -1;
  /** What was typed in the filter and is not applied yet (see `typedFilter`). */
  private typed?: string;
  private typedFrame = 0;
  private readonly reveal$ = new RevealController(this, FIRST_PART, NEXT_PART);
  /** How many rows of the page are shown (the others hidden until their frame, see `SHOW_AT_ONCE`). */
  private readonly show$ = new RevealController(this, PAGE, SHOW_AT_ONCE);
  /** Whether the last drawing was a window of the rows. */
  private windowed = false;
  /** The rows' measured mean height (CSS pixels), for the space kept for rows not drawn. */
  private rowHeight = 48;
  /** The position (among the view's entries) of the row holding focus, kept drawn while it has it. */
  private focusAt = -1;
  private frame = 0;
  /** The model whose partners are being checked a part at a time, and the pending part. */
  private checking?: RosterModel;
  /** The run of `checkInParts` going on: one at a time (a run whose element was moved gives way to the next). */
  private checkRun?: object;

  private readonly data$ = new DataController<RosterModel>(this, rosterReader);
  private readonly size$ = new WidthController(this);
  private readonly print$ = new PrintController(this);
  private model?: RosterModel;
  private view?: RosterView;

  constructor() {
    super();
    this.partnership = null;
    this.council = null;
    this.groupBy = 'none';
    this.filter = '';
    this.sort = 'council';
    this.descending = false;
    this.showAll = false;
    this.range = FIRST_WINDOW;
  }

  get m(): RosterMessages {
    return rosterMessages[this.lang$.locale];
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // A new filter, order or grouping starts from the top (a window there, when the roster is long).
    if (this.showAll && ['filter', 'sort', 'descending', 'groupBy', 'partnership'].some((k) => changed.has(k))) {
      this.range = FIRST_WINDOW;
      this.focusAt = -1;
      this.reveal$.restart();
    }
    if (this.hasUpdated && ['filter', 'sort', 'descending', 'groupBy'].some((k) => changed.has(k))) this.show$.restart(SHOW_AT_ONCE);
    const input = this.data$.value;
    // Printing puts every partner on paper: any still to check are checked now.
    if (input && this.print$.printing) checkMore(input);
    this.model = input ? choosePartnership(input, this.partnership) : undefined;
    this.windowed = false;
    if (!this.model) {
      this.view = undefined;
      return;
    }
    // Printing draws everyone; on screen, a long roster shown whole is drawn a window at a time (only
    // the window's rows are formatted), a short one whole.
    if (this.showAll && !this.print$.printing) {
      const [from, to] = this.range;
      // The row with focus stays drawn while the window is near it (scrolled far away with a mouse, it goes).
      const f = this.focusAt;
      const near = f >= 0 && f >= from - NEAR && f < to + NEAR;
      this.view = layoutRoster(this.model, { ...this.layoutOptions(), limit: Infinity, window: near ? [Math.min(from, f), Math.max(to, f + 2)] : [from, to] });
      this.windowed = this.view.entries > WINDOW_ABOVE;
      if (this.windowed) return;
    }
    this.view = layoutRoster(this.model, this.layoutOptions());
  }

  private layoutOptions(): RosterOptions {
    return {
      sort: SORT_KEYS.includes(this.sort) ? this.sort : 'council',
      descending: this.descending,
      filter: this.filter,
      group: this.groupBy === 'role' || this.groupBy === 'service' ? this.groupBy : 'none',
      limit: this.print$.printing ? Infinity : this.showAll ? this.reveal$.upTo : PAGE,
      m: this.m,
      intlLocale: this.lang$.intl
    };
  }

  protected override render() {
    const m = this.m;
    const state = renderState(this.data$, this.t, this.lang$.locale, m.empty);
    const heading = this.heading || this.model?.partnership?.name || this.data$.value?.title;
    return html`<section part="base" aria-label=${heading ? nothing : m.label}>
      ${renderHeading(heading, this.headingLevel)} ${state ?? this.renderRoster()}
      ${renderSkipped(this.data$, this.t, this.lang$.locale)}
    </section>`;
  }

  protected override updated(): void {
    // A roster shown whole but not windowed (up to WINDOW_ABOVE rows) is drawn a part a frame.
    const more = () => {
      if (this.showAll && !this.windowed && this.view?.hidden && !this.print$.printing && this.isConnected) this.reveal$.more(this.reveal$.upTo + this.view.hidden);
    };
    if (this.focusRow >= 0) {
      // In the next frame (before it is drawn): focusing a row just drawn makes the browser lay the
      // page out there and then, which in this task made it 30 ms longer at ten times the demo's data
      // (`npm run bench -- interactions`); in the frame, the layout is the one it does anyway. The
      // next part comes in the frame after: drawn in the same frame, it was laid out a second time.
      const at = this.focusRow;
      this.focusRow = -1;
      requestAnimationFrame(() => {
        this.shadowRoot!.querySelectorAll<HTMLElement>('[data-code] .council')[at]?.focus();
        more();
      });
    } else more();
    this.show$.more(PAGE);
    this.check();
    // The window is checked against the screen once the rows are laid out.
    if (this.windowed) {
      sizeSpacers(this.shadowRoot!);
      this.schedule();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Capture: a scrolling container anywhere on the page moves the roster too.
    addEventListener('scroll', this.schedule, { capture: true, passive: true });
    addEventListener('resize', this.schedule, { passive: true });
    // Moved in the page while checking: checking goes on.
    this.check();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('scroll', this.schedule, { capture: true });
    removeEventListener('resize', this.schedule);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.applyTyped();
    this.checking = undefined;
    this.checkRun = undefined;
  }

  /**
   * After a long roster is drawn, a task at a time: checks the rest of a long list (see `checkMore`)
   * and gets every row ready for a first keystroke or click (`prepareRows`), so that they cost no
   * more than later ones; works out the whole order in a task of its own, and each column's sort
   * keys in one each; then, if more partners were checked, says so and draws again in another.
   */
  private check(): void {
    const model = this.data$.value;
    if (!model || model === this.checking || model.rows.length <= PAGE) return;
    this.checking = model;
    const run = {};
    this.checkRun = run;
    void this.checkInParts(model, run);
  }

  private async checkInParts(model: RosterModel, run: object): Promise<void> {
    const checked = unchecked(model) > 0;
    // Stopped when the element leaves the page or has other data (`check` starts again when it is back).
    const going = () => this.checkRun === run && this.checking === model && this.isConnected;
    const order = () => ({ m: this.m, sort: SORT_KEYS.includes(this.sort) ? this.sort : 'council', descending: this.descending });
    let ready = 0;
    while (unchecked(model) || ready < model.rows.length) {
      await afterOthers();
      if (!going()) return;
      const end = performance.now() + CHECK_FOR;
      const more = () => performance.now() < end;
      checkMore(model, more);
      do {
        const to = Math.min(model.rows.length, ready + PREPARE);
        prepareRows(model.rows, ready, to, order(), false);
        ready = to;
      } while (ready < model.rows.length && more());
    }
    await afterOthers();
    if (!going()) return;
    prepareRows(model.rows, ready, ready, order(), true);
    // Each other column's keys, a task each, ready for a first click on it.
    for (const key of SORT_KEYS) {
      await afterOthers();
      if (!going()) return;
      prepareKeys(model.rows, key);
    }
    if (!checked) return;
    await afterOthers();
    if (!going()) return;
    // Every partner checked: said again, with all of them (the first event had the first part).
    this.emit('shared-data-load', model);
    this.requestUpdate();
  }

  private readonly schedule = (): void => {
    if (!this.windowed || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.follow();
    });
  };

  /** Moves the window to what is on screen, when the screen has moved past its edge. */
  private follow(): void {
    const root = this.shadowRoot;
    const start = root?.querySelector<HTMLElement>('.before');
    if (!this.windowed || !start || !this.view) return;
    const drawn = [...root!.querySelectorAll<HTMLElement>('[data-index]')];
    if (drawn.length) {
      const height = drawn.reduce((sum, r) => sum + r.getBoundingClientRect().height, 0) / drawn.length;
      if (height > 0) this.rowHeight = height;
    }
    // The space before the first drawn row starts where the first row would: row i starts about i row heights below its top.
    const top = start.getBoundingClientRect().top;
    const screen = innerHeight || document.documentElement.clientHeight;
    const first = Math.floor(-top / this.rowHeight);
    const last = Math.ceil((screen - top) / this.rowHeight);
    const from = Math.max(0, Math.min(first, this.view.entries) - OVERSCAN);
    const to = Math.min(this.view.entries, Math.max(last, 0) + OVERSCAN);
    const [a, b] = this.range;
    // Redrawn only when the screen nears an edge of the window, or the window is far bigger than the screen.
    if (first - a < OVERSCAN / 2 && a > 0 || b - last < OVERSCAN / 2 && b < this.view.entries || b - a > 3 * (to - from + 2 * OVERSCAN)) {
      this.range = [from, Math.max(to, from + 1)];
    }
  }

  /** Focus on a drawn row keeps it drawn, and draws the rows around it, so that Tab and Shift+Tab always find the next. */
  private focused(event: FocusEvent): void {
    if (!this.windowed) return;
    const row = (event.target as Element).closest?.('[data-index]');
    const at = row ? Number(row.getAttribute('data-index')) : -1;
    this.focusAt = at;
    if (at < 0) return;
    const [a, b] = this.range;
    if (at - a < OVERSCAN / 2 && a > 0) this.range = [Math.max(0, at - OVERSCAN), Math.max(b, at + OVERSCAN)];
    else if (b - at <= OVERSCAN / 2 && b < this.view!.entries) this.range = [Math.min(a, at - OVERSCAN), Math.min(this.view!.entries, at + 2 * OVERSCAN)];
  }

  /**
   * Typing in the filter redraws the rows once a frame, with what was typed by then, rather than once
   * a keystroke: a keystroke that comes before the last one's rows were laid out makes the browser
   * lay them out inside it (its editing asks for layout), and then again for its own, so that at ten
   * times the demo's data one keystroke's task ran 60-85 ms (`npm run bench -- interactions`). The
   * box itself shows every keystroke at once; `updateComplete` applies a pending filter first.
   */
  private typedFilter(value: string): void {
    this.typed = value;
    if (!this.typedFrame) this.typedFrame = requestAnimationFrame(() => this.applyTyped());
  }

  private applyTyped(): void {
    cancelAnimationFrame(this.typedFrame);
    this.typedFrame = 0;
    if (this.typed === undefined) return;
    this.filter = this.typed;
    this.typed = undefined;
  }

  /** Waiting for the roster waits for what was typed too. */
  protected override getUpdateComplete(): Promise<boolean> {
    this.applyTyped();
    return super.getUpdateComplete();
  }

  private showEveryone(): void {
    // The button goes away with the rows it stood for: focus moves to the first row it added (in the
    // next frame, `updated`). The button lets go of focus first: taken away with the element, it makes
    // the browser lay the page out inside this task, as focusing a new row would.
    (this.shadowRoot!.activeElement as HTMLElement | null)?.blur();
    this.showAll = true;
    this.range = FIRST_WINDOW;
    this.reveal$.restart();
    this.focusRow = PAGE;
  }

  private renderRoster() {
    const m = this.m;
    const view = this.view!;
    const caption = this.model?.partnership ? fill(m.captionFor, { name: this.model.partnership.name }) : m.caption;
    const narrow = (this.size$.width || this.clientWidth || 1000) < CARDS_BELOW;
    const options = {
      m,
      t: this.t,
      caption,
      sort: this.sort,
      descending: this.descending,
      onSort: (key: SortKey) => this.sortBy(key),
      onSelect: (code: string) => this.emit('shared-select', { kind: 'council', id: code }),
      council: this.council,
      // Rows not drawn still count: the table says how many it has, and where each drawn one is.
      rowCount: this.windowed ? view.entries + 1 : view.hidden && this.groupBy === 'none' ? view.shown + 1 : undefined,
      visible: this.showAll || this.print$.printing ? undefined : this.show$.upTo,
      window: this.windowed ? { before: this.range[0] * this.rowHeight, after: Math.max(0, view.entries - this.range[1]) * this.rowHeight } : undefined
    };
    return html`<div part="controls" class="form-row">
        <div>
          <label for="filter">${m.filter}</label>
          <input part="filter" id="filter" type="search" .value=${this.typed ?? this.filter} @input=${(e: Event) => this.typedFilter((e.target as HTMLInputElement).value)} />
        </div>
        <div>
          <label for="group">${m.groupBy}</label>
          <select id="group" @change=${(e: Event) => (this.groupBy = (e.target as HTMLSelectElement).value as GroupBy)}>
            ${(['none', 'role', 'service'] as const).map((g) => html`<option value=${g} ?selected=${this.groupBy === g}>${m.groups[g]}</option>`)}
          </select>
        </div>
        <button type="button" class="button" @click=${() => this.exportCsv()}>${m.download}</button>
      </div>
      <p part="count" class="count" role="status">${this.count(view)}</p>
      ${view.shareNotes.length ? html`<ul part="notes" class="notes">${view.shareNotes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
      <div @focusin=${(e: FocusEvent) => this.focused(e)} @focusout=${() => (this.focusAt = -1)}>
        ${view.shown ? (narrow ? renderCards(view, options) : renderTable(view, options)) : nothing}
      </div>
      ${view.hidden && !this.showAll
        ? html`<button type="button" class="button" @click=${() => this.showEveryone()}>${fill(m.showAll, { n: this.number(view.shown) })}</button>`
        : nothing}`;
  }

  private number(n: number): string {
    return numberFormat(this.lang$.intl).format(n);
  }

  /**
   * "64 partners shown", or "50 of 64 partners shown" while only a page is drawn; while a long list
   * is still being checked, how many partners are left to check.
   */
  private count(view: RosterView): string {
    const left = this.data$.value ? unchecked(this.data$.value) : 0;
    const still = left ? ` ${plural(this.lang$.locale, left, this.m.checking)}` : '';
    return this.shownCount(view) + still;
  }

  private shownCount(view: RosterView): string {
    const m = this.m;
    if (!view.shown) return m.noneMatch;
    if (!view.hidden || this.showAll) return plural(this.lang$.locale, view.shown, m.shown);
    const forms = Object.fromEntries(Object.entries(m.partOf).map(([k, f]) => [k, fill(f, { drawn: this.number(view.shown - view.hidden) })]));
    return plural(this.lang$.locale, view.shown, forms as unknown as PluralForms);
  }

  private sortBy(key: SortKey): void {
    this.descending = this.sort === key ? !this.descending : false;
    this.sort = key;
  }

  /** Every partner that passes the filter (not only the first page), as CSV with the columns the roster reads; offered as a download. */
  exportCsv(): Blob | undefined {
    if (!this.view) return undefined;
    // Every partner: any still to check are checked now.
    if (this.data$.value && unchecked(this.data$.value)) {
      checkMore(this.data$.value);
      this.model = choosePartnership(this.data$.value, this.partnership);
      this.requestUpdate();
    }
    const all = layoutRoster(this.model!, { ...this.layoutOptions(), limit: Infinity });
    const rows = all.groups.flatMap((g) => g.rows.map((v) => v.row));
    const blob = new Blob([rosterCsv([...new Map(rows.map((r) => [r.key, r])).values()])], { type: 'text/csv' });
    download('partners.csv', blob);
    return blob;
  }
}
