/**
 * Words only the widgets that read data files need (the shared dataset, key figures, savings,
 * partners): what their checks expect, which they add to the core catalogue (`withExpected`), and
 * the units of money. The readiness checklist, which reads none of them, does not carry them.
 */
import type { DataExpectedKey, Locale } from './messages.js';

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
    limit: 'expected at most {max} here: the {left} after it were left out',
    councilUnknown: '{code} is not a UK council code, and "councils" does not name it',
    councilUnknownNear: '{code} is not a UK council code; did you mean {near}?',
    councilMerged: '{code} ({name}) merged into {next} in {year}',
    councilAbolished: '{code} ({name}) was abolished in {year}; its area passed to {next}',
    councilNewCode: '{code} ({name}) has had a new code since {year}: {next}',
    councilNotYet: '{code} ({name}) began in {first}, after this partnership’s dates ({from} to {to})',
    councilGone: '{code} ({name}) ended in {last}, before this partnership’s dates ({from} to {to})',
    councilName: '{code} is {name} in the council register, but "councils" calls it "{given}", which fits {other} better',
    registerMissing:
      'the council register {src} could not be loaded, so councils the data names only by code are shown by their codes: copy the library’s geo folder beside its script, or set geo-base to where it is'
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
    limit: 'disgwylid {max} ar y mwyaf yma: gadawyd y {left} ar ôl hynny allan',
    councilUnknown: 'nid yw {code} yn god cyngor yn y DU, ac nid yw "councils" yn ei enwi',
    councilUnknownNear: 'nid yw {code} yn god cyngor yn y DU; ai {near} oedd dan sylw?',
    councilMerged: 'unodd {code} ({name}) â {next} yn {year}',
    councilAbolished: 'diddymwyd {code} ({name}) yn {year}; aeth ei ardal i {next}',
    councilNewCode: 'mae gan {code} ({name}) god newydd ers {year}: {next}',
    councilNotYet: 'dechreuodd {code} ({name}) yn {first}, ar ôl dyddiadau’r bartneriaeth hon ({from} i {to})',
    councilGone: 'daeth {code} ({name}) i ben yn {last}, cyn dyddiadau’r bartneriaeth hon ({from} i {to})',
    councilName: '{code} yw {name} yng nghofrestr y cynghorau, ond mae "councils" yn ei alw’n "{given}", sy’n gweddu’n well i {other}',
    registerMissing:
      'nid oedd modd llwytho cofrestr y cynghorau {src}, felly dangosir cynghorau a enwir yn ôl cod yn unig wrth eu codau: copïwch ffolder geo y llyfrgell wrth ymyl ei sgript, neu gosodwch geo-base i’w leoliad'
  }
};

/** Suffixes for amounts of money, short (`£1.3bn`) and in full (`£1.3 billion`). */
export interface MoneyUnits {
  thousand: string;
  million: string;
  billion: string;
  millionLong: string;
  billionLong: string;
}

export const moneyUnits: Record<Locale, MoneyUnits> = {
  en: { thousand: 'k', million: 'm', billion: 'bn', millionLong: 'million', billionLong: 'billion' },
  cy: { thousand: 'k', million: 'm', billion: 'bn', millionLong: 'miliwn', billionLong: 'biliwn' }
};
