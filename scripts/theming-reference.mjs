// The token and part reference in docs/theming.md, made from custom-elements.json (each element's
// @cssproperty and @csspart JSDoc) and the global tokens in src/styles/tokens.ts.
// Plain data in, Markdown out, with no Node or DOM imports: scripts/build-theming-doc.mjs writes the
// file with it, and test/core/theming-doc.test.ts runs it in the browser to check the file is current.

export const START = '<!-- theming-reference:start (made by `npm run docs`; do not edit by hand) -->';
export const END = '<!-- theming-reference:end -->';

/** What each global token sets. A token missing here is still listed, with no description. */
const GLOBAL_DESCRIPTIONS = {
  '--shared-font-family': 'Font stack for all text.',
  '--shared-font-size': 'Base text size.',
  '--shared-line-height': 'Base line height.',
  '--shared-color-text': 'Text, axes and tick labels, input borders, the bar under the focus highlight.',
  '--shared-color-text-secondary': 'Secondary text (sources, notes, codes), annotation lines, the lower edge of buttons.',
  '--shared-color-background': 'Inputs, tooltips and hollow chart marks. Widgets are otherwise transparent: the page shows through.',
  '--shared-color-surface': 'Tiles, the loading, error and empty boxes, buttons, the track behind share bars.',
  '--shared-color-border': 'Borders of buttons and cards, table rules, the edge of state boxes.',
  '--shared-color-link': 'Links and link-like buttons.',
  '--shared-color-accent': 'Brand marks: tile and card accents, share bars, the loading bar. Chart series use `--shared-series-*`.',
  '--shared-color-focus': 'Keyboard focus highlight.',
  '--shared-color-focus-text': 'Text on the focus highlight.',
  '--shared-color-error': 'Error boxes and flagged rows.',
  '--shared-space-1': 'Smallest space.',
  '--shared-space-2': 'Small space.',
  '--shared-space-3': 'Medium space (padding of tiles and boxes, gaps).',
  '--shared-space-4': 'Large space.',
  '--shared-space-5': 'Largest space.',
  '--shared-radius': 'Corner radius of tiles and buttons.'
};
const SERIES = /^--shared-series-(\d+)$/;

/**
 * The global tokens in the CSS text of src/styles/tokens.ts: each `--_x: var(--shared-y, default)`.
 * @param {string} cssText
 * @returns {{ name: string, private: string, default: string }[]}
 */
export function globalTokensFrom(cssText) {
  const tokens = [];
  for (const m of cssText.matchAll(/(--_[\w-]+)\s*:\s*var\(\s*(--shared-[\w-]+)\s*,\s*([^;]*?)\s*\)\s*;/g)) {
    tokens.push({ name: m[2], private: m[1], default: m[3].replace(/\s+/g, ' ') });
  }
  return tokens;
}

export const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
export const code = (text) => (text ? `\`${String(text).replace(/\|/g, '\\|')}\`` : '');

/** `(default \`x\`)` in a description: the default out, and the description without it. */
export function splitDefault(description) {
  const m = /\s*\(default:?\s+`([^`]+)`\)/.exec(description ?? '');
  if (!m) return { text: description ?? '', default: undefined };
  return { text: (description.slice(0, m.index) + description.slice(m.index + m[0].length)).trim(), default: m[1] };
}

/** A default as a reader needs it: another token as `var(--token)`, anything else as written. */
export function showDefault(value) {
  if (!value) return '';
  return /^--[\w-]+$/.test(value) ? `\`var(${value})\`` : code(value);
}

/**
 * The elements in the manifest, by tag name.
 * @param {any} manifest custom-elements.json, parsed
 */
export function elementsFrom(manifest) {
  const elements = [];
  for (const mod of manifest?.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (d.customElement && d.tagName) elements.push(d);
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/**
 * The reference section (between the markers) for the manifest and the tokens' CSS text.
 * @param {any} manifest
 * @param {string} tokensCss
 */
export function renderReference(manifest, tokensCss) {
  const tokens = globalTokensFrom(tokensCss);
  const out = [];
  out.push(
    '_Made by `npm run docs` from `custom-elements.json` (the elements\' JSDoc) and `src/styles/tokens.ts`._',
    '',
    '### Global tokens',
    '',
    'Set these on `:root`, `<body>` or any element that contains widgets. Every widget reads them.',
    '',
    '| token | default | sets |',
    '| --- | --- | --- |'
  );
  for (const t of tokens) {
    const series = SERIES.exec(t.name);
    const what = series ? `Colour of data series ${series[1]} (charts, maps).` : GLOBAL_DESCRIPTIONS[t.name] ?? '';
    out.push(`| ${code(t.name)} | ${code(t.default)} | ${cell(what)} |`);
  }
  for (const el of elementsFrom(manifest)) {
    out.push('', `### \`<${el.tagName}>\``, '');
    if (el.summary) out.push(cell(el.summary), '');
    const props = el.cssProperties ?? [];
    out.push('Custom properties:', '');
    if (props.length) {
      out.push('| property | default | sets |', '| --- | --- | --- |');
      for (const p of props) {
        const { text, default: inText } = splitDefault(p.description);
        out.push(`| ${code(p.name)} | ${showDefault(p.default ?? inText)} | ${cell(text)} |`);
      }
    } else {
      out.push('None of its own: it follows the global tokens.');
    }
    const parts = el.cssParts ?? [];
    out.push('', 'Parts:', '');
    if (parts.length) {
      out.push('| part | what it is |', '| --- | --- |');
      for (const p of parts) out.push(`| ${code(p.name)} | ${cell(p.description)} |`);
    } else {
      out.push('None documented.');
    }
  }
  return out.join('\n');
}

/**
 * `doc` with the text between the markers replaced by `section`.
 * @param {string} doc
 * @param {string} section
 */
export function withReference(doc, section) {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/theming.md has lost its markers: ${START} … ${END}`);
  return `${doc.slice(0, start + START.length)}\n\n${section}\n\n${doc.slice(end)}`;
}

/**
 * The text between the markers, as `renderReference` makes it.
 * @param {string} doc
 */
export function referenceIn(doc) {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) return undefined;
  return doc.slice(start + START.length, end).trim();
}
