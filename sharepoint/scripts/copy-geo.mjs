// Puts the library's council files (its geo/ folder: councils.json, boundaries.json, NOTICE.txt) among
// the package's client-side assets, after webpack has written release/assets/ and before
// package-solution zips that folder into the .sppkg's ClientSideAssets/. SharePoint serves them from
// the same folder as the web part's script, which the web part passes to each widget as `geo-base`.
// Flat (no geo/ subfolder), so the files sit exactly where the script's base URL points.
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const library = dirname(require.resolve('shared-services-widgets/package.json'));
const from = join(library, 'geo');
const to = new URL('../release/assets/', import.meta.url);
if (!existsSync(to)) throw new Error('release/assets/ is missing: run `heft test --production` (the webpack build) first');
if (!existsSync(from)) {
  console.warn(`copy-geo: the library has no geo/ folder (${from}); the package goes without the council files`);
} else {
  const files = readdirSync(from).filter((f) => /\.(json|txt)$/.test(f));
  for (const file of files) copyFileSync(join(from, file), new URL(file, to));
  console.log(`copy-geo: ${files.join(', ')} -> release/assets/`);
}
