// What the command-line tests share: the CLI built once from src/cli/ (as `npm run build` builds it)
// into node_modules/.cache, where it finds the package's dependencies; a runner; workbooks made with
// write-excel-file, as a finance officer's spreadsheet would be saved.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import readXlsxFile from 'read-excel-file/node';
import { buildCli } from '../../scripts/build-tools.mjs';

const OUT = 'node_modules/.cache/shared-services-cli-test';
let built;

/** Builds the CLI once per test run; resolves with the path of its file. */
export function cli() {
  built ??= buildCli(OUT).then(() => join(process.cwd(), OUT, 'cli', 'index.js'));
  return built;
}

/** Runs the CLI with `args` in `cwd`; resolves with `{ code, stdout, stderr }` (never rejects on exit status). */
export async function run(args, cwd) {
  const file = await cli();
  return new Promise((resolve) => {
    execFile(process.execPath, [file, ...args], { cwd }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

export const tempDir = () => mkdtemp(join(tmpdir(), 'ssw-cli-'));

/** Writes a workbook of `{ name: rows }` to `file`. */
export async function workbook(file, sheets) {
  const list = Object.entries(sheets).map(([sheet, data]) => ({ sheet, data }));
  await writeXlsxFile(list).toFile(file);
  return file;
}

/** Reads every sheet of a workbook as `{ name: rows }`. */
export async function readBook(file) {
  const sheets = await readXlsxFile(await readFile(file));
  return Object.fromEntries(sheets.map(({ sheet, data }) => [sheet, data]));
}

export const json = async (file) => JSON.parse(await readFile(file, 'utf8'));
export { writeFile, join };

/** The Adoption Central England rows (BACKGROUND.md), as a finance officer would type them. */
export const ACE = {
  partnerships: [['Adoption Central England', '', 'front-line', 'Adoption', 'live', 'February 2018', '', '', '']],
  partners: [
    ['Adoption Central England', 'E08000026', 'Coventry City Council', 'host', '20%', '2018-02', '', ''],
    ['Adoption Central England', 'E08000029', 'Solihull Metropolitan Borough Council', 'partner', 20, '2018-02', '', ''],
    ['Adoption Central England', 'E10000031', 'Warwickshire County Council', 'partner', 0.2, 43132, '', ''],
    ['Adoption Central England', 'E10000034', 'Worcestershire County Council', 'partner', '20', '01/02/2018', '', ''],
    ['Adoption Central England', 'E06000019', 'Herefordshire Council', 'partner', '0.2', 'Feb 2018', '', '']
  ],
  savings: [
    ['Adoption Central England', '2018/19', '£1.2m', 'in-year', 'actual', '', '', 'yes'],
    ['Adoption Central England', '2019-20', '1,350,000', 'In year', 'estimated', '', '', 'yes'],
    ['Adoption Central England', '2020/2021', '(12,000)', 'in year', 'projected', '', 'A cost that year', 'yes']
  ]
};
