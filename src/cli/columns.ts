/**
 * The workbook a finance officer fills in: its sheets, their columns in plain words, what each
 * column means, and one example row each (Adoption Central England). The template is written from
 * this, and `build` reads by it, so the two never disagree.
 */
import { CATEGORIES, ROLES, SAVINGS_KINDS, SAVINGS_STATUSES } from '../data/dataset.js';
import * as cells from './cells.js';
import type { Cell, Converted } from './cells.js';

export type SheetName = 'partnerships' | 'partners' | 'savings' | 'councils' | 'contacts';

export interface Column {
  /** The field it fills (dotted for nested fields, e.g. `contact.email`). */
  field: string;
  /** The heading, in plain words, as the template writes it. */
  heading: string;
  /** Other headings accepted for it (matched ignoring case, spaces and punctuation). */
  aliases?: string[];
  required?: boolean;
  convert: (cell: Cell) => Converted<unknown>;
  /** What to write in it, for the notes sheet. */
  note: string;
  example: string | number;
}

export interface SheetSpec {
  name: SheetName;
  /** Needed in every workbook (the others are optional). */
  required: boolean;
  about: string;
  columns: Column[];
}

const category = cells.choice(CATEGORIES);

export const SHEETS: SheetSpec[] = [
  {
    name: 'partnerships',
    required: true,
    about: 'One row for each partnership (shared service).',
    columns: [
      { field: 'name', heading: 'Partnership', required: true, convert: cells.text, note: 'The partnership’s name, as other sheets name it.', example: 'Adoption Central England' },
      { field: 'id', heading: 'Partnership ID', aliases: ['ID'], convert: cells.text, note: 'Optional short id used in embed code (made from the name when empty): lower case, hyphens.', example: 'adoption-central-england' },
      { field: 'category', heading: 'Category', aliases: ['Type'], convert: category, note: `One of: ${CATEGORIES.join(', ')} (back-office functions, shared management teams, or front-line services).`, example: 'front-line' },
      { field: 'serviceArea', heading: 'Service area', aliases: ['Service'], convert: cells.text, note: 'What is shared, in a few words.', example: 'Adoption' },
      { field: 'status', heading: 'Status', convert: cells.text, note: 'For example live, planned or ended.', example: 'live' },
      { field: 'started', heading: 'Started', aliases: ['Start date', 'Established'], convert: cells.yearMonth, note: 'The month it started: a date, 2018-02 or February 2018.', example: '2018-02' },
      { field: 'description', heading: 'Description', convert: cells.text, note: 'Optional: a sentence or two.', example: 'Adoption services for five councils in the West Midlands.' },
      { field: 'source', heading: 'Source', convert: cells.text, note: 'Optional: a web address where the figures come from.', example: 'https://www.adoptioncentralengland.org.uk/' },
      { field: 'illustrative', heading: 'Illustrative', aliases: ['Made up'], convert: cells.yesNo, note: 'Yes when the row is made up (an example, not real figures).', example: 'no' }
    ]
  },
  {
    name: 'partners',
    required: true,
    about: 'One row for each council in each partnership.',
    columns: [
      { field: 'partnership', heading: 'Partnership', required: true, convert: cells.text, note: 'The partnership’s name (or ID) exactly as on the partnerships sheet.', example: 'Adoption Central England' },
      { field: 'council', heading: 'Council code', aliases: ['GSS code', 'Code'], required: true, convert: cells.gss, note: 'The council’s GSS code: 9 characters such as E08000026.', example: 'E08000026' },
      { field: 'name', heading: 'Council', aliases: ['Council name'], convert: cells.text, note: 'Optional: the council’s name (the councils sheet wins where both give one).', example: 'Coventry City Council' },
      { field: 'role', heading: 'Role', convert: cells.choice(ROLES), note: `One of: ${ROLES.join(', ')}.`, example: 'host' },
      { field: 'share', heading: 'Share %', aliases: ['Share', 'Share (%)'], convert: cells.share, note: 'The council’s share of costs: 25, 25% or 0.25 all mean a quarter.', example: '25%' },
      { field: 'joined', heading: 'Joined', aliases: ['Joined date'], convert: cells.yearMonth, note: 'The month it joined: a date, 2018-02 or February 2018.', example: '2018-02' },
      { field: 'services', heading: 'Services', convert: cells.list, note: 'Optional: services it shares here, separated by semicolons.', example: 'Adoption; Adoption support' },
      { field: 'illustrative', heading: 'Illustrative', aliases: ['Made up'], convert: cells.yesNo, note: 'Yes when the role, share or contact are made up.', example: 'no' }
    ]
  },
  {
    name: 'savings',
    required: true,
    about: 'One row for each partnership’s savings in a year (or a total to a date).',
    columns: [
      { field: 'partnership', heading: 'Partnership', required: true, convert: cells.text, note: 'The partnership’s name (or ID) exactly as on the partnerships sheet.', example: 'Adoption Central England' },
      { field: 'period', heading: 'Financial year', aliases: ['Year', 'Period', 'Date'], required: true, convert: cells.period, note: 'A financial year such as 2018/19 (or 2018-19), or a date for a running total.', example: '2018/19' },
      { field: 'amount', heading: 'Amount (£)', aliases: ['Amount', 'Saving', 'Savings', 'Amount £'], required: true, convert: cells.amount, note: 'In pounds: 1200000, £1.2m, £250k; (12,000) or -12000 for a cost.', example: '£1.2m' },
      { field: 'kind', heading: 'Kind', convert: cells.choice(SAVINGS_KINDS), note: `One of: ${SAVINGS_KINDS.join(', ')} (saved in that year, or the running total to that date). Empty means in-year.`, example: 'in-year' },
      { field: 'status', heading: 'Status', convert: cells.choice(SAVINGS_STATUSES), note: `One of: ${SAVINGS_STATUSES.join(', ')}. Empty means actual.`, example: 'actual' },
      { field: 'source', heading: 'Source', convert: cells.text, note: 'Optional: a web address or document the figure comes from.', example: 'https://www.coventry.gov.uk/' },
      { field: 'note', heading: 'Note', convert: cells.text, note: 'Optional: anything a reader should know about the figure.', example: 'From the annual report' },
      { field: 'illustrative', heading: 'Illustrative', aliases: ['Made up'], convert: cells.yesNo, note: 'Yes when the amount is made up.', example: 'yes' }
    ]
  },
  {
    name: 'councils',
    required: false,
    about: 'Optional: names and places of councils (the built-in register knows UK councils by code).',
    columns: [
      { field: 'code', heading: 'Council code', aliases: ['GSS code', 'Code'], required: true, convert: cells.gss, note: 'The council’s GSS code.', example: 'E08000026' },
      { field: 'name', heading: 'Council', aliases: ['Council name', 'Name'], required: true, convert: cells.text, note: 'Its name in full.', example: 'Coventry City Council' },
      { field: 'shortName', heading: 'Short name', convert: cells.text, note: 'Optional: a short name for labels.', example: 'Coventry' },
      { field: 'lat', heading: 'Latitude', aliases: ['Lat'], convert: cells.number, note: 'Optional: where to put its dot on a map (decimal degrees).', example: 52.41 },
      { field: 'lon', heading: 'Longitude', aliases: ['Lon', 'Long'], convert: cells.number, note: 'Optional: decimal degrees, negative west of Greenwich.', example: -1.51 },
      { field: 'areas', heading: 'Areas', convert: cells.codes, note: 'Optional: codes of the districts that make up a county, separated by semicolons.', example: 'E08000026' }
    ]
  },
  {
    name: 'contacts',
    required: false,
    about: 'Optional: a contact at each council for a partnership.',
    columns: [
      { field: 'partnership', heading: 'Partnership', required: true, convert: cells.text, note: 'The partnership’s name (or ID).', example: 'Adoption Central England' },
      { field: 'council', heading: 'Council code', aliases: ['GSS code', 'Code'], required: true, convert: cells.gss, note: 'The partner council’s GSS code, as on the partners sheet.', example: 'E08000026' },
      { field: 'name', heading: 'Contact', aliases: ['Contact name', 'Name'], convert: cells.text, note: 'A person or team.', example: 'Adoption team' },
      { field: 'email', heading: 'Email', aliases: ['Email address'], convert: cells.text, note: 'An email address.', example: 'adoption@example.gov.uk' },
      { field: 'phone', heading: 'Phone', aliases: ['Telephone'], convert: cells.text, note: 'A phone number.', example: '024 7683 3333' },
      { field: 'illustrative', heading: 'Illustrative', aliases: ['Made up'], convert: cells.yesNo, note: 'Yes when the contact is made up.', example: 'yes' }
    ]
  }
];

/** Headings compared without case, spaces or punctuation: `Share %`, `share%` and `SHARE (%)` differ, `Amount (£)` and `amount £` do not. */
export const headingKey = (heading: string): string => heading.toLowerCase().replace(/%/g, 'percent').replace(/[^a-z0-9]/g, '');

/** The column a heading names, if any. */
export function columnFor(sheet: SheetSpec, heading: string): Column | undefined {
  const key = headingKey(heading);
  if (!key) return undefined;
  return sheet.columns.find((c) => [c.heading, ...(c.aliases ?? [])].some((h) => headingKey(h) === key));
}

/** A spreadsheet column's letters: 0 → A, 27 → AB. */
export function columnLetters(index: number): string {
  let out = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}
