/**
 * A text summary of the chart for screen readers and for anyone who prefers words:
 * "All English councils: cumulative savings rose from £156.5m in December 2011 to £1.34bn by March 2019."
 */
import { formatDate, formatPeriod, type Period } from '../../format/period.js';
import { fill } from '../../i18n/messages.js';
import type { ChartMessages } from './savings-chart.messages.js';
import type { SeriesMarks } from './savings-chart.series.js';

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

export function summarise(marks: readonly SeriesMarks[], o: SummaryOptions): string[] {
  const sentences = marks
    .filter((s) => s.bars.length || s.line.length)
    .slice(0, SHOWN)
    .map(({ series, bars, line }) => {
      const name = series.name ?? o.defaultName;
      const when = (p: Period) => formatPeriod(p, o.intlLocale);
      if (line.length > 1) {
        const first = line[0]!.point;
        const last = line[line.length - 1]!.point;
        return fill(last.amount >= first.amount ? o.m.summary.rose : o.m.summary.fell, {
          series: name,
          from: o.money(first.amount),
          start: when(first.period),
          to: o.money(last.amount),
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
    });
  return [...sentences, o.m.summary.more];
}
