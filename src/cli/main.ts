/**
 * `shared-services-widgets`: the package's command line.
 *   check <files…>                       check data files with the widgets' own readers
 *   build --from <book.xlsx | folder> -o dataset.json   a workbook or CSV files to the shared dataset
 *   template [-o file.xlsx]              a blank workbook with headings, examples and notes
 * Exit status: 0 no problems, 1 problems found, 2 a file could not be read.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { Command, Option } from 'commander';
import { parseJson } from '../data/parse.js';
import { toLocale, type Locale } from '../i18n/messages.js';
import { readWorkbook, templateWorkbook } from './excel.js';
import { formatLocated, locateBuild, locateCsv, locateJson, type Located } from './locate.js';
import { checkCsv, checkJson, csvKind, jsonKind } from './readers.js';
import { buildDataset, csvSheet, type Built, type SheetInput } from './workbook.js';
import { countProblems, fill, words, type FileKind } from './words.js';

interface Common {
  format: 'text' | 'json';
  lang: string;
  strict?: boolean;
}

interface FileReport {
  file: string;
  kind?: FileKind;
  unreadable?: string;
  problems: Located[];
}

class Unreadable extends Error {}

async function read(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new Unreadable((error as NodeJS.ErrnoException).code ?? String(error));
  }
}

/** Reads a workbook file, or a folder of CSV files, as sheets. */
async function readSheets(from: string, locale: Locale): Promise<{ sheets: SheetInput[]; fileOf: (sheet: string) => string }> {
  let info;
  try {
    info = await stat(from);
  } catch (error) {
    throw new Unreadable((error as NodeJS.ErrnoException).code ?? String(error));
  }
  if (info.isDirectory()) {
    const names = (await readdir(from)).filter((name) => extname(name).toLowerCase() === '.csv').sort();
    const sheets = await Promise.all(names.map(async (name) => csvSheet(basename(name, extname(name)), (await read(join(from, name))).toString('utf8'))));
    const files = new Map(names.map((name) => [basename(name, extname(name)), join(from, name)]));
    return { sheets, fileOf: (sheet) => files.get(sheet) ?? join(from, `${sheet}.csv`) };
  }
  const bytes = await read(from);
  try {
    const sheets = await readWorkbook(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    return { sheets, fileOf: () => from };
  } catch (error) {
    throw new Unreadable(fill(words[locale].build.notWorkbook, { detail: error instanceof Error ? error.message : String(error) }));
  }
}

/** Checks one file: JSON, CSV or a workbook. */
async function checkFile(file: string, locale: Locale): Promise<FileReport> {
  const w = words[locale];
  try {
    if (/\.xlsx$/i.test(file)) {
      const { sheets, fileOf } = await readSheets(file, locale);
      const built = buildDataset(sheets);
      return { file, kind: 'workbook', problems: built.problems.map((p) => locateBuild(p, locale, fileOf)) };
    }
    const text = (await read(file)).toString('utf8');
    const looksCsv = /\.csv$/i.test(file) || (!/\.json$/i.test(file) && !/^\s*[[{]/.test(text.replace(/^\uFEFF/, '')));
    if (looksCsv) {
      const kind = csvKind(text);
      if (!kind) return { file, problems: [{ file, line: 1, column: 1, path: '', message: w.unknownKind }] };
      return { file, kind, problems: locateCsv(file, text, checkCsv(kind, text), locale) };
    }
    const parsed = parseJson(text.replace(/^\uFEFF/, ''));
    if (parsed.value === undefined) return { file, problems: locateJson(file, text, parsed.problems, locale) };
    const kind = jsonKind(parsed.value);
    if (!kind) return { file, problems: [{ file, line: 1, column: 1, path: '', message: w.unknownKind }] };
    return { file, kind, problems: locateJson(file, text, checkJson(kind, parsed.value), locale) };
  } catch (error) {
    if (error instanceof Unreadable) return { file, unreadable: fill(w.unreadable, { file, detail: error.message }), problems: [] };
    throw error;
  }
}

function print(reports: FileReport[], opts: Common, locale: Locale, extra: Record<string, unknown> = {}): void {
  const all = reports.flatMap((r) => r.problems);
  const warnings = all.filter((p) => p.warning).length;
  const total = all.length - warnings;
  if (opts.format === 'json') {
    process.stdout.write(`${JSON.stringify({ ...extra, problems: total, warnings, files: reports }, null, 2)}\n`);
    return;
  }
  for (const report of reports) {
    if (report.unreadable) process.stderr.write(`${report.unreadable}\n`);
    for (const problem of report.problems) process.stdout.write(`${formatLocated(problem, locale)}\n`);
  }
  const files = reports.map((r) => r.file).join(', ');
  const counts = [total ? countProblems(locale, total) : '', warnings ? countProblems(locale, warnings, 'warnings') : ''].filter(Boolean).join(', ');
  // A file that could not be read has been named above; "no problems" would not be true of it.
  if (!counts && reports.some((r) => r.unreadable)) return;
  const line = counts ? `${files}: ${counts}` : fill(words[locale].summaryNone, { files });
  process.stderr.write(`${line}\n`);
}

/** 2 when a file could not be read, 1 when there are problems (or warnings, with --strict), else 0. */
const exitCode = (reports: FileReport[], strict = false) =>
  reports.some((r) => r.unreadable) ? 2 : reports.some((r) => r.problems.some((p) => strict || !p.warning)) ? 1 : 0;

export function program(): Command {
  const cli = new Command('shared-services-widgets')
    .description('Check data files for the shared-services widgets, and turn a spreadsheet into the shared dataset.')
    .showHelpAfterError();
  const common = (command: Command) =>
    command
      .addOption(new Option('--format <format>', 'how to print problems').choices(['text', 'json']).default('text'))
      .addOption(new Option('--lang <lang>', 'language of messages: en or cy (Welsh)').default(process.env.LANG?.startsWith('cy') ? 'cy' : 'en'))
      .option('--strict', 'exit with status 1 for warnings too (council codes retired, unknown or out of date)');

  common(
    cli
      .command('check')
      .description('check files (shared dataset, widget JSON or CSV, checklist, checklist answers, workbook) with the widgets’ own checks')
      .argument('<files...>', 'files to check')
  ).action(async (files: string[], opts: Common) => {
    const locale = toLocale(opts.lang);
    const reports: FileReport[] = [];
    for (const file of files) reports.push(await checkFile(file, locale));
    print(reports, opts, locale);
    process.exitCode = exitCode(reports, opts.strict);
  });

  common(
    cli
      .command('build')
      .description('turn a workbook (.xlsx) or a folder of CSV files into the shared dataset (JSON)')
      .requiredOption('--from <source>', 'a workbook (.xlsx) or a folder holding partnerships.csv, partners.csv, savings.csv')
      .requiredOption('-o, --output <file>', 'where to write the dataset (JSON)')
      .option('--title <title>', 'a title for the dataset')
  ).action(async (opts: Common & { from: string; output: string; title?: string }) => {
    const locale = toLocale(opts.lang);
    let built: Built;
    let fileOf: (sheet: string) => string;
    try {
      const read = await readSheets(opts.from, locale);
      fileOf = read.fileOf;
      built = buildDataset(read.sheets, opts.title ? { title: opts.title } : {});
    } catch (error) {
      if (!(error instanceof Unreadable)) throw error;
      print([{ file: opts.from, unreadable: fill(words[locale].unreadable, { file: opts.from, detail: error.message }), problems: [] }], opts, locale);
      process.exitCode = 2;
      return;
    }
    // The usable rows are written even when some had problems; the exit status says there were.
    await writeFile(opts.output, `${JSON.stringify(built.dataset, null, 2)}\n`);
    const partnerships = built.dataset.partnerships;
    const counts = {
      file: opts.output,
      partnerships: partnerships.length,
      partners: partnerships.reduce((n, p) => n + (p.partners?.length ?? 0), 0),
      savings: partnerships.reduce((n, p) => n + (p.savings?.length ?? 0), 0)
    };
    const report: FileReport = { file: opts.from, kind: 'workbook', problems: built.problems.map((p) => locateBuild(p, locale, fileOf)) };
    if (opts.format === 'text') process.stderr.write(`${fill(words[locale].wrote, counts)}\n`);
    print([report], opts, locale, { output: counts });
    process.exitCode = exitCode([report], opts.strict);
  });

  cli
    .command('template')
    .description('write a blank workbook to fill in: the sheets, their headings, an example row each and notes')
    .option('-o, --output <file>', 'where to write it', 'shared-services-data.xlsx')
    .addOption(new Option('--lang <lang>', 'language of messages: en or cy (Welsh)').default('en'))
    .action(async (opts: { output: string; lang: string }) => {
      const blob = await templateWorkbook();
      await writeFile(opts.output, Buffer.from(await blob.arrayBuffer()));
      process.stderr.write(`${fill(words[toLocale(opts.lang)].templateWrote, { file: opts.output })}\n`);
    });
  return cli;
}

await program().parseAsync(process.argv);
