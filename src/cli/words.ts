/**
 * Words of the command line and the builder page, in English and Welsh. Problems the widgets' own
 * checks find are put into words by the widgets' catalogues (`problemMessage`); these are the rest:
 * what a spreadsheet cell should hold, and what is wrong with a sheet.
 */
import { councilExpected } from '../councils/messages.js';
import { dataExpected } from '../i18n/data-messages.js';
import { catalogues, fill, withExpected, type Locale, type Messages } from '../i18n/messages.js';
import type { CellExpected } from './cells.js';

export interface BuildWords {
  cell: Record<CellExpected, string>;
  required: string;
  got: string;
  noSheet: string;
  noHeading: string;
  missingColumn: string;
  unknownColumn: string;
  unknownSheet: string;
  unknownPartnership: string;
  duplicatePartnership: string;
  duplicatePartner: string;
  duplicateCouncil: string;
  notAPartner: string;
  noPartners: string;
  notWorkbook: string;
  madeId: string;
}

export interface CliWords {
  build: BuildWords;
  unreadable: string;
  unknownKind: string;
  kinds: Record<FileKind, string>;
  summaryNone: string;
  summary: { one: string; other: string };
  warnings: { one: string; other: string };
  warning: string;
  wrote: string;
  templateWrote: string;
}

export type FileKind = 'dataset' | 'checklist' | 'answers' | 'key-figures' | 'savings' | 'roster' | 'workbook';

export const words: Record<Locale, CliWords> = {
  en: {
    build: {
      cell: {
        amount: 'expected an amount in pounds such as 1200000, £1.2m or (12,000)',
        share: 'expected a share such as 25, 25% or 0.25 (from 0 to 100%)',
        date: 'expected a date, or a month such as 2018-02 or February 2018',
        period: 'expected a financial year such as 2018/19, or a date',
        yesNo: 'expected yes or no',
        choice: 'expected one of {options}',
        gss: 'expected a GSS code such as E08000026',
        number: 'expected a number',
        codes: 'expected GSS codes separated by semicolons'
      },
      required: 'expected a value',
      got: 'got',
      noSheet: 'the workbook needs a sheet named "{sheet}" (it has: {sheets})',
      noHeading: 'no heading row: the first row with anything in it should name the columns',
      missingColumn: 'the heading row needs a column "{column}"',
      unknownColumn: 'column "{heading}" is not read: name it one of {columns}, or remove it',
      unknownSheet: 'sheet "{sheet}" is not read (the sheets read are {sheets})',
      unknownPartnership: 'no partnership "{name}" on the partnerships sheet',
      duplicatePartnership: 'partnership "{name}" is already on row {row}',
      duplicatePartner: 'council {code} is already a partner of "{name}" on row {row}',
      duplicateCouncil: 'council {code} is already on row {row}',
      notAPartner: 'council {code} is not a partner of "{name}" on the partners sheet',
      noPartners: 'partnership "{name}" has no partners on the partners sheet',
      notWorkbook: 'not an Excel workbook (.xlsx) that could be read: {detail}',
      madeId: 'ID made from the name: {id}'
    },
    unreadable: '{file} could not be read: {detail}',
    unknownKind:
      'not a file the widgets read: expected the shared dataset, a checklist, checklist answers, key figures, savings or partners (JSON or CSV)',
    kinds: {
      dataset: 'shared dataset',
      checklist: 'checklist',
      answers: 'checklist answers',
      'key-figures': 'key figures',
      savings: 'savings',
      roster: 'partners',
      workbook: 'workbook'
    },
    summaryNone: '{files}: no problems',
    summary: { one: '{n} problem', other: '{n} problems' },
    warnings: { one: '{n} warning', other: '{n} warnings' },
    warning: 'warning',
    wrote: 'wrote {file}: {partnerships} partnerships, {partners} partners, {savings} savings figures',
    templateWrote: 'wrote {file}: fill in the sheets partnerships, partners and savings (notes on the sheet "notes"), then run build'
  },
  cy: {
    build: {
      cell: {
        amount: 'disgwylid swm mewn punnoedd fel 1200000, £1.2m neu (12,000)',
        share: 'disgwylid cyfran fel 25, 25% neu 0.25 (o 0 i 100%)',
        date: 'disgwylid dyddiad, neu fis fel 2018-02 neu February 2018',
        period: 'disgwylid blwyddyn ariannol fel 2018/19, neu ddyddiad',
        yesNo: 'disgwylid ie neu na (yes neu no)',
        choice: 'disgwylid un o {options}',
        gss: 'disgwylid cod GSS fel E08000026',
        number: 'disgwylid rhif',
        codes: 'disgwylid codau GSS wedi’u gwahanu â hanner colon'
      },
      required: 'disgwylid gwerth',
      got: 'cafwyd',
      noSheet: 'mae angen dalen o’r enw "{sheet}" yn y llyfr gwaith (mae ganddo: {sheets})',
      noHeading: 'dim rhes pennawd: dylai’r rhes gyntaf sydd â rhywbeth ynddi enwi’r colofnau',
      missingColumn: 'mae angen colofn "{column}" yn y rhes pennawd',
      unknownColumn: 'nid yw colofn "{heading}" yn cael ei darllen: rhowch un o {columns} yn enw arni, neu tynnwch hi',
      unknownSheet: 'nid yw dalen "{sheet}" yn cael ei darllen (y dalennau a ddarllenir yw {sheets})',
      unknownPartnership: 'dim partneriaeth "{name}" ar y ddalen partnerships',
      duplicatePartnership: 'mae partneriaeth "{name}" eisoes ar res {row}',
      duplicatePartner: 'mae cyngor {code} eisoes yn bartner yn "{name}" ar res {row}',
      duplicateCouncil: 'mae cyngor {code} eisoes ar res {row}',
      notAPartner: 'nid yw cyngor {code} yn bartner yn "{name}" ar y ddalen partners',
      noPartners: 'nid oes gan bartneriaeth "{name}" bartneriaid ar y ddalen partners',
      notWorkbook: 'nid yw’n llyfr gwaith Excel (.xlsx) y gellid ei ddarllen: {detail}',
      madeId: 'dynodydd wedi’i wneud o’r enw: {id}'
    },
    unreadable: 'nid oedd modd darllen {file}: {detail}',
    unknownKind:
      'nid yw’n ffeil y mae’r teclynnau’n ei darllen: disgwylid y set ddata a rennir, rhestr wirio, atebion rhestr wirio, ffigurau allweddol, arbedion neu bartneriaid (JSON neu CSV)',
    kinds: {
      dataset: 'set ddata a rennir',
      checklist: 'rhestr wirio',
      answers: 'atebion rhestr wirio',
      'key-figures': 'ffigurau allweddol',
      savings: 'arbedion',
      roster: 'partneriaid',
      workbook: 'llyfr gwaith'
    },
    summaryNone: '{files}: dim problemau',
    summary: { one: '{n} broblem', other: '{n} problem' },
    warnings: { one: '{n} rhybudd', other: '{n} rhybudd' },
    warning: 'rhybudd',
    wrote: 'ysgrifennwyd {file}: {partnerships} partneriaeth, {partners} partner, {savings} ffigur arbedion',
    templateWrote: 'ysgrifennwyd {file}: llenwch y dalennau partnerships, partners a savings (nodiadau ar y ddalen "notes"), yna rhedwch build'
  }
};

/** What the widgets' checks of data files and council codes expect, in words, kept (see `withExpected`). */
const expectedWords: Record<Locale, Partial<Messages['expected']>> = {
  en: { ...dataExpected.en, ...councilExpected.en },
  cy: { ...dataExpected.cy, ...councilExpected.cy }
};

/** The widgets' words for data files (what their checks expect), in `locale`. */
export const widgetWords = (locale: Locale): Messages => withExpected(catalogues[locale], expectedWords[locale]);

/** `n problems`, in the locale's plural form (Welsh uses the singular after a number). */
export function countProblems(locale: Locale, n: number, which: 'summary' | 'warnings' = 'summary'): string {
  const forms = words[locale][which];
  return fill(n === 1 ? forms.one : forms.other, { n });
}

export { fill };
