/**
 * The table view, read from the same render model as the chart: every bar and point drawn, running
 * totals included, in full (`£1,340,000,000`) with its source. Long tables are shown a page at a
 * time, so that 100,000 rows never block the page.
 */
import { html, nothing } from 'lit';
import { formatCount, formatMoneyFull } from '../../format/number.js';
import { formatPeriod } from '../../format/period.js';
import { sourceLink } from '../../format/source.js';
import { fill } from '../../i18n/messages.js';
import { visitOrder, type Mark, type RenderModel } from './savings-chart.layout.js';
import type { ChartMessages } from './savings-chart.messages.js';

export interface TableOptions {
  id: string;
  m: ChartMessages;
  intlLocale: string;
  currency: string;
  base: string;
  /** What the chart shows, for the caption (its heading or the series' names). */
  subject: string;
  /** The first row shown (0-based); rows are shown `PAGE` at a time. */
  from: number;
  onPage: (from: number) => void;
}

/** Rows a page: about 10 ms to draw here, well inside the 50 ms a task may take. */
export const PAGE = 250;

/** Every row of the table, series after series, each in time order. */
export function tableRows(model: RenderModel): { mark: Mark; series: string }[] {
  const rows: { mark: Mark; series: string }[] = [];
  for (const s of model.series) for (const mark of visitOrder(s)) rows.push({ mark, series: s.name });
  return rows;
}

export function renderTable(model: RenderModel, rows: readonly { mark: Mark; series: string }[], o: TableOptions) {
  const many = model.series.length > 1;
  const m = o.m;
  const c = m.columns;
  const bars = model.series.some((s) => s.bars.length);
  const lines = model.series.some((s) => s.points.length);
  const what = bars && lines ? m.tableBoth : bars ? m.inYear : m.cumulative;
  const from = Math.min(Math.max(0, o.from), Math.max(0, rows.length - 1));
  const to = Math.min(rows.length, from + PAGE);
  const paged = rows.length > PAGE;
  const go = (at: number, allowed: boolean) => () => allowed && o.onPage(at);
  return html`<div class="table-wrap">
    <table part="table" id=${o.id}>
      <caption>${fill(m.caption, { what, subject: o.subject })}${paged ? html` <span class="range">${fill(m.rows, { from: formatCount(from + 1, o.intlLocale), to: formatCount(to, o.intlLocale), count: formatCount(rows.length, o.intlLocale) })}</span>` : nothing}</caption>
      <thead>
        <tr>
          ${many ? html`<th scope="col">${c.series}</th>` : nothing}
          <th scope="col">${c.period}</th>
          <th scope="col">${c.kind}</th>
          <th scope="col">${c.status}</th>
          <th scope="col" class="num">${c.amount}</th>
          <th scope="col">${c.source}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.slice(from, to).map(({ mark, series }) => {
          const p = mark.point;
          const source = sourceLink(p.source, o.base);
          return html`<tr data-period=${p.period.label} data-kind=${p.kind}>
            ${many ? html`<th scope="row">${series}</th>` : nothing}
            <th scope="row">${formatPeriod(p.period, o.intlLocale)}</th>
            <td>${p.kind === 'cumulative' ? m.cumulative : m.inYear}${mark.derived ? html` <span class="derived">${m.runningTotal}</span>` : nothing}</td>
            <td>${m.status[p.status]}${p.illustrative ? html` <span class="tag">${m.illustrative}</span>` : nothing}</td>
            <td class="num">${formatMoneyFull(p.amount, { intlLocale: o.intlLocale, currency: o.currency })}</td>
            <td>${source ? (source.href ? html`<a href=${source.href}>${source.text}</a>` : source.text) : nothing}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>
  ${paged
    ? html`<div class="pages" part="controls">
        <button part="button" type="button" aria-controls=${o.id} aria-disabled=${String(from === 0)} @click=${go(Math.max(0, from - PAGE), from > 0)}>${m.previousRows}</button>
        <button part="button" type="button" aria-controls=${o.id} aria-disabled=${String(to >= rows.length)} @click=${go(to, to < rows.length)}>${m.nextRows}</button>
      </div>`
    : nothing}`;
}
