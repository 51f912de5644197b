// Builds the WordPress plugin: dist/wordpress/shared-services-widgets/ and its zip,
// dist/wordpress/shared-services-widgets.zip, from wordpress/shared-services-widgets/ and the library's
// built files (run `npm run build` first). The widgets, their options and their help texts come from
// scripts/library.mjs (which widgets are built) and custom-elements.json (tags, attributes,
// descriptions): nothing here lists the widgets by hand. What is written here is the editors' wording
// of attribute names, which the manifest does not carry.
import { cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { libraryEntries } from './library.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SLUG = 'shared-services-widgets';
const source = path.join(root, 'wordpress', SLUG);
const outDir = path.join(root, 'dist', 'wordpress');
const target = path.join(outDir, SLUG);
const zipFile = path.join(outDir, `${SLUG}.zip`);
// The library's built files: dist/, or another build of it (SSW_LIBRARY_DIST, a folder like dist/).
const libraryDist = path.resolve(root, process.env.SSW_LIBRARY_DIST || 'dist');

/**
 * Editors' words for attribute names, shown as the label of each option in the block sidebar and the
 * settings help. Attributes not listed get their name in words ("code-property" → "Code property").
 */
export const LABELS = {
  src: 'Data file',
  format: 'File type',
  timeout: 'Seconds to wait for the file',
  heading: 'Heading',
  'heading-level': 'Heading level',
  partnership: 'Partnership (its id in the data file)',
  council: 'Council to highlight (GSS code, such as E08000026)',
  mode: 'Savings to show',
  currency: 'Currency (such as GBP or EUR)',
  'group-by': 'Group partners by',
  view: 'Map type',
  'geo-src': 'Boundary file (GeoJSON or TopoJSON)',
  'hex-src': 'Hex map file (HexJSON)',
  'code-property': 'Boundary property holding council codes',
  zoom: 'Zoom to the highlighted councils',
  year: 'Year of the council boundaries',
  tier: 'Councils to draw',
  'storage-key': 'Keep answers in this browser under the name',
  refresh: 'Read the file again every … seconds',
  lang: 'Language'
};

/** Options shown under "More options" in the block sidebar, closed at first. */
export const ADVANCED = new Set(['format', 'timeout', 'refresh', 'code-property', 'lang']);

/** Editors' words for option values; values not listed are shown as written. */
export const VALUE_LABELS = {
  both: 'In-year and cumulative',
  cumulative: 'Cumulative only',
  'in-year': 'In-year only',
  none: 'No grouping',
  role: 'Role',
  service: 'Service',
  geo: 'Map of the country',
  hex: 'Hex map',
  network: 'Network',
  json: 'JSON',
  csv: 'CSV',
  'en-GB': 'English',
  cy: 'Welsh (Cymraeg)',
  upper: 'Counties and unitaries (upper tier)',
  lower: 'Districts and unitaries (lower tier)'
};

/** Attributes the plugin sets itself, never offered to editors. */
const SET_BY_PLUGIN = new Set(['geo-base']);

const words = (name) => name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
/** A description as plain text: Markdown code marks and links dropped, lines joined. */
const plain = (text) =>
  String(text ?? '')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/`/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The values a description opens with, as the manifest writes choices: "`both` (default), `cumulative`
 * or `in-year`." gives ['both', 'cumulative', 'in-year'] and the default 'both'.
 */
export function choicesFrom(description) {
  const m = /^((?:`[^`]+`(?:\s*\(default\))?(?:,\s*|\s+or\s+)?)+)/.exec(String(description ?? '').trim());
  if (!m) return null;
  const values = [...m[1].matchAll(/`([^`]+)`(\s*\(default\))?/g)];
  if (!values.length) return null;
  return { values: values.map((v) => v[1]), default: values.find((v) => v[2])?.[1] ?? null };
}

/** One option of a widget, as the block sidebar and the shortcode need it. */
function optionFrom(attribute) {
  const name = attribute.name;
  const description = attribute.description ?? '';
  const typeText = attribute.type?.text ?? '';
  const option = { name, label: LABELS[name] ?? words(name), help: plain(description), control: 'text', advanced: ADVANCED.has(name) };
  // Choices: a union of string literals in the attribute's type, or the values its description opens with.
  const literals = /^\s*'[^']*'(\s*\|\s*'[^']*')*(\s*\|\s*(null|undefined))*\s*$/.test(typeText) ? [...typeText.matchAll(/'([^']*)'/g)].map((m) => m[1]) : null;
  const choices = literals ? { values: literals } : choicesFrom(description);
  if (name === 'heading-level') {
    option.control = 'select';
    option.options = ['2', '3', '4', '5', '6'].map((value) => ({ value, label: value }));
  } else if (typeText === 'boolean') {
    option.control = 'toggle';
  } else if (/(^|-)src$/.test(name)) {
    option.control = 'file';
  } else if (name === 'timeout' || name === 'refresh' || /^number( \| (null|undefined))?$/.test(typeText)) {
    option.control = 'number';
  } else if (choices && choices.values.length) {
    option.control = 'select';
    option.options = choices.values.map((value) => ({ value, label: VALUE_LABELS[value] ?? value }));
    if (choices.default) option.defaultLabel = VALUE_LABELS[choices.default] ?? choices.default;
    // The plugin gives every widget the language of its settings.
    if (name === 'lang') option.defaultLabel = 'the plugin\'s setting';
  }
  return option;
}

/**
 * Lit's internal state (`name: { state: true }` in a component's static properties), which the
 * manifest's analyser lists among the attributes although no attribute sets it.
 */
export function statesIn(sourceText) {
  return new Set([...String(sourceText).matchAll(/(\w+)\s*:\s*\{\s*state\s*:\s*true/g)].map((m) => m[1]));
}

/** The widgets to package: every built widget entry, with what custom-elements.json says of it. */
export function widgetsFrom(manifest, entries = libraryEntries, readSource = (file) => readFileSync(path.join(root, file), 'utf8')) {
  const declarations = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (d.customElement && d.tagName) declarations.push({ path: mod.path, d });
    }
  }
  const widgets = [];
  for (const entry of entries) {
    if (entry.iife) continue; // the bundle of every widget, not a widget
    const folder = path.posix.dirname(entry.entry) + '/';
    const found = declarations.filter((x) => x.path.startsWith(folder));
    if (found.length !== 1) {
      throw new Error(`custom-elements.json has ${found.length} elements under ${folder} (for the entry "${entry.name}"); expected one. Run \`npm run analyze\`.`);
    }
    const { d, path: modulePath } = found[0];
    const states = statesIn(readSource(modulePath));
    const options = (d.attributes ?? [])
      // Options are documented attributes. Not options: the element's own state (sort order, open
      // panels, what the pointer is on), which has no attribute (Lit's attribute names are lower case).
      .filter((a) => a.name && a.description && !SET_BY_PLUGIN.has(a.name))
      .filter((a) => !states.has(a.fieldName ?? a.name) && a.name === a.name.toLowerCase())
      .map(optionFrom);
    widgets.push({
      name: entry.name,
      tag: d.tagName,
      title: words(entry.name),
      description: plain(d.summary ?? d.description ?? ''),
      options
    });
  }
  return widgets;
}

async function main() {
  const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  let manifest;
  try {
    manifest = JSON.parse(await readFile(path.join(root, 'custom-elements.json'), 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read custom-elements.json (${error.message}). Run \`npm run build\` first.`);
  }
  const bundle = libraryEntries.find((e) => e.iife);
  const scripts = [`${bundle.name}.js`, `${bundle.name}.iife.js`];
  for (const file of scripts) {
    if (!existsSync(path.join(libraryDist, file))) throw new Error(`dist/${file} is missing. Run \`npm run build\` first.`);
  }
  const widgets = widgetsFrom(manifest);

  await rm(target, { recursive: true, force: true });
  await rm(zipFile, { force: true });
  await mkdir(outDir, { recursive: true });
  await cp(source, target, { recursive: true });
  await mkdir(path.join(target, 'assets'), { recursive: true });
  for (const file of scripts) await cp(path.join(libraryDist, file), path.join(target, 'assets', file));
  const geo = path.join(libraryDist, 'geo');
  if (existsSync(geo)) await cp(geo, path.join(target, 'geo'), { recursive: true });
  // The builder page (dist/builder/), shown by Tools → Shared services builder (includes/builder.php).
  // It finds the council files at ../geo/, beside it here as in dist/.
  const builder = path.join(libraryDist, 'builder');
  if (!existsSync(path.join(builder, 'index.html'))) throw new Error('dist/builder/index.html is missing. Run `npm run build` first.');
  await cp(builder, path.join(target, 'builder'), { recursive: true });

  await writeFile(
    path.join(target, 'widgets.json'),
    JSON.stringify({ version: pkg.version, module: `assets/${scripts[0]}`, classic: `assets/${scripts[1]}`, widgets }, null, 1) + '\n'
  );

  // The version in the plugin header, the readme's stable tag and the PHP constant follow package.json.
  const main = path.join(target, `${SLUG}.php`);
  let php = await readFile(main, 'utf8');
  php = php.replace(/^( \* Version:\s*).*$/m, `$1${pkg.version}`);
  await writeFile(main, php);
  const readme = path.join(target, 'readme.txt');
  await writeFile(readme, (await readFile(readme, 'utf8')).replace(/^(Stable tag:\s*).*$/m, `$1${pkg.version}`));

  // Zip with the folder at the top, as WordPress's "Upload plugin" expects.
  try {
    execFileSync('zip', ['-q', '-X', '-r', zipFile, SLUG], { cwd: outDir, stdio: 'inherit' });
  } catch {
    execFileSync('python3', ['-m', 'zipfile', '-c', zipFile, SLUG], { cwd: outDir, stdio: 'inherit' });
  }
  const size = (await stat(zipFile)).size;
  console.log(`dist/wordpress/${SLUG}.zip: ${widgets.length} widgets (${widgets.map((w) => w.tag).join(', ')}), ${(size / 1024).toFixed(1)} KB`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error) => {
    console.error(`build:wordpress: ${error.message}`);
    process.exit(1);
  });
}
