// Writes the README's attribute, event, part and token tables (scripts/readme-reference.mjs) from
// custom-elements.json, between each element's markers. `--check` changes nothing and exits 1 when the
// README is out of date or an element has no block (test/registry/readme.test.mjs runs it; CI also
// checks that the build left README.md as committed).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './widgets.mjs';
import { end, start, withElementTables } from './readme-reference.mjs';

const check = process.argv.includes('--check');
let manifest;
try {
  manifest = JSON.parse(readFileSync(path.join(root, 'custom-elements.json'), 'utf8'));
} catch (error) {
  console.error(`Cannot read custom-elements.json (${error.message}). Run \`npm run docs\`, which analyses the elements first.`);
  process.exit(1);
}
const file = path.join(root, 'README.md');
const readme = readFileSync(file, 'utf8');
const { readme: next, missing } = withElementTables(readme, manifest, (modulePath) => readFileSync(path.join(root, modulePath), 'utf8'));
if (missing.length) {
  console.error(`README.md has no reference block for ${missing.map((t) => `<${t}>`).join(', ')}: add to its section\n${missing.map((t) => `  ${start(t)}\n  ${end(t)}`).join('\n')}`);
  process.exit(1);
}
if (next === readme) {
  console.log('README.md tables are up to date');
} else if (check) {
  console.error('README.md tables are out of date: run `npm run docs` and commit README.md.');
  process.exit(1);
} else {
  writeFileSync(file, next);
  console.log('updated the tables in README.md');
}
