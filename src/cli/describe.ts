/** A spreadsheet cell described briefly for a message: `"abc"`, `1.4`, `a date (2018-02-01)`. */
import { describeValue } from '../data/problem.js';
import type { Locale } from '../i18n/messages.js';
import { textOf, type Cell } from './cells.js';
import { widgetWords } from './words.js';

export function describeCell(cell: Cell, locale: Locale): string {
  if (cell instanceof Date) return textOf(cell);
  return describeValue(cell, widgetWords(locale));
}
