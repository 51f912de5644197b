// One version everywhere (issue 20): the library, its lock file, the version page scripts read
// (src/version.ts), the SharePoint package and the WordPress plugin, their built files when they are
// there, and the changelog. Run by `npm run test:release` (node --test), in `npm test`'s chain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { widgets } from '../../scripts/widgets.mjs';

const root = new URL('../../', import.meta.url);
const text = (path) => readFileSync(new URL(path, root), 'utf8');
const json = (path) => JSON.parse(text(path));
const { version } = json('package.json');
const line = (path, pattern) => {
  const match = pattern.exec(text(path));
  assert.ok(match, `${path}: no line matching ${pattern}`);
  return match[1].trim();
};

test('the library version is semantic (major.minor.patch)', () => {
  assert.match(version, /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
});

test('package-lock.json carries the same version', () => {
  const lock = json('package-lock.json');
  assert.equal(lock.version, version, 'package-lock.json: version');
  assert.equal(lock.packages[''].version, version, 'package-lock.json: packages[""].version');
});

test('the version page scripts read (src/version.ts) is package.json\'s', () => {
  assert.equal(line('src/version.ts', /^export const version = '([^']*)';$/m), version);
});

test('the SharePoint package carries the same version (four parts in package-solution.json)', () => {
  const sp = json('sharepoint/package.json');
  assert.equal(sp.version, version, 'sharepoint/package.json');
  const lock = json('sharepoint/package-lock.json');
  assert.equal(lock.version, version, 'sharepoint/package-lock.json: version');
  assert.equal(lock.packages[''].version, version, 'sharepoint/package-lock.json: packages[""].version');
  assert.equal(lock.packages['.library']?.version, version, 'sharepoint/package-lock.json: the library it installs (.library)');
  const solution = json('sharepoint/config/package-solution.json').solution;
  const four = `${version.replace(/[-+].*$/, '')}.0`;
  assert.equal(solution.version, four, 'package-solution.json: solution.version');
  for (const feature of solution.features) assert.equal(feature.version, four, `package-solution.json: feature ${feature.title}`);
});

test('the WordPress plugin carries the same version (header, Stable tag, changelog entry)', () => {
  const dir = 'wordpress/shared-services-widgets/';
  assert.equal(line(`${dir}shared-services-widgets.php`, /^ \* Version:(.*)$/m), version, 'plugin header');
  assert.equal(line(`${dir}readme.txt`, /^Stable tag:(.*)$/m), version, 'readme.txt Stable tag');
  assert.ok(text(`${dir}readme.txt`).includes(`\n= ${version} =\n`), `readme.txt has no changelog entry "= ${version} ="`);
  assert.match(text(`${dir}includes/settings.php`), /sprintf\( __\( 'Version %s[^']*', 'shared-services-widgets' \), version\(\) \)/, 'the settings page prints the version');
});

test('CHANGELOG.md has a section for this version, and the previous one', () => {
  const changelog = text('CHANGELOG.md');
  assert.match(changelog, new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
  assert.match(changelog, new RegExp(`^\\[${version.replace(/\./g, '\\.')}\\]: `, 'm'), 'a link for the version heading');
});

test('built files, where built, carry the same version', { skip: !existsSync(new URL('dist/shared-services-widgets.js', root)) && 'dist/ is not built' }, () => {
  for (const file of ['shared-services-widgets.js', 'shared-services-widgets.iife.js', ...widgets.map((w) => `${w.name}.js`)]) {
    const code = text(`dist/${file}`);
    const found = [...code.matchAll(/["'`](\d+\.\d+\.\d+)["'`]/g)].map((m) => m[1]);
    assert.ok(found.includes(version), `dist/${file} does not hold "${version}"`);
  }
  const wp = new URL('dist/wordpress/shared-services-widgets/', root);
  if (existsSync(new URL('widgets.json', wp))) {
    assert.equal(json('dist/wordpress/shared-services-widgets/widgets.json').version, version, 'the built plugin\'s widgets.json');
    assert.equal(line('dist/wordpress/shared-services-widgets/shared-services-widgets.php', /^ \* Version:(.*)$/m), version, 'the built plugin\'s header');
  }
  if (existsSync(new URL('sharepoint/.library/package.json', root))) {
    assert.equal(json('sharepoint/.library/package.json').version, version, 'the library the SharePoint web part bundles');
  }
});
