// The layers of src/ and the imports between them: each folder of shared code (core, controllers, scheduling,
// data, format, i18n, layout, styles, councils) is a layer, each widget's folder another. A layer may
// import another only one way: no two layers import each other, directly or round a longer cycle, and
// no shared layer imports a widget. Type-only imports count too (they tie the code together as much
// for a reader). test/registry/layers.test.mjs fails on a cycle; `node scripts/layers.mjs` prints the graph.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Every .ts file under a folder, relative to the repository. */
function tsFiles(dir) {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : []
  );
}

/** The layer of a file under src/: `core`, `data`, …, or `components/<widget>`; the entry files are their own. */
export function layerOf(file) {
  const parts = file.split('/');
  if (parts[1] === 'components') return `components/${parts[2]}`;
  return parts.length > 2 ? parts[1] : file;
}

/** The relative imports and re-exports of a module's text (static and dynamic, type-only included). */
export function importsOf(source) {
  const found = [];
  for (const m of source.matchAll(/(?:^|[\s;])(?:import|export)\s[^'";]*?\sfrom\s*['"](\.[^'"]+)['"]|import\s*\(\s*['"](\.[^'"]+)['"]\s*\)|^import\s*['"](\.[^'"]+)['"]/gm)) {
    found.push(m[1] ?? m[2] ?? m[3]);
  }
  return found;
}

/** Layer → the layers it imports, with one file that does so for each, for the message. */
export function layerGraph(files = tsFiles('src').filter((f) => !f.startsWith('src/cli/'))) {
  const graph = new Map();
  for (const file of files) {
    const from = layerOf(file);
    if (!graph.has(from)) graph.set(from, new Map());
    for (const spec of importsOf(readFileSync(path.join(root, file), 'utf8'))) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)).replace(/\.js$/, '.ts');
      if (!target.startsWith('src/')) continue;
      const to = layerOf(target);
      if (to !== from && !graph.get(from).has(to)) graph.get(from).set(to, `${file} imports ${spec}`);
    }
  }
  return graph;
}

/** Every cycle between layers (each once), as lists of `a imports b because …` steps. */
export function cycles(graph = layerGraph()) {
  const found = [];
  const seen = new Set();
  const visit = (node, stack) => {
    const at = stack.indexOf(node);
    if (at >= 0) {
      const loop = stack.slice(at);
      const key = [...loop].sort().join(' ');
      if (!seen.has(key)) {
        seen.add(key);
        found.push(loop.map((n, i) => graph.get(n).get(loop[(i + 1) % loop.length])));
      }
      return;
    }
    for (const next of graph.get(node)?.keys() ?? []) visit(next, [...stack, node]);
  };
  for (const node of graph.keys()) visit(node, []);
  return found;
}

/** Shared layers that import a widget's folder (shared code must not know the widgets). */
export function sharedImportingWidgets(graph = layerGraph()) {
  const found = [];
  for (const [from, targets] of graph) {
    if (from.startsWith('components/') || from.startsWith('src/')) continue;
    for (const [to, why] of targets) if (to.startsWith('components/')) found.push(why);
  }
  return found;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const graph = layerGraph();
  for (const [from, targets] of [...graph].sort()) console.log(`${from} -> ${[...targets.keys()].sort().join(', ') || '(nothing)'}`);
  const loops = cycles(graph);
  const upward = sharedImportingWidgets(graph);
  for (const loop of loops) console.error(`cycle:\n  ${loop.join('\n  ')}`);
  for (const why of upward) console.error(`shared code imports a widget: ${why}`);
  process.exit(loops.length || upward.length ? 1 : 0);
}
