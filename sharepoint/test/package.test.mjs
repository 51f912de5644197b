// The .sppkg opened as the zip it is (node --test, from the root: npm run test:sharepoint):
// the app and web part manifests, the five toolbox entries (compared with the library's own list),
// the library's code and council files inside, and no http(s) address of another host in its scripts.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sharepointWidgets } from '../../scripts/sharepoint-widgets.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SPPKG = `${ROOT}dist/sharepoint/shared-services-widgets.sppkg`;
const JSZip = createRequire(`${ROOT}sharepoint/package.json`)('jszip');

/**
 * Addresses a script may hold without reaching another host: XML namespace names, which the DOM uses
 * as identifiers (createElementNS) and never fetches. Anything else with a host name fails the test.
 */
const NAMESPACES = new Set([
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/XML/1998/namespace',
  'http://www.w3.org/2000/xmlns/'
]);

assert.ok(existsSync(SPPKG), `${SPPKG} is missing: run npm run build:sharepoint`);
const zip = await JSZip.loadAsync(readFileSync(SPPKG));
const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
const text = (name) => zip.file(name).async('string');
const decode = (xml) => xml.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const solution = JSON.parse(readFileSync(`${ROOT}sharepoint/config/package-solution.json`, 'utf8')).solution;
const library = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));
const scripts = names.filter((n) => /^ClientSideAssets\/[^/]+\.js$/.test(n));

test('the app manifest names the solution, its version and client-side assets', async () => {
  assert.ok(names.includes('AppManifest.xml'), `AppManifest.xml in ${names.join(', ')}`);
  const app = await text('AppManifest.xml');
  assert.match(app, new RegExp(`ProductID="${solution.id}"`));
  assert.match(app, new RegExp(`Version="${library.version.replace(/\./g, '\\.')}\\.0"`), 'the solution version follows the library');
  assert.match(app, /IsClientSideSolution="true"/);
  assert.ok(names.includes('ClientSideAssets.xml'), 'includeClientSideAssets: the scripts travel in the package');
});

test('one web part with the five toolbox entries of the library\u2019s widgets', async () => {
  const parts = names.filter((n) => /\/WebPart_[0-9a-f-]+\.xml$/.test(n));
  assert.equal(parts.length, 1, `one web part manifest (found ${parts.join(', ')})`);
  const xml = await text(parts[0]);
  const manifest = JSON.parse(decode(/ComponentManifest="([^"]*)"/.exec(xml)[1]));
  assert.equal(manifest.alias, 'SharedServicesWidgetWebPart');
  assert.equal(manifest.componentType, 'WebPart');
  assert.equal(manifest.supportsThemeVariants, true, 'section backgrounds reach the web part');
  assert.equal(manifest.requiresCustomScript, undefined, 'needs no custom script on the site');
  const expected = sharepointWidgets();
  assert.equal(expected.length, 5);
  assert.deepEqual(
    manifest.preconfiguredEntries.map((e) => [e.title.default, e.properties.widget, e.description.default]),
    expected.map((w) => [w.title, w.name, w.summary])
  );
  assert.deepEqual(
    manifest.preconfiguredEntries.map((e) => e.title.default).sort(),
    ['Key figures', 'Partner roster', 'Partnership map', 'Readiness checklist', 'Savings chart']
  );
  const script = manifest.loaderConfig.scriptResources[manifest.loaderConfig.entryModuleId];
  assert.ok(names.includes(`ClientSideAssets/${script.path}`), `the entry script ${script.path} is in the package`);
  // SharePoint's placeholder for the app catalog's ClientSideAssets folder (or the tenant's CDN), set at
  // deployment: the scripts and council files are served from the tenant, not from a server we name.
  assert.deepEqual(manifest.loaderConfig.internalModuleBaseUrls, ['HTTPS://SPCLIENTSIDEASSETLIBRARY/']);
});

test('the library\u2019s code is inside the web part\u2019s script', async () => {
  assert.ok(scripts.length >= 1, 'a script in ClientSideAssets/');
  const code = (await Promise.all(scripts.map(text))).join('\n');
  for (const widget of sharepointWidgets()) assert.ok(code.includes(`"${widget.tag}"`) || code.includes(`'${widget.tag}'`), `registers <${widget.tag}>`);
  assert.ok(code.includes('shared-services-widgets-geo-base'), 'the library\u2019s council-file lookup');
  // The library's own sentences (its English and Welsh words), taken from dist/: all of them in the package.
  const dist = readFileSync(`${ROOT}dist/shared-services-widgets.js`, 'utf8');
  const sentences = new Set();
  for (const [, , words] of dist.matchAll(/(["'`])([A-Za-z\u00C0-\u017F][A-Za-z\u00C0-\u017F ,.\u2019-]{29,})\1/g)) {
    if (words.includes(' ')) sentences.add(words);
  }
  assert.ok(sentences.size >= 50, `dist/shared-services-widgets.js holds the library's sentences (found ${sentences.size})`);
  const missing = [...sentences].filter((words) => !code.includes(words));
  assert.deepEqual(missing, [], `all ${sentences.size} of dist/'s sentences are in the package`);
});

test('the council files travel beside the script, as in dist/geo/', async (t) => {
  const geo = `${ROOT}dist/geo/`;
  if (!existsSync(geo)) return t.skip('dist/geo/ is not built: nothing to compare');
  const files = readdirSync(geo).filter((f) => f.endsWith('.json'));
  assert.ok(files.includes('councils.json') && files.includes('boundaries.json'), `dist/geo holds ${files.join(', ')}`);
  for (const file of files) {
    const name = `ClientSideAssets/${file}`;
    assert.ok(names.includes(name), `${name} in the package`);
    assert.equal(await text(name), readFileSync(`${geo}${file}`, 'utf8'), `${name} is dist/geo/${file}`);
  }
});

test('no http(s) address of another host in the package\u2019s scripts', async () => {
  const found = [];
  for (const name of scripts) {
    for (const [address] of (await text(name)).matchAll(/https?:\/\/[^\s"'`)\\,;<>]*/g)) {
      if (NAMESPACES.has(address)) continue;
      let host = '';
      try {
        host = new URL(address).hostname;
      } catch {
        host = '';
      }
      // A host name has a letter or digit; "https://\u2026" in a message is a placeholder, not an address.
      if (!/[a-z0-9]/i.test(host)) continue;
      found.push(`${name}: ${address}`);
    }
  }
  assert.deepEqual(found, [], `addresses of other hosts:\n${found.join('\n')}`);
});
