import { html, nothing, type PropertyDeclarations } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { DataController, FileController } from '../../controllers/data-controller.js';
import { KeyboardController } from '../../controllers/keyboard-controller.js';
import { PrintController } from '../../controllers/print-controller.js';
import { WidthController } from '../../controllers/width-controller.js';
import { RevealController } from '../../controllers/reveal-controller.js';
import { Memo } from '../../core/memo.js';
import { SharedElement } from '../../core/shared-element.js';
import { placeTooltip, tooltipMoved } from '../../core/tooltip.js';
import { renderHeading, renderSkipped, renderState } from '../../core/states.js';
import { fill } from '../../i18n/messages.js';
import type { BuiltInRender } from './partnership-map.areas.js';
import { LABEL, viewOf, type MapView } from './partnership-map.constants.js';
import { highlight, mapReader, type Highlight, type MapModel } from './partnership-map.data.js';
import { layoutMap, prepareMap, type MapLayoutInput } from './partnership-map.dispatch.js';
import { overBudget } from '../../scheduling/tasks.js';
import { loadBuiltIn, loadGeography, type GeographyResult } from './partnership-map.load.js';
import { mapLabels } from './partnership-map.labels.js';
import { geoBase } from '../../councils/files.js';
import type { Box, MapItem, MapRender } from './partnership-map.layout.js';
import { mapMessages, type MapMessages } from './partnership-map.messages.js';
import { keyAction } from './partnership-map.navigation.js';
import { partnershipMapStyles } from './partnership-map.styles.js';
import { drawMap } from './partnership-map.svg.js';
import {
  describeItem,
  renderAttribution,
  renderDetails,
  renderLegend,
  renderList,
  renderNotes,
  renderProblems,
  renderSummary,
  renderTooltip
} from './partnership-map.views.js';

export type { MapView } from './partnership-map.constants.js';

let context: CanvasRenderingContext2D | null | undefined;
let contextFont = '';

/** The width of `text` in `font`, from one canvas for the page; undefined where it cannot measure. */
function measureLabel(font: string, text: string): number | undefined {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return undefined;
  if (contextFont !== font) context.font = contextFont = font;
  return context.measureText(text).width * 1.05 + 2;
}

/**
 * Which councils share which services: a partnership's councils on a map of the country (from a
 * GeoJSON or TopoJSON boundary file, or dots on a built-in outline), on a hex map (HexJSON), or as a
 * network of councils and partnerships. Keyboard, tooltip and a list view make every council reachable.
 *
 * @tagname shared-partnership-map
 * @summary Which councils share which services, on a map, a hex map or a network.
 *
 * @attr src - URL of the shared dataset (JSON).
 * @attr timeout - Seconds to wait for `src`, `geo-src` or `hex-src` before showing a message (default 15).
 * @attr refresh - Seconds between re-reading `src` for live data (off by default; a minute or more on busy pages). Unchanged files cost a 304; changes are announced politely; a hidden tab does not ask.
 * @attr view - `geo` (default), `hex` or `network`.
 * @attr geo-src - URL of a GeoJSON or TopoJSON boundary file in longitude and latitude, with GSS codes as `id` or in a property such as `LAD24CD` or `CTYUA23CD`. Without it, the built-in boundaries of every UK council (2014 to 2025) are drawn.
 * @attr year - The year of the built-in boundaries, 2014 to 2025 (default: the latest year the partnerships' dates or `asAt` mention, else 2025).
 * @attr tier - The built-in backdrop's tier: `upper` (counties and unitaries, the default) or `lower` (districts and unitaries).
 * @attr geo-base - The folder of the built-in council files (`geo/` beside the script by default).
 * @csspart attribution - Under a map of the built-in boundaries: their year and source.
 * @csspart refresh - Holds the live-data note and announcements (with `refresh`).
 * @csspart refresh-note - Says why the data could not be updated, when a refresh fails.
 * @attr code-property - The property of `geo-src` features that holds GSS codes (default: found automatically).
 * @attr hex-src - URL of a HexJSON file (`odd-r`, `even-r`, `odd-q` or `even-q`) whose keys or `id`s are GSS codes.
 * @attr partnership - The id of a partnership to highlight.
 * @attr zoom - Start zoomed to the highlighted councils (a button zooms out and back). The built-in boundaries always start zoomed.
 * @attr council - The GSS code of a council to highlight (its partnerships are listed).
 * @attr heading - A heading above the map (default: the data's `title`).
 * @attr heading-level - The heading's level, 2 to 6 (default 2).
 * @attr lang - `en-GB` (default) or `cy` for Welsh; otherwise the nearest `lang` on the page.
 *
 * @prop {unknown} data - The shared dataset, set from script. Wins over `src`.
 *
 * @event shared-data-load - The dataset was read. `detail`: `{ title?, councils, partnerships }` (Maps by code and id).
 * @event shared-data-error - The dataset could not be read. `detail`: `{ message, path?, problems }`.
 * @event shared-select - A user chose a council or partnership (Enter, Space or a click). `detail`: `{ kind: "council" | "partnership", id }`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The heading.
 * @csspart notes - Notes: councils not on this map, an id the data lacks.
 * @csspart summary - With `council`: the partnerships that council is in.
 * @csspart legend - The kinds of shared service, by colour (and, in the network, the node shapes).
 * @csspart map - The frame around the drawing.
 * @csspart svg - The SVG drawing.
 * @csspart tooltip - The details of the council or partnership under the pointer or keyboard.
 * @csspart details - The selected council or partnership, with a button to clear it.
 * @csspart controls - The zoom and list buttons.
 * @csspart button - Each button.
 * @csspart table - The list view: councils and their partnerships.
 * @csspart loading - Shown while the data loads.
 * @csspart error - Shown when the data or the geography cannot be read (`role="alert"`).
 * @csspart empty - Shown when there is nothing to show.
 * @csspart warnings - Lists parts of the data that were left out.
 *
 * @cssproperty --shared-partnership-map-area-color - Areas that are not highlighted (default `--shared-color-surface`).
 * @cssproperty --shared-partnership-map-border-color - Area borders and the outline: a mid grey, at least 3:1 against the areas and a light or dark background (default `#7f7f7f`).
 * @cssproperty --shared-partnership-map-back-office-color - Highlighted back-office services (default `--shared-series-1`).
 * @cssproperty --shared-partnership-map-shared-management-color - Highlighted shared management (default `--shared-series-2`).
 * @cssproperty --shared-partnership-map-front-line-color - Highlighted front-line services (default `--shared-series-3`).
 * @cssproperty --shared-partnership-map-mixed-color - Councils in several kinds of service, or none given (default `--shared-series-5`).
 */
export class SharedPartnershipMap extends SharedElement {
  /** The words for data files, and the map's own for its geography files. */
  static override expectedWords = { en: mapMessages.en.expected, cy: mapMessages.cy.expected };
  static override styles = partnershipMapStyles;
  static override properties: PropertyDeclarations = {
    ...SharedElement.properties,
    view: { type: String },
    geoSrc: { type: String, attribute: 'geo-src' },
    hexSrc: { type: String, attribute: 'hex-src' },
    codeProperty: { type: String, attribute: 'code-property' },
    partnership: { type: String },
    council: { type: String },
    listOpen: { state: true },
    zoom: { type: Boolean, reflect: true },
    year: { type: Number },
    tier: { type: String },
    zoomChoice: { state: true },
    active: { state: true },
    selected: { state: true },
    focusKey: { state: true }
  };

  declare view: MapView;
  declare geoSrc: string | null;
  declare hexSrc: string | null;
  declare codeProperty: string | null;
  declare partnership: string | null;
  declare council: string | null;
  declare listOpen: boolean;
  /** Zoomed to the highlighted councils (the user can reset it). */
  declare zoom: boolean;
  /** The year of the built-in boundaries. */
  declare year: number | null;
  /** The built-in backdrop's tier. */
  declare tier: 'upper' | 'lower' | null;
  /** What the user chose with the zoom button, over the default. */
  declare zoomChoice: boolean | undefined;
  /** The item under the pointer or keyboard (its tooltip is shown). */
  declare active: string | undefined;
  /** The item a user selected. */
  declare selected: string | undefined;
  /** The item with keyboard focus (its ring is drawn above every area). */
  declare focusKey: string | undefined;

  private readonly data$ = new DataController<MapModel>(this, mapReader);
  private readonly size$ = new WidthController(this);
  /** The list's rows, a part a frame (RevealController), and how many it has when shown. */
  private readonly reveal$ = new RevealController(this, 60);
  private listRows = 0;
  private readonly print$ = new PrintController(this);
  /** The view's geography: `hex-src`, `geo-src`, or the built-in boundaries. */
  private readonly geo$ = new FileController(
    this,
    () => [this.safeView, this.safeView === 'hex' ? this.hexSrc : this.safeView === 'geo' ? this.geoSrc : null, this.codeProperty, this.builtInBase] as const,
    ([view, url, codeProperty, base], timeoutMs, signal) =>
      base === null ? loadGeography(view, url, codeProperty, timeoutMs, signal) : loadBuiltIn(base || undefined, timeoutMs, signal)
  );
  /** Arrow keys between the items, the focus following (a roving tabindex). */
  private readonly keys$ = new KeyboardController<MapItem>(this, {
    action: (event) => keyAction(event.key, this.drawing?.items ?? [], this.itemOf(event)),
    move: (item) => (this.tabKey = this.active = item.key),
    select: (item) => this.choose(item.kind, item.id, item.key),
    clear: () => this.clear(),
    focus: (item) => this.renderRoot.querySelector<SVGGElement>(`[data-key="${CSS.escape(item.key)}"]`)
  });
  private marked?: Highlight;
  private drawing?: MapRender;
  private readonly memo = new Memo();
  private tabKey?: string;

  constructor() {
    super();
    this.view = 'geo';
    this.geoSrc = null;
    this.hexSrc = null;
    this.codeProperty = null;
    this.partnership = null;
    this.council = null;
    this.listOpen = false;
    this.zoom = false;
    this.year = null;
    this.tier = null;
    this.zoomChoice = undefined;
    this.active = undefined;
    this.selected = undefined;
    this.focusKey = undefined;
  }

  get m(): MapMessages {
    return mapMessages[this.lang$.locale];
  }

  private get safeView(): MapView {
    return viewOf(this.view);
  }

  /** The folder of the built-in boundaries when the geo view has no file of its own (`''` when nothing says where); else null. */
  private get builtInBase(): string | null {
    if (this.safeView !== 'geo' || this.geoSrc) return null;
    return geoBase(this) ?? '';
  }

  private get geography(): GeographyResult | undefined {
    return this.geo$.value;
  }

  protected override willUpdate(): void {
    this.lay();
  }

  /**
   * Before each update (SharedElement.scheduleUpdate), so that a large map's layout and its drawing
   * are tasks apart: the slow part of the layout a step at a time while the task has time left (the
   * built-in boundaries' paths), then the layout if anything it depends on changed. Says whether it
   * did anything.
   */
  protected override layOut(): boolean {
    const model = this.data$.value;
    if (model && prepareMap(model, this.layoutInput(model), () => !overBudget())) return true;
    return this.lay();
  }

  private layoutInput(model: MapModel | undefined): MapLayoutInput {
    // The width only once there is something to draw: asked for sooner (the first render, while the
    // data loads), the browser would lay the page out in the middle of it to answer.
    const width = model ? this.size$.layoutWidth : 0;
    const { loading, failed } = this.geo$;
    return { view: this.safeView, geography: this.geography, loading, failed, ownFile: !!this.geoSrc, year: this.year, tier: this.tier, width };
  }

  /** Lays the map out if anything it depends on changed; says whether it did. */
  private lay(): boolean {
    const model = this.data$.value;
    const input = this.layoutInput(model);
    const { geography, width } = input;
    if (!this.memo.changes([model, geography, width, this.safeView, this.partnership, this.council, this.year, this.tier])) return false;
    this.marked = model ? highlight(model, this.partnership, this.council) : undefined;
    this.drawing = model && this.marked ? layoutMap(model, this.marked, input) : undefined;
    if (!this.drawing?.items.some((i) => i.key === this.tabKey)) this.tabKey = undefined;
    return true;
  }

  protected override render() {
    const state = renderState(this.data$, this.t, this.lang$.locale, this.m.empty);
    const heading = this.heading || this.data$.value?.title;
    return html`<section part="base" aria-label=${heading ? nothing : this.m.label}>
      ${renderHeading(heading, this.headingLevel)} ${state ?? this.renderMap(heading)}
      ${renderSkipped(this.data$, this.t, this.lang$.locale)}
    </section>`;
  }

  private geographyProblems(): string[] {
    if (this.geo$.failed) return [String((this.geo$.error as Error)?.message ?? this.geo$.error)];
    const result = this.geography;
    return result ? result.messages(this.t, this.m) : [];
  }

  /** Zoomed: as the user chose, else as the `zoom` attribute says; the built-in boundaries start zoomed. */
  private get zoomed(): boolean {
    return this.zoomChoice ?? (this.zoom || !!(this.drawing as BuiltInRender | undefined)?.builtIn);
  }

  /**
   * Widths of label text in the page's own font, bold at the labels' size (with a small margin);
   * undefined where it cannot measure. The font is looked up when the first label needs it: a map
   * with no labels asks the page nothing, and a style lookup in the middle of a render makes the
   * browser work out the page's styles there and then.
   */
  private measure(): (text: string) => number | undefined {
    let font: string | undefined;
    return (text) => measureLabel((font ??= `700 ${LABEL}px ${getComputedStyle(this).fontFamily || 'sans-serif'}`), text);
  }

  private renderMap(heading: string | null | undefined) {
    const m = this.m;
    const model = this.data$.value!;
    const marked = this.marked!;
    const r = this.drawing;
    const problems = this.geographyProblems();
    const builtInFailed = !!this.geography?.builtInFailed;
    const failed = problems.length > 0 && !this.geography?.value && !builtInFailed;
    const active = r?.items.find((i) => i.key === this.active);
    const selected = r?.items.find((i) => i.key === this.selected);
    const zoomed = this.zoomed && !!r?.zoom;
    const box: Box = zoomed && r?.zoom ? r.zoom : [0, 0, r?.width ?? 0, r?.height ?? 0];
    // With nothing drawn (a failed geography, or the hex view without a file), the list stands in.
    const listShown = this.listOpen || this.print$.printing || failed || (!r && !this.geo$.loading);
    // A long list comes a part a frame (updated); closed, it starts again from its first part.
    this.listRows = listShown ? model.councils.size : 0;
    if (!listShown) this.reveal$.restart();
    const tab = this.tabKey ?? r?.items.find((i) => i.highlighted)?.key ?? r?.items[0]?.key;
    return html`${renderNotes(r, marked, m)}
      ${renderSummary(model, marked, r, m, this.lang$.locale)}
      ${renderProblems(
        problems,
        failed ? fill(m.geographyError, { src: (this.safeView === 'hex' ? this.hexSrc : this.geoSrc) ?? '' }) : undefined,
        builtInFailed ? m.boundariesHeading : this.t.skippedHeading
      )}
      ${r ? renderLegend(r, m) : nothing}
      ${r
        ? html`<div part="map" class="frame">
            ${guard([r, box.join(' '), tab, this.selected, this.focusKey, heading, this.lang$.locale], () =>
              drawMap(r, {
                box,
                label: [heading, m.views[r.view]].filter(Boolean).join(': '),
                listLabel: m.items,
                tabKey: tab,
                selectedKey: this.selected,
                focusKey: this.focusKey,
                itemLabel: (item) => `${describeItem(item, model, m, this.lang$.locale)}${item.highlighted ? `, ${m.highlighted}` : ''}`,
                onKey: this.keys$.onKey,
                onItem: (e) => this.onItem(e),
                onLeave: () => (this.active = this.selected),
                labels: mapLabels(r, box, model, this.measure())
              })
            )}
            ${active ? renderTooltip(active, model, m) : nothing}
          </div>`
        : this.geo$.loading
          ? html`<div part="loading" class="state state--loading">${this.t.loading}</div>`
          : failed
            ? nothing
            : html`<p part="empty" class="state state--empty">${this.safeView === 'network' ? m.noNetwork : m.needsHex}</p>`}
      ${r && 'builtIn' in r ? renderAttribution(r as BuiltInRender, m) : nothing}
      ${r ? html`<p class="hint" id="hint">${m.keyboardHint}</p>` : nothing}
      ${renderDetails(selected ? describeItem(selected, model, m, this.lang$.locale) : undefined, m, () => this.clear())}
      <div part="controls" class="controls">
        ${r?.zoom
          ? html`<button part="button" type="button" @click=${() => (this.zoomChoice = !zoomed)}>
              ${zoomed ? m.reset : marked.partnership ? fill(m.zoomTo, { name: marked.partnership.name }) : m.zoomToMarked}
            </button>`
          : nothing}
        <button part="button" type="button" aria-expanded=${String(listShown)} aria-controls="list" @click=${() => (this.listOpen = !this.listOpen)}>
          ${listShown ? m.hideList : m.showList}
        </button>
      </div>
      ${listShown ? renderList(model, marked, r, m, (code) => this.choose('council', code, `c:${code}`), this.print$.printing ? Infinity : this.reveal$.upTo) : nothing}`;
  }

  private itemOf(event: Event): MapItem | undefined {
    const key = (event.target as Element).closest?.('[data-key]')?.getAttribute('data-key');
    return this.drawing?.items.find((i) => i.key === key);
  }

  private onItem(event: Event): void {
    if (event.type === 'focusout') {
      const next = (event as FocusEvent).relatedTarget as Element | null;
      if (!next?.closest?.('[data-key]')) this.focusKey = undefined;
      return;
    }
    const item = this.itemOf(event);
    if (!item) return;
    // The ring for keyboard focus only: a click focuses the item too, and shows its selection instead.
    if (event.type === 'focusin') this.focusKey = (event.target as Element).matches(':focus-visible') ? item.key : undefined;
    if (event.type === 'click') this.choose(item.kind, item.id, item.key);
    else this.active = item.key;
    if (event.type !== 'pointerover') this.tabKey = item.key;
  }

  private choose(kind: 'council' | 'partnership', id: string, key: string): void {
    this.selected = this.active = key;
    this.emit('shared-select', { kind, id });
  }

  private clear(): void {
    this.selected = this.active = undefined;
  }

  /** Places the tooltip beside its item (when it moved or changed: `tooltipMoved`): the item's drawing coordinates through the (zoomed) viewBox to pixels. */
  protected override updated(): void {
    if (!this.print$.printing) this.reveal$.more(this.listRows);
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const drawing = this.renderRoot.querySelector<SVGSVGElement>('svg[part~="svg"]');
    if (!tip || !drawing) return;
    const { x: bx, y: by, width: bw, height: bh } = drawing.viewBox.baseVal;
    if (!tooltipMoved(tip, this.size$.width, bx, by, bw, bh, tip.dataset.x, tip.dataset.y)) return;
    const rect = drawing.getBoundingClientRect();
    const x = ((Number(tip.dataset.x) - bx) / (bw || 1)) * rect.width;
    const y = ((Number(tip.dataset.y) - by) / (bh || 1)) * rect.height;
    placeTooltip(tip, x, y, rect.width, rect.height, 16);
  }
}
