/** The savings chart's own words, in English and Welsh. */
import type { Locale } from '../../i18n/messages.js';

export interface ChartMessages {
  chart: string;
  keyboardHint: string;
  allPartnerships: string;
  defaultSeries: string;
  inYear: string;
  cumulative: string;
  status: { actual: string; estimated: string; projected: string };
  illustrative: string;
  annotation: string;
  showTable: string;
  hideTable: string;
  /** `{what}`: the kinds of figure shown; `{subject}`: the chart's heading or its series. */
  caption: string;
  tableBoth: string;
  runningTotal: string;
  rows: string;
  previousRows: string;
  nextRows: string;
  columns: { period: string; series: string; kind: string; status: string; amount: string; source: string };
  download: { csv: string; svg: string; png: string; group: string };
  summary: {
    rose: string;
    fell: string;
    single: string;
    inYearRange: string;
    more: string;
    estimated: string;
    projected: string;
    illustrative: string;
  };
  announce: string;
  firstPoint: string;
  lastPoint: string;
  overflow: string;
  pngFailed: string;
  drawFailed: string;
  noInYear: string;
  unknownPartnership: string;
  cumulativeOnly: string;
  xAxis: string;
  yAxis: string;
}

const en: ChartMessages = {
  chart: 'Savings chart',
  keyboardHint: 'Use the arrow keys to move between points, up and down to change series, Escape to close the details.',
  allPartnerships: 'All partnerships',
  defaultSeries: 'Savings',
  inYear: 'In-year savings',
  cumulative: 'Cumulative savings',
  status: { actual: 'Actual', estimated: 'Estimated', projected: 'Projected' },
  illustrative: 'Illustrative figures',
  annotation: 'Event',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  caption: '{what} by period: {subject}',
  tableBoth: 'In-year savings and cumulative totals',
  runningTotal: '(running total of in-year savings)',
  rows: '(rows {from} to {to} of {count})',
  previousRows: 'Previous rows',
  nextRows: 'Next rows',
  columns: { period: 'Period', series: 'Series', kind: 'Kind', status: 'Status', amount: 'Amount', source: 'Source' },
  download: { csv: 'Download data (CSV)', svg: 'Download chart (SVG)', png: 'Download chart (PNG)', group: 'Download' },
  summary: {
    rose: '{series}: cumulative savings rose from {from} in {start} to {to} by {end}.',
    fell: '{series}: cumulative savings went from {from} in {start} to {to} by {end}.',
    single: '{series}: {amount} {kind} in {period}.',
    inYearRange: '{series}: in-year savings in {count} periods from {start} to {end}, highest {max} in {maxPeriod}.',
    more: 'The table lists every figure drawn, running totals included.',
    estimated: 'Estimated, not final: {periods}.',
    projected: 'Projected, not yet achieved: {periods}.',
    illustrative: 'These are illustrative figures, not real ones.'
  },
  announce: '{series}, {period}: {amount}, {kind}, {status}.',
  firstPoint: 'First point.',
  lastPoint: 'Last point.',
  overflow: '{series}: the running total after {period} is too large to draw, so the line stops there.',
  pngFailed: 'The PNG could not be made here: this page’s security policy (img-src) does not allow it. Download the SVG instead.',
  drawFailed: 'The chart could not be drawn: {detail}',
  noInYear:
    'These figures are cumulative totals only. Differences between cumulative totals are not in-year savings, so there are no in-year savings to show. Set mode="cumulative" or mode="both".',
  unknownPartnership: 'No partnership has the id "{id}", so all partnerships are shown.',
  cumulativeOnly: 'Not in the total, as they give cumulative figures only: {names}.',
  xAxis: 'Period',
  yAxis: 'Savings'
};

const cy: ChartMessages = {
  chart: 'Siart arbedion',
  keyboardHint: 'Defnyddiwch y bysellau saeth i symud rhwng pwyntiau, i fyny ac i lawr i newid cyfres, Escape i gau’r manylion.',
  allPartnerships: 'Pob partneriaeth',
  defaultSeries: 'Arbedion',
  inYear: 'Arbedion yn ystod y flwyddyn',
  cumulative: 'Arbedion cronnus',
  status: { actual: 'Gwirioneddol', estimated: 'Amcangyfrif', projected: 'Rhagamcan' },
  illustrative: 'Ffigurau enghreifftiol',
  annotation: 'Digwyddiad',
  showTable: 'Dangos tabl data',
  hideTable: 'Cuddio tabl data',
  caption: '{what} fesul cyfnod: {subject}',
  tableBoth: 'Arbedion yn ystod y flwyddyn a chyfansymiau cronnus',
  runningTotal: '(cyfanswm rhedegol yr arbedion yn ystod y flwyddyn)',
  rows: '(rhesi {from} i {to} o {count})',
  previousRows: 'Rhesi blaenorol',
  nextRows: 'Rhesi nesaf',
  columns: { period: 'Cyfnod', series: 'Cyfres', kind: 'Math', status: 'Statws', amount: 'Swm', source: 'Ffynhonnell' },
  download: { csv: 'Lawrlwytho data (CSV)', svg: 'Lawrlwytho siart (SVG)', png: 'Lawrlwytho siart (PNG)', group: 'Lawrlwytho' },
  summary: {
    rose: '{series}: cododd arbedion cronnus o {from} yn {start} i {to} erbyn {end}.',
    fell: '{series}: aeth arbedion cronnus o {from} yn {start} i {to} erbyn {end}.',
    single: '{series}: {amount} {kind} yn {period}.',
    inYearRange: '{series}: arbedion yn ystod y flwyddyn mewn {count} cyfnod o {start} i {end}, uchaf {max} yn {maxPeriod}.',
    more: 'Mae’r tabl yn rhestru pob ffigur a ddangosir, gan gynnwys cyfansymiau rhedegol.',
    estimated: 'Amcangyfrif, nid terfynol: {periods}.',
    projected: 'Rhagamcan, heb ei gyflawni eto: {periods}.',
    illustrative: 'Ffigurau enghreifftiol yw’r rhain, nid rhai go iawn.'
  },
  announce: '{series}, {period}: {amount}, {kind}, {status}.',
  firstPoint: 'Y pwynt cyntaf.',
  lastPoint: 'Y pwynt olaf.',
  overflow: '{series}: mae’r cyfanswm rhedegol ar ôl {period} yn rhy fawr i’w ddangos, felly mae’r llinell yn stopio yno.',
  pngFailed: 'Ni ellid gwneud y PNG yma: nid yw polisi diogelwch y dudalen hon (img-src) yn caniatáu hynny. Lawrlwythwch yr SVG yn lle hynny.',
  drawFailed: 'Ni ellid llunio’r siart: {detail}',
  noInYear:
    'Cyfansymiau cronnus yn unig yw’r ffigurau hyn. Nid arbedion yn ystod y flwyddyn yw’r gwahaniaethau rhwng cyfansymiau cronnus, felly nid oes arbedion yn ystod y flwyddyn i’w dangos. Gosodwch mode="cumulative" neu mode="both".',
  unknownPartnership: 'Nid oes gan unrhyw bartneriaeth yr id "{id}", felly dangosir pob partneriaeth.',
  cumulativeOnly: 'Nid ydynt yn y cyfanswm, gan mai ffigurau cronnus yn unig a roddant: {names}.',
  xAxis: 'Cyfnod',
  yAxis: 'Arbedion'
};

export const chartMessages: Record<Locale, ChartMessages> = { en, cy };
