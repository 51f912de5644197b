/**
 * What the web part shows, as plain functions of plain data (no SPFx, no DOM), tested on their own in
 * sharepoint/test/mapping.test.ts:
 *   elementFor   web part properties -> the widget's tag and attributes
 *   tokensFor    SharePoint theme (or a section's variant) -> the widgets' --shared-* tokens
 *   languageFor  the page's culture -> the widgets' lang
 *   geoBaseFor   where SharePoint serves this package's files -> geo-base
 *   choicesFrom  a data file -> partnerships and councils to offer in the property pane
 */

/** One widget, as scripts/sharepoint-widgets.mjs writes it into widgets.generated.ts. */
export interface WidgetInfo {
  name: string;
  tag: string;
  title: string;
  summary: string;
  attributes: readonly { name: string; description: string }[];
}

/** The web part's properties: which widget, the data file, then that widget's options. */
export interface WebPartProps {
  widget: string;
  src?: string;
  format?: string;
  partnership?: string;
  council?: string;
  view?: string;
  hexSrc?: string;
  mode?: string;
  year?: string;
  heading?: string;
  headingLevel?: string;
  storageKey?: string;
  [other: string]: unknown;
}

export interface Choice {
  key: string;
  text: string;
}

/** An option of the property pane: which attribute it sets, from which property, in editors' words. */
export interface PaneOption {
  attribute: string;
  property: keyof WebPartProps & string;
  label: string;
  /** `list`: fixed choices; `partnership`/`council`: choices from the data file when it has them. */
  kind: 'text' | 'list' | 'partnership' | 'council' | 'year';
  choices?: readonly Choice[];
  /** Offer only the choices the widget's own description of the attribute names (`json`, `csv`). */
  perWidget?: boolean;
  help?: string;
}

/** The options the pane offers, in this order, to the widgets whose custom-elements.json lists the attribute. */
export const PANE_OPTIONS: readonly PaneOption[] = [
  {
    attribute: 'format',
    property: 'format',
    label: 'File type',
    kind: 'list',
    perWidget: true,
    help: 'Only if the widget cannot tell: SharePoint may serve a file with a type that says neither.',
    choices: [
      { key: 'json', text: 'JSON' },
      { key: 'csv', text: 'CSV (comma-separated)' }
    ]
  },
  { attribute: 'partnership', property: 'partnership', label: 'Partnership', kind: 'partnership' },
  { attribute: 'council', property: 'council', label: 'Council to highlight', kind: 'council' },
  {
    attribute: 'view',
    property: 'view',
    label: 'Show as',
    kind: 'list',
    choices: [
      { key: 'geo', text: 'Map of council areas' },
      { key: 'hex', text: 'Hex map (needs a hex file)' },
      { key: 'network', text: 'Network of councils and partnerships' }
    ]
  },
  {
    attribute: 'mode',
    property: 'mode',
    label: 'Savings to show',
    kind: 'list',
    choices: [
      { key: 'both', text: 'Each year and the running total' },
      { key: 'in-year', text: 'Each year only' },
      { key: 'cumulative', text: 'Running total only' }
    ]
  },
  {
    attribute: 'hex-src',
    property: 'hexSrc',
    label: 'Hex map file (HexJSON)',
    kind: 'text',
    help: 'For the hex map only: the address of a HexJSON file whose hexes are named by council code.'
  },
  { attribute: 'year', property: 'year', label: 'Council boundaries as they were in', kind: 'year' },
  { attribute: 'heading', property: 'heading', label: 'Heading', kind: 'text', help: 'Leave empty to use the title in the data file.' },
  {
    attribute: 'heading-level',
    property: 'headingLevel',
    label: 'Heading level',
    kind: 'list',
    help: 'Pick the level that fits the page: 2 under the page title, 3 inside a section with its own heading.',
    choices: ['2', '3', '4', '5', '6'].map((n) => ({ key: n, text: `Level ${n}` }))
  },
  {
    attribute: 'storage-key',
    property: 'storageKey',
    label: 'Remember answers under the name',
    kind: 'text',
    help: 'Answers are kept in each reader\u2019s own browser under this name. Leave empty to forget them when the page closes.'
  }
];

/** The years a `year` attribute accepts, read from its description ("2014-2025", "2014 to 2025"). */
export function yearsOf(description: string): Choice[] {
  const match = /(\d{4})\s*(?:-|\u2013|to|and)\s*(\d{4})/.exec(description);
  if (!match) return [];
  const [from, to] = [Number(match[1]), Number(match[2])];
  const years: Choice[] = [];
  for (let year = to; year >= from; year--) years.push({ key: String(year), text: String(year) });
  return years;
}

/** The pane options that `widget` has (its custom-elements.json attributes), with their fixed choices. */
export function optionsFor(widget: WidgetInfo): PaneOption[] {
  const options: PaneOption[] = [];
  for (const option of PANE_OPTIONS) {
    const attribute = widget.attributes.find((a) => a.name === option.attribute);
    if (!attribute) continue;
    if (option.kind === 'year') {
      const years = yearsOf(attribute.description);
      options.push(years.length ? { ...option, choices: years } : { ...option, kind: 'text' });
    } else if (option.perWidget && option.choices) {
      const choices = option.choices.filter((c) => attribute.description.includes(`\`${c.key}\``));
      if (choices.length) options.push({ ...option, choices });
    } else options.push(option);
  }
  return options;
}

export function widgetFor(widgets: readonly WidgetInfo[], name: string | undefined): WidgetInfo | undefined {
  return widgets.find((w) => w.name === name);
}

export interface ElementPlan {
  tag: string;
  attributes: Record<string, string>;
}

/** Where the widget stands in the page: its language and the folder of the package's council files. */
export interface PlacementContext {
  lang: string;
  geoBase?: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');

/**
 * The element for the web part's properties: `undefined` when the properties name no widget this
 * version has. An option is set only when the widget has that attribute and the value is one it
 * accepts (a fixed choice from the list, anything for text); otherwise the widget's default applies.
 */
export function elementFor(props: WebPartProps, widgets: readonly WidgetInfo[], context: PlacementContext): ElementPlan | undefined {
  const widget = widgetFor(widgets, props.widget);
  if (!widget) return undefined;
  const has = (name: string): boolean => widget.attributes.some((a) => a.name === name);
  const attributes: Record<string, string> = {};
  const src = text(props.src);
  if (src && has('src')) attributes.src = src;
  for (const option of optionsFor(widget)) {
    const value = text(props[option.property]);
    if (!value) continue;
    if (option.choices && (option.kind === 'list' || option.kind === 'year') && !option.choices.some((c) => c.key === value)) continue;
    attributes[option.attribute] = value;
  }
  if (has('lang')) attributes.lang = context.lang;
  if (context.geoBase) attributes['geo-base'] = context.geoBase;
  return { tag: widget.tag, attributes };
}

/** `cy`, `cy-GB` (any Welsh culture) give Welsh; every other culture English, the widgets' other language. */
export function languageFor(cultureName: string | undefined): 'cy' | 'en-GB' {
  return /^cy(-|_|$)/i.test(cultureName ?? '') ? 'cy' : 'en-GB';
}

/**
 * The folder SharePoint serves this package's files from: the first of the web part manifest's
 * `loaderConfig.internalModuleBaseUrls` (the app catalog's ClientSideAssets folder, or the tenant's
 * CDN when it is on). The package carries the council files there (councils.json, boundaries.json).
 */
export function geoBaseFor(loaderConfig: { internalModuleBaseUrls?: readonly string[] } | undefined): string | undefined {
  const base = loaderConfig?.internalModuleBaseUrls?.[0];
  if (!base) return undefined;
  return base.endsWith('/') ? base : `${base}/`;
}

/* ---------------------------------------------------------------- theme -> tokens */

/** The parts of SPFx's IReadonlyTheme that the tokens come from (each may be missing). */
export interface ThemeLike {
  isInverted?: boolean;
  palette?: { [name: string]: string | undefined };
  semanticColors?: { [name: string]: string | undefined };
}

type Rgb = [number, number, number];

export function parseColor(value: string | undefined): Rgb | undefined {
  if (!value) return undefined;
  const v = value.trim().toLowerCase();
  let m = /^#([0-9a-f]{3})$/.exec(v);
  if (m) return [0, 1, 2].map((i) => parseInt(m![1][i] + m![1][i], 16)) as Rgb;
  m = /^#([0-9a-f]{6})(?:[0-9a-f]{2})?$/.exec(v);
  if (m) return [0, 2, 4].map((i) => parseInt(m![1].slice(i, i + 2), 16)) as Rgb;
  m = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(v);
  if (m && (m[4] === undefined || Number(m[4]) === 1)) return [Number(m[1]), Number(m[2]), Number(m[3])];
  return undefined;
}

const toHex = (rgb: Rgb): string => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two colours. */
export function contrast(a: Rgb, b: Rgb): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** `color` moved toward white (on a dark background) or black (on a light one) until it reaches `ratio` against `background`. */
export function withContrast(color: Rgb, background: Rgb, ratio: number): Rgb {
  if (contrast(color, background) >= ratio) return color;
  const target: Rgb = luminance(background) < 0.18 ? [255, 255, 255] : [0, 0, 0];
  for (let step = 1; step <= 40; step++) {
    const t = step / 40;
    const mixed = color.map((c, i) => Math.round(c + (target[i] - c) * t)) as Rgb;
    if (contrast(mixed, background) >= ratio) return mixed;
  }
  return target;
}

/** The library's series colours (Government Analysis Function palette, then its blues), as in src/styles/tokens.ts. */
export const DEFAULT_SERIES: readonly string[] = ['#12436d', '#28a197', '#801650', '#f46a25', '#3d3d3d', '#a285d1', '#2073bc', '#6bace6'];

/**
 * The `--shared-*` tokens for a SharePoint theme. SPFx hands a web part in a coloured section that
 * section's variant of the theme (its semantic colours already swapped), so the same mapping serves
 * every section. Text keeps 4.5:1 against the background, links, accent, focus and every series 3:1
 * or better (moved toward white or black when the theme's colour falls short), so a dark section
 * stays readable. Tokens the theme has nothing for are left out (the widgets' defaults apply).
 */
export function tokensFor(theme: ThemeLike | undefined): Record<string, string> {
  const tokens: Record<string, string> = {};
  if (!theme) return tokens;
  const s = theme.semanticColors ?? {};
  const p = theme.palette ?? {};
  const background = parseColor(s.bodyBackground) ?? parseColor(p.white) ?? (theme.isInverted ? ([0, 0, 0] as Rgb) : ([255, 255, 255] as Rgb));
  const set = (token: string, value: string | undefined, ratio: number): void => {
    const rgb = parseColor(value);
    if (rgb) tokens[token] = toHex(withContrast(rgb, background, ratio));
  };
  tokens['--shared-color-background'] = toHex(background);
  set('--shared-color-text', s.bodyText ?? p.neutralPrimary, 4.5);
  set('--shared-color-text-secondary', s.bodySubtext ?? p.neutralSecondary, 4.5);
  set('--shared-color-surface', s.bodyStandoutBackground ?? p.neutralLighter, 1);
  set('--shared-color-border', s.inputBorder ?? p.neutralSecondary, 3);
  set('--shared-color-link', s.link ?? p.themePrimary, 4.5);
  set('--shared-color-accent', s.primaryButtonBackground ?? p.themePrimary, 3);
  set('--shared-color-error', s.errorText ?? p.redDark, 4.5);
  set('--shared-color-focus', s.focusBorder ?? p.neutralSecondary, 3);
  const focus = parseColor(tokens['--shared-color-focus']);
  if (focus) {
    // Focused links get the focus colour as their background: text on it is black or white, whichever reads better.
    tokens['--shared-color-focus-text'] = contrast(focus, [0, 0, 0]) >= contrast(focus, [255, 255, 255]) ? '#000000' : '#ffffff';
  }
  const series = [s.primaryButtonBackground ?? p.themePrimary, ...DEFAULT_SERIES.slice(1)];
  series.forEach((color, i) => {
    const rgb = parseColor(color) ?? parseColor(DEFAULT_SERIES[i])!;
    tokens[`--shared-series-${i + 1}`] = toHex(withContrast(rgb, background, 3));
  });
  return tokens;
}

/* ---------------------------------------------------------------- data file -> choices */

export interface FileChoices {
  partnerships: Choice[];
  councils: Choice[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The partnerships (id and name) and councils (code and name) a data file lists, for drop-downs.
 * Councils named only as partners are offered by their code. A file that is not the shared dataset
 * (a checklist, a list of figures, a CSV file) gives none, and the pane offers a text box instead.
 */
export function choicesFrom(json: unknown): FileChoices {
  const partnerships: Choice[] = [];
  const councils: Choice[] = [];
  if (!isRecord(json)) return { partnerships, councils };
  const names = new Map<string, string>();
  if (Array.isArray(json.councils)) {
    for (const council of json.councils) {
      if (isRecord(council) && typeof council.code === 'string' && council.code.trim()) {
        const code = council.code.trim();
        const name = typeof council.name === 'string' && council.name.trim() ? council.name.trim() : code;
        if (!names.has(code)) names.set(code, name);
      }
    }
  }
  if (Array.isArray(json.partnerships)) {
    for (const partnership of json.partnerships) {
      if (!isRecord(partnership) || typeof partnership.id !== 'string' || !partnership.id.trim()) continue;
      const id = partnership.id.trim();
      if (partnerships.some((c) => c.key === id)) continue;
      partnerships.push({ key: id, text: typeof partnership.name === 'string' && partnership.name.trim() ? partnership.name.trim() : id });
      for (const partner of Array.isArray(partnership.partners) ? partnership.partners : []) {
        if (isRecord(partner) && typeof partner.council === 'string' && partner.council.trim() && !names.has(partner.council.trim())) {
          names.set(partner.council.trim(), partner.council.trim());
        }
      }
    }
  }
  names.forEach((name, code) => councils.push({ key: code, text: name === code ? code : `${name} (${code})` }));
  const byText = (a: Choice, b: Choice): number => a.text.localeCompare(b.text, 'en-GB');
  return { partnerships: partnerships.sort(byText), councils: councils.sort(byText) };
}
