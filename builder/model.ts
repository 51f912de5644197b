/**
 * The builder page's logic, apart from its page: a dropped file to data and located problems (with the
 * command line's own readers), the widgets and their options (from custom-elements.json), and the
 * embed code for plain HTML, WordPress and SharePoint. Nothing here is sent anywhere.
 */
import manifest from '../custom-elements.json';
import { parseJson } from '../src/data/parse.js';
import type { Locale } from '../src/i18n/messages.js';
import { readWorkbook } from '../src/cli/excel.js';
import { locateBuild, locateCsv, locateJson, type Located } from '../src/cli/locate.js';
import { checkCsv, checkDataset, checkJson, csvKind, jsonKind } from '../src/cli/readers.js';
import { buildDataset, csvSheet, type SheetInput } from '../src/cli/workbook.js';
import { SHEETS } from '../src/cli/columns.js';
import type { Cell } from '../src/cli/cells.js';
import { words, type FileKind } from '../src/cli/words.js';

/** What the page shows of the file: its text by lines, or its sheets. */
export type SourceView = { kind: 'text'; name: string; lines: string[] } | { kind: 'sheets'; name: string; sheets: { name: string; rows: Cell[][] }[] };

export interface Loaded {
  /** The file's name (or names, for several CSV files). */
  name: string;
  kind?: FileKind;
  /** What widgets are given in the preview: data (`.data`), or CSV text (as a file). */
  data?: unknown;
  csv?: string;
  /** The dataset made from a workbook or CSV sheets, to save as JSON. */
  converted?: unknown;
  problems: Located[];
  source: SourceView;
  /** A file that could not be read at all. */
  unreadable?: string;
}

export interface InputFile {
  name: string;
  bytes: ArrayBuffer;
}

const decode = (bytes: ArrayBuffer) => new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
const sheetNames = new Set(SHEETS.map((s) => s.name));
const baseName = (name: string) => name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').toLowerCase();

/** Reads what was dropped, chosen or fetched: a workbook, CSV files (sheets, or one widget's CSV) or JSON. */
export async function readInput(files: InputFile[], locale: Locale): Promise<Loaded> {
  const name = files.map((f) => f.name).join(', ');
  const [first] = files;
  if (!first) return { name, problems: [], source: { kind: 'text', name, lines: [] } };
  if (/\.xlsx$/i.test(first.name)) {
    let sheets: SheetInput[];
    try {
      sheets = await readWorkbook(first.bytes);
    } catch (error) {
      return { name, unreadable: error instanceof Error ? error.message : String(error), problems: [], source: { kind: 'text', name, lines: [] } };
    }
    return fromSheets(first.name, sheets, locale, () => first.name);
  }
  const texts = files.map((f) => ({ name: f.name, text: decode(f.bytes) }));
  const csvs = texts.filter((t) => /\.csv$/i.test(t.name) || !/^\s*[[{]/.test(t.text));
  if (csvs.length === texts.length && csvs.some((t) => sheetNames.has(baseName(t.name) as never))) {
    const sheets = csvs.map((t) => csvSheet(baseName(t.name), t.text));
    const byName = new Map(csvs.map((t) => [baseName(t.name), t.name]));
    const loaded = fromSheets(name, sheets, locale, (sheet) => byName.get(sheet) ?? `${sheet}.csv`);
    return { ...loaded, source: { kind: 'sheets', name, sheets: sheets.map((s) => ({ name: s.name, rows: s.rows })) } };
  }
  const { name: file, text } = texts[0]!;
  const source: SourceView = { kind: 'text', name: file, lines: text.split(/\r\n|\r|\n/) };
  if (csvs.length) {
    const kind = csvKind(text);
    if (!kind) return { name: file, problems: [unknownKind(file, locale)], source };
    return { name: file, kind, csv: text, problems: locateCsv(file, text, checkCsv(kind, text), locale), source };
  }
  const parsed = parseJson(text);
  if (parsed.value === undefined) return { name: file, problems: locateJson(file, text, parsed.problems, locale), source };
  const kind = jsonKind(parsed.value);
  if (!kind) return { name: file, problems: [unknownKind(file, locale)], source };
  return { name: file, kind, data: parsed.value, problems: locateJson(file, text, checkJson(kind, parsed.value), locale), source };
}

function unknownKind(file: string, locale: Locale): Located {
  return { file, line: 1, column: 1, path: '', message: words[locale].unknownKind };
}

function fromSheets(name: string, sheets: SheetInput[], locale: Locale, fileOf: (sheet: string) => string): Loaded {
  const built = buildDataset(sheets);
  return {
    name,
    kind: 'dataset',
    data: built.dataset,
    converted: built.dataset,
    problems: built.problems.map((p) => locateBuild(p, locale, fileOf)),
    source: { kind: 'sheets', name, sheets: sheets.map((s) => ({ name: s.name, rows: s.rows })) }
  };
}

/** Checks the dataset again (after a change of language, the words change). */
export const recheck = (dataset: unknown) => checkDataset(dataset).problems;

// ---- Widgets and their options, from custom-elements.json -------------------------------------

export interface WidgetInfo {
  /** `savings-chart` */
  name: string;
  tag: string;
  summary: string;
  attributes: string[];
}

interface ManifestDeclaration {
  tagName?: string;
  summary?: string;
  attributes?: { name: string }[];
}

export const WIDGETS: WidgetInfo[] = (manifest as { modules: { declarations?: ManifestDeclaration[] }[] }).modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d): d is ManifestDeclaration & { tagName: string } => typeof d.tagName === 'string')
  .map((d) => ({ name: d.tagName.replace(/^shared-/, ''), tag: d.tagName, summary: d.summary ?? '', attributes: (d.attributes ?? []).map((a) => a.name) }));

/** The widgets that can show a file of this kind. */
export function widgetsFor(kind: FileKind | undefined): WidgetInfo[] {
  const fits: Record<string, string[]> = {
    dataset: WIDGETS.map((w) => w.name),
    'key-figures': ['key-figures'],
    savings: ['savings-chart'],
    roster: ['partner-roster'],
    checklist: ['readiness-checklist']
  };
  const names = kind ? (fits[kind] ?? []) : [];
  return WIDGETS.filter((w) => names.includes(w.name));
}

/** The options the builder offers, in order; each only for widgets that have the attribute. */
export const OPTIONS = ['partnership', 'council', 'view', 'year', 'mode', 'heading', 'lang', 'refresh'] as const;
export type OptionName = (typeof OPTIONS)[number];

/** Partnerships and councils in a dataset, to choose from. */
export function choicesIn(data: unknown): { partnerships: { id: string; name: string }[]; councils: { code: string; name: string }[] } {
  const out = { partnerships: [] as { id: string; name: string }[], councils: [] as { code: string; name: string }[] };
  if (typeof data !== 'object' || data === null) return out;
  const d = data as { partnerships?: unknown[]; councils?: unknown[] };
  const names = new Map<string, string>();
  for (const c of Array.isArray(d.councils) ? d.councils : []) {
    const council = c as { code?: unknown; name?: unknown };
    if (typeof council.code === 'string') names.set(council.code, typeof council.name === 'string' ? council.name : council.code);
  }
  const codes = new Set<string>(names.keys());
  for (const p of Array.isArray(d.partnerships) ? d.partnerships : []) {
    const partnership = p as { id?: unknown; name?: unknown; partners?: unknown[] };
    if (typeof partnership.id === 'string') out.partnerships.push({ id: partnership.id, name: typeof partnership.name === 'string' ? partnership.name : partnership.id });
    for (const x of Array.isArray(partnership.partners) ? partnership.partners : []) {
      const code = (x as { council?: unknown }).council;
      if (typeof code === 'string') codes.add(code);
    }
  }
  out.councils = [...codes].map((code) => ({ code, name: names.get(code) ?? code }));
  return out;
}

// ---- Embed code ---------------------------------------------------------------------------------

export interface Plan {
  widget: WidgetInfo;
  /** Attribute values chosen (only those the widget has are used). */
  options: Partial<Record<OptionName, string>>;
  /** Where the data file will be on the site. */
  src: string;
  /** Where the script will be on the site. */
  script: string;
  /** A theme class for a wrapper, if any. */
  theme: string;
  /** `csv` when the file is CSV. */
  format?: string;
}

/** The attributes to set, in a fixed order, leaving out empty values and attributes the widget lacks. */
export function attributesOf(plan: Plan): [string, string][] {
  const out: [string, string][] = [['src', plan.src]];
  if (plan.format && plan.widget.attributes.includes('format')) out.push(['format', plan.format]);
  for (const name of OPTIONS) {
    const value = plan.options[name]?.trim();
    if (value && plan.widget.attributes.concat('lang', 'refresh').includes(name)) out.push([name, value]);
  }
  return out;
}

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeShortcode = (value: string) => value.replace(/[[\]"]/g, (c) => ({ '[': '&#91;', ']': '&#93;', '"': '&quot;' })[c]!);

/** The element as HTML, with the script that defines it (and a wrapper for a theme). */
export function htmlEmbed(plan: Plan): string {
  const attrs = attributesOf(plan).map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  const element = `<${plan.widget.tag}${attrs}></${plan.widget.tag}>`;
  const script = `<script type="module" src="${escapeAttr(plan.script)}"></script>`;
  if (!plan.theme) return `${script}\n${element}\n`;
  return `${script}\n<!-- The theme's class comes from demo/themes.css in the package: copy the rules you need into your site's stylesheet. -->\n<div class="${escapeAttr(plan.theme)}">\n  ${element}\n</div>\n`;
}

/**
 * WordPress: the shortcode (`[shared_savings_chart …]`) and the block (`shared-services-widgets/savings-chart`)
 * of the plugin in wordpress/ (includes/plugin.php: `shortcode_name()` and `BLOCK_PREFIX`). `src` is the
 * file's address in the Media Library.
 */
export function wordpressEmbed(plan: Plan): { shortcode: string; block: string } {
  const attrs = attributesOf(plan).filter(([k]) => k !== 'refresh' || plan.widget.attributes.includes('refresh'));
  const shortcode = `[shared_${plan.widget.name.replace(/-/g, '_')}${attrs.map(([k, v]) => ` ${k}="${escapeShortcode(v)}"`).join('')}]`;
  const json = JSON.stringify(Object.fromEntries(attrs)).replace(/--/g, '\\u002d\\u002d');
  const block = `<!-- wp:shared-services-widgets/${plan.widget.name} ${json} /-->`;
  return { shortcode, block };
}

/** SharePoint: the web part's property pane settings (sharepoint/…/mapping.ts `WebPartProps`). */
export function sharepointSettings(plan: Plan): Record<string, string> {
  const settings: Record<string, string> = { widget: plan.widget.name };
  for (const [name, value] of attributesOf(plan)) {
    if (name === 'lang' || name === 'format') continue;
    settings[name === 'heading-level' ? 'headingLevel' : name] = value;
  }
  return settings;
}
