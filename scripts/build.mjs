// The library build: one self-contained file per entry (ES module, plus a classic script for the
// bundle), then types, custom-elements.json (and the theming reference made from it in
// docs/theming.md) and the dataset's JSON Schema.
import { cp, rename, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { build } from 'vite';
import { libraryConfig, libraryEntries } from './library.mjs';
import { buildBuilder, buildCli } from './build-tools.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

// The widget registry (src/widgets.json) first: src/index.ts and package.json's exports are made from
// it (`npm run widgets`), and a widget listed without its files stops the build here, in words.
run('node', ['scripts/widgets.mjs', '--check']);
run('node', ['scripts/build-outline.mjs']);
run('node', ['scripts/build-councils.mjs']);
// The elements' manifest first: the builder page (below) and the platform packages read it.
run('npm', ['run', '--silent', 'analyze']);
console.log('built custom-elements.json');

// Built into a folder of its own, then swapped in whole: a page, test or package build reading dist/
// meanwhile never finds it half written.
const staging = `dist.building-${process.pid}`;
await rm(staging, { recursive: true, force: true });
for (const entry of libraryEntries) {
  for (const format of entry.iife ? ['es', 'iife'] : ['es']) {
    await build(libraryConfig(entry, format, staging));
    console.log(`built dist/${entry.name}${format === 'iife' ? '.iife' : ''}.js`);
  }
}
// The council register for page scripts (`shared-services-widgets/councils`), with its data inside.
await build(libraryConfig({ name: 'councils', entry: 'src/councils/index.ts' }, 'es', staging));
console.log('built dist/councils.js');
// The council register and boundaries: data files beside the scripts (dist/geo/), fetched when a page
// needs them, never part of the JavaScript.
await cp('src/councils/geo', `${staging}/geo`, { recursive: true });
console.log('copied dist/geo');
// The command line (dist/cli/) and the builder page (dist/builder/): built apart, so that their
// dependencies never reach a widget's file.
await buildCli(staging);
console.log('built dist/cli/index.js');
await buildBuilder(staging);
console.log('built dist/builder/');
run('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', `${staging}/types`]);
console.log('built dist/types');
await rm('dist', { recursive: true, force: true });
await rename(staging, 'dist');
run('node', ['scripts/build-theming-doc.mjs']);
// The README's attribute, event, part and token tables, from the same manifest.
run('node', ['scripts/build-readme.mjs']);
run('node', ['scripts/build-schema.mjs']);
