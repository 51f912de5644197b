// The README's attribute, event, part and token tables, one block per element, made from
// custom-elements.json (the elements' JSDoc: @attr, @event, @csspart, @cssproperty), as the theming
// reference in docs/theming.md is. Plain data in, Markdown out: scripts/build-readme.mjs writes the
// blocks between their markers (`npm run docs`, and the build), and checks them (`--check`, run by
// test/registry/). The prose around each block is written by hand. Node only.
import { statesIn } from './build-wordpress.mjs';
import { cell, code, elementsFrom, showDefault, splitDefault } from './theming-reference.mjs';

export const start = (tag) => `<!-- reference:${tag}:start (made by \`npm run docs\` from custom-elements.json; do not edit by hand) -->`;
export const end = (tag) => `<!-- reference:${tag}:end -->`;

/**
 * The attributes a page sets: documented, lower-case (Lit's attribute names), and not the element's
 * own state (`{ state: true }`, which the analyser lists although no attribute sets it).
 * @param {any} el a declaration from custom-elements.json
 * @param {Set<string>} states
 */
export function pageAttributes(el, states) {
  return (el.attributes ?? []).filter((a) => a.name && a.description && a.name === a.name.toLowerCase() && !states.has(a.fieldName ?? a.name));
}

/** A default the analyser read from the source, when it is a plain string or number: `'geo'` as `geo`. */
function literal(value) {
  const m = /^(['"`])(.*)\1$/.exec(value ?? '');
  if (m) return m[2];
  return /^-?\d+(\.\d+)?$/.test(value ?? '') ? value : '';
}

/**
 * One element's block.
 * @param {any} el
 * @param {Set<string>} states the names of its internal state
 */
export function renderElement(el, states = new Set()) {
  const out = [];
  const attributes = pageAttributes(el, states);
  out.push('| attribute | default | |', '| --- | --- | --- |');
  for (const a of attributes) out.push(`| ${code(a.name)} | ${code(literal(a.default))} | ${cell(a.description)} |`);
  const events = el.events ?? [];
  if (events.length) {
    out.push('', '| event | when, and its `detail` |', '| --- | --- |');
    for (const e of events) out.push(`| ${code(e.name)} | ${cell(e.description)} |`);
  }
  const parts = el.cssParts ?? [];
  if (parts.length) {
    out.push('', `<details><summary>Parts (${parts.length}), for <code>::part()</code></summary>`, '', '| part | what it is |', '| --- | --- |');
    for (const p of parts) out.push(`| ${code(p.name)} | ${cell(p.description)} |`);
    out.push('', '</details>');
  }
  const tokens = el.cssProperties ?? [];
  if (tokens.length) {
    out.push('', '| token | default | sets |', '| --- | --- | --- |');
    for (const t of tokens) {
      const { text, default: inText } = splitDefault(t.description);
      out.push(`| ${code(t.name)} | ${showDefault(t.default ?? inText)} | ${cell(text)} |`);
    }
  }
  return out.join('\n');
}

/**
 * `readme` with every element's block made anew. An element of the manifest whose markers are
 * missing is named in `missing` (the README needs a section for it).
 * @param {string} readme
 * @param {any} manifest
 * @param {(modulePath: string) => string} readSource the component's source, for its internal state
 */
export function withElementTables(readme, manifest, readSource) {
  const missing = [];
  let next = readme;
  for (const mod of manifest?.modules ?? []) {
    for (const el of mod.declarations ?? []) {
      if (!el.customElement || !el.tagName) continue;
      const a = next.indexOf(start(el.tagName));
      const b = next.indexOf(end(el.tagName));
      if (a < 0 || b < a) {
        missing.push(el.tagName);
        continue;
      }
      const states = statesIn(readSource(mod.path));
      next = `${next.slice(0, a + start(el.tagName).length)}\n${renderElement(el, states)}\n${next.slice(b)}`;
    }
  }
  return { readme: next, missing };
}

export { elementsFrom };
