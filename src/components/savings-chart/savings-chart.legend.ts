/** The legend: series by colour, then what bars, lines, dashes and hollow marks mean, as far as they are used. */
import { html, nothing, svg } from 'lit';
import type { ChartSeries } from './savings-chart.data.js';
import type { RenderModel } from './savings-chart.layout.js';
import type { ChartMessages } from './savings-chart.messages.js';

export interface LegendModel {
  series: string[];
  bars: boolean;
  lines: boolean;
  estimated: boolean;
  projected: boolean;
  illustrative: boolean;
}

export function legendModel(series: readonly ChartSeries[], model: RenderModel, defaultName: string): LegendModel {
  const statuses = new Set(model.nav.flat().map((m) => m.plotted.point.status));
  return {
    series: series.length > 1 ? series.map((s) => s.name ?? defaultName) : [],
    bars: model.bars.length > 0,
    lines: model.lines.length > 0,
    estimated: statuses.has('estimated'),
    projected: statuses.has('projected'),
    illustrative: series.some((s) => s.points.some((p) => p.illustrative))
  };
}

function swatch(kind: 'bar' | 'line' | 'series' | 'dot', series = 0, status = 'actual') {
  const shape =
    kind === 'bar'
      ? svg`<rect class="bar actual" x="6" y="1" width="16" height="12"></rect>`
      : kind === 'line'
        ? svg`<line class="line" x1="2" x2="26" y1="7" y2="7"></line>`
        : kind === 'series'
          ? svg`<rect class="bar actual" x="2" y="2" width="24" height="10"></rect>`
          : svg`<line class="line dashed" x1="2" x2="26" y1="7" y2="7"></line><circle class="dot ${status}" cx="14" cy="7" r="4"></circle>`;
  return html`<svg class="swatch s${series % 8}" width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false">${shape}</svg>`;
}

export function renderLegend(legend: LegendModel, m: ChartMessages) {
  return html`<ul part="legend" class="legend">
    ${legend.series.map((name, i) => html`<li>${swatch('series', i)}${name}</li>`)}
    ${legend.bars ? html`<li>${swatch('bar')}${m.inYear}</li>` : nothing}
    ${legend.lines ? html`<li>${swatch('line')}${m.cumulative}</li>` : nothing}
    ${legend.estimated ? html`<li>${swatch('dot', 0, 'estimated')}${m.status.estimated}</li>` : nothing}
    ${legend.projected ? html`<li>${swatch('dot', 0, 'projected')}${m.status.projected}</li>` : nothing}
    ${legend.illustrative ? html`<li><span class="tag">${m.illustrative}</span></li>` : nothing}
  </ul>`;
}
