/**
 * The builder page: drop a workbook, CSV or JSON file (or give its address), see every problem at its
 * place, pick a widget and its options, see it live, copy its embed code, save the dataset. Runs
 * entirely in the browser: files are read here and never sent anywhere.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import '../src/index.js';
import { version } from '../src/version.js';
import { templateWorkbook } from '../src/cli/excel.js';
import { formatLocated, type Located } from '../src/cli/locate.js';
import type { Cell } from '../src/cli/cells.js';
import { columnLetters } from '../src/cli/columns.js';
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
const THEMES = [
  ['', 'Default'],
  ['theme-coventry', 'Coventry (example)'],
  ['theme-solihull', 'Solihull (example)'],
  ['theme-dark', 'Dark']
];

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
}

const state: State = { busy: false, options: {}, theme: '', src: 'shared-services-data.json', script: 'shared-services-widgets.js', status: '' };
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
  render(page(), app);
  syncPreview();
}

function say(text: string): void {
  state.status = '';
  update();
  setTimeout(() => update({ status: text }), 30);
}

async function load(files: InputFile[]): Promise<void> {
  update({ busy: true, status: 'Reading…' });
  const loaded = await readInput(files, 'en');
  const widgets = widgetsFor(loaded.kind);
  const keep = widgets.some((w) => w.name === state.widget) ? state.widget : widgets[0]?.name;
  const src = loaded.converted ? 'shared-services-data.json' : (loaded.name.split(',')[0] ?? '').trim() || state.src;
  const errors = loaded.problems.filter((p) => !p.warning).length;
  const warnings = loaded.problems.length - errors;
  update({ loaded, busy: false, widget: keep, src, shown: undefined, options: {} });
  say(
    loaded.unreadable
      ? `${loaded.name} could not be read: ${loaded.unreadable}`
      : `${loaded.name} read: ${errors} problem${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`
  );
}

async function fromFiles(list: FileList | null | undefined): Promise<void> {
  if (!list?.length) return;
  await load(await Promise.all([...list].map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() }))));
}

async function fromUrl(event: Event): Promise<void> {
  event.preventDefault();
  const input = (event.target as HTMLFormElement).elements.namedItem('url') as HTMLInputElement;
  const url = input.value.trim();
  if (!url) return;
  update({ busy: true, status: 'Fetching…' });
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`);
    const type = response.headers.get('content-type') ?? '';
    let name = new URL(url, location.href).pathname.split('/').pop() || 'data';
    if (!/\.(json|csv|xlsx)$/i.test(name)) name += type.includes('csv') ? '.csv' : type.includes('sheet') ? '.xlsx' : '.json';
    await load([{ name, bytes: await response.arrayBuffer() }]);
    update({ src: url });
  } catch (error) {
    update({ busy: false });
    say(`${url} could not be fetched: ${error instanceof Error ? error.message : String(error)}`);
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
    say(`${what} copied.`);
  } catch {
    say(`${what} could not be copied here: select the text and copy it.`);
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
  return html`
    <section aria-labelledby="step-file">
      <h2 id="step-file">1. Your data file</h2>
      <p>A workbook (<code>.xlsx</code>) with sheets partnerships, partners and savings, CSV files of those sheets or of one widget, or a JSON file. It is read in this browser and sent nowhere.</p>
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
        <label for="file">Choose a file, or drop it here</label>
        <input id="file" type="file" multiple accept=".xlsx,.csv,.json,application/json,text/csv" @change=${(e: Event) => fromFiles((e.target as HTMLInputElement).files)} />
      </div>
      <form class="row" @submit=${fromUrl}>
        <label for="url">Or its address</label>
        <input id="url" name="url" type="url" inputmode="url" autocomplete="off" />
        <button type="submit">Fetch</button>
      </form>
      <p>
        <button type="button" @click=${async () => download('shared-services-data.xlsx', await templateWorkbook())}>Download a blank workbook to fill in</button>
      </p>
    </section>
    <p role="status" class="status" id="status">${state.status}</p>
    ${loaded ? problemsSection(loaded) : nothing} ${loaded && !loaded.unreadable ? widgetSection(loaded) : nothing}
  `;
}

function placeLabel(p: Located): string {
  if (p.sheet !== undefined) return p.cell ? `sheet ${p.sheet}, cell ${p.cell}` : `sheet ${p.sheet}`;
  return `${p.file}, line ${p.line ?? 1}, column ${p.column ?? 1}`;
}

function problemsSection(loaded: Loaded): TemplateResult {
  const problems = loaded.problems;
  const shown = state.shown === undefined ? undefined : problems[state.shown];
  return html`<section aria-labelledby="step-problems">
    <h2 id="step-problems">2. Problems in ${loaded.name}</h2>
    ${loaded.unreadable
      ? html`<p class="problem" role="alert">${loaded.name} could not be read: ${loaded.unreadable}</p>`
      : problems.length === 0
        ? html`<p>No problems: every widget can read it.</p>`
        : html`<ol class="problems" id="problems">
            ${problems.map(
              (p, i) => html`<li class=${p.warning ? 'warning' : 'error'} data-index=${i}>
                <span class="tag">${p.warning ? 'Check' : 'Problem'}</span>
                <code>${formatLocated(p)}</code>
                <button type="button" class="link" @click=${() => showPlace(i)}>Show ${placeLabel(p)}</button>
              </li>`
            )}
          </ol>`}
    ${shown ? placeView(loaded, shown) : nothing}
  </section>`;
}

/** The problem at its place: the lines around it, or the sheet around its cell. */
function placeView(loaded: Loaded, p: Located): TemplateResult {
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
            ? html`<li id="place" tabindex="-1" class="source__here" data-line=${line}><span class="visually-hidden">Problem here: </span><code>${text}</code></li>`
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
        <caption>Sheet ${sheet.name}, rows ${first + 1} to ${first + rows.length}</caption>
        <thead><tr><td></td>${Array.from({ length: width }, (_, c) => html`<th scope="col">${columnLetters(c)}</th>`)}</tr></thead>
        <tbody>
          ${rows.map(
            (r, i) => html`<tr>
              <th scope="row">${first + i + 1}</th>
              ${Array.from({ length: width }, (_, c) => {
                const here = first + i === row && (p.cell ? c === column : c === 0);
                return here
                  ? html`<td id="place" tabindex="-1" class="sheet__here" data-cell=${`${columnLetters(c)}${first + i + 1}`}><span class="visually-hidden">Problem here: </span>${cell(r[c])}</td>`
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

function widgetSection(loaded: Loaded): TemplateResult {
  const widgets = widgetsFor(loaded.kind);
  if (!widgets.length) return html`<section aria-labelledby="step-widget"><h2 id="step-widget">3. Widget</h2><p>No widget shows this kind of file.</p></section>`;
  const widget = currentWidget(loaded)!;
  const has = (a: string) => widget.attributes.includes(a);
  const { partnerships, councils } = choicesIn(loaded.data);
  const o = state.options;
  const p = plan(loaded)!;
  const wp = wordpressEmbed(p);
  const sp = JSON.stringify(sharepointSettings(p), null, 2);
  const code = htmlEmbed(p);
  return html`<section aria-labelledby="step-widget">
      <h2 id="step-widget">3. Widget and options</h2>
      <div class="options">
        ${select('widget', 'Widget', widget.name, widgets.map((w) => [w.name, `${w.tag.replace(/^shared-/, '').replace(/-/g, ' ')}: ${w.summary}`]), (v) => update({ widget: v, options: {} }))}
        ${has('partnership') && partnerships.length
          ? select('partnership', 'Partnership', o.partnership ?? '', [['', 'All partnerships'], ...partnerships.map((x): [string, string] => [x.id, x.name])], (v) => option('partnership', v))
          : nothing}
        ${has('council') && councils.length
          ? select('council', 'Council to highlight', o.council ?? '', [['', 'None'], ...councils.map((x): [string, string] => [x.code, `${x.name} (${x.code})`])], (v) => option('council', v))
          : nothing}
        ${has('view') ? select('view', 'Show as', o.view ?? '', [['', 'Map of council areas'], ['network', 'Network of councils and partnerships']], (v) => option('view', v)) : nothing}
        ${has('year') ? select('year', 'Council boundaries as they were in', o.year ?? '', [['', 'The latest year'], ...YEARS.map((y): [string, string] => [y, y])], (v) => option('year', v)) : nothing}
        ${has('mode') ? select('mode', 'Savings to show', o.mode ?? '', [['', 'Each year and the running total'], ['in-year', 'Each year only'], ['cumulative', 'Running total only']], (v) => option('mode', v)) : nothing}
        ${textField('heading', 'Heading', o.heading ?? '', (v) => option('heading', v), 'Leave empty to use the title in the data.')}
        ${select('theme', 'Theme', state.theme, THEMES as [string, string][], (v) => update({ theme: v }))}
        ${select('lang', 'Language', o.lang ?? '', [['', 'The page’s language'], ['en-GB', 'English'], ['cy', 'Cymraeg (Welsh)']], (v) => option('lang', v))}
        ${textField('refresh', 'Re-read the file every (seconds)', o.refresh ?? '', (v) => option('refresh', v), 'Leave empty for no live updates; a minute (60) or more on busy pages.')}
        ${textField('src', 'Address of the data file on your site', state.src, (v) => update({ src: v }))}
        ${textField('script', 'Address of shared-services-widgets.js on your site', state.script, (v) => update({ script: v }))}
      </div>
    </section>
    <section aria-labelledby="step-preview">
      <h2 id="step-preview">4. Preview</h2>
      <div class="preview" id="preview"></div>
    </section>
    <section aria-labelledby="step-embed">
      <h2 id="step-embed">5. Embed code</h2>
      ${embedBlock('embed-html', 'Plain HTML', code, 'HTML')}
      ${embedBlock('embed-shortcode', 'WordPress shortcode (classic editor, page builders)', wp.shortcode, 'Shortcode')}
      ${embedBlock('embed-block', 'WordPress block (paste into the code editor)', wp.block, 'Block')}
      ${embedBlock('embed-sharepoint', 'SharePoint web part settings (fill these in its property pane)', sp, 'Settings')}
      ${loaded.converted
        ? html`<p><button type="button" id="save" @click=${() => download('shared-services-data.json', new Blob([`${JSON.stringify(loaded.converted, null, 2)}\n`], { type: 'application/json' }))}>Save the dataset (JSON)</button>
            Put it on your site at the address above.</p>`
        : nothing}
    </section>`;
}

function embedBlock(id: string, label: string, code: string, what: string): TemplateResult {
  return html`<div class="embed">
    <label for=${id}>${label}</label>
    <textarea id=${id} readonly rows=${Math.min(8, code.split('\n').length + 1)} .value=${code}></textarea>
    <button type="button" @click=${() => copy(code, what)} aria-describedby=${id}>Copy ${what.toLowerCase()}</button>
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
