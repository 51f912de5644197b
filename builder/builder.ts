/**
 * The builder page: drop a workbook, CSV or JSON file (or give its address), see every problem at its
 * place, pick a widget and its options, see it live, copy its embed code, save the dataset. Runs
 * entirely in the browser: files are read here and never sent anywhere.
 *
 * Its words are in builder.messages.ts, in English and Welsh: the page follows `?lang=` (the WordPress
 * admin page gives the user's locale), else the document's language, and has a language choice.
 * `?host=wordpress` (the WordPress plugin's admin page, which shows this page in a frame) puts the
 * plugin's shortcode and block first; `?url=` fetches a file at once (a file chosen from the Media
 * Library) and `?src=` is what the embed code gives as its address (its Media number).
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import '../src/index.js';
import { version } from '../src/version.js';
import { templateWorkbook } from '../src/cli/excel.js';
import { formatLocated, type Located } from '../src/cli/locate.js';
import type { Cell } from '../src/cli/cells.js';
import { columnLetters } from '../src/cli/columns.js';
import { countProblems, words } from '../src/cli/words.js';
import { fill, toLocale, type Locale } from '../src/i18n/messages.js';
import { builderMessages, type BuilderMessages } from './builder.messages.js';
import {
  choicesIn,
  htmlEmbed,
  readInput,
  sharepointSettings,
  widgetsFor,
  wordpressEmbed,
  type InputFile,
  type Loaded,
  type OptionName,
  type Plan,
  type WidgetInfo
} from './model.js';

const YEARS = Array.from({ length: 12 }, (_, i) => String(2025 - i));
const THEMES: [string, keyof BuilderMessages['themes']][] = [
  ['', 'default'],
  ['theme-coventry', 'coventry'],
  ['theme-solihull', 'solihull'],
  ['theme-dark', 'dark']
];
const params = new URLSearchParams(location.search);
/** In the WordPress plugin's admin page: the plugin's shortcode and block come first. */
const inWordpress = params.get('host') === 'wordpress';
if (inWordpress) document.documentElement.classList.add('in-wordpress');

interface State {
  loaded?: Loaded;
  busy: boolean;
  widget?: string;
  options: Partial<Record<OptionName, string>>;
  theme: string;
  src: string;
  script: string;
  /** The problem whose place is shown. */
  shown?: number;
  status: string;
  /** The page's language (and the problems'). */
  locale: Locale;
}

const state: State = {
  busy: false,
  options: {},
  theme: '',
  src: params.get('src') || 'shared-services-data.json',
  script: 'shared-services-widgets.js',
  status: '',
  locale: toLocale(params.get('lang') ?? document.documentElement.lang)
};
/** The page's words in its language. */
const t = (): BuilderMessages => builderMessages[state.locale];
/** The file last read, read again when the language changes (the problems' words change). */
let lastFiles: InputFile[] = [];
const app = document.getElementById('app')!;
// The library's version beside its name in the header, for support calls.
document.querySelector('.header p')?.append(` ${version}`);
let csvUrl: string | undefined;

// The map's council files: beside the builder in the package (dist/geo/), or the sources when served by Vite.
const dev = (import.meta as unknown as { env?: { DEV?: boolean } }).env?.DEV;
const meta = document.createElement('meta');
meta.name = 'shared-services-widgets-geo-base';
meta.content = dev ? '/src/councils/geo/' : new URL('../geo/', location.href).href;
document.head.append(meta);

function update(change: Partial<State> = {}): void {
  Object.assign(state, change);
  staticWords();
  render(page(), app);
  syncPreview();
}

/** The words of the page around the app (index.html's), and its language, in the chosen language. */
function staticWords(): void {
  const words = t();
  const lang = state.locale === 'cy' ? 'cy' : 'en-GB';
  if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
  if (document.title !== words.title && document.querySelector('title')) document.title = words.title;
  const set = (selector: string, text: string) => {
    const el = document.querySelector(selector);
    if (el && el.textContent !== text) el.textContent = text;
  };
  set('.skip-link', words.skip);
  set('#page-heading', words.heading);
  set('#page-intro', words.intro);
}

/** A message that may start in lower case (the command line's words) as the start of a sentence. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function say(text: string): void {
  state.status = '';
  update();
  setTimeout(() => update({ status: text }), 30);
}

async function load(files: InputFile[]): Promise<void> {
  update({ busy: true, status: t().reading });
  lastFiles = files;
  const loaded = await readInput(files, state.locale);
  const widgets = widgetsFor(loaded.kind);
  const keep = widgets.some((w) => w.name === state.widget) ? state.widget : widgets[0]?.name;
  const src = loaded.converted ? 'shared-services-data.json' : (loaded.name.split(',')[0] ?? '').trim() || state.src;
  update({ loaded, busy: false, widget: keep, src, shown: undefined, options: {} });
  say(readSummary(loaded));
}

/** What was found in a file, as the status line says it. */
function readSummary(loaded: Loaded): string {
  if (loaded.unreadable) return fill(sentence(words[state.locale].unreadable), { file: loaded.name, detail: loaded.unreadable });
  const errors = loaded.problems.filter((p) => !p.warning).length;
  const warnings = loaded.problems.length - errors;
  return fill(t().read, { name: loaded.name, problems: countProblems(state.locale, errors), warnings: countProblems(state.locale, warnings, 'warnings') });
}

/** Another language for the page: its words, and the problems in the file read again in it. */
async function setLocale(locale: Locale): Promise<void> {
  if (locale === state.locale) return;
  update({ locale });
  if (!lastFiles.length || !state.loaded) return;
  const loaded = await readInput(lastFiles, locale);
  // The same file and the same problems in the same order: the widget, its options and the place shown stay.
  update({ loaded });
  say(readSummary(loaded));
}

async function fromFiles(list: FileList | null | undefined): Promise<void> {
  if (!list?.length) return;
  await load(await Promise.all([...list].map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() }))));
}

async function fromUrl(event: Event): Promise<void> {
  event.preventDefault();
  const input = (event.target as HTMLFormElement).elements.namedItem('url') as HTMLInputElement;
  await fetchUrl(input.value.trim());
}

/** Reads a file from an address (only http and https: GET, this site's cookies only on this site). */
async function fetchUrl(url: string, src = url): Promise<void> {
  if (!url) return;
  update({ busy: true, status: t().fetching });
  try {
    const address = new URL(url, location.href);
    if (address.protocol !== 'https:' && address.protocol !== 'http:') throw new Error(t().notWeb);
    const response = await fetch(address, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(fill(t().serverAnswered, { status: `${response.status} ${response.statusText}`.trim() }));
    const type = response.headers.get('content-type') ?? '';
    let name = decodeURIComponent(address.pathname.split('/').pop() || '') || 'data';
    if (!/\.(json|csv|xlsx)$/i.test(name)) name += type.includes('csv') ? '.csv' : type.includes('sheet') ? '.xlsx' : '.json';
    await load([{ name, bytes: await response.arrayBuffer() }]);
    update({ src });
  } catch (error) {
    update({ busy: false });
    say(fill(t().fetchFailed, { url, detail: error instanceof Error ? error.message : String(error) }));
  }
}

function download(name: string, blob: Blob): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

async function copy(text: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    say(fill(t().copied, { what }));
  } catch {
    say(fill(t().notCopied, { what }));
  }
}

/** Moves to a problem's place in the file view. */
function showPlace(index: number): void {
  update({ shown: index });
  requestAnimationFrame(() => document.getElementById('place')?.focus());
}

// ---- The page -----------------------------------------------------------------------------

function page(): TemplateResult {
  const { loaded } = state;
  const w = t();
  return html`
    <div class="field page-lang">
      <label for="page-lang">${w.pageLanguage}</label>
      <select id="page-lang" @change=${(e: Event) => setLocale((e.target as HTMLSelectElement).value as Locale)}>
        <option value="en" lang="en-GB" ?selected=${state.locale === 'en'}>${w.english}</option>
        <option value="cy" lang="cy" ?selected=${state.locale === 'cy'}>${w.welsh}</option>
      </select>
    </div>
    <section aria-labelledby="step-file">
      <h2 id="step-file">${w.stepFile}</h2>
      <p>${w.fileIntro}</p>
      <div
        class="drop"
        id="drop"
        @dragover=${(e: DragEvent) => {
          e.preventDefault();
          (e.currentTarget as HTMLElement).classList.add('drop--over');
        }}
        @dragleave=${(e: DragEvent) => (e.currentTarget as HTMLElement).classList.remove('drop--over')}
        @drop=${(e: DragEvent) => {
          e.preventDefault();
          (e.currentTarget as HTMLElement).classList.remove('drop--over');
          void fromFiles(e.dataTransfer?.files);
        }}
      >
        <label for="file">${w.choose}</label>
        <input id="file" type="file" multiple accept=".xlsx,.csv,.json,application/json,text/csv" @change=${(e: Event) => fromFiles((e.target as HTMLInputElement).files)} />
      </div>
      <form class="row" @submit=${fromUrl}>
        <label for="url">${w.address}</label>
        <input id="url" name="url" type="url" inputmode="url" autocomplete="off" />
        <button type="submit">${w.fetch}</button>
      </form>
      <p>
        <button type="button" @click=${async () => download('shared-services-data.xlsx', await templateWorkbook())}>${w.template}</button>
      </p>
    </section>
    <p role="status" class="status" id="status">${state.status}</p>
    ${loaded ? problemsSection(loaded) : nothing} ${loaded && !loaded.unreadable ? widgetSection(loaded) : nothing}
  `;
}

function placeLabel(p: Located): string {
  const w = t();
  if (p.sheet !== undefined) return p.cell ? fill(w.placeSheetCell, { sheet: p.sheet, cell: p.cell }) : fill(w.placeSheet, { sheet: p.sheet });
  return fill(w.placeLine, { file: p.file, line: p.line ?? 1, column: p.column ?? 1 });
}

function problemsSection(loaded: Loaded): TemplateResult {
  const w = t();
  const problems = loaded.problems;
  const shown = state.shown === undefined ? undefined : problems[state.shown];
  return html`<section aria-labelledby="step-problems">
    <h2 id="step-problems">${fill(w.stepProblems, { name: loaded.name })}</h2>
    ${loaded.unreadable
      ? html`<p class="problem" role="alert">${fill(sentence(words[state.locale].unreadable), { file: loaded.name, detail: loaded.unreadable })}</p>`
      : problems.length === 0
        ? html`<p>${w.noProblems}</p>`
        : html`<ol class="problems" id="problems">
            ${problems.map(
              (p, i) => html`<li class=${p.warning ? 'warning' : 'error'} data-index=${i}>
                <span class="tag">${p.warning ? w.tagCheck : w.tagProblem}</span>
                <code>${formatLocated(p)}</code>
                <button type="button" class="link" @click=${() => showPlace(i)}>${fill(w.show, { place: placeLabel(p) })}</button>
              </li>`
            )}
          </ol>`}
    ${shown ? placeView(loaded, shown) : nothing}
  </section>`;
}

/** The problem at its place: the lines around it, or the sheet around its cell. */
function placeView(loaded: Loaded, p: Located): TemplateResult {
  const w = t();
  const source = loaded.source;
  if (source.kind === 'text') {
    const line = p.line ?? 1;
    const from = Math.max(1, line - 3);
    const lines = source.lines.slice(from - 1, line + 3);
    return html`<figure class="place">
      <figcaption>${placeLabel(p)}: ${p.message}</figcaption>
      <ol class="source" start=${from}>
        ${lines.map((text, i) =>
          from + i === line
            ? html`<li id="place" tabindex="-1" class="source__here" data-line=${line}><span class="visually-hidden">${w.problemHere}</span><code>${text}</code></li>`
            : html`<li><code>${text}</code></li>`
        )}
      </ol>
    </figure>`;
  }
  const sheet = source.sheets.find((s) => s.name === p.sheet) ?? source.sheets[0];
  if (!sheet) return html``;
  const row = (p.line ?? 1) - 1;
  const column = (p.column ?? 1) - 1;
  const rows = sheet.rows.slice(Math.max(0, row - 3), row + 4);
  const first = Math.max(0, row - 3);
  const width = Math.max(...sheet.rows.slice(0, 1).concat(rows).map((r) => r.length), column + 1);
  const cell = (value: Cell) => (value instanceof Date ? value.toISOString().slice(0, 10) : value === null || value === undefined ? '' : String(value));
  return html`<figure class="place">
    <figcaption>${placeLabel(p)}: ${p.message}</figcaption>
    <div class="sheet-wrap">
      <table class="sheet">
        <caption>${fill(w.sheetCaption, { sheet: sheet.name, from: first + 1, to: first + rows.length })}</caption>
        <thead><tr><td></td>${Array.from({ length: width }, (_, c) => html`<th scope="col">${columnLetters(c)}</th>`)}</tr></thead>
        <tbody>
          ${rows.map(
            (r, i) => html`<tr>
              <th scope="row">${first + i + 1}</th>
              ${Array.from({ length: width }, (_, c) => {
                const here = first + i === row && (p.cell ? c === column : c === 0);
                return here
                  ? html`<td id="place" tabindex="-1" class="sheet__here" data-cell=${`${columnLetters(c)}${first + i + 1}`}><span class="visually-hidden">${w.problemHere}</span>${cell(r[c])}</td>`
                  : html`<td>${cell(r[c])}</td>`;
              })}
            </tr>`
          )}
        </tbody>
      </table>
    </div>
  </figure>`;
}

function select(id: string, label: string, value: string, choices: [string, string][], onChange: (v: string) => void): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      ${choices.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
    </select>
  </div>`;
}

function textField(id: string, label: string, value: string, onInput: (v: string) => void, hint = ''): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${hint ? html`<span class="hint" id=${`${id}-hint`}>${hint}</span>` : nothing}
    <input id=${id} type="text" .value=${value} aria-describedby=${hint ? `${id}-hint` : nothing} @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)} />
  </div>`;
}

function currentWidget(loaded: Loaded): WidgetInfo | undefined {
  return widgetsFor(loaded.kind).find((w) => w.name === state.widget);
}

function plan(loaded: Loaded): Plan | undefined {
  const widget = currentWidget(loaded);
  if (!widget) return undefined;
  return { widget, options: state.options, src: state.src, script: state.script, theme: state.theme, ...(loaded.csv ? { format: 'csv' } : {}) };
}

function option(name: OptionName, value: string): void {
  update({ options: { ...state.options, [name]: value } });
}

/** A widget's name in the page's language; in English with what custom-elements.json says of it. */
function widgetLabel(widget: WidgetInfo): string {
  const name = t().widgetNames[widget.name] ?? widget.name.replace(/-/g, ' ');
  return state.locale === 'en' && widget.summary ? `${name}: ${widget.summary}` : name;
}

function widgetSection(loaded: Loaded): TemplateResult {
  const w = t();
  const widgets = widgetsFor(loaded.kind);
  if (!widgets.length) return html`<section aria-labelledby="step-widget"><h2 id="step-widget">${w.stepWidgetNone}</h2><p>${w.noWidget}</p></section>`;
  const widget = currentWidget(loaded)!;
  const has = (a: string) => widget.attributes.includes(a);
  const { partnerships, councils } = choicesIn(loaded.data);
  const o = state.options;
  const p = plan(loaded)!;
  const wp = wordpressEmbed(p);
  const sp = JSON.stringify(sharepointSettings(p), null, 2);
  const code = htmlEmbed(p);
  const embeds = [
    embedBlock('embed-html', w.embedHtml, code, w.copyHtml, w.whatHtml),
    embedBlock('embed-shortcode', w.embedShortcode, wp.shortcode, w.copyShortcode, w.whatShortcode),
    embedBlock('embed-block', w.embedBlock, wp.block, w.copyBlock, w.whatBlock),
    embedBlock('embed-sharepoint', w.embedSharepoint, sp, w.copySettings, w.whatSettings)
  ];
  // In WordPress, the plugin's own shortcode and block first.
  const ordered = inWordpress ? [embeds[1], embeds[2], embeds[0], embeds[3]] : embeds;
  return html`<section aria-labelledby="step-widget">
      <h2 id="step-widget">${w.stepWidget}</h2>
      <div class="options">
        ${select('widget', w.widget, widget.name, widgets.map((x) => [x.name, widgetLabel(x)]), (v) => update({ widget: v, options: {} }))}
        ${has('partnership') && partnerships.length
          ? select('partnership', w.partnership, o.partnership ?? '', [['', w.allPartnerships], ...partnerships.map((x): [string, string] => [x.id, x.name])], (v) => option('partnership', v))
          : nothing}
        ${has('council') && councils.length
          ? select('council', w.council, o.council ?? '', [['', w.noCouncil], ...councils.map((x): [string, string] => [x.code, `${x.name} (${x.code})`])], (v) => option('council', v))
          : nothing}
        ${has('view') ? select('view', w.view, o.view ?? '', [['', w.viewMap], ['network', w.viewNetwork]], (v) => option('view', v)) : nothing}
        ${has('year') ? select('year', w.year, o.year ?? '', [['', w.latestYear], ...YEARS.map((y): [string, string] => [y, y])], (v) => option('year', v)) : nothing}
        ${has('mode') ? select('mode', w.mode, o.mode ?? '', [['', w.modeBoth], ['in-year', w.modeInYear], ['cumulative', w.modeCumulative]], (v) => option('mode', v)) : nothing}
        ${textField('heading', w.widgetHeading, o.heading ?? '', (v) => option('heading', v), w.widgetHeadingHint)}
        ${select('theme', w.theme, state.theme, THEMES.map(([v, key]): [string, string] => [v, w.themes[key]]), (v) => update({ theme: v }))}
        ${select('lang', w.lang, o.lang ?? '', [['', w.langPage], ['en-GB', w.english], ['cy', w.welsh]], (v) => option('lang', v))}
        ${textField('refresh', w.refresh, o.refresh ?? '', (v) => option('refresh', v), w.refreshHint)}
        ${textField('src', w.src, state.src, (v) => update({ src: v }), inWordpress ? w.srcHintWordpress : '')}
        ${textField('script', w.script, state.script, (v) => update({ script: v }))}
      </div>
    </section>
    <section aria-labelledby="step-preview">
      <h2 id="step-preview">${w.stepPreview}</h2>
      <div class="preview" id="preview"></div>
    </section>
    <section aria-labelledby="step-embed">
      <h2 id="step-embed">${w.stepEmbed}</h2>
      ${ordered}
      ${loaded.converted
        ? html`<p><button type="button" id="save" @click=${() => download('shared-services-data.json', new Blob([`${JSON.stringify(loaded.converted, null, 2)}\n`], { type: 'application/json' }))}>${w.save}</button>
            ${inWordpress ? w.saveWhereWordpress : w.saveWhere}</p>`
        : nothing}
    </section>`;
}

function embedBlock(id: string, label: string, code: string, button: string, what: string): TemplateResult {
  return html`<div class="embed">
    <label for=${id}>${label}</label>
    <textarea id=${id} readonly rows=${Math.min(8, code.split('\n').length + 1)} .value=${code}></textarea>
    <button type="button" id=${`copy-${id.replace(/^embed-/, '')}`} @click=${() => copy(code, what)} aria-describedby=${id}>${button}</button>
  </div>`;
}

/** The live widget: made once per widget and file, its attributes and data set as the options change. */
let previewKey = '';
function syncPreview(): void {
  const box = document.getElementById('preview');
  const loaded = state.loaded;
  if (!box || !loaded) return;
  const p = plan(loaded);
  if (!p) return;
  const key = `${p.widget.tag}|${loaded.name}|${loaded.problems.length}`;
  let element = box.querySelector(p.widget.tag) as (HTMLElement & { data?: unknown }) | null;
  if (key !== previewKey || !element) {
    previewKey = key;
    box.replaceChildren();
    element = document.createElement(p.widget.tag) as HTMLElement & { data?: unknown };
    if (loaded.csv !== undefined) {
      if (csvUrl) URL.revokeObjectURL(csvUrl);
      csvUrl = URL.createObjectURL(new Blob([loaded.csv], { type: 'text/csv' }));
      element.setAttribute('format', 'csv');
      element.setAttribute('src', csvUrl);
    } else element.data = loaded.data;
    box.append(element);
  }
  box.className = `preview ${state.theme}`;
  for (const name of ['partnership', 'council', 'view', 'year', 'mode', 'heading', 'lang'] as const) {
    const value = state.options[name]?.trim();
    if (value && p.widget.attributes.concat('lang').includes(name)) element.setAttribute(name, value);
    else element.removeAttribute(name);
  }
}

update();
// A file named in the address (the WordPress admin page's choice from the Media Library): read at once.
const given = params.get('url');
if (given) void fetchUrl(given, params.get('src') || given);
