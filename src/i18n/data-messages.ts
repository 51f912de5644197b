/**
 * Words only the widgets that read data files need (the shared dataset, key figures, savings,
 * partners): what their checks expect, which they add to the core catalogue (`withExpected`), and
 * the units of money. The readiness checklist, which reads none of them, does not carry them.
 */
import type { Locale } from './messages.js';
import type { MoneyUnits } from '../format/number.js';

/**
 * Checks made on the data files that the chart, the roster, the key figures and the map read (the
 * shared dataset and their own formats): their words are below, so that the checklist does not
 * carry them. See `withExpected`.
 */
export type DataExpectedKey =
  | 'fraction'
  | 'nonNegative'
  | 'gss'
  | 'period'
  | 'yearMonth'
  | 'source'
  | 'figureValue'
  | 'records'
  | 'uniquePeriod'
  | 'cumulativeStep'
  | 'savingsInput'
  | 'email'
  | 'phone'
  | 'knownCouncil'
  | 'rosterInput'
  | 'latitude'
  | 'longitude'
  | 'currency'
  | 'limit';

declare module './messages.js' {
  interface ExpectedKeys extends Record<DataExpectedKey, true> {}
}

export const dataExpected: Record<Locale, Record<DataExpectedKey, string>> = {
  en: {
    fraction: 'expected a number from 0 to 1',
    nonNegative: 'expected a number of 0 or more',
    gss: 'expected a GSS code such as E08000026',
    period: 'expected a financial year such as 2018/19 or a date such as 2013-03-31',
    yearMonth: 'expected a date such as 2018-02 or 2018-02-01',
    source: 'expected a web address or { "name", "url" }',
    figureValue: 'expected a number, or a financial year such as 2018/19',
    records: 'expected { "figures": [...] }, a list, or the shared dataset',
    uniquePeriod: 'expected each period once per series and kind (it is already at {first})',
    cumulativeStep: 'expected a cumulative total of at least {previous}, the total at {before}',
    savingsInput: 'expected { "series": [...] }, a list of savings points, or the shared dataset',
    email: 'expected an email address such as name@council.gov.uk',
    phone: 'expected a phone number such as 024 7683 3333',
    knownCouncil: 'expected a council listed in "councils"',
    rosterInput: 'expected { "partners": [...] }, a list of partners, or the shared dataset',
    latitude: 'expected a latitude from -90 to 90',
    longitude: 'expected a longitude from -180 to 180',
    currency: 'expected a three-letter currency code such as GBP or EUR',
    limit: 'expected at most {max} here: the {left} after it were left out'
  },
  cy: {
    fraction: 'disgwylid rhif o 0 i 1',
    nonNegative: 'disgwylid rhif 0 neu fwy',
    gss: 'disgwylid cod GSS fel E08000026',
    period: 'disgwylid blwyddyn ariannol fel 2018/19 neu ddyddiad fel 2013-03-31',
    yearMonth: 'disgwylid dyddiad fel 2018-02 neu 2018-02-01',
    source: 'disgwylid cyfeiriad gwe neu { "name", "url" }',
    figureValue: 'disgwylid rhif, neu flwyddyn ariannol fel 2018/19',
    records: 'disgwylid { "figures": [...] }, rhestr, neu’r set ddata a rennir',
    uniquePeriod: 'disgwylid pob cyfnod unwaith ym mhob cyfres a math (mae eisoes yn {first})',
    cumulativeStep: 'disgwylid cyfanswm cronnus o {previous} o leiaf, y cyfanswm yn {before}',
    savingsInput: 'disgwylid { "series": [...] }, rhestr o bwyntiau arbedion, neu’r set ddata a rennir',
    email: 'disgwylid cyfeiriad e-bost fel enw@cyngor.gov.uk',
    phone: 'disgwylid rhif ffôn fel 024 7683 3333',
    knownCouncil: 'disgwylid cyngor sydd wedi’i restru yn "councils"',
    rosterInput: 'disgwylid { "partners": [...] }, rhestr o bartneriaid, neu’r set ddata a rennir',
    latitude: 'disgwylid lledred o -90 i 90',
    longitude: 'disgwylid hydred o -180 i 180',
    currency: 'disgwylid cod arian tair llythyren fel GBP neu EUR',
    limit: 'disgwylid {max} ar y mwyaf yma: gadawyd y {left} ar ôl hynny allan'
  }
};

/** Suffixes for amounts of money, short (`£1.3bn`) and in full (`£1.3 billion`). */
export type { MoneyUnits };

export const moneyUnits: Record<Locale, MoneyUnits> = {
  en: { thousand: 'k', million: 'm', billion: 'bn', millionLong: 'million', billionLong: 'billion' },
  cy: { thousand: 'k', million: 'm', billion: 'bn', millionLong: 'miliwn', billionLong: 'biliwn' }
};
