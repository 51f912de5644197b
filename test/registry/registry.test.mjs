// The widget registry (src/widgets.json) is the one list of widgets: the files made from it are up to
// date, each widget has its files, budget, story, tests and README block, and the build's entries,
// size budgets and exports all name the same widgets. Run after `npm run build` (custom-elements.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { registryProblems, renderIndex, root, widgets, withRegistry } from '../../scripts/widgets.mjs';
import { libraryEntries } from '../../scripts/library.mjs';
import { end, start, withElementTables } from '../../scripts/readme-reference.mjs';

const read = (file) => readFileSync(path.join(root, file), 'utf8');

test('the registry lists the five widgets of release 0.2, each once, and the files made from it are up to date', () => {
  assert.deepEqual(widgets.map((w) => w.name).filter((n) => ['key-figures', 'savings-chart', 'partner-roster', 'readiness-checklist', 'partnership-map'].includes(n)).length, 5);
  assert.deepEqual(registryProblems(), []);
});

test('the build, the exports map and src/index.ts name exactly the registry widgets', () => {
  const names = widgets.map((w) => w.name);
  assert.deepEqual(libraryEntries.filter((e) => !e.iife).map((e) => e.name), names);
  const pkg = JSON.parse(read('package.json'));
  const exported = Object.keys(pkg.exports).filter((k) => /\/components\//.test(pkg.exports[k].types ?? '')).map((k) => k.slice(2));
  assert.deepEqual(exported, names);
  const index = read('src/index.ts');
  assert.deepEqual([...index.matchAll(/components\/([\w-]+)\//g)].map((m) => m[1]), names);
});

test('a widget added to or taken from the registry changes the index and the exports map, and a missing one is named', () => {
  const extra = { name: 'team-contacts', tag: 'shared-team-contacts', class: 'SharedTeamContacts', rendered: '[part~="items"]', budget: { kb: 20, why: 'a test' } };
  const pkg = JSON.parse(read('package.json'));
  const more = withRegistry(pkg, [...widgets, extra]);
  assert.deepEqual(more.exports['./team-contacts'], { types: './dist/types/components/team-contacts/team-contacts.d.ts', import: './dist/team-contacts.js' });
  assert.ok(more.sideEffects.includes('./dist/team-contacts.js'));
  assert.ok(renderIndex([...widgets, extra]).includes("export * from './components/team-contacts/team-contacts.js';"));
  const fewer = withRegistry(pkg, widgets.slice(1));
  assert.equal(fewer.exports[`./${widgets[0].name}`], undefined);
  assert.ok(!fewer.sideEffects.includes(`./dist/${widgets[0].name}.js`));
  assert.deepEqual(Object.keys(withRegistry(pkg)), Object.keys(pkg), 'nothing else in package.json moves');
  const problems = registryProblems([...widgets, extra]);
  assert.ok(problems.some((p) => p.includes('src/components/team-contacts/team-contacts.ts is missing')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('src/index.ts is not the one the registry makes')), problems.join('\n'));
  assert.ok(registryProblems([...widgets, { ...extra, name: 'Team_Contacts' }]).some((p) => p.includes('lower-case words')));
});

test('the README has a block of tables for every widget, and they are what custom-elements.json makes', () => {
  const readme = read('README.md');
  for (const w of widgets) {
    assert.ok(readme.includes(start(w.tag)) && readme.includes(end(w.tag)), `README.md has the markers for <${w.tag}>`);
  }
  const manifest = JSON.parse(read('custom-elements.json'));
  const made = withElementTables(readme, manifest, (file) => read(file));
  assert.deepEqual(made.missing, []);
  assert.equal(made.readme, readme, 'README.md tables are out of date: run `npm run docs` and commit README.md');
  execFileSync('node', ['scripts/build-readme.mjs', '--check'], { cwd: root, stdio: 'pipe' });
});

test('the README tables list what a page sets, not the element\'s internal state', () => {
  const readme = read('README.md');
  const roster = readme.slice(readme.indexOf(start('shared-partner-roster')), readme.indexOf(end('shared-partner-roster')));
  assert.match(roster, /\| `group-by` \| `none` \|/);
  assert.match(roster, /\| `shared-select` \|/);
  assert.match(roster, /\| `--shared-partner-roster-bar-color` \|/);
  const attributes = roster.slice(0, roster.indexOf('\n\n'));
  assert.match(attributes, /\| `council` \|/);
  for (const state of ['filter', 'sort', 'descending', 'showAll', 'drawn']) assert.doesNotMatch(attributes, new RegExp(`\\| \`${state}\` \\|`));
});
