/**
 * Workbooks in and out, with read-excel-file and write-excel-file (their `universal` builds, which
 * run in Node and in browsers alike). Loaded only by the command line and the builder page, never by
 * a widget's bundle.
 */
import readXlsxFile from 'read-excel-file/universal';
import writeXlsxFile from 'write-excel-file/universal';
import type { Cell } from './cells.js';
import { SHEETS } from './columns.js';
import type { SheetInput } from './workbook.js';

/** Every sheet of a workbook, as rows of cells (row 1 first, column A first). */
export async function readWorkbook(data: ArrayBuffer | Blob): Promise<SheetInput[]> {
  const sheets = await readXlsxFile(data);
  return sheets.map(({ sheet, data: rows }) => ({ name: sheet, rows: rows as unknown as Cell[][] }));
}

const bold = (value: string) => ({ value, fontWeight: 'bold' as const });

/**
 * The blank workbook: a sheet for each part of the dataset with its headings (bold, kept in view)
 * and one example row, and a `notes` sheet saying what goes in every column.
 */
export async function templateWorkbook(): Promise<Blob> {
  const sheets = SHEETS.map((spec) => ({
    sheet: spec.name,
    stickyRowsCount: 1,
    columns: spec.columns.map((c) => ({ width: Math.max(14, c.heading.length + 4) })),
    data: [spec.columns.map((c) => bold(c.heading)), spec.columns.map((c) => c.example)]
  }));
  const notes = [
    [bold('Sheet'), bold('Column'), bold('Needed'), bold('What to write')],
    ['', '', '', 'Fill in one row per item under the headings; replace or delete the example rows. Keep the headings as they are.'],
    ['', '', '', 'Then run: npx shared-services-widgets build --from this-file.xlsx -o dataset.json'],
    ...SHEETS.flatMap((spec) => [
      [bold(spec.name), '', spec.required ? 'sheet needed' : 'sheet optional', spec.about],
      ...spec.columns.map((c) => [spec.name, c.heading, c.required ? 'yes' : 'no', c.note])
    ])
  ];
  const all = [...sheets, { sheet: 'notes', columns: [{ width: 14 }, { width: 18 }, { width: 14 }, { width: 90 }], data: notes }];
  return writeXlsxFile(all as never).toBlob();
}
