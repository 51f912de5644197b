// Issue 17's "done when": `npm run new-widget -- demo-widget` in a scratch clone gives a widget that
// builds, is tested, has a story and a size budget, and appears in the bundle, the exports map and the
// docs, with no other edit. The clone is of the committed repository (git clone), with this
// checkout's node_modules linked in rather than installed; it is thrown away at the end.
// Needs Chromium, as the browser tests do. Slow on a busy machine (a whole build): run by
// `npm run test:registry` in npm test's chain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root } from '../../scripts/widgets.mjs';

const NAME = 'demo-widget';
const TAG = `shared-${NAME}`;

test(`npm run new-widget -- ${NAME} in a scratch clone: builds, tested, a story, a budget, in the bundle, the exports and the docs`, { timeout: 20 * 60_000 }, () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'ssw-new-widget-'));
  const repo = path.join(scratch, 'repo');
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  try {
    execFileSync('git', ['clone', '--quiet', root, repo]);
    symlinkSync(path.join(root, 'node_modules'), path.join(repo, 'node_modules'), 'dir');
    const read = (file) => readFileSync(path.join(repo, file), 'utf8');
    const readmeBefore = read('README.md');

    run('npm', ['run', '--silent', 'new-widget', '--', NAME]);

    // Its files, by the convention every widget follows, and its registry entry.
    for (const file of ['component', 'data', 'layout', 'messages', 'styles'].map((k) => `src/components/${NAME}/${NAME}.${k}.ts`)) {
      assert.ok(existsSync(path.join(repo, file)), `${file} written`);
    }
    assert.ok(existsSync(path.join(repo, `stories/${NAME}.stories.ts`)), 'it has a story');
    const registry = JSON.parse(read('src/widgets.json'));
    const entry = registry.widgets.find((w) => w.name === NAME);
    assert.ok(entry?.budget?.kb > 0, 'it has a size budget in the registry');

    // It builds (the whole build, which checks the registry first), typechecks, and its tests pass.
    run('npm', ['run', '--silent', 'build']);
    run('npx', ['tsc', '--noEmit', '-p', '.']);
    // The repository's test set-up, with two changes for one file on a busy machine: no coverage
    // threshold (one widget's tests cannot cover src/) and more time for the browser to start.
    writeFileSync(
      path.join(scratch, 'wtr.config.mjs'),
      "import main from './repo/web-test-runner.config.mjs';\nexport default { ...main, coverage: false, browserStartTimeout: 180000, testsStartTimeout: 180000 };\n"
    );
    // With its own tests, the two page tests that read the registry for their list of widgets: the
    // pages under Trusted Types (test/core/csp-pages) and the privacy check (test/release/privacy).
    const tested = run('npx', ['web-test-runner', `test/${NAME}/**/*.test.ts`, 'test/core/csp-pages.test.ts', 'test/release/privacy.test.ts', '--config', '../wtr.config.mjs']);
    assert.match(tested, /3\/3 test files \| [1-9]\d* passed, 0 failed/, `its tests and the page tests ran and passed:\n${tested.slice(-2000)}`);

    // Its size budget holds, and it is counted.
    const size = run('node', ['scripts/size.mjs']);
    assert.match(size, new RegExp(`dist/${NAME}\\.js.*${entry.budget.kb} KB.*ok`), `size table lists it within budget:\n${size}`);

    // In the bundle (registered there) and in the exports map, pointing at files the build wrote.
    assert.ok(read('src/index.ts').includes(`./components/${NAME}/${NAME}.js`), 'src/index.ts exports it');
    assert.ok(read('dist/shared-services-widgets.js').includes(TAG), 'the bundle registers it');
    const pkg = JSON.parse(read('package.json'));
    const exported = pkg.exports[`./${NAME}`];
    assert.ok(exported, 'package.json exports it');
    for (const file of [exported.import, exported.types]) assert.ok(existsSync(path.join(repo, file)), `${file} (in the exports map) was built`);
    assert.ok(pkg.sideEffects.includes(`./dist/${NAME}.js`), 'its file is marked as having side effects (it registers an element)');

    // In the docs: the manifest, the theming reference and the README's tables, made by the build.
    const manifest = JSON.parse(read('custom-elements.json'));
    assert.ok(manifest.modules.some((m) => m.declarations?.some((d) => d.tagName === TAG)), 'custom-elements.json has it');
    assert.ok(read('docs/theming.md').includes(`<${TAG}>`), 'docs/theming.md has it');
    const readme = read('README.md');
    const block = readme.slice(readme.indexOf(`<!-- reference:${TAG}:start`), readme.indexOf(`<!-- reference:${TAG}:end`));
    assert.match(block, /\| `src` \|/, 'the README lists its attributes');
    assert.match(block, /\| `items` \|/, 'the README lists its parts');
    assert.match(block, new RegExp(`--${TAG}-accent`), 'the README lists its token');
    assert.ok(readme.length > readmeBefore.length && readme.startsWith(readmeBefore.slice(0, readmeBefore.indexOf('## Elements'))), 'the README gained a section and kept the rest');

    // Nothing else needed an edit: the registry's files and the README are as the generator left them.
    run('node', ['scripts/widgets.mjs', '--check']);
    run('node', ['scripts/build-readme.mjs', '--check']);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
