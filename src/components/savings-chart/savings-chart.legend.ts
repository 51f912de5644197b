/**
 * The legend: each series by its colour, texture and shape, then what bars, lines, hatching, dashes
 * and hollow marks mean, as far as they are used.
 */
import { html, nothing, svg } from 'lit';
import type { RenderModel } from './savings-chart.layout.js';
import { shapePath } from './savings-chart.marks.js';
import type { ChartMessages } from './savings-chart.messages.js';
import { ESTIMATED, ILLUSTRATIVE, PROJECTED } from './savings-chart.series.js';
import { barFill } from './savings-chart.svg.js';

export interface LegendModel {
  series: { name: string; index: number; bars: boolean }[];
  bars: boolean;
  lines: boolean;
  estimated: boolean;
  projected: boolean;
  illustrative: boolean;
}

export function legendModel(model: RenderModel): LegendModel {
  // The statuses and flags were gathered as the marks were made: no pass over every mark here.
  let facts = 0;
  for (const s of model.series) facts |= s.facts;
  const estimated = (facts & ESTIMATED) > 0;
  const projected = (facts & PROJECTED) > 0;
  const illustrative = (facts & ILLUSTRATIVE) > 0;
  return {
    series: model.series.length > 1 ? model.series.map((s) => ({ name: s.name, index: s.index, bars: s.bars.length > 0 })) : [],
    bars: model.series.some((s) => s.bars.length),
    lines: model.series.some((s) => s.points.length),
    estimated,
    projected,
    illustrative
  };
}

const box = (content: unknown, series = 0) =>
  html`<svg class="swatch s${series % 8}" width="34" height="16" viewBox="0 0 34 16" aria-hidden="true" focusable="false">${content}</svg>`;

function seriesSwatch(index: number, bars: boolean) {
  return box(
    svg`${bars ? svg`<rect class="bar actual" fill=${barFill(index, 'actual')} x="1" y="2" width="14" height="12"></rect>` : nothing}
      <line class="line" x1=${bars ? 18 : 2} x2="32" y1="8" y2="8"></line><path class="dot" d=${shapePath(index, 25, 8)}></path>`,
    index
  );
}

export function renderLegend(legend: LegendModel, m: ChartMessages) {
  return html`<ul part="legend" class="legend">
    ${legend.series.map((s) => html`<li>${seriesSwatch(s.index, s.bars)}${s.name}</li>`)}
    ${legend.bars ? html`<li>${box(svg`<rect class="bar actual" x="9" y="2" width="16" height="12"></rect>`)}${m.inYear}</li>` : nothing}
    ${legend.lines ? html`<li>${box(svg`<line class="line" x1="2" x2="32" y1="8" y2="8"></line>`)}${m.cumulative}</li>` : nothing}
    ${legend.estimated
      ? html`<li>${box(svg`<rect class="bar estimated" fill="url(#est-0)" x="1" y="2" width="12" height="12"></rect><line class="line dashed" x1="16" x2="32" y1="8" y2="8"></line><path class="dot estimated" d=${shapePath(0, 24, 8)}></path>`)}${m.status.estimated}</li>`
      : nothing}
    ${legend.projected
      ? html`<li>${box(svg`<rect class="bar projected" x="1" y="2" width="12" height="12"></rect><line class="line dashed" x1="16" x2="32" y1="8" y2="8"></line><path class="dot projected" d=${shapePath(0, 24, 8)}></path>`)}${m.status.projected}</li>`
      : nothing}
    ${legend.illustrative ? html`<li><span class="tag">${m.illustrative}</span></li>` : nothing}
  </ul>`;
}
