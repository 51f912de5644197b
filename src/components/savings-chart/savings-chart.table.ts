/** The table view: every figure of the series shown, in full (`£1,340,000,000`), with its source. */
import { html, nothing } from 'lit';
import { formatMoneyFull } from '../../format/number.js';
import { formatPeriod } from '../../format/period.js';
import { sourceLink } from '../../format/source.js';
import type { ChartSeries } from './savings-chart.data.js';
import type { ChartMessages } from './savings-chart.messages.js';

export interface TableOptions {
  id: string;
  m: ChartMessages;
  intlLocale: string;
  currency: string;
  defaultName: string;
  base: string;
}

export function renderTable(series: readonly ChartSeries[], o: TableOptions) {
  const many = series.length > 1;
  const c = o.m.columns;
  return html`<div class="table-wrap">
    <table part="table" id=${o.id}>
      <caption>${o.m.caption}</caption>
      <thead>
        <tr>
          <th scope="col">${c.period}</th>
          ${many ? html`<th scope="col">${c.series}</th>` : nothing}
          <th scope="col">${c.kind}</th>
          <th scope="col">${c.status}</th>
          <th scope="col" class="num">${c.amount}</th>
          <th scope="col">${c.source}</th>
        </tr>
      </thead>
      <tbody>
        ${series.flatMap((s) =>
          s.points.map((p) => {
            const source = sourceLink(p.source, o.base);
            return html`<tr data-period=${p.period.label} data-kind=${p.kind}>
              <th scope="row">${formatPeriod(p.period, o.intlLocale)}</th>
              ${many ? html`<td>${s.name ?? o.defaultName}</td>` : nothing}
              <td>${p.kind === 'cumulative' ? o.m.cumulative : o.m.inYear}</td>
              <td>${o.m.status[p.status]}${p.illustrative ? html` <span class="tag">${o.m.illustrative}</span>` : nothing}</td>
              <td class="num">${formatMoneyFull(p.amount, { intlLocale: o.intlLocale, currency: o.currency })}</td>
              <td>${source ? (source.href ? html`<a href=${source.href}>${source.text}</a>` : source.text) : nothing}</td>
            </tr>`;
          })
        )}
      </tbody>
    </table>
  </div>`;
}
