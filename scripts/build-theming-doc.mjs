// Writes the token and part reference into docs/theming.md, between its marker comments, from
// custom-elements.json (run `npm run analyze` first; `npm run docs` does both) and the global tokens
// in src/styles/tokens.ts. test/core/theming-doc.test.ts fails when the file is out of date.
import { readFile, writeFile } from 'node:fs/promises';
import { renderReference, withReference } from './theming-reference.mjs';

const DOC = 'docs/theming.md';

let manifest;
try {
  manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
} catch (error) {
  console.error(`Cannot read custom-elements.json (${error.message}). Run \`npm run docs\`, which analyses the elements first.`);
  process.exit(1);
}
// The tokens are one css`` block; its text is what Lit's css`` gives the browser.
const source = await readFile('src/styles/tokens.ts', 'utf8');
const block = /css`([^`]*)`/.exec(source);
if (!block) {
  console.error('src/styles/tokens.ts has no css`` block to read the global tokens from.');
  process.exit(1);
}
const doc = await readFile(DOC, 'utf8');
const next = withReference(doc, renderReference(manifest, block[1]));
if (next !== doc) {
  await writeFile(DOC, next);
  console.log(`updated the reference in ${DOC}`);
} else {
  console.log(`${DOC} is up to date`);
}
