// Which source modules the bytes of a built file come from: `node scripts/size-modules.mjs [entry…]`
// builds each entry of scripts/library.mjs (default: the whole bundle) aside, minified as
// `npm run build` does but with a source map, and shares the minified file's bytes among the
// modules the map names (gzip is shared in proportion, an estimate: gzip is not additive).
// Nothing here is in `npm test`; it is a tool for finding what is big (issue 18, item 5).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { SourceMapConsumer } from 'source-map-js';
import { libraryConfig, libraryEntries } from './library.mjs';

const names = process.argv.slice(2);
const entries = names.length ? libraryEntries.filter((e) => names.includes(e.name)) : libraryEntries.filter((e) => e.name === 'shared-services-widgets');
const top = Number(process.env.TOP ?? 40);

for (const entry of entries) {
  const out = await mkdtemp(join(tmpdir(), 'size-modules-'));
  try {
    const config = libraryConfig(entry, 'es', out);
    config.build.sourcemap = true;
    config.logLevel = 'error';
    // The build's small transforms make no source map: without them, every byte is mapped (the CSS
    // in css`` and the indentation in html`` are then counted as written, so modules read a little
    // bigger).
    if (process.env.PLUGINS !== '1') config.plugins = [];
    // The build's terser pass (scripts/library.mjs) rewrites the file after its source map is made:
    // left out always, so this counts Oxc's output (about 0.85 KB gzip more than dist/ for the bundle).
    config.plugins = config.plugins.filter((p) => p.name !== 'terser-pass');
    await build(config);
    const code = await readFile(join(out, `${entry.name}.js`), 'utf8');
    const map = new SourceMapConsumer(JSON.parse(await readFile(join(out, `${entry.name}.js.map`), 'utf8')));
    const bytes = new Map();
    const lines = code.split('\n');
    // Each generated segment runs to the next mapping on its line; unmapped bytes are "(glue)".
    const mappings = [];
    map.eachMapping((m) => mappings.push(m), null, SourceMapConsumer.GENERATED_ORDER);
    let counted = 0;
    for (let i = 0; i < mappings.length; i++) {
      const m = mappings[i];
      const next = mappings[i + 1];
      const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : lines[m.generatedLine - 1].length;
      const size = end - m.generatedColumn;
      const source = m.source ? tidy(m.source) : '(glue)';
      bytes.set(source, (bytes.get(source) ?? 0) + size);
      counted += size;
    }
    bytes.set('(glue)', (bytes.get('(glue)') ?? 0) + Math.max(0, code.length - counted));
    const gzip = gzipSync(code, { level: 9 }).length;
    const rows = [...bytes].sort((a, b) => b[1] - a[1]);
    const byPackage = new Map();
    for (const [source, n] of rows) {
      const key = source.startsWith('node_modules/') ? source.split('/').slice(1, source.split('/')[1].startsWith('@') ? 3 : 2).join('/') : source.split('/').slice(0, 2).join('/');
      byPackage.set(key, (byPackage.get(key) ?? 0) + n);
    }
    const kb = (n) => (n / 1024).toFixed(2);
    console.log(`\n${entry.name}.js: ${kb(code.length)} KB minified, ${kb(gzip)} KB gzip`);
    console.table(rows.slice(0, top).map(([source, n]) => ({ module: source, 'min KB': kb(n), 'gzip KB (share)': kb((n / code.length) * gzip) })));
    console.log('by package or source folder:');
    console.table([...byPackage].sort((a, b) => b[1] - a[1]).map(([source, n]) => ({ where: source, 'min KB': kb(n), 'gzip KB (share)': kb((n / code.length) * gzip) })));
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

function tidy(source) {
  const path = source.replace(/^(\.\.\/)+/, '').replace(new RegExp(`^.*?${process.cwd().slice(1)}/`), '');
  const at = path.indexOf('node_modules/');
  return at >= 0 ? path.slice(at) : relative('.', path) || path;
}
