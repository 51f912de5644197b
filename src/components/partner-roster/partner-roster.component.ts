import { html, nothing, type PropertyDeclarations } from 'lit';
import { DataController } from '../../controllers/data-controller.js';
import { PrintController } from '../../controllers/print-controller.js';
import { WidthController } from '../../controllers/width-controller.js';
import { download } from '../../core/download.js';
import { SharedElement } from '../../core/shared-element.js';
import { renderHeading, renderSkipped, renderState } from '../../core/states.js';
import { fill, plural, type PluralForms } from '../../i18n/messages.js';
import { choosePartnership, rosterReader, type RosterModel } from './partner-roster.data.js';
import { rosterCsv } from './partner-roster.export.js';
import { layoutRoster, SORT_KEYS, type GroupBy, type RosterOptions, type RosterView, type SortKey } from './partner-roster.layout.js';
import { rosterMessages, type RosterMessages } from './partner-roster.messages.js';
import { partnerRosterStyles } from './partner-roster.styles.js';
import { renderCards, renderTable } from './partner-roster.views.js';
import { dataExpected } from '../../i18n/data-messages.js';
import { councilExpected } from '../../councils/messages.js';

/** Below this width (CSS pixels) partners are shown as cards rather than a table. */
const CARDS_BELOW = 480;
/** Rows drawn at first: enough for any real partnership, and quick to sort and filter when there are more. */
const PAGE = 50;
/**
 * After "Show all", rows are drawn this many at a time, as the reader scrolls towards the end (or
 * tabs there), so that no task blocks the page for long however many partners there are; the table
 * says how many rows it has (`aria-rowcount`), and printing and the CSV cover every row at once.
 */
const CHUNK = 250;

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
 * @event shared-data-load - The data was read. `detail`: `{ title?, rows, partnerships? }`.
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
    drawn: { state: true }
  };

  declare partnership: string | null;
  /** The GSS code of a council to highlight. */
  declare council: string | null;
  declare groupBy: GroupBy;
  declare filter: string;
  declare sort: SortKey;
  declare descending: boolean;
  declare showAll: boolean;
  /** Rows drawn so far while showing all (grows a chunk a frame). */
  declare drawn: number;
  private more?: IntersectionObserver;
  /** The first row "Show all" adds, to move focus to (the button goes away). */
  private focusRow = -1;

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
    this.drawn = PAGE;
  }

  get m(): RosterMessages {
    return rosterMessages[this.lang$.locale];
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // A new filter, order or grouping draws its first chunk at once, then the rest a chunk a frame.
    if (this.showAll && ['filter', 'sort', 'descending', 'groupBy', 'partnership'].some((k) => changed.has(k))) this.drawn = CHUNK;
    const input = this.data$.value;
    this.model = input ? choosePartnership(input, this.partnership) : undefined;
    this.view = this.model ? layoutRoster(this.model, this.layoutOptions()) : undefined;
  }

  private layoutOptions(): RosterOptions {
    return {
      sort: SORT_KEYS.includes(this.sort) ? this.sort : 'council',
      descending: this.descending,
      filter: this.filter,
      group: this.groupBy === 'role' || this.groupBy === 'service' ? this.groupBy : 'none',
      limit: this.print$.printing ? Infinity : this.showAll ? this.drawn : PAGE,
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
    if (this.focusRow >= 0) {
      this.shadowRoot!.querySelectorAll<HTMLElement>('[data-code] .council')[this.focusRow]?.focus();
      this.focusRow = -1;
    }
    // Watched afresh after each drawing: a marker still near the screen after a chunk asks for another.
    this.more?.disconnect();
    const more = this.shadowRoot!.querySelector('.more');
    if (more) {
      this.more ??= new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && (this.drawn += CHUNK), { rootMargin: '800px' });
      this.more.observe(more);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.more?.disconnect();
  }

  private showEveryone(): void {
    this.showAll = true;
    this.drawn = PAGE + CHUNK;
    // The button goes away with the rows it stood for: focus moves to the first row it added.
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
      // Rows not drawn yet still count: the table says how many it has.
      rowCount: view.hidden && this.groupBy === 'none' ? view.shown + 1 : undefined
    };
    return html`<div part="controls" class="form-row">
        <div>
          <label for="filter">${m.filter}</label>
          <input part="filter" id="filter" type="search" .value=${this.filter} @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)} />
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
      ${view.shown ? (narrow ? renderCards(view, options) : renderTable(view, options)) : nothing}
      ${view.hidden
        ? this.showAll
          ? html`<p class="more" aria-hidden="true"></p>`
          : html`<button type="button" class="button" @click=${() => this.showEveryone()}>${fill(m.showAll, { n: this.number(view.shown) })}</button>`
        : nothing}`;
  }

  private number(n: number): string {
    return new Intl.NumberFormat(this.lang$.intl).format(n);
  }

  /** "64 partners shown", or "50 of 64 partners shown" while only a page is drawn. */
  private count(view: RosterView): string {
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
    const all = layoutRoster(this.model!, { ...this.layoutOptions(), limit: Infinity });
    const rows = all.groups.flatMap((g) => g.rows.map((v) => v.row));
    const blob = new Blob([rosterCsv([...new Map(rows.map((r) => [r.key, r])).values()])], { type: 'text/csv' });
    download('partners.csv', blob);
    return blob;
  }
}
