/**
 * A text summary of the chart for screen readers and for anyone who prefers words:
 * "All English councils: cumulative savings rose from £156.5m in December 2011 to £1.34bn by March 2019."
 * Figures that are estimated, projected or illustrative are said to be so, never stated as fact.
 */
import { formatDate, formatPeriod, type Period } from '../../format/period.js';
import { fill } from '../../i18n/messages.js';
import type { ChartMessages } from './savings-chart.messages.js';
import { CAVEATS, ILLUSTRATIVE, type Mark, type SeriesMarks } from './savings-chart.series.js';

export interface SummaryOptions {
  m: ChartMessages;
  intlLocale: string;
  money: (amount: number) => string;
  defaultName: string;
}

/** A period's end in words: a financial year ends in March (`March 2019`). */
function byEnd(period: Period, intlLocale: string): string {
  if (period.kind !== 'financial-year') return formatPeriod(period, intlLocale);
  return formatDate(period.end, intlLocale, 'month');
}

const SHOWN = 3;

/** Up to three periods by name, or the first and last of more (marks in time order). */
function periodList(marks: readonly Mark[], intlLocale: string): string {
  const when = (m: Mark) => formatPeriod(m.point.period, intlLocale);
  if (marks.length > 3) return `${when(marks[0]!)}–${when(marks[marks.length - 1]!)}`;
  return [...new Set(marks.map(when))].join(', ');
}

/** "Estimated, not final: 2018/19." and "Projected, not yet achieved: 2019/20." for one series' marks. */
function caveats(s: SeriesMarks, o: SummaryOptions, name: string): string[] {
  // Known while the marks were made: most series have none, and then no mark is looked at.
  if (!(s.facts & CAVEATS)) return [];
  return (['estimated', 'projected'] as const).flatMap((status) => {
    const some: Mark[] = [];
    for (const list of [s.bars, s.line]) for (const m of list) if (m.point.status === status && !m.derived) some.push(m);
    some.sort((a, b) => a.point.period.end.getTime() - b.point.period.end.getTime());
    return some.length ? [`${name}: ${fill(o.m.summary[status], { periods: periodList(some, o.intlLocale) })}`] : [];
  });
}

export function summarise(marks: readonly SeriesMarks[], o: SummaryOptions): string[] {
  const shown = marks.filter((s) => s.bars.length || s.line.length).slice(0, SHOWN);
  const sentences = shown.flatMap((s) => [sentence(s, o), ...caveats(s, o, s.series.name ?? o.defaultName)]);
  const illustrative = shown.some((s) => s.facts & ILLUSTRATIVE);
  return [...sentences, ...(illustrative ? [o.m.summary.illustrative] : []), o.m.summary.more];
}

function sentence({ series, bars, line }: SeriesMarks, o: SummaryOptions): string {
    const name = series.name ?? o.defaultName;
    const when = (p: Period) => formatPeriod(p, o.intlLocale);
    if (line.length > 1) {
      const first = line[0]!.point;
      const last = line[line.length - 1]!.point;
      return fill(last.amount >= first.amount ? o.m.summary.rose : o.m.summary.fell, {
        series: name,
        from: o.money(first.amount),
        start: when(first.period),
        // A running total is as sure as the least sure figure in it.
        to: last.status === 'actual' ? o.money(last.amount) : `${o.money(last.amount)} (${o.m.status[last.status].toLowerCase()})`,
        end: byEnd(last.period, o.intlLocale)
      });
    }
    if (bars.length > 1) {
      const max = bars.reduce((a, b) => (b.point.amount > a.point.amount ? b : a));
      return fill(o.m.summary.inYearRange, {
        series: name,
        count: bars.length,
        start: when(bars[0]!.point.period),
        end: when(bars[bars.length - 1]!.point.period),
        max: o.money(max.point.amount),
        maxPeriod: when(max.point.period)
      });
    }
    const only = (line[0] ?? bars[0])!.point;
    return fill(o.m.summary.single, {
      series: name,
      amount: o.money(only.amount),
      kind: (only.kind === 'cumulative' ? o.m.cumulative : o.m.inYear).toLowerCase(),
      period: when(only.period)
    });
}
