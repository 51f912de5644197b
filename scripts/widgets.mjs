// The widget registry (src/widgets.json) as Node reads it, and the files made from it.
//
//   node scripts/widgets.mjs          (npm run widgets) writes src/index.ts and package.json's `exports`
//                                     and `sideEffects` from the registry;
//   node scripts/widgets.mjs --check  says what is out of date or missing and exits 1 (the build runs it
//                                     first; test/registry/ runs it too).
//
// The browser side (the demo page, tests) imports src/widgets.json itself: it is plain data.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (file) => readFileSync(path.join(root, file), 'utf8');

/**
 * @typedef {{ name: string, tag: string, class: string, rendered: string, budget: { kb: number, why: string } }} Widget
 * @returns {Widget[]}
 */
export function readWidgets() {
  return readRegistry().widgets;
}

/** The whole registry: `widgets`, and `bundle` (the budget of the bundle of every widget). */
export function readRegistry() {
  return JSON.parse(read('src/widgets.json'));
}

/** Every widget in the registry, in its order (the bundle registers them in this order). */
export const widgets = readWidgets();

/** Where a widget's files are, by the convention every widget follows. */
export const widgetPaths = (w) => ({
  folder: `src/components/${w.name}`,
  entry: `src/components/${w.name}/${w.name}.ts`,
  component: `src/components/${w.name}/${w.name}.component.ts`,
  story: `stories/${w.name}.stories.ts`,
  tests: `test/${w.name}`,
  dist: `dist/${w.name}.js`,
  types: `dist/types/components/${w.name}/${w.name}.d.ts`
});

/** src/index.ts: the bundle's entry, registering every widget and exporting the shared types. */
export function renderIndex(list = widgets) {
  return `/**
 * shared-services-widgets: importing this module registers every element.
 *
 * Made by \`npm run widgets\` from src/widgets.json (the widget registry): do not edit by hand. Each
 * widget's entry file exports its element class and its public types.
 */
${list.map((w) => `export * from './components/${w.name}/${w.name}.js';`).join('\n')}
export { SharedElement } from './core/shared-element.js';
/** The library's version (also \`SharedServicesWidgets.version\` on the page and \`version\` on every element class). */
export { version } from './version.js';
export type { DataErrorDetail, SelectDetail, SharedEventMap } from './core/events.js';
export type { Dataset, Council, Partnership, Partner, SavingsPoint } from './data/dataset.js';
`;
}

const isWidgetExport = (key, value) => typeof value === 'object' && value !== null && /\/components\//.test(value.types ?? '') && key !== '.';
const isWidgetSideEffect = (file) => /^\.\/dist\/[\w-]+\.js$/.test(file) && file !== './dist/shared-services-widgets.js';

/** package.json with `exports` and `sideEffects` made from the registry (everything else kept as it is). */
export function withRegistry(pkg, list = widgets) {
  const exports = {};
  const rest = Object.entries(pkg.exports).filter(([key, value]) => key !== '.' && !isWidgetExport(key, value));
  exports['.'] = pkg.exports['.'];
  for (const w of list) {
    exports[`./${w.name}`] = { types: `./${widgetPaths(w).types}`, import: `./${widgetPaths(w).dist}` };
  }
  for (const [key, value] of rest) exports[key] = value;
  const others = pkg.sideEffects.filter((f) => !isWidgetSideEffect(f));
  const at = others.indexOf('./dist/shared-services-widgets.iife.js') + 1;
  const sideEffects = [...others.slice(0, at), ...list.map((w) => `./${widgetPaths(w).dist}`), ...others.slice(at)];
  return { ...pkg, exports, sideEffects };
}

const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** What is wrong with the registry or the files made from it, in words; empty when all is well. */
export function registryProblems(list = widgets) {
  const problems = [];
  const seen = new Set();
  for (const w of list) {
    const where = `src/widgets.json: ${w.name ?? '(no name)'}`;
    if (!NAME.test(w.name ?? '')) problems.push(`${where}: the name must be lower-case words joined by hyphens, such as key-figures`);
    if (seen.has(w.name)) problems.push(`${where}: listed twice`);
    seen.add(w.name);
    if (w.tag !== `shared-${w.name}`) problems.push(`${where}: tag should be shared-${w.name}`);
    if (!/^Shared[A-Z]\w*$/.test(w.class ?? '')) problems.push(`${where}: class should be named Shared…`);
    if (!w.rendered) problems.push(`${where}: rendered (a selector that exists once it has drawn) is missing`);
    if (!(w.budget?.kb > 0) || !w.budget?.why) problems.push(`${where}: budget needs kb (gzip) and why`);
    const paths = widgetPaths(w);
    for (const file of [paths.entry, paths.component, paths.story]) {
      if (!existsSync(path.join(root, file))) problems.push(`${where}: ${file} is missing`);
    }
    if (!existsSync(path.join(root, paths.tests))) problems.push(`${where}: no tests in ${paths.tests}/`);
    if (existsSync(path.join(root, paths.entry)) && !read(paths.entry).includes(`'${w.tag}'`)) {
      problems.push(`${where}: ${paths.entry} does not register <${w.tag}>`);
    }
  }
  if (read('src/index.ts') !== renderIndex(list)) problems.push('src/index.ts is not the one the registry makes: run `npm run widgets`');
  const pkg = JSON.parse(read('package.json'));
  const made = withRegistry(pkg, list);
  if (JSON.stringify(made.exports) !== JSON.stringify(pkg.exports)) problems.push('package.json `exports` does not match the registry: run `npm run widgets`');
  if (JSON.stringify(made.sideEffects) !== JSON.stringify(pkg.sideEffects)) problems.push('package.json `sideEffects` does not match the registry: run `npm run widgets`');
  return problems;
}

/** Writes src/index.ts and package.json from the registry; returns the files it changed. */
export function writeFromRegistry(list = widgets) {
  const changed = [];
  const index = renderIndex(list);
  if (read('src/index.ts') !== index) {
    writeFileSync(path.join(root, 'src/index.ts'), index);
    changed.push('src/index.ts');
  }
  const text = read('package.json');
  const next = JSON.stringify(withRegistry(JSON.parse(text), list), null, 2) + '\n';
  if (next !== text) {
    writeFileSync(path.join(root, 'package.json'), next);
    changed.push('package.json');
  }
  return changed;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const problems = registryProblems();
    if (problems.length) {
      console.error(`The widget registry (src/widgets.json) and the files made from it disagree:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
      process.exit(1);
    }
    console.log(`widget registry: ${widgets.length} widgets, src/index.ts and package.json up to date`);
  } else {
    const changed = writeFromRegistry();
    console.log(changed.length ? `wrote ${changed.join(', ')} from src/widgets.json` : 'src/index.ts and package.json already match src/widgets.json');
  }
}
