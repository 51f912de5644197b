// The SharePoint web part's list of widgets, made from the library's own list (libraryEntries in
// scripts/library.mjs) and custom-elements.json (tags, summaries, attributes), never kept by hand:
//   sharepoint/src/webparts/sharedServicesWidget/widgets.generated.ts      what the web part code reads
//   sharepoint/src/webparts/sharedServicesWidget/SharedServicesWidgetWebPart.manifest.json
//                                                                          one toolbox entry per widget
// Run by every build (`npm run build:sharepoint`, and `npm run build` in sharepoint/), so they never
// drift from the library; they are not committed. It also sets the solution's version from the
// library's (sharepoint/config/package-solution.json, committed; CI checks it is up to date).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { libraryEntries } from './library.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB_PART = `${ROOT}sharepoint/src/webparts/sharedServicesWidget/`;

/** The web part's id (from the generator) and its toolbox group: a group of its own. */
const WEB_PART_ID = '33bcbfbc-0e2d-4516-83e5-8963f87814ba';
const GROUP_ID = 'b2a1f6c4-5d37-4e0b-9c8a-7e3f1d2c6a90';
/** Toolbox icons (Fluent UI icon names): decoration only; a widget not named here gets the first. */
const ICONS = {
  'key-figures': 'NumberField',
  'savings-chart': 'LineChart',
  'partnership-map': 'MapPin',
  'partner-roster': 'People',
  'readiness-checklist': 'CheckList'
};

/** "partnership-map" -> "Partnership map". */
export const titleOf = (name) => name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' ');

/** One record per widget: the library entries that build one element, matched to custom-elements.json by file. */
export function sharepointWidgets(manifest = JSON.parse(readFileSync(`${ROOT}custom-elements.json`, 'utf8'))) {
  const declarations = new Map();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName) declarations.set(module.path.replace(/\.component\.ts$/, '.ts'), declaration);
    }
  }
  const widgets = [];
  for (const entry of libraryEntries) {
    const declaration = declarations.get(entry.entry);
    if (!declaration) continue; // the whole-library bundle, not one widget
    widgets.push({
      name: entry.name,
      tag: declaration.tagName,
      title: titleOf(entry.name),
      summary: declaration.summary ?? '',
      attributes: (declaration.attributes ?? [])
        .filter((a) => a.name && !/[A-Z]/.test(a.name))
        .map((a) => ({ name: a.name, description: (a.description ?? '').replace(/\s+/g, ' ').trim() }))
    });
  }
  if (widgets.length === 0) throw new Error('custom-elements.json names none of the widgets in libraryEntries: run `npm run analyze`');
  return widgets;
}

export function webPartManifest(widgets) {
  return {
    $schema: 'https://developer.microsoft.com/json-schemas/spfx/client-side-web-part-manifest.schema.json',
    id: WEB_PART_ID,
    alias: 'SharedServicesWidgetWebPart',
    componentType: 'WebPart',
    version: '*',
    manifestVersion: 2,
    requiresCustomScript: false,
    // SharePoint pages only: in Teams a data file's address would be read from Teams' own origin (untested).
    supportedHosts: ['SharePointWebPart', 'SharePointFullPage'],
    supportsThemeVariants: true,
    preconfiguredEntries: widgets.map((w) => ({
      groupId: GROUP_ID,
      group: { default: 'Shared services' },
      title: { default: w.title },
      description: { default: w.summary },
      officeFabricIconFontName: ICONS[w.name] ?? Object.values(ICONS)[0],
      properties: { widget: w.name, src: '' }
    }))
  };
}

export function widgetsModule(widgets) {
  return `// Made by scripts/sharepoint-widgets.mjs from scripts/library.mjs and custom-elements.json: do not edit.
import type { WidgetInfo } from './mapping';

export const WIDGETS: readonly WidgetInfo[] = ${JSON.stringify(widgets, null, 2).replace(/"([a-z]+)":/g, '$1:')};
`;
}

/** Writes a file only when its text changes (a build that changes nothing leaves git clean). */
function write(path, text) {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
  writeFileSync(path, text);
}

export function writeSharepointSources() {
  const widgets = sharepointWidgets();
  write(`${WEB_PART}widgets.generated.ts`, widgetsModule(widgets));
  write(`${WEB_PART}SharedServicesWidgetWebPart.manifest.json`, `${JSON.stringify(webPartManifest(widgets), null, 2)}\n`);
  // The solution's version follows the library's (0.1.0 -> 0.1.0.0): SharePoint offers an update
  // when an uploaded package's version is higher.
  const version = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')).version.replace(/[-+].*$/, '');
  const solutionPath = `${ROOT}sharepoint/config/package-solution.json`;
  const solution = JSON.parse(readFileSync(solutionPath, 'utf8'));
  solution.solution.version = `${version}.0`;
  solution.solution.features.forEach((feature) => (feature.version = `${version}.0`));
  write(solutionPath, `${JSON.stringify(solution, null, 2)}\n`);
  return widgets;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const widgets = writeSharepointSources();
  console.log(`sharepoint: ${widgets.length} widgets (${widgets.map((w) => w.title).join(', ')})`);
}
