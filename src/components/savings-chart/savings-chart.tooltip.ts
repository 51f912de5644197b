/** The details of one point: series, period, amount short and in full, kind, status and source. */
import { html, nothing } from 'lit';
import { formatMoneyFull } from '../../format/number.js';
import { formatPeriod } from '../../format/period.js';
import { sourceLink } from '../../format/source.js';
import type { Mark } from './savings-chart.layout.js';
import type { ChartMessages } from './savings-chart.messages.js';

export interface TooltipOptions {
  m: ChartMessages;
  intlLocale: string;
  currency: string;
  money: (amount: number) => string;
  base: string;
  pinned: boolean;
}

export function renderTooltip(mark: Mark, seriesName: string, o: TooltipOptions) {
  const p = mark.point;
  const source = sourceLink(p.source, o.base);
  return html`<div part="tooltip" class="tooltip${o.pinned ? ' pinned' : ''}" role="tooltip"
      data-x=${Math.round(mark.x)} data-y=${Math.round(mark.y)}>
    <p class="tooltip__series">${seriesName}</p>
    <p class="tooltip__period">${formatPeriod(p.period, o.intlLocale)}</p>
    <p class="tooltip__amount"><strong>${o.money(p.amount)}</strong>
      <span class="tooltip__full">${formatMoneyFull(p.amount, { intlLocale: o.intlLocale, currency: o.currency })}</span></p>
    <p class="tooltip__kind">${p.kind === 'cumulative' ? o.m.cumulative : o.m.inYear}${mark.derived ? ` ${o.m.runningTotal}` : ''} · ${o.m.status[p.status]}</p>
    ${p.illustrative ? html`<p class="tag">${o.m.illustrative}</p>` : nothing}
    ${p.note ? html`<p class="tooltip__note">${p.note}</p>` : nothing}
    ${source
      ? html`<p class="tooltip__source">${o.m.columns.source}: ${source.href ? html`<a href=${source.href} target="_blank" rel="noopener">${source.text}</a>` : source.text}</p>`
      : nothing}
  </div>`;
}
