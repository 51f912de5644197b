import { html, nothing, type PropertyDeclarations } from 'lit';
import { DataController } from '../../controllers/data-controller.js';
import { PrintController } from '../../controllers/print-controller.js';
import { WidthController } from '../../controllers/width-controller.js';
import { download, fileSlug } from '../../core/download.js';
import { placeTooltip, tooltipMoved } from '../../core/tooltip.js';
import { Memo } from '../../core/memo.js';
import { SharedElement } from '../../core/shared-element.js';
import { renderError, renderHeading, renderSkipped, renderState } from '../../core/states.js';
import { problemMessage } from '../../data/problem.js';
import { currencyProblem, formatMoneyFull, formatMoneyShort } from '../../format/number.js';
import { formatDate, formatPeriod } from '../../format/period.js';
import { fill } from '../../i18n/messages.js';
import { savingsReader, type SavingsInput } from './savings-chart.data.js';
import { pngFile, svgFile, toCsv } from './savings-chart.export.js';
import { layoutChart, type Mark, type RenderModel } from './savings-chart.layout.js';
import { legendModel, renderLegend, type LegendModel } from './savings-chart.legend.js';
import { chartMessages, type ChartMessages } from './savings-chart.messages.js';
import { ChartNavigation } from './savings-chart.navigation.js';
import type { Ruler } from './savings-chart.scales.js';
import { selectSeries, type Selection } from './savings-chart.select.js';
import { seriesMarks, type Mode } from './savings-chart.series.js';
import { savingsChartStyles } from './savings-chart.styles.js';
import { summarise } from './savings-chart.summary.js';
import { renderPlot } from './savings-chart.svg.js';
import { renderTable, tableRows } from './savings-chart.table.js';
import { renderTooltip } from './savings-chart.tooltip.js';
import { dataExpected, moneyUnits } from '../../i18n/data-messages.js';

const MODES: readonly Mode[] = ['both', 'cumulative', 'in-year'];

/**
 * Text widths measured in a document, by the line height and everything in the text's style that
 * sizes it; forgotten when the document's fonts finish loading (a web font replacing a fallback).
 */
const measured = new WeakMap<Document, Map<string, Map<string, number>>>();
function widthsFor(doc: Document, key: string): Map<string, number> {
  let byKey = measured.get(doc);
  if (!byKey) {
    const made = (byKey = new Map());
    measured.set(doc, made);
    doc.fonts?.addEventListener('loadingdone', () => made.clear());
  }
  let widths = byKey.get(key);
  if (!widths) byKey.set(key, (widths = new Map()));
  return widths;
}
const SIZING = ['fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontStretch', 'fontVariant', 'fontFeatureSettings', 'fontVariationSettings', 'fontKerning', 'fontSizeAdjust', 'fontSynthesis', 'letterSpacing', 'wordSpacing', 'textRendering', 'textTransform'] as const;
const styleKey = (style: CSSStyleDeclaration) => SIZING.map((p) => style[p as keyof CSSStyleDeclaration] ?? '').join('|');

/**
 * Savings over time: in-year savings as bars and the running cumulative total as a line, for one
 * partnership, all of them, or several series. Arrow keys move from point to point; a table view
 * lists every figure in full; a text summary describes the trend.
 *
 * @tagname shared-savings-chart
 * @summary Savings over time, in-year and cumulative, per partnership or overall.
 *
 * @attr src - URL of a JSON file (the shared dataset, `{ "series": [...] }` or a list of points) or a CSV file (`period,amount[,kind][,series][,status][,source]`).
 * @attr format - `json` or `csv`: overrides the response's content type and the URL's extension.
 * @attr timeout - Seconds to wait for `src` before showing a message (default 15).
 * @attr refresh - Seconds between re-reading `src` for live data (off by default; a minute or more on busy pages). Unchanged files cost a 304; changes are announced politely; a hidden tab does not ask.
 * @attr mode - `both` (default), `cumulative` or `in-year`.
 * @attr partnership - With the shared dataset: the id of the partnership to show (default: all, added up).
 * @attr heading - A heading above the chart (default: the data's `title`).
 * @attr heading-level - The heading's level, 2 to 6, to fit the page's outline (default 2).
 * @attr currency - ISO 4217 code (default `GBP`).
 * @attr lang - `en-GB` (default) or `cy` for Welsh; otherwise the nearest `lang` on the page.
 *
 * @prop {unknown} data - The same data, set from script. Wins over `src`.
 *
 * @event shared-data-load - The data was read. `detail`: `{ title?, series, annotations, fromDataset }`.
 * @event shared-data-error - The data could not be read. `detail`: `{ message, path?, problems }`.
 * @event shared-point-focus - A user moved to a point by pointer or keyboard. `detail`: `{ series, period, amount, kind, status, derived, source? }`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The heading.
 * @csspart notes - Notes about what is shown (a partnership not found, figures left out of a total).
 * @csspart legend - The legend.
 * @csspart chart - The focusable plot area.
 * @csspart svg - The SVG drawing.
 * @csspart axes - The axes and grid lines.
 * @csspart tooltip - The details of the point under the pointer or keyboard.
 * @csspart summary - The text summary (visually hidden by default; screen readers hear it as the chart's description).
 * @csspart hint - How to move through the chart with the keyboard.
 * @csspart controls - The table toggle and download buttons, and the table's page buttons.
 * @csspart button - Each button.
 * @csspart table - The data table.
 * @csspart loading - Shown while the data loads.
 * @csspart error - Shown when the data cannot be read (`role="alert"`).
 * @csspart empty - Shown when there is nothing to show.
 * @csspart warnings - Lists parts of the data that were left out.
 * @csspart export-error - Says why a download could not be made (e.g. PNG blocked by the page's policy).
 * @csspart refresh - Holds the live-data note and announcements (with `refresh`).
 * @csspart refresh-note - Says why the data could not be updated, when a refresh fails.
 *
 * @cssproperty --shared-savings-chart-bar-opacity - Opacity of in-year bars (default `1`: lower it only with colours that keep 3:1 against the page).
 * @cssproperty --shared-savings-chart-line-width - Width of cumulative lines (default `3px`).
 * @cssproperty --shared-savings-chart-grid-color - Grid lines (default `#dddcdb`).
 * @cssproperty --shared-savings-chart-axis-color - Axis line and tick labels (default `--shared-color-text`).
 * @cssproperty --shared-savings-chart-tooltip-background - Tooltip background (default `--shared-color-background`).
 */
export class SharedSavingsChart extends SharedElement {
  static override expectedWords = dataExpected;
  static override styles = savingsChartStyles;
  static override properties: PropertyDeclarations = {
    ...SharedElement.properties,
    mode: { type: String },
    partnership: { type: String },
    currency: { type: String },
    tableOpen: { state: true },
    tableFrom: { state: true }
  };

  declare mode: Mode;
  declare partnership: string | null;
  declare currency: string;
  declare tableOpen: boolean;
  declare tableFrom: number;

  private readonly data$ = new DataController<SavingsInput>(this, savingsReader);
  private readonly size$ = new WidthController(this);
  private readonly print$ = new PrintController(this);
  private readonly nav$ = new ChartNavigation(this, () => this.model, (mark, byKeyboard) => this.moved(mark, byKeyboard), (edge) => this.edge(edge));
  private selection?: Selection;
  private model?: RenderModel;
  private rows?: ReturnType<typeof tableRows>;
  private legend?: LegendModel;
  private notes: string[] = [];
  private summary: string[] = [];
  private readonly memo = new Memo();
  private announcement = '';
  /** Why the chart could not be drawn, or a download made. */
  private failure = '';
  private exportProblem = '';
  private rulerText?: SVGTextElement;

  constructor() {
    super();
    this.mode = 'both';
    this.partnership = null;
    this.currency = 'GBP';
    this.tableOpen = false;
    this.tableFrom = 0;
  }

  /** The chart's own words in the element's language. */
  get m(): ChartMessages {
    return chartMessages[this.lang$.locale];
  }

  private get safeMode(): Mode {
    return MODES.includes(this.mode) ? this.mode : 'both';
  }

  private money = (amount: number) => formatMoneyShort(amount, { intlLocale: this.lang$.intl, currency: this.currency || 'GBP', units: moneyUnits[this.lang$.locale] });

  protected override willUpdate(): void {
    this.layOut();
  }

  /**
   * Lays the chart out (measuring its text) if anything it depends on changed, and says whether it
   * did: before each update too (SharedElement.scheduleUpdate), so that on a slow machine the layout
   * and the drawing are tasks apart.
   */
  protected override layOut(): boolean {
    const input = this.data$.value;
    // The width only once there is something to draw: asked for sooner (the first render, while the
    // data loads), the browser would lay the whole page out in the middle of it to answer.
    const width = input ? this.size$.layoutWidth : 0;
    const changed = this.memo.changes([input, width, this.safeMode, this.partnership, this.lang$.locale, this.currency]);
    if (!changed) return false;
    // New data alone (a refresh, say): the open point stays open if the new data still has it.
    const open = changed.length === 1 && changed[0] === 0 ? this.nav$.remember() : undefined;
    this.nav$.reset();
    this.tableFrom = 0;
    this.rows = undefined;
    const m = this.m;
    try {
      this.failure = '';
      this.layout(input, width);
      this.nav$.restore(open);
    } catch (error) {
      // A defect, not bad data: say so in place of the chart rather than leave the element busy.
      this.model = undefined;
      this.failure = fill(m.drawFailed, { detail: error instanceof Error ? error.message : String(error) });
    }
    return true;
  }

  /** Marks once, then the render model, the legend and the summary from them. */
  private layout(input: SavingsInput | undefined, width: number): void {
    const m = this.m;
    const selection = (this.selection = input ? selectSeries(input, this.partnership, m.allPartnerships) : undefined);
    const marks = selection?.series.map((s, i) => seriesMarks(s, this.safeMode, i)) ?? [];
    const drawable = marks.some((s) => s.bars.length || s.line.length);
    const intl = this.lang$.intl;
    this.notes = [
      ...(selection?.unknownPartnership ? [fill(m.unknownPartnership, { id: selection.unknownPartnership })] : []),
      ...(selection?.cumulativeOnly.length ? [fill(m.cumulativeOnly, { names: selection.cumulativeOnly.join(', ') })] : []),
      ...marks.filter((s) => s.overflow).map((s) => fill(m.overflow, { series: s.series.name ?? m.defaultSeries, period: s.overflow! }))
    ];
    this.model = drawable
      ? layoutChart(marks, {
          width,
          height: Math.round(Math.min(Math.max(width * 0.55, 240), 420)),
          formatMoney: this.money,
          formatExact: (amount) => formatMoneyFull(amount, { intlLocale: intl, currency: this.currency || 'GBP' }),
          formatMonth: (d) => formatDate(d, intl, 'short-month'),
          defaultName: m.defaultSeries,
          annotations: input?.annotations ?? [],
          ...this.ruler()
        })
      : undefined;
    this.legend = this.model ? legendModel(this.model) : undefined;
    this.summary = drawable ? summarise(marks, { m, intlLocale: intl, money: this.money, defaultName: m.defaultSeries }) : [];
  }

  /**
   * Text as the chart draws it (its font, the page's text size and spacing), measured on an SVG
   * text element kept out of sight; nothing when the element is not displayed.
   */
  private ruler(): { ruler?: Ruler } {
    if (!this.rulerText) {
      const ns = 'http://www.w3.org/2000/svg';
      const svg = document.createElementNS(ns, 'svg');
      svg.setAttribute('class', 'ruler');
      svg.setAttribute('aria-hidden', 'true');
      this.rulerText = document.createElementNS(ns, 'text');
      this.rulerText.setAttribute('class', 'tick');
      svg.append(this.rulerText);
    }
    const text = this.rulerText;
    if (!text.ownerSVGElement!.isConnected) this.renderRoot.appendChild(text.ownerSVGElement!);
    const measure = (s: string) => ((text.textContent = s), text.getBBox());
    const lineHeight = measure('Hg£').height;
    if (!lineHeight) return {};
    // Every chart on the page whose text is styled alike shares its widths: each new text measured
    // makes the browser lay the page out again, and the charts of a page mostly write the same
    // ticks and periods.
    const widths = widthsFor(text.ownerDocument, `${lineHeight}|${styleKey(getComputedStyle(text))}`);
    const width = (s: string) => widths.get(s) ?? widths.set(s, measure(s).width).get(s)!;
    return { ruler: { width, lineHeight } };
  }

  protected override render() {
    // A currency `Intl` cannot take is said where it is (the attribute), rather than thrown (R-H6).
    const currency = currencyProblem(this.currency);
    const state = renderState(this.data$, this.t, this.lang$.locale) ?? (currency ? renderError([problemMessage(currency, this.t)], this.t, this.lang$.locale) : undefined);
    const heading = this.heading || this.data$.value?.title;
    return html`<section part="base" aria-label=${heading ? nothing : this.m.chart}>
      ${renderHeading(heading, this.headingLevel)}
      ${state ?? this.renderChart(heading)}
      ${renderSkipped(this.data$, this.t, this.lang$.locale)}
    </section>`;
  }

  /** Places the tooltip beside its point, inside the chart (when it moved or changed: `tooltipMoved`). */
  protected override updated(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (!tip || !tooltipMoved(tip, this.size$.width, tip.dataset.x, tip.dataset.y)) return;
    const frame = tip.parentElement!.getBoundingClientRect();
    placeTooltip(tip, Number(tip.dataset.x), Number(tip.dataset.y), frame.width, frame.height);
  }

  private renderChart(heading: string | null | undefined) {
    const m = this.m;
    const notes = this.notes.length ? html`<ul part="notes" class="notes">${this.notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing;
    if (this.failure) return html`<div part="error" class="state state--error" role="alert">${this.failure}</div>`;
    const model = this.model;
    if (!model) return html`${notes}<div part="empty" class="state state--empty">${m.noInYear}</div>`;
    const nav = this.nav$;
    const active = nav.mark;
    const currency = this.currency || 'GBP';
    const subject = heading || model.series.map((s) => s.name).join(', ');
    return html`${notes} ${renderLegend(this.legend!, m)}
      <div class="frame" @focusout=${nav.onFocusOut} @pointermove=${nav.onPointer} @pointerleave=${nav.onLeave}>
        <div part="chart" class="plot" tabindex="0" role="application" aria-label=${[heading, m.chart].filter(Boolean).join(': ')}
          aria-describedby="summary hint" @keydown=${nav.onKey} @focus=${nav.onFocus} @click=${nav.onClick}>
          ${renderPlot(model, active)}
        </div>
        ${active
          ? renderTooltip(active, model.series[active.seriesIndex]!.name, { m, intlLocale: this.lang$.intl, money: this.money, currency, base: document.baseURI, pinned: nav.pinned })
          : nothing}
      </div>
      <p id="summary" part="summary" class="visually-hidden" aria-hidden="true">${this.summary.join(' ')}</p>
      <p id="hint" part="hint" class="hint">${m.keyboardHint}</p>
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
      <div part="controls" class="controls">
        <button part="button" type="button" aria-expanded=${String(this.tableOpen)} aria-controls="table" @click=${() => (this.tableOpen = !this.tableOpen)}>
          ${this.tableOpen ? m.hideTable : m.showTable}
        </button>
        <button part="button" type="button" @click=${() => this.exportAs('csv')}>${m.download.csv}</button>
        <button part="button" type="button" @click=${() => this.exportAs('svg')}>${m.download.svg}</button>
        <button part="button" type="button" @click=${() => this.exportAs('png')}>${m.download.png}</button>
      </div>
      ${this.exportProblem ? html`<p part="export-error" class="export-error" role="alert">${this.exportProblem}</p>` : nothing}
      ${this.tableOpen || this.print$.printing
        ? renderTable(model, (this.rows ??= tableRows(model)), {
            id: 'table',
            m,
            intlLocale: this.lang$.intl,
            currency,
            base: document.baseURI,
            subject,
            from: this.tableFrom,
            onPage: (from) => (this.tableFrom = from)
          })
        : nothing}`;
  }

  /** A key pressed past the first or last point: say so, so that the key does not seem dead. */
  private edge(edge: 'first' | 'last'): void {
    const text = edge === 'first' ? this.m.firstPoint : this.m.lastPoint;
    // The same words again would not be announced again: vary them invisibly.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
    this.requestUpdate();
  }

  /** A user moved to a point: say so to screen readers (keyboard moves) and tell the page. */
  private moved(mark: Mark, byKeyboard: boolean): void {
    const p = mark.point;
    const m = this.m;
    const name = this.model!.series[mark.seriesIndex]!.name;
    if (byKeyboard) {
      this.announcement = fill(m.announce, {
        series: name,
        period: formatPeriod(p.period, this.lang$.intl),
        amount: this.money(p.amount),
        kind: p.kind === 'cumulative' ? m.cumulative : m.inYear,
        status: m.status[p.status]
      });
    }
    this.emit('shared-point-focus', {
      series: { id: this.selection!.series[mark.seriesIndex]!.id, name },
      period: p.period.label,
      amount: p.amount,
      kind: p.kind,
      status: p.status,
      derived: mark.derived,
      ...(p.source !== undefined ? { source: p.source } : {})
    });
  }

  /**
   * Offers the data as CSV, or the chart as SVG or PNG, as a download; returns the file, or nothing
   * when it could not be made (a PNG under a policy that blocks images: said on screen, never thrown).
   */
  async exportAs(kind: 'csv' | 'svg' | 'png'): Promise<Blob | undefined> {
    const title = this.heading || this.data$.value?.title || '';
    const name = fileSlug(title, 'savings');
    let blob: Blob | undefined;
    this.exportProblem = '';
    try {
      if (kind === 'csv' && this.selection) blob = new Blob([toCsv(this.selection.series, this.m.defaultSeries)], { type: 'text/csv' });
      const drawing = this.renderRoot.querySelector<SVGSVGElement>('svg[part~="svg"]');
      if (kind !== 'csv' && drawing && this.model) {
        const base = this.renderRoot.querySelector('[part~="base"]')!;
        const background = getComputedStyle(base).getPropertyValue('--_color-background').trim() || '#ffffff';
        const file = svgFile(drawing, background);
        blob = kind === 'svg' ? new Blob([file], { type: 'image/svg+xml' }) : await pngFile(file, this.model.width, this.model.height);
      }
    } catch {
      blob = undefined;
      this.exportProblem = this.m.pngFailed;
    }
    this.requestUpdate();
    if (blob) download(`${name}.${kind}`, blob);
    return blob;
  }
}
