// npm run e2e: the end-to-end proof that the widgets work together, run by `npm test`.
//   1. Builds the demo page with Vite into dist-demo/ (its data copied beside it) and serves it under
//      a strict Content-Security-Policy; opens it in headless Chromium and checks that every widget
//      renders, with no console error, no CSP violation and no axe violation, in every theme and in
//      Welsh as well as English; that switching theme and language changes every widget; and measures
//      the page's JavaScript (gzip) and the time until every widget has rendered. Saves a screenshot
//      for the README (docs/images/demo.png).
//   2. Opens every story of the built Storybook (storybook-static/, from `npm run build-storybook`)
//      and checks each renders with no console error and no axe violation.
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { launch, serve } from './harness.mjs';
import { widgets } from './widgets.mjs';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";
// Every widget in the registry (src/widgets.json), and the selector that exists once each has drawn.
const TAGS = widgets.map((w) => w.tag);
const RENDERED = Object.fromEntries(widgets.map((w) => [w.tag, w.rendered]));
const THEMES = ['', 'theme-coventry', 'theme-solihull', 'theme-dark'];
const failures = [];
const fail = (where, what) => failures.push(`${where}: ${what}`);

// Runs in the page before anything else: records CSP violations and when every widget has rendered.
function probe(tags, drawn) {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  const rendered = (el) =>
    el.shadowRoot &&
    !el.hasAttribute('aria-busy') &&
    el.shadowRoot.querySelector(drawn[el.localName]);
  const check = () => {
    const all = [...document.querySelectorAll(tags.join(','))];
    if (all.length && all.every(rendered)) window.__allRendered = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

const axeSource = await readFile('node_modules/axe-core/axe.min.js', 'utf8');

/**
 * Runs axe-core and lists the violations. It is put into the page through DevTools, which the page's
 * CSP does not govern, so checking does not disturb what is checked.
 */
async function axe(page, context = 'document') {
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.evaluate(axeSource);
  // Storybook's accessibility addon runs its own axe after each render: wait for it to finish.
  let violations;
  for (let attempt = 0; !violations; attempt++) {
    try {
      violations = await page.evaluate(`axe.run(${context}, { resultTypes: ['violations'] }).then((r) => r.violations)`);
    } catch (error) {
      if (!/already running/.test(String(error)) || attempt > 50) throw error;
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
}

/**
 * Collects console errors, page errors and failed requests. A failed request is counted once, as a
 * request (the browser also logs it to the console); Storybook's favicon, and files that error-state
 * stories ask for on purpose (named `missing…`), are not counted.
 */
function watch(page, label) {
  const errors = [];
  // Missing on purpose: a file or folder named missing… (stories of a 404, and of absent council files).
  const expected = (url) => /\/favicon\.ico$|\/missing[^/]*(\/[^/]+)?$/.test(url);
  page.on('console', (m) => m.type() === 'error' && !/^Failed to load resource/.test(m.text()) && errors.push(`${label()}: console error: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`${label()}: page error: ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && !expected(r.url()) && errors.push(`${label()}: HTTP ${r.status()} ${r.url()}`));
  return errors;
}

async function buildDemo() {
  await build({
    configFile: false,
    logLevel: 'warn',
    base: './',
    build: { outDir: 'dist-demo', emptyOutDir: true, target: 'es2022', rollupOptions: { input: 'demo/index.html' } }
  });
  await cp('demo/data', 'dist-demo/demo/data', { recursive: true });
  // The council register and boundaries beside the bundled script, where the widgets look for them.
  await cp('src/councils/geo', 'dist-demo/assets/geo', { recursive: true });
}

/** The gzip size of every script the built demo page loads. */
async function demoScripts() {
  const files = (await readdir('dist-demo/assets')).filter((f) => f.endsWith('.js'));
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = await readFile(`dist-demo/assets/${f}`);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.length, raw, gzip };
}

/** Every widget's visible words and colours, to tell whether a switch reached it. */
const signatures = (page) =>
  page.evaluate((tags) => {
    return [...document.querySelectorAll(tags.join(','))].map((el) => {
      const base = el.shadowRoot.querySelector('[part~="base"]') ?? el.shadowRoot.firstElementChild;
      const style = getComputedStyle(base);
      return { id: el.id || el.localName, words: el.shadowRoot.textContent.replace(/\s+/g, ' '), look: `${style.color} ${style.fontFamily}` };
    });
  }, TAGS);

async function demo(browser) {
  await buildDemo();
  const server = await serve('dist-demo', { 'Content-Security-Policy': CSP });
  let where = 'demo';
  const page = await browser.newPage();
  // A loaded CI machine can take more than puppeteer's 30 s to load a page: a slow load is not a failure here.
  page.setDefaultNavigationTimeout(120_000);
  const errors = watch(page, () => where);
  await page.setViewport({ width: 1100, height: 900 });
  await page.evaluateOnNewDocument(probe, TAGS, RENDERED);
  try {
    await page.goto(`${server.origin}/demo/index.html`, { waitUntil: 'load' });
    await page.waitForFunction('window.__allRendered', { timeout: 30_000 });
    const firstRender = await page.evaluate('window.__allRendered');
    const counts = await page.evaluate((tags) => tags.map((t) => document.querySelectorAll(t).length), TAGS);
    TAGS.forEach((tag, i) => counts[i] || fail('demo', `no <${tag}>`));
    const broken = await page.evaluate((tags) => [...document.querySelectorAll(tags.join(','))].filter((el) => el.shadowRoot.querySelector('[part~="error"]')).map((el) => el.id || el.localName), TAGS);
    if (broken.length) fail('demo', `widgets showing an error: ${broken.join(', ')}`);
    await page.screenshot({ path: 'docs/images/demo.png', clip: { x: 0, y: 0, width: 1100, height: 1500 } });
    // Violations before any checking tool is in the page: the page's own.
    for (const v of await page.evaluate('window.__violations')) fail('demo', `CSP violation: ${v}`);

    let before = await signatures(page);
    for (const theme of THEMES.slice(1)) {
      where = `demo (${theme})`;
      await page.select('#theme', theme);
      const after = await signatures(page);
      after.forEach((s, i) => s.look === before[i].look && fail(where, `${s.id} did not change with the theme`));
      for (const v of await axe(page)) fail(where, `axe: ${v}`);
      before = after;
    }
    where = 'demo (Welsh)';
    await page.select('#theme', '');
    before = await signatures(page);
    await page.click('[data-lang="cy"]');
    await page.waitForFunction(() => document.documentElement.lang === 'cy');
    await new Promise((done) => setTimeout(done, 300));
    const welsh = await signatures(page);
    welsh.forEach((s, i) => s.words === before[i].words && fail(where, `${s.id} did not change language`));
    for (const v of await axe(page)) fail(where, `axe: ${v}`);
    where = 'demo (English)';
    await page.click('[data-lang="en-GB"]');
    for (const v of await axe(page)) fail(where, `axe: ${v}`);
    return { firstRender, scripts: await demoScripts(), widgets: counts.reduce((a, b) => a + b, 0) };
  } finally {
    await page.close();
    server.close();
    failures.push(...errors);
  }
}

async function storybook(browser) {
  if (!existsSync('storybook-static/index.json')) {
    fail('storybook', 'storybook-static/ is missing: run `npm run build-storybook` first');
    return { stories: 0 };
  }
  const index = JSON.parse(await readFile('storybook-static/index.json', 'utf8'));
  const stories = Object.values(index.entries).filter((e) => e.type === 'story');
  const server = await serve('storybook-static');
  const page = await browser.newPage();
  // A loaded CI machine can take more than puppeteer's 30 s to load a page: a slow load is not a failure here.
  page.setDefaultNavigationTimeout(120_000);
  let where = 'storybook';
  const errors = watch(page, () => where);
  await page.setViewport({ width: 1000, height: 800 });
  try {
    for (const story of stories) {
      where = `story ${story.id}`;
      await page.goto(`${server.origin}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
      await page.waitForFunction(
        (tags) => {
          const all = [...document.querySelectorAll(tags.join(','))];
          return all.length > 0 && all.every((el) => el.shadowRoot?.firstElementChild && !el.hasAttribute('aria-busy'));
        },
        { timeout: 15_000 },
        TAGS
      ).catch(() => fail(where, 'no widget rendered within 15 s'));
      for (const v of await axe(page, 'document.querySelector("#storybook-root")')) fail(where, `axe: ${v}`);
    }
    return { stories: stories.length };
  } finally {
    await page.close();
    server.close();
    failures.push(...errors);
  }
}

await mkdir('docs/images', { recursive: true });
const browser = await launch();
try {
  const started = performance.now();
  const d = await demo(browser);
  const s = await storybook(browser);
  console.log(`Demo: ${d.widgets} widgets rendered ${d.firstRender.toFixed(0)} ms after navigation started, under a strict CSP;`);
  console.log(`      its JavaScript: ${d.scripts.files} file(s), ${(d.scripts.raw / 1024).toFixed(1)} KB, ${(d.scripts.gzip / 1024).toFixed(1)} KB gzip.`);
  console.log(`      Checked in ${THEMES.length} themes and 2 languages with axe-core; screenshot in docs/images/demo.png.`);
  console.log(`Storybook: ${s.stories} stories checked with axe-core.`);
  console.log(`End-to-end run took ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  await writeFile('docs/images/demo-run.json', JSON.stringify({ firstRenderMs: Math.round(d.firstRender), scripts: d.scripts, stories: s.stories }, null, 2) + '\n');
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(`\n${failures.length} problem(s):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
