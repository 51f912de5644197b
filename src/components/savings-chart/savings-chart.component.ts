import { html, nothing, svg, type PropertyDeclarations } from 'lit';
import { DataController } from '../../controllers/data-controller.js';
import { WidthController } from '../../controllers/width-controller.js';
import { SharedElement } from '../../core/shared-element.js';
import { renderSkipped, renderState } from '../../core/states.js';
import { formatMoneyShort } from '../../format/number.js';
import { formatDate, formatPeriod } from '../../format/period.js';
import { fill } from '../../i18n/messages.js';
import { savingsReader, selectSeries, type SavingsInput, type Selection } from './savings-chart.data.js';
import { download, pngFile, svgFile, toCsv } from './savings-chart.export.js';
import { layoutChart, type Mark, type RenderModel } from './savings-chart.layout.js';
import { chartMessages, type ChartMessages } from './savings-chart.messages.js';
import { seriesMarks, type Mode } from './savings-chart.series.js';
import { savingsChartStyles } from './savings-chart.styles.js';
import { summarise } from './savings-chart.summary.js';
import { renderPlot } from './savings-chart.svg.js';
import { renderTable } from './savings-chart.table.js';
import { renderTooltip } from './savings-chart.tooltip.js';

const MODES: readonly Mode[] = ['both', 'cumulative', 'in-year'];

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
 * @attr mode - `both` (default), `cumulative` or `in-year`.
 * @attr partnership - With the shared dataset: the id of the partnership to show (default: all, added up).
 * @attr heading - A heading above the chart (default: the data's `title`).
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
 * @csspart summary - The text summary (visually hidden by default).
 * @csspart controls - The table toggle and download buttons.
 * @csspart button - Each button.
 * @csspart table - The data table.
 * @csspart loading - Shown while the data loads.
 * @csspart error - Shown when the data cannot be read (`role="alert"`).
 * @csspart empty - Shown when there is nothing to show.
 * @csspart warnings - Lists parts of the data that were left out.
 *
 * @cssproperty --shared-savings-chart-bar-opacity - Opacity of in-year bars (default `0.85`).
 * @cssproperty --shared-savings-chart-line-width - Width of cumulative lines (default `3px`).
 * @cssproperty --shared-savings-chart-grid-color - Grid lines (default `#dddcdb`).
 * @cssproperty --shared-savings-chart-axis-color - Axis line and tick labels (default `--shared-color-text`).
 * @cssproperty --shared-savings-chart-tooltip-background - Tooltip background (default `--shared-color-background`).
 */
export class SharedSavingsChart extends SharedElement {
  static override styles = savingsChartStyles;
  static override properties: PropertyDeclarations = {
    ...SharedElement.properties,
    mode: { type: String },
    partnership: { type: String },
    currency: { type: String },
    active: { state: true },
    pinned: { state: true },
    tableOpen: { state: true },
    printing: { state: true }
  };

  declare mode: Mode;
  declare partnership: string | null;
  declare currency: string;
  declare active: { series: number; index: number } | undefined;
  declare pinned: boolean;
  declare tableOpen: boolean;
  declare printing: boolean;

  private readonly data$ = new DataController<SavingsInput>(this, savingsReader);
  private readonly size$ = new WidthController(this);
  private selection?: Selection;
  private model?: RenderModel;
  private summary: string[] = [];
  private memo: unknown[] = [];
  private announcement = '';
  private readonly onPrint = (event: Event) => {
    this.printing = event.type === 'beforeprint';
    if (this.printing) this.performUpdate();
  };

  constructor() {
    super();
    this.mode = 'both';
    this.partnership = null;
    this.currency = 'GBP';
    this.active = undefined;
    this.pinned = false;
    this.tableOpen = false;
    this.printing = false;
  }

  /** The chart's own words in the element's language. */
  get m(): ChartMessages {
    return chartMessages[this.lang$.locale];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.onPrint);
    addEventListener('afterprint', this.onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.onPrint);
    removeEventListener('afterprint', this.onPrint);
  }

  private get safeMode(): Mode {
    return MODES.includes(this.mode) ? this.mode : 'both';
  }

  private money = (amount: number) => formatMoneyShort(amount, { intlLocale: this.lang$.intl, currency: this.currency || 'GBP', units: this.t.units });

  protected override willUpdate(): void {
    const input = this.data$.value;
    const width = Math.max(this.size$.width || this.clientWidth || 640, 280);
    const key = [input, width, this.safeMode, this.partnership, this.lang$.locale, this.currency];
    if (key.every((k, i) => k === this.memo[i])) return;
    this.memo = key;
    this.active = undefined;
    this.selection = input ? selectSeries(input, this.partnership, this.m.allPartnerships) : undefined;
    const marks = this.selection?.series.map((s) => seriesMarks(s, this.safeMode)) ?? [];
    const drawable = marks.some((m) => m.bars.length || m.line.length);
    const intl = this.lang$.intl;
    this.model = drawable
      ? layoutChart(this.selection!.series, {
          width,
          height: Math.round(Math.min(Math.max(width * 0.55, 240), 420)),
          mode: this.safeMode,
          formatMoney: this.money,
          formatMonth: (d) => formatDate(d, intl, 'short-month'),
          defaultName: this.m.defaultSeries,
          annotations: input?.annotations ?? []
        })
      : undefined;
    this.summary = drawable ? summarise(marks, { m: this.m, intlLocale: intl, money: this.money, defaultName: this.m.defaultSeries }) : [];
  }

  protected override render() {
    const state = renderState(this.data$, this.t, this.lang$.locale);
    const heading = this.heading || this.data$.value?.title;
    return html`<section part="base" aria-label=${heading ? nothing : this.m.chart}>
      ${heading ? html`<h2 part="heading">${heading}</h2>` : nothing}
      ${state ?? this.renderChart()}
      ${renderSkipped(this.data$, this.t, this.lang$.locale)}
    </section>`;
  }

  protected override updated(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (!tip) return;
    const frame = tip.parentElement!.getBoundingClientRect();
    const x = Number(tip.dataset.x);
    const y = Number(tip.dataset.y);
    const left = x + 12 + tip.offsetWidth > frame.width ? Math.max(x - 12 - tip.offsetWidth, 0) : x + 12;
    const top = Math.min(Math.max(y - tip.offsetHeight / 2, 0), Math.max(frame.height - tip.offsetHeight, 0));
    tip.style.setProperty('left', `${left}px`);
    tip.style.setProperty('top', `${top}px`);
  }

  private renderChart() {
    const m = this.m;
    const selection = this.selection!;
    const notes = [
      ...(selection.unknownPartnership ? [fill(m.unknownPartnership, { id: selection.unknownPartnership })] : []),
      ...(selection.cumulativeOnly.length ? [fill(m.cumulativeOnly, { names: selection.cumulativeOnly.join(', ') })] : [])
    ];
    const notesBlock = notes.length ? html`<ul part="notes" class="notes">${notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing;
    if (!this.model) return html`${notesBlock}<div part="empty" class="state state--empty">${m.noInYear}</div>`;
    const active = this.activeMark;
    const showTable = this.tableOpen || this.printing;
    return html`${notesBlock}
      ${this.renderLegend()}
      <div class="frame" @focusout=${this.onFocusOut}>
        <div part="chart" class="plot" tabindex="0" role="application" aria-label=${[this.heading || this.data$.value?.title, m.chart].filter(Boolean).join(': ')}
          aria-describedby="summary hint" @keydown=${this.onKey} @focus=${this.onFocus}
          @pointermove=${this.onPointer} @pointerleave=${this.onLeave} @click=${this.onClick}>
          ${renderPlot(this.model, active)}
        </div>
        ${active ? renderTooltip(active, { m, intlLocale: this.lang$.intl, money: this.money, currency: this.currency || 'GBP', base: document.baseURI, pinned: this.pinned }) : nothing}
      </div>
      <p id="summary" part="summary" class="visually-hidden">${this.summary.join(' ')}</p>
      <p id="hint" class="visually-hidden">${m.keyboardHint}</p>
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
      <div part="controls" class="controls">
        <button part="button" type="button" aria-expanded=${String(this.tableOpen)} aria-controls="table" @click=${() => (this.tableOpen = !this.tableOpen)}>
          ${this.tableOpen ? m.hideTable : m.showTable}
        </button>
        <button part="button" type="button" data-export="csv" @click=${() => this.exportAs('csv')}>${m.download.csv}</button>
        <button part="button" type="button" data-export="svg" @click=${() => this.exportAs('svg')}>${m.download.svg}</button>
        <button part="button" type="button" data-export="png" @click=${() => this.exportAs('png')}>${m.download.png}</button>
      </div>
      ${showTable
        ? renderTable(selection.series, { id: 'table', m, intlLocale: this.lang$.intl, currency: this.currency || 'GBP', defaultName: m.defaultSeries, base: document.baseURI })
        : nothing}`;
  }

  private renderLegend() {
    const m = this.m;
    const marks = this.model!;
    const statuses = new Set([...marks.bars, ...marks.dots, ...marks.nav.flat()].map((x) => x.plotted.point.status));
    const many = this.selection!.series.length > 1;
    const swatch = legendSwatch;
    return html`<ul part="legend" class="legend">
      ${many ? this.selection!.series.map((s, i) => html`<li>${swatch('series', i)}${s.name ?? m.defaultSeries}</li>`) : nothing}
      ${marks.bars.length ? html`<li>${swatch('bar')}${m.inYear}</li>` : nothing}
      ${marks.lines.length ? html`<li>${swatch('line')}${m.cumulative}</li>` : nothing}
      ${statuses.has('estimated') ? html`<li>${swatch('dot', 0, 'estimated')}${m.status.estimated}</li>` : nothing}
      ${statuses.has('projected') ? html`<li>${swatch('dot', 0, 'projected')}${m.status.projected}</li>` : nothing}
      ${this.selection!.series.some((s) => s.points.some((p) => p.illustrative)) ? html`<li><span class="tag">${m.illustrative}</span></li>` : nothing}
    </ul>`;
  }

  private get activeMark(): Mark | undefined {
    const a = this.active;
    return a && this.model?.nav[a.series]?.[a.index];
  }

  private moveTo(series: number, index: number, announce: boolean): void {
    const mark = this.model?.nav[series]?.[index];
    if (!mark) return;
    const previous = this.activeMark;
    this.active = { series, index };
    if (previous === mark) return;
    const p = mark.plotted.point;
    const name = mark.seriesName;
    if (announce) {
      this.announcement = fill(this.m.announce, {
        series: name,
        period: formatPeriod(p.period, this.lang$.intl),
        amount: this.money(p.amount),
        kind: p.kind === 'cumulative' ? this.m.cumulative : this.m.inYear,
        status: this.m.status[p.status]
      });
    }
    const series$ = this.selection!.series[series]!;
    this.emit('shared-point-focus', {
      series: { id: series$.id, name },
      period: p.period.label,
      amount: p.amount,
      kind: p.kind,
      status: p.status,
      derived: mark.plotted.derived,
      ...(p.source !== undefined ? { source: p.source } : {})
    });
  }

  private onFocus = () => {
    if (!this.active) this.moveTo(this.model?.nav.findIndex((n) => n.length) ?? 0, 0, true);
  };

  private onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (next && (event.currentTarget as Element).contains(next)) return;
    this.active = undefined;
    this.pinned = false;
  };

  private onKey = (event: KeyboardEvent) => {
    const nav = this.model?.nav ?? [];
    const a = this.active ?? { series: nav.findIndex((n) => n.length), index: 0 };
    const row = nav[a.series] ?? [];
    let target: [number, number] | undefined;
    switch (event.key) {
      case 'ArrowRight':
        target = [a.series, Math.min(a.index + 1, row.length - 1)];
        break;
      case 'ArrowLeft':
        target = [a.series, Math.max(a.index - 1, 0)];
        break;
      case 'Home':
        target = [a.series, 0];
        break;
      case 'End':
        target = [a.series, row.length - 1];
        break;
      case 'ArrowUp':
      case 'ArrowDown': {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        let s = a.series + step;
        while (nav[s] && !nav[s]!.length) s += step;
        const other = nav[s];
        if (!other) break;
        const x = row[a.index]?.x ?? 0;
        const nearest = other.reduce((best, mark, i) => (Math.abs(mark.x - x) < Math.abs(other[best]!.x - x) ? i : best), 0);
        target = [s, nearest];
        break;
      }
      case 'Escape':
        this.pinned = false;
        this.active = undefined;
        break;
      default:
        return;
    }
    event.preventDefault();
    if (target) this.moveTo(target[0], target[1], true);
  };

  private nearest(event: PointerEvent): [number, number] | undefined {
    const box = (event.currentTarget as Element).getBoundingClientRect();
    const px = event.clientX - box.left;
    const py = event.clientY - box.top;
    let best: [number, number] | undefined;
    let distance = Infinity;
    this.model?.nav.forEach((row, s) =>
      row.forEach((mark, i) => {
        const d = Math.abs(mark.x - px) * 4 + Math.abs(mark.y - py) / 4;
        if (d < distance) (distance = d), (best = [s, i]);
      })
    );
    return best;
  }

  private onPointer = (event: PointerEvent) => {
    if (this.pinned) return;
    const hit = this.nearest(event);
    if (hit) this.moveTo(hit[0], hit[1], false);
  };

  private onLeave = () => {
    if (!this.pinned && this.shadowRoot?.activeElement == null) this.active = undefined;
  };

  private onClick = (event: PointerEvent) => {
    const hit = this.nearest(event);
    if (!hit) return;
    this.pinned = true;
    this.moveTo(hit[0], hit[1], false);
  };

  /** The data as CSV, or the chart as SVG or PNG, offered as a download. */
  async exportAs(kind: 'csv' | 'svg' | 'png'): Promise<Blob | undefined> {
    const name = (this.heading || this.data$.value?.title || 'savings').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'savings';
    let blob: Blob | undefined;
    if (kind === 'csv' && this.selection) blob = new Blob([toCsv(this.selection.series, this.m.defaultSeries)], { type: 'text/csv' });
    const svgEl = this.renderRoot.querySelector<SVGSVGElement>('svg[part~="svg"]');
    if (kind !== 'csv' && svgEl && this.model) {
      const background = getComputedStyle(this.renderRoot.querySelector('[part~="base"]')!).getPropertyValue('--_color-background').trim() || '#ffffff';
      const file = svgFile(svgEl, background);
      blob = kind === 'svg' ? new Blob([file], { type: 'image/svg+xml' }) : await pngFile(file, this.model.width, this.model.height);
    }
    if (blob) download(`${name}.${kind}`, blob);
    return blob;
  }
}

function legendSwatch(kind: 'bar' | 'line' | 'series' | 'dot', series = 0, status = 'actual') {
  const shape =
    kind === 'bar'
      ? svg`<rect class="bar s0 actual" x="6" y="1" width="16" height="12"></rect>`
      : kind === 'line'
        ? svg`<line class="line s0" x1="2" x2="26" y1="7" y2="7"></line>`
        : kind === 'series'
          ? svg`<rect class="bar s${series % 8} actual" x="2" y="2" width="24" height="10"></rect>`
          : svg`<line class="line dashed s0" x1="2" x2="26" y1="7" y2="7"></line><circle class="dot s0 ${status}" cx="14" cy="7" r="4"></circle>`;
  return html`<svg class="swatch" width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false">${shape}</svg>`;
}
