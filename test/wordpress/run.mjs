// The WordPress plugin, tested in WordPress: a real WordPress with a real database (MariaDB started
// privately on a socket in a temporary folder, PHP's built-in server), on the oldest WordPress the
// plugin supports (Debian 12's 6.1) and the newest reachable here (6.5, from WordPress Playground's
// builds on the npm registry), checked in Chromium. Started here, stopped at the end.
//
//   npm run test:wordpress            (skips, saying what to install, when PHP or MariaDB is missing)
//   REQUIRE_WORDPRESS=1 npm run ...   (fails instead of skipping: CI)
//   WP_TEST_ONLY=6.1 npm run ...      (one version)
//   WP_TEST_GREP='activates|store' …  (only tests whose name matches; the rest are listed as skipped.
//                                      Later tests may need earlier ones: keep "activates" in the pattern)
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, cpSync, rmSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const here = path.join(root, 'test', 'wordpress');
const SLUG = 'shared-services-widgets';
const PLUGIN = `${SLUG}/${SLUG}.php`;
const COPY = `${SLUG}-copy/${SLUG}.php`;
const OPTION = 'shared_services_widgets';
const GOVUK = '"GDS Transport", arial, helvetica, sans-serif';
const started = Date.now();

// ---------------------------------------------------------------------------------------------------
// What is needed, and skipping when it is not there.
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const debianWp = process.env.WP_61_DIR || '/usr/share/wordpress';
const missing = [];
if (!has('php')) missing.push('php-cli');
else if (!/mysqli/.test(spawnSync('php', ['-m']).stdout.toString())) missing.push('php-mysql');
if (!has('mariadbd') && !has('mysqld')) missing.push('mariadb-server');
if (!existsSync(path.join(debianWp, 'wp-includes', 'version.php'))) missing.push('wordpress');
if (!has('unzip')) missing.push('unzip');
if (!has('zip') && !has('python3')) missing.push('zip');
if (missing.length) {
  const line = `WordPress tests skipped: install ${missing.join(' ')} (apt-get install -y ${missing.join(' ')}) to run them.`;
  if (process.env.REQUIRE_WORDPRESS === '1') {
    console.error(line.replace('skipped', 'cannot run (REQUIRE_WORDPRESS=1)'));
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  console.log(line);
  process.exit(0);
}

const builds = path.join(root, 'wordpress', 'node_modules', '@wp-playground', 'wordpress-builds');
if (!existsSync(builds)) {
  console.log('Installing the WordPress tests\' own dependencies (wordpress/package-lock.json)…');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', path.join(root, 'wordpress')], { stdio: 'inherit' });
}

// ---------------------------------------------------------------------------------------------------
// Results.
let passed = 0;
let failed = 0;
const failures = [];
async function test(name, fn) {
  if (process.env.WP_TEST_GREP && !new RegExp(process.env.WP_TEST_GREP).test(name)) return console.log(`  - ${name} (skipped: WP_TEST_GREP)`);
  const t = Date.now();
  try {
    await fn();
    passed++;
    console.log(`  ✓ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed++;
    failures.push(name);
    console.log(`  ✗ ${name}\n      ${String(error?.stack ?? error).split('\n').slice(0, 4).join('\n      ')}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
function equal(actual, expected, message) {
  if (actual !== expected) throw new Error(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

// ---------------------------------------------------------------------------------------------------
// The plugin, built from the library's dist/.
console.log('Building the plugin (npm run build:wordpress)…');
execFileSync(process.execPath, [path.join(root, 'scripts', 'build-wordpress.mjs')], { cwd: root, stdio: 'inherit' });
const manifest = JSON.parse(readFileSync(path.join(root, 'dist', 'wordpress', SLUG, 'widgets.json'), 'utf8'));
const pluginHeader = readFileSync(path.join(root, 'dist', 'wordpress', SLUG, `${SLUG}.php`), 'utf8');

const work = mkdtempSync(path.join(tmpdir(), 'ssw-wordpress-'));
// The zip as built, kept aside: a library build meanwhile replaces dist/ whole.
const zip = path.join(work, `${SLUG}.zip`);
cpSync(path.join(root, 'dist', 'wordpress', `${SLUG}.zip`), zip);
const zipSize = statSync(zip).size;
// Every server is started in a process group of its own (PHP's server forks workers), and stopped
// with its group.
const children = [];
function stopAll() {
  for (const child of children.reverse()) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
  }
  children.length = 0;
}
/** Stops the servers, waits for MariaDB to finish, then removes the temporary folder. */
async function shutDown() {
  const waits = children.map((c) => (c.exitCode === null && c.signalCode === null ? new Promise((r) => c.once('exit', r)) : null)).filter(Boolean);
  stopAll();
  await Promise.race([Promise.all(waits), sleep(10000)]);
  if (!process.env.WP_TEST_KEEP) rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}
process.on('exit', () => {
  stopAll();
  try {
    if (!process.env.WP_TEST_KEEP) rmSync(work, { recursive: true, force: true });
  } catch {}
});
process.on('SIGINT', () => process.exit(130));
process.on('unhandledRejection', (error) => {
  console.log(`  ✗ the run stopped: ${error?.stack ?? error}`);
  console.log(`${passed} passed, ${failed + 1} failed`);
  process.exit(1);
});
process.on('SIGTERM', () => process.exit(143));

async function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function waitFor(check, what, ms = 15000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

// ---------------------------------------------------------------------------------------------------
// MariaDB, private to this run.
const dbDir = path.join(work, 'db');
const socket = path.join(work, 'mysql.sock');
const asRoot = process.getuid?.() === 0;
const installDb = has('mariadb-install-db') ? 'mariadb-install-db' : 'mysql_install_db';
execFileSync(installDb, ['--no-defaults', `--datadir=${dbDir}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...(asRoot ? ['--user=root'] : [])], { stdio: 'ignore' });
const mariadb = spawn(has('mariadbd') ? 'mariadbd' : 'mysqld', ['--no-defaults', `--datadir=${dbDir}`, `--socket=${socket}`, '--skip-networking', '--skip-grant-tables', `--pid-file=${path.join(work, 'db.pid')}`, '--innodb-buffer-pool-size=32M', ...(asRoot ? ['--user=root'] : [])], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
children.push(mariadb);
let dbLog = '';
mariadb.stderr.on('data', (d) => (dbLog += d));
await waitFor(() => existsSync(socket), `MariaDB (${dbLog.slice(-300)})`);
const sql = (statement) => execFileSync(has('mariadb') ? 'mariadb' : 'mysql', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statement]);

// ---------------------------------------------------------------------------------------------------
// WordPress sites.
function wordpressFiles(version, dir) {
  if (version === '6.1') {
    cpSync(debianWp, dir, { recursive: true, dereference: true });
    rmSync(path.join(dir, 'wp-config.php'), { force: true });
  } else {
    mkdirSync(dir, { recursive: true });
    execFileSync('unzip', ['-q', '-o', path.join(builds, 'src', 'wordpress', `wp-${version}.zip`), '-d', dir]);
    // Playground's build leaves out static files, which the same package keeps here.
    cpSync(path.join(builds, 'public', `wp-${version}`), dir, { recursive: true });
    rmSync(path.join(dir, 'wp-content', 'database'), { recursive: true, force: true });
    rmSync(path.join(dir, 'wp-content', 'db.php'), { force: true });
    rmSync(path.join(dir, 'wp-content', 'mu-plugins'), { recursive: true, force: true });
    // Welsh installed, as on a Welsh council's site (WordPress accepts only an installed language).
    const languages = path.join(debianWp, 'wp-content', 'languages');
    mkdirSync(path.join(dir, 'wp-content', 'languages'), { recursive: true });
    for (const file of readdirSync(languages).filter((f) => /^(admin-)?cy\.mo$/.test(f))) cpSync(path.join(languages, file), path.join(dir, 'wp-content', 'languages', file));
  }
  cpSync(path.join(here, 'classic-theme'), path.join(dir, 'wp-content', 'themes', 'classic-test-theme'), { recursive: true });
}

async function makeSite(version, { base = '', theme }) {
  const id = `wp${version.replace('.', '')}${base ? base.replace(/\W/g, '_') : ''}`;
  const docroot = path.join(work, id);
  const dir = path.join(docroot, base);
  wordpressFiles(version, dir);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}${base}`;
  sql(`CREATE DATABASE ${id}`);
  const debugLog = path.join(work, `${id}-debug.log`);
  writeFileSync(
    path.join(dir, 'wp-config.php'),
    `<?php
define( 'DB_NAME', '${id}' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((k) => `define( '${k}', '${k.toLowerCase()}-${id}-${Math.random()}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${debugLog}' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'FS_METHOD', 'direct' );
if ( ! defined( 'ABSPATH' ) ) define( 'ABSPATH', __DIR__ . '/' );
require_once ABSPATH . 'wp-settings.php';
`
  );
  const wp = (command) => {
    const run = spawnSync('php', [path.join(here, 'wp.php'), dir, JSON.stringify({ url, ...command })], { encoding: 'utf8' });
    const last = run.stdout.trim().split('\n').pop();
    try {
      return JSON.parse(last);
    } catch {
      throw new Error(`wp.php ${command.do} failed: ${run.stdout.slice(-500)} ${run.stderr.slice(-500)}`);
    }
  };
  const installed = wp({ do: 'install', theme });
  if (installed.error || !installed.ok) throw new Error(`install: ${JSON.stringify(installed)}`);
  const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', docroot, path.join(here, 'router.php')], {
    env: { ...process.env, WP_TEST_BASE: base, PHP_CLI_SERVER_WORKERS: '4' },
    stdio: 'ignore',
    detached: true
  });
  children.push(server);
  await waitFor(
    () =>
      new Promise((resolve) => {
        const s = net.connect(port, '127.0.0.1', () => (s.end(), resolve(true)));
        s.on('error', () => resolve(false));
      }),
    `PHP's server on ${port}`
  );
  const debugLines = () => (existsSync(debugLog) ? readFileSync(debugLog, 'utf8').split('\n').filter(Boolean) : []);
  return { version: installed.version, php: installed.php, url, dir, wp, debugLines, server };
}

function installPlugin(site, folder = SLUG) {
  const plugins = path.join(site.dir, 'wp-content', 'plugins');
  const unpack = path.join(work, `unzip-${Math.random().toString(36).slice(2)}`);
  execFileSync('unzip', ['-q', zip, '-d', unpack]);
  cpSync(path.join(unpack, SLUG), path.join(plugins, folder), { recursive: true });
  rmSync(unpack, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------------
// Chromium.
const { default: puppeteer } = await import('puppeteer-core');
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
});
process.on('exit', () => {
  try {
    browser.process()?.kill('SIGKILL');
  } catch {}
});

/**
 * A page, collecting console errors: for a visitor in a fresh browser context; for `user` in that
 * user's context on the site, signed in once and kept.
 */
const signedIn = new Map();
async function open(site, user) {
  const key = `${site.url} ${user}`;
  const context = user ? signedIn.get(key) ?? (await browser.createBrowserContext()) : await browser.createBrowserContext();
  const fresh = user && !signedIn.has(key);
  if (user) signedIn.set(key, context);
  const page = await context.newPage();
  // PHP's one-process server on a loaded CI machine can take more than 20 s for a WordPress page.
  page.setDefaultTimeout(60000);
  const errors = [];
  // Nothing leaves the machine: WordPress's own links to other sites (avatars) are refused, and not
  // counted as the widgets' errors.
  const local = (url) => !url || /^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:|about:)/.test(url);
  await page.setRequestInterception(true);
  page.on('request', (r) => (local(r.url()) ? r.continue() : r.abort('blockedbyclient')));
  page.on('console', (m) => {
    const at = m.location()?.url ?? '';
    if (m.type() === 'error' && local(at) && !/favicon/.test(at)) errors.push(`${m.text()} ${at}`);
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('requestfailed', (r) => {
    if (local(r.url()) && !/favicon/.test(r.url())) errors.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  if (fresh) {
    // Signed in, then sent to a light screen rather than the dashboard.
    await signInOn(page, site, user);
    errors.length = 0;
  }
  return { page, errors, close: () => (user ? page.close() : context.close()) };
}

/**
 * Signs `user` in on `page` through wp-login.php, then checks it worked. The fields are set, not
 * typed: the login page focuses and selects the name field 200 ms after it is parsed, and on a slow
 * machine that lands mid-typing, so the rest of the name replaces the start ("editor" becomes "itor").
 */
async function signInOn(page, site, user) {
  await page.goto(`${site.url}/wp-login.php?redirect_to=${encodeURIComponent(`${site.url}/wp-admin/profile.php`)}`, { waitUntil: 'load' });
  await page.$eval(
    '#loginform',
    (form, user) => {
      form.querySelector('#user_login').value = user;
      form.querySelector('#user_pass').value = 'password';
    },
    user
  );
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
  const at = new URL(page.url());
  if (!at.pathname.endsWith('/wp-admin/profile.php')) {
    const said = await page.$eval('#login_error', (e) => e.textContent.trim()).catch(() => '');
    throw new Error(`${user} could not sign in: at ${at.pathname}${said ? `, WordPress says "${said}"` : ''}`);
  }
}

/** Each widget element on the page: defined, drawn, what it says, and its font. */
async function widgetsOn(page, tags) {
  await page.waitForFunction(
    (tags) =>
      tags.every((t) => customElements.get(t)) &&
      [...document.querySelectorAll(tags.join(','))].every((el) => el.shadowRoot && el.shadowRoot.querySelector('[part~="base"], .state') && !el.hasAttribute('aria-busy')),
    { timeout: 20000 },
    tags
  ).catch(() => {});
  return page.evaluate((tags) => {
    return [...document.querySelectorAll(tags.join(','))].map((el) => {
      const base = el.shadowRoot?.querySelector('[part~="base"]');
      return {
        tag: el.localName,
        defined: Boolean(customElements.get(el.localName)),
        text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        error: Boolean(el.shadowRoot?.querySelector('.state--error')),
        errorText: el.shadowRoot?.querySelector('.state--error')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
        font: base ? getComputedStyle(base).fontFamily : null,
        accent: getComputedStyle(el).getPropertyValue('--shared-color-accent').trim()
      };
    });
  }, tags);
}

const tags = manifest.widgets.map((w) => w.tag);

// Data files for each widget, uploaded through Media as an Editor.
const fixtures = {
  'figures.json': path.join(root, 'test', 'fixtures', 'figures.json'),
  'lga-savings.csv': path.join(root, 'test', 'fixtures', 'lga-savings.csv'),
  'west-midlands.json': path.join(root, 'demo', 'data', 'west-midlands.json'),
  'midlands.hexjson': path.join(root, 'demo', 'data', 'midlands.hexjson')
};

/** A block and a shortcode for every widget, with data from Media (blocks: addresses; shortcodes: Media numbers or uploads paths). */
function everyWidget(files) {
  const uploadsPath = (u) => u.url.replace(/^.*\/wp-content\/uploads\//, '');
  const blockAttrs = {
    'key-figures': { src: files['figures.json'].url, heading: 'Figures from a block' },
    'savings-chart': { src: files['lga-savings.csv'].url, heading: 'Savings from a block' },
    'partner-roster': { src: files['west-midlands.json'].url, 'group-by': 'role' },
    'readiness-checklist': { 'storage-key': 'block-checklist' },
    'partnership-map': { src: files['west-midlands.json'].url, view: 'hex', 'hex-src': files['midlands.hexjson'].url }
  };
  const shortcodeAttrs = {
    'key-figures': `src="${files['figures.json'].id}" heading="Figures from a shortcode"`,
    'savings-chart': `src="${uploadsPath(files['lga-savings.csv'])}" mode="cumulative"`,
    'partner-roster': `src="${files['west-midlands.json'].id}"`,
    'readiness-checklist': `storage-key="shortcode-checklist" heading-level="3"`,
    'partnership-map': `src="${files['west-midlands.json'].id}" view="network"`
  };
  let content = '';
  for (const w of manifest.widgets) {
    const attrs = blockAttrs[w.name] ?? {};
    content += `<!-- wp:${SLUG}/${w.name} ${JSON.stringify(attrs)} /-->\n\n`;
    content += `<!-- wp:shortcode -->\n[shared_${w.name.replace(/-/g, '_')} ${shortcodeAttrs[w.name] ?? ''}]\n<!-- /wp:shortcode -->\n\n`;
  }
  return content;
}

function checkWidgets(found, expectedEach, errors) {
  for (const tag of tags) {
    const mine = found.filter((f) => f.tag === tag);
    equal(mine.length, expectedEach, `number of <${tag}>`);
    for (const f of mine) {
      assert(f.defined, `<${tag}> is not defined`);
      assert(!f.error, `<${tag}> shows an error: ${f.errorText}`);
      assert(f.text.length > 20, `<${tag}> has no content ("${f.text}")`);
    }
  }
  assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
}

// ---------------------------------------------------------------------------------------------------
// The plugin's list of widgets and options is the library's, not a list of its own.
await test('the plugin has a block for every widget in scripts/library.mjs, with every documented attribute of custom-elements.json', async () => {
  const { libraryEntries } = await import(path.join(root, 'scripts', 'library.mjs'));
  const cem = JSON.parse(readFileSync(path.join(root, 'custom-elements.json'), 'utf8'));
  const declared = cem.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement).map((d) => ({ ...d, path: m.path })));
  const expected = libraryEntries.filter((e) => !e.iife);
  equal(manifest.widgets.length, expected.length, 'widgets');
  for (const entry of expected) {
    const widget = manifest.widgets.find((w) => w.name === entry.name);
    assert(widget, `no block for ${entry.name}`);
    const d = declared.find((x) => x.tagName === widget.tag);
    assert(d && x(d.path, entry.entry), `${widget.tag} is not the element of ${entry.entry}`);
    const source = readFileSync(path.join(root, d.path), 'utf8');
    const isState = (a) => new RegExp(`\\b${a.fieldName ?? a.name}\\s*:\\s*\\{\\s*state\\s*:\\s*true`).test(source);
    const documented = d.attributes.filter((a) => a.description && a.name !== 'geo-base' && !isState(a)).map((a) => a.name);
    equal(widget.options.map((o) => o.name).join(','), documented.join(','), `options of ${widget.tag}`);
    for (const o of widget.options) assert(o.label && !/[`]/.test(o.help), `${widget.tag} ${o.name}: label and plain help`);
  }
  function x(modulePath, entryPath) {
    return path.posix.dirname(modulePath) === path.posix.dirname(entryPath);
  }
});

// ---------------------------------------------------------------------------------------------------
// The suite, for one WordPress version.
const versions = (process.env.WP_TEST_ONLY || '6.1,6.5').split(',');
const tested = [];

for (const version of versions) {
  const t0 = Date.now();
  const site = await makeSite(version, { theme: version === '6.1' ? 'twentytwentythree' : 'twentytwentyfour' });
  tested.push(`WordPress ${site.version} (PHP ${site.php})`);
  console.log(`\nWordPress ${site.version}, PHP ${site.php}, at ${site.url}`);
  installPlugin(site);
  const modules = Number(version) >= 6.5;

  await test(`${version}: the plugin activates with no notice, error or PHP message`, async () => {
    const result = site.wp({ do: 'activate', plugin: PLUGIN });
    equal(result.error, null, 'activation error');
    equal(result.output, '', 'output during activation');
    assert(result.active.includes(PLUGIN), 'not active');
    const { page, errors, close } = await open(site, 'admin');
    await page.goto(`${site.url}/wp-admin/plugins.php`, { waitUntil: 'load' });
    const notices = await page.$$eval('.notice, .error, .updated', (n) => n.map((x) => x.textContent.trim()).filter((t) => /shared services|shared-services/i.test(t)));
    equal(notices.length, 0, 'notices about the plugin');
    const body = await page.$eval('body', (b) => b.innerText);
    assert(!/(Warning|Notice|Deprecated|Fatal error):/.test(body), 'PHP message on the Plugins screen');
    await close();
    const mine = site.debugLines().filter((l) => l.includes(SLUG));
    equal(mine.length, 0, `PHP messages from the plugin: ${mine.join(' | ')}`);
    assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
  });

  await test(`${version}: requires-at-least and requires-PHP in the plugin header and readme are what this run tests`, async () => {
    const readme = readFileSync(path.join(root, 'wordpress', SLUG, 'readme.txt'), 'utf8');
    const oldest = '6.1';
    assert(new RegExp(`^ \\* Requires at least: ${oldest.replace('.', '\\.')}$`, 'm').test(pluginHeader), 'plugin header: Requires at least');
    assert(new RegExp(`^Requires at least: ${oldest.replace('.', '\\.')}$`, 'm').test(readme), 'readme: Requires at least');
    const php = site.php.split('.').slice(0, 2).join('.');
    assert(pluginHeader.includes(`Requires PHP:      ${php}`), `plugin header: Requires PHP ${php}`);
    assert(readme.includes(`Requires PHP: ${php}`), `readme: Requires PHP ${php}`);
  });

  const files = {};
  await test(`${version}: an Editor uploads .json, .csv and .hexjson through Media; a Contributor cannot`, async () => {
    for (const [name, file] of Object.entries(fixtures)) {
      const result = site.wp({ do: 'upload', user: 'editor', file });
      assert(!result.error, `${name}: ${result.error}`);
      assert(/\/wp-content\/uploads\/\d{4}\/\d{2}\//.test(result.url), `${name} stored at ${result.url}`);
      files[name] = result;
    }
    const refused = site.wp({ do: 'upload', user: 'contributor', file: fixtures['figures.json'] });
    assert(refused.error, 'a Contributor uploaded a .json file');
  });

  let everyPage;
  await test(`${version}: as an Editor, a page with each block and each shortcode shows every widget (defined, drawn, no console error)`, async () => {
    everyPage = site.wp({ do: 'post', user: 'editor', title: 'Every widget', content: everyWidget(files) });
    assert(!everyPage.error, everyPage.error);
    const { page, errors, close } = await open(site);
    await page.goto(everyPage.url, { waitUntil: 'load' });
    const found = await widgetsOn(page, tags);
    checkWidgets(found, 2, errors);
    for (const f of found) equal(f.attrs.lang, 'en-GB', `lang of <${f.tag}>`);
    if (existsSync(path.join(site.dir, 'wp-content', 'plugins', SLUG, 'geo'))) {
      for (const f of found) assert(f.attrs['geo-base']?.startsWith(`${site.url}/wp-content/plugins/${SLUG}/geo/`), `geo-base of <${f.tag}>: ${f.attrs['geo-base']}`);
    }
    const scripts = await page.$$eval('script[src*="shared-services-widgets"]', (s) => s.map((x) => ({ type: x.type, src: x.getAttribute('src') })));
    equal(scripts.length, 1, 'scripts of the plugin on the page');
    if (modules) assert(scripts[0].type === 'module' && /shared-services-widgets\.js/.test(scripts[0].src), `a script module: ${JSON.stringify(scripts)}`);
    else assert(scripts[0].type !== 'module' && /\.iife\.js/.test(scripts[0].src), `the classic script: ${JSON.stringify(scripts)}`);
    await close();
  });

  await test(`${version}: a page without widgets loads none of the plugin's files`, async () => {
    const plain = site.wp({ do: 'post', user: 'editor', title: 'No widgets', content: '<!-- wp:paragraph --><p>Just text.</p><!-- /wp:paragraph -->' });
    const { page, close } = await open(site);
    const loaded = [];
    page.on('request', (r) => loaded.push(r.url()));
    await page.goto(plain.url, { waitUntil: 'load' });
    const mine = loaded.filter((u) => u.includes(`/plugins/${SLUG}/`));
    equal(mine.length, 0, `requests for the plugin's files: ${mine.join(', ')}`);
    await close();
  });

  await test(`${version}: the block editor draws each block as the widget, with its options in editors' words`, async () => {
    const { page, errors, close } = await open(site, 'editor');
    await page.goto(`${site.url}/wp-admin/post.php?post=${everyPage.id}&action=edit`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.('shared-services-widgets/key-figures'), { timeout: 30000 });
    const drawn = async () =>
      page.evaluate((tags) => {
        const docs = [document, ...[...document.querySelectorAll('iframe')].map((f) => f.contentDocument).filter(Boolean)];
        return tags.map((t) =>
          docs.some((d) => [...d.querySelectorAll(`.wp-block ${t}, [data-type] ${t}`)].some((el) => (el.shadowRoot?.textContent ?? '').trim().length > 20))
        );
      }, tags);
    await page.waitForFunction(
      (tags) => {
        const docs = [document, ...[...document.querySelectorAll('iframe')].map((f) => f.contentDocument).filter(Boolean)];
        return tags.every((t) => docs.some((d) => [...d.querySelectorAll(t)].some((el) => (el.shadowRoot?.textContent ?? '').trim().length > 20)));
      },
      { timeout: 30000 },
      tags
    ).catch(() => {});
    const inEditor = await drawn();
    tags.forEach((t, i) => assert(inEditor[i], `<${t}> not drawn in the editor`));
    const labels = await page.evaluate(() => {
      const type = window.wp.blocks.getBlockType('shared-services-widgets/savings-chart');
      return { title: type.title, attributes: Object.keys(type.attributes) };
    });
    equal(labels.title, 'Savings chart', 'block title');
    assert(labels.attributes.includes('src') && labels.attributes.includes('mode'), `block attributes: ${labels.attributes}`);
    // Select the first savings chart block and read its sidebar.
    await page.evaluate(() => {
      const block = window.wp.data.select('core/block-editor').getBlocks().find((b) => b.name === 'shared-services-widgets/savings-chart');
      window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
      window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    await page.waitForFunction(() => /Data file/.test(document.querySelector('.interface-complementary-area, .edit-post-sidebar')?.textContent ?? ''), { timeout: 15000 });
    const sidebar = await page.$eval('.interface-complementary-area, .edit-post-sidebar', (s) => s.textContent);
    if (process.env.WP_TEST_SCREENSHOTS) {
      await page.setViewport({ width: 1400, height: 1000 });
      await sleep(1000);
      await page.screenshot({ path: path.join(process.env.WP_TEST_SCREENSHOTS, `editor-${version}.png`) });
    }
    for (const words of ['Data file', 'Savings to show', 'Heading level']) assert(sidebar.includes(words), `sidebar lacks "${words}"`);
    const real = errors.filter((e) => !/favicon|401|403|404|Failed to load resource/.test(e));
    assert(real.length === 0, `console errors in the editor: ${real.join(' | ')}`);
    await close();
  });

  await test(`${version}: as an Author, a widget and scripts pasted as HTML leave nothing on the page as text`, async () => {
    const pasted =
      '<!-- wp:html -->\n<shared-key-figures heading="Pasted figures"><script type="application/json">{"figures":[{"value":626,"label":"Arrangements pasted"}]}</script></shared-key-figures>\n<!-- /wp:html -->\n\n' +
      '<!-- wp:html -->\n<script>window.leaked = "alert(1)";</script><style>.x { color: red }</style>\n<!-- /wp:html -->\n\n' +
      '<!-- wp:paragraph --><p>Text by the author.</p><!-- /wp:paragraph -->';
    const post = site.wp({ do: 'post', user: 'author', type: 'post', title: 'Pasted by an author', content: pasted });
    assert(!post.error, post.error);
    assert(!/<script|<style/i.test(post.content), `scripts kept in the content: ${post.content}`);
    const { page, errors, close } = await open(site);
    await page.goto(post.url, { waitUntil: 'load' });
    const found = await widgetsOn(page, ['shared-key-figures']);
    const text = await page.$eval('body', (b) => b.innerText);
    for (const leak of ['"figures"', '{"', 'alert(1)', 'color: red', 'application/json']) assert(!text.includes(leak), `"${leak}" shows on the page`);
    assert(text.includes('Text by the author.'), "the Author's text is gone");
    equal(found.length, 1, 'pasted widgets drawn');
    assert(found[0].text.includes('Arrangements pasted') && found[0].text.includes('Pasted figures'), `the pasted widget lost its data: ${found[0].text}`);
    equal(await page.evaluate(() => window.leaked ?? null), null, 'a pasted script ran');
    assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
    await close();
  });

  // Issue 19: the builder page as the plugin's admin page (includes/builder.php, builder/ from dist/builder/).
  await test(`${version}: Tools → Shared services builder: an Editor picks a data file from Media, sees its problem at its place, copies the shortcode, and a post with it shows the same widget; in Welsh for a Welsh site; a Subscriber cannot open it`, async () => {
    // A dataset in Media with one problem: a savings amount that is not a number.
    const data = JSON.parse(readFileSync(fixtures['west-midlands.json'], 'utf8'));
    data.partnerships[0].savings[0].amount = 'lots';
    const text = JSON.stringify(data, null, 2);
    const line = text.split('\n').findIndex((l) => l.includes('"amount": "lots"')) + 1;
    const file = path.join(work, 'partnerships-to-check.json');
    writeFileSync(file, text);
    const upload = site.wp({ do: 'upload', user: 'editor', file });
    assert(!upload.error, upload.error);
    const builderUrl = `${site.url}/wp-admin/tools.php?page=shared-services-builder`;
    /** Waits in the builder's frame, saying what for and what the page's status line says. */
    const until = (frame, what, fn) =>
      frame.waitForFunction(fn, { timeout: 30000 }).catch(async (error) => {
        const said = await frame
          .evaluate(() => `status "${document.querySelector('#status')?.textContent}", focus on ${document.activeElement?.outerHTML.slice(0, 60)}, place ${Boolean(document.querySelector('#place'))}, frame focused ${document.hasFocus()}`)
          .catch(() => '');
        throw new Error(`${what}: ${error.message} (${said})`);
      });
    const editor = await open(site, 'editor');
    let shortcode;
    let shown;
    try {
      const { page, errors } = editor;
      await page.goto(builderUrl, { waitUntil: 'load' });
      assert(await page.$('#adminmenu a[href="tools.php?page=shared-services-builder"]'), 'no Tools menu link to the builder');
      // The file chosen from the Media Library (a GET form: nothing is sent but its number).
      await page.select('#shared-services-builder-file', String(upload.id));
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('.shared-services-builder-media button')]);
      const frame = await (await page.waitForSelector('#shared-services-builder-frame')).contentFrame();
      await until(frame, 'the file read', () => /^partnerships-to-check\.json read: 1 problem, 0 warnings\.$/.test(document.querySelector('#status')?.textContent ?? ''));
      const problem = await frame.$eval('#problems li', (li) => li.textContent.replace(/\s+/g, ' '));
      assert(problem.includes(`partnerships-to-check.json:${line}:`) && problem.includes('savings[0].amount: expected a number, got "lots"'), `the problem: ${problem}`);
      // With the keyboard: the button focused, then Enter.
      await frame.focus('#problems li button');
      await page.keyboard.press('Enter');
      await until(frame, 'the place of the problem focused', () => document.activeElement?.id === 'place');
      equal(await frame.evaluate(() => document.activeElement.getAttribute('data-line')), String(line), 'the line shown');
      // A widget and its options; the plugin's shortcode and block first.
      await frame.select('#widget', 'partner-roster');
      await frame.waitForSelector('#partnership');
      await frame.select('#partnership', data.partnerships[0].id);
      equal((await frame.$$eval('.embed textarea', (t) => t.map((x) => x.id))).slice(0, 2).join(' '), 'embed-shortcode embed-block', 'the embed code first');
      await until(frame, 'the preview drawn', () => document.querySelector('#preview shared-partner-roster')?.shadowRoot?.querySelectorAll('[data-code]').length > 0);
      shown = await frame.$eval('#preview shared-partner-roster', (el) => [...new Set([...el.shadowRoot.querySelectorAll('[data-code]')].map((x) => x.getAttribute('data-code')))]);
      // Copied (the clipboard caught in the page), as an editor would paste it.
      await frame.evaluate(() => {
        navigator.clipboard.writeText = async (value) => void (window.copied = value);
      });
      await frame.focus('#copy-shortcode');
      await page.keyboard.press('Enter');
      await until(frame, 'copying said', () => document.querySelector('#status').textContent === 'Shortcode copied.');
      shortcode = await frame.evaluate(() => window.copied);
      equal(shortcode, `[shared_partner_roster src="${upload.id}" partnership="${data.partnerships[0].id}"]`, 'the shortcode');
      const real = errors.filter((e) => !/favicon/.test(e));
      assert(real.length === 0, `console errors on the builder page: ${real.join(' | ')}`);
    } finally {
      await editor.close();
    }
    // A post with the shortcode shows the same widget: the same partners.
    const post = site.wp({ do: 'post', user: 'editor', type: 'post', title: 'From the builder', content: `<!-- wp:shortcode -->\n${shortcode}\n<!-- /wp:shortcode -->` });
    assert(!post.error, post.error);
    const visitor = await open(site);
    try {
      await visitor.page.goto(post.url, { waitUntil: 'load' });
      const [roster] = await widgetsOn(visitor.page, ['shared-partner-roster']);
      assert(roster && !roster.error, `the post's roster: ${roster?.errorText}`);
      const codes = await visitor.page.$eval('shared-partner-roster', (el) => [...new Set([...el.shadowRoot.querySelectorAll('[data-code]')].map((x) => x.getAttribute('data-code')))]);
      equal(codes.join(' '), shown.join(' '), 'partners on the post and in the preview');
      assert(codes.length === data.partnerships[0].partners.length, `partners shown: ${codes.length}`);
    } finally {
      await visitor.close();
    }
    // A Welsh site: the builder in Welsh.
    site.wp({ do: 'option', name: 'WPLANG', value: 'cy' });
    const welsh = await open(site, 'editor');
    try {
      await welsh.page.goto(builderUrl, { waitUntil: 'load' });
      const frame = await (await welsh.page.waitForSelector('#shared-services-builder-frame')).contentFrame();
      await until(frame, 'the builder in Welsh', () => document.querySelector('#step-file')?.textContent === '1. Eich ffeil ddata');
    } finally {
      await welsh.close();
      site.wp({ do: 'option', name: 'WPLANG', value: null });
    }
    // Without edit_posts: no menu link, and the page refused.
    const subscriber = await open(site, 'subscriber');
    try {
      const refused = await subscriber.page.goto(builderUrl, { waitUntil: 'load' });
      equal(refused.status(), 403, 'the builder for a Subscriber');
      equal(await subscriber.page.$('#shared-services-builder-frame'), null, 'the builder frame for a Subscriber');
      await subscriber.page.goto(`${site.url}/wp-admin/profile.php`, { waitUntil: 'load' });
      equal(await subscriber.page.$('#adminmenu a[href="tools.php?page=shared-services-builder"]'), null, 'the menu link for a Subscriber');
    } finally {
      await subscriber.close();
    }
  });

  await test(`${version}: the settings page is for administrators only`, async () => {
    const editor = await open(site, 'editor');
    const refused = await editor.page.goto(`${site.url}/wp-admin/options-general.php?page=${SLUG}`, { waitUntil: 'load' });
    assert(refused.status() === 403 || /not allowed/i.test(await editor.page.$eval('body', (b) => b.innerText)), 'an Editor opened the settings');
    await editor.close();
    const admin = await open(site, 'admin');
    await admin.page.goto(`${site.url}/wp-admin/options-general.php?page=${SLUG}`, { waitUntil: 'load' });
    const text = await admin.page.$eval('#wpbody-content', (b) => b.innerText);
    for (const words of ["Use the theme's font", 'Accent colour', 'Language', 'Shared checklist answers']) assert(text.includes(words), `settings page lacks "${words}"`);
    // Saving through the form (nonce and all) stores a sanitised colour.
    await admin.page.$eval('#shared-services-widgets-accent', (i) => (i.value = '#00766a'));
    await Promise.all([admin.page.waitForNavigation({ waitUntil: 'load' }), admin.page.click('#submit')]);
    const saved = site.wp({ do: 'option', name: OPTION });
    equal(JSON.stringify(saved.value), JSON.stringify({ theme_font: true, accent: '#00766a', language: 'site', store_capability: 'edit_posts', store_delete: false }), 'saved settings');
    await admin.close();
  });

  await test(`${version}: the accent colour setting reaches the widgets`, async () => {
    const { page, errors, close } = await open(site);
    await page.goto(everyPage.url, { waitUntil: 'load' });
    const found = await widgetsOn(page, tags);
    for (const f of found) equal(f.accent, '#00766a', `accent of <${f.tag}>`);
    assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
    await close();
    // The block editor's preview too.
    const editor = await open(site, 'editor');
    await editor.page.goto(`${site.url}/wp-admin/post.php?post=${everyPage.id}&action=edit`, { waitUntil: 'load' });
    const inEditor = await editor.page
      .waitForFunction(
        () => {
          const docs = [document, ...[...document.querySelectorAll('iframe')].map((f) => f.contentDocument).filter(Boolean)];
          const el = docs.map((d) => d.querySelector('shared-key-figures')).find((x) => x?.shadowRoot?.textContent.trim());
          return el && getComputedStyle(el).getPropertyValue('--shared-color-accent').trim();
        },
        { timeout: 30000 }
      )
      .then((h) => h.jsonValue());
    equal(inEditor, '#00766a', 'accent in the editor');
    await editor.close();
    site.wp({ do: 'option', name: OPTION, value: null });
  });

  for (const [theme, kind] of [
    [version === '6.1' ? 'twentytwentythree' : 'twentytwentyfour', 'block'],
    ['classic-test-theme', 'classic']
  ]) {
    await test(`${version}: on a ${kind} theme (${theme}) the widgets use the theme's font, and the GOV.UK-like font when the setting is off`, async () => {
      const switched = site.wp({ do: 'theme', theme });
      equal(switched.theme, theme, 'theme');
      equal(switched.block, kind === 'block', 'block theme');
      const { page, errors, close } = await open(site);
      await page.goto(everyPage.url, { waitUntil: 'load' });
      const found = await widgetsOn(page, ['shared-key-figures']);
      const themeFont = await page.evaluate(() => {
        const p = [...document.querySelectorAll('main p, .entry-content p, p')].find((x) => x.textContent.trim()) ?? document.body;
        return getComputedStyle(p).fontFamily;
      });
      assert(themeFont !== GOVUK, 'the theme has no font of its own');
      for (const f of found) equal(f.font, themeFont, `font of <${f.tag}>`);
      // In the theme's font, in a narrow column, no key-figure value breaks inside a number.
      const broken = await page.evaluate(() => {
        const out = [];
        for (const el of document.querySelectorAll('shared-key-figures')) {
          el.style.maxWidth = '5rem';
          for (const value of el.shadowRoot.querySelectorAll('[part~="value"]')) {
            const shown = value.querySelector('[aria-hidden]') ?? value;
            const range = document.createRange();
            range.selectNodeContents(shown);
            const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            if (lines.size !== 1) out.push(`${shown.textContent} on ${lines.size} lines`);
          }
        }
        return out;
      });
      equal(broken.join('; '), '', 'key-figure values broken across lines');
      assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
      site.wp({ do: 'option', name: OPTION, value: { theme_font: false } });
      await page.reload({ waitUntil: 'load' });
      const govuk = await widgetsOn(page, ['shared-key-figures']);
      for (const f of govuk) equal(f.font, GOVUK, `font of <${f.tag}> with the setting off`);
      site.wp({ do: 'option', name: OPTION, value: null });
      await close();
    });
  }

  await test(`${version}: a site in Welsh (WPLANG cy) gets Welsh widgets; the language setting overrides it`, async () => {
    equal(site.wp({ do: 'option', name: 'WPLANG', value: 'cy' }).value, 'cy', 'the site language');
    const { page, errors, close } = await open(site);
    await page.goto(everyPage.url, { waitUntil: 'load' });
    equal(await page.evaluate(() => document.documentElement.lang), 'cy', 'the page language');
    let found = await widgetsOn(page, ['shared-readiness-checklist']);
    for (const f of found) {
      equal(f.attrs.lang, 'cy', 'lang');
      assert(f.text.includes('Heb ddechrau'), `not in Welsh: ${f.text.slice(0, 120)}`);
    }
    site.wp({ do: 'option', name: OPTION, value: { language: 'en-GB' } });
    await page.reload({ waitUntil: 'load' });
    found = await widgetsOn(page, ['shared-readiness-checklist']);
    for (const f of found) assert(f.text.includes('Not started') && !f.text.includes('Heb ddechrau'), 'the setting did not give English');
    site.wp({ do: 'option', name: 'WPLANG', value: null });
    site.wp({ do: 'option', name: OPTION, value: { language: 'cy' } });
    await page.reload({ waitUntil: 'load' });
    found = await widgetsOn(page, ['shared-readiness-checklist']);
    for (const f of found) assert(f.text.includes('Heb ddechrau'), 'the setting did not give Welsh on an English site');
    site.wp({ do: 'option', name: OPTION, value: null });
    assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
    await close();
  });

  // Issue 15: the readiness checklist's shared store (includes/store.php, docs/store-protocol.md).
  await test(`${version}: the checklist's shared store: two users, different items and the same item, the store away and back, nothing lost`, async () => {
    // The test switches (test/wordpress/store-mu-plugin.php): the store taken away, a short nonce life, a strict CSP.
    mkdirSync(path.join(site.dir, 'wp-content', 'mu-plugins'), { recursive: true });
    cpSync(path.join(here, 'store-mu-plugin.php'), path.join(site.dir, 'wp-content', 'mu-plugins', 'ssw-store-test.php'));
    const post = site.wp({ do: 'post', user: 'editor', title: 'Readiness', content: '<!-- wp:shortcode -->\n[shared_widget type="readiness-checklist" store="wordpress" storage-key="partnership"]\n<!-- /wp:shortcode -->' });
    assert(!post.error, post.error);
    const ready = async (page) => {
      await page.waitForFunction(() => document.querySelector('shared-readiness-checklist')?.shadowRoot?.querySelector('[part~="store-status"]')?.dataset.status === 'ready', { timeout: 20000 });
    };
    const storeText = (page) => page.$eval('shared-readiness-checklist', (el) => el.shadowRoot.querySelector('[part~="store-status"]').textContent.replace(/\s+/g, ' ').trim());
    const saved = (page) => page.waitForFunction(() => /All changes saved/.test(document.querySelector('shared-readiness-checklist').shadowRoot.querySelector('[part~="store-status"]').textContent), { timeout: 20000 });
    const choose = (page, id, status) =>
      page.evaluate(
        (id, status) => document.querySelector('shared-readiness-checklist').shadowRoot.querySelector(`[data-item="${id}"] input[value="${status}"]`).click(),
        id,
        status
      );
    const rest = async (page, method, item, body, { nonce = true, raw = false, ifMatch } = {}) =>
      page.evaluate(
        async (url, method, item, body, nonce, raw, ifMatch) => {
          const el = document.querySelector('shared-readiness-checklist');
          const headers = { 'Content-Type': 'application/json', ...(nonce ? el.storeHeaders : {}), ...(ifMatch ? { 'If-Match': ifMatch } : {}) };
          const r = await fetch(url + (item ? `/items/${item}` : ''), { method, credentials: 'same-origin', headers, ...(body === undefined ? {} : { body: raw ? body : JSON.stringify(body) }) });
          return { status: r.status, body: await r.json().catch(() => null) };
        },
        await page.$eval('shared-readiness-checklist', (el) => el.getAttribute('store')),
        method,
        item,
        body,
        nonce,
        raw,
        ifMatch
      );
    const editor = await open(site, 'editor');
    const admin = await open(site, 'admin');
    try {
      await editor.page.goto(post.url, { waitUntil: 'load' });
      await admin.page.goto(post.url, { waitUntil: 'load' });
      await ready(editor.page);
      await ready(admin.page);
      const store = await editor.page.$eval('shared-readiness-checklist', (el) => el.getAttribute('store'));
      assert(store.startsWith(`${site.url}/`) && /shared-services\/v1\/answers\/partnership$/.test(store), `store: ${store}`);
      // Different items: both kept.
      await choose(editor.page, 'goals', 'done');
      await choose(admin.page, 'baseline', 'in-progress');
      await saved(editor.page);
      await saved(admin.page);
      // The same item, both from version 0: the second to arrive gets 412 and shows both versions.
      await choose(editor.page, 'exit-plan', 'done');
      await saved(editor.page);
      await choose(admin.page, 'exit-plan', 'cannot-start');
      await admin.page.waitForFunction(() => document.querySelector('shared-readiness-checklist').shadowRoot.querySelectorAll('[part~="conflict"]').length === 1, { timeout: 20000 });
      assert(/1 change not yet saved/.test(await storeText(admin.page)), await storeText(admin.page));
      await admin.page.evaluate(() => document.querySelector('shared-readiness-checklist').shadowRoot.querySelector('[part~="conflict"] [data-pick="mine"]').click());
      await saved(admin.page);
      // The store away (its routes answer 503, as a server that is down) and back: changes queued, counted, then sent.
      site.wp({ do: 'option', name: 'ssw_test_store_away', value: 1 });
      try {
        await choose(editor.page, 'pool-resources', 'done');
        await choose(editor.page, 'cost-model', 'in-progress');
        await editor.page.waitForFunction(() => /cannot be reached.*2 changes not yet saved/.test(document.querySelector('shared-readiness-checklist').shadowRoot.querySelector('[part~="store-status"]').textContent), { timeout: 20000 });
        const meanwhile = (await rest(admin.page, 'GET', '')).status;
        equal(meanwhile, 503, 'the store while away');
      } finally {
        site.wp({ do: 'option', name: 'ssw_test_store_away', value: null });
      }
      await editor.page.evaluate(() => window.dispatchEvent(new Event('online')));
      await saved(editor.page);

      // A forged who: ignored, the server names the signed-in user.
      const forged = await rest(editor.page, 'PUT', 'leadership', { answer: { status: 'done' }, changedBy: 'Someone Else' }, { ifMatch: '"0"' });
      equal(forged.status, 200, `forged who: ${JSON.stringify(forged.body)}`);
      equal(forged.body.item.changedBy, 'editor', 'who the server recorded');
      // No nonce: treated as signed out (cookie auth needs it), refused, nothing written.
      const noNonce = await rest(editor.page, 'PUT', 'management', { answer: { status: 'done' } }, { nonce: false, ifMatch: '"0"' });
      equal(noNonce.status, 401, `without the nonce: ${JSON.stringify(noNonce.body)}`);
      equal((await rest(editor.page, 'GET', '', undefined, { nonce: false })).status, 401, 'GET without the nonce');
      // Oversized and malformed bodies: refused, nothing written.
      const big = await rest(editor.page, 'PUT', 'management', { answer: { status: 'done', note: 'x'.repeat(20000) } }, { ifMatch: '"0"' });
      equal(big.status, 413, 'an oversized body');
      const bad = await rest(editor.page, 'PUT', 'management', '{"answer": {"status": ', { raw: true, ifMatch: '"0"' });
      equal(bad.status, 400, 'a malformed body');
      const fixturesStore = JSON.parse(readFileSync(path.join(root, 'test', 'fixtures', 'store', 'answers.json'), 'utf8'));
      const expand = (v) => JSON.parse(JSON.stringify(v).replace(/"(NOTE|OWNER)(\d+)"/g, (_, __, n) => JSON.stringify('x'.repeat(Number(n)))));
      for (const b of fixturesStore.bad) equal((await rest(editor.page, 'PUT', 'management', expand(b.body), { ifMatch: '"0"' })).status, 400, `bad body (${b.why})`);
      for (const [i, g] of fixturesStore.good.entries()) equal((await rest(editor.page, 'PUT', `good-${i}`, expand(g), { ifMatch: '"0"' })).status, 200, `good body ${i}`);

      // Counted: every answer given is in the store, with who gave it.
      const all = (await rest(admin.page, 'GET', '')).body.items;
      const expected = { goals: ['done', 'editor'], baseline: ['in-progress', 'admin'], 'exit-plan': ['cannot-start', 'admin'], 'pool-resources': ['done', 'editor'], 'cost-model': ['in-progress', 'editor'], leadership: ['done', 'editor'] };
      for (const [id, [status, who]] of Object.entries(expected)) {
        equal(all[id]?.answer.status, status, `${id} in the store`);
        equal(all[id]?.changedBy, who, `${id} changed by`);
      }
      assert(!all.management, 'a refused body was written');
      console.log(`      ${Object.keys(expected).length} of ${Object.keys(expected).length} answers kept; ${fixturesStore.bad.length + 3} bad requests refused, none written`);
      // The item both changed keeps its history: editor's done, then admin's cannot-start.
      const history = (await rest(admin.page, 'GET', 'exit-plan/history')).body.history;
      equal(history.map((h) => `${h.from}>${h.to} ${h.changedBy}`).join(', '), 'not-started>done editor, done>cannot-start admin', 'history of exit-plan');
      // Who and when, as the server says, on the item.
      await admin.page.reload({ waitUntil: 'load' });
      await ready(admin.page);
      const said = await admin.page.$eval('shared-readiness-checklist', (el) => el.shadowRoot.querySelector('[data-item="goals"] [part~="changed"]')?.textContent.replace(/\s+/g, ' ').trim());
      assert(/^Done · changed by editor, \d{1,2} \w+ \d{4}( History)?$/.test(said ?? ''), `who and when on the item: ${said}`);
    } finally {
      await editor.close();
      await admin.close();
    }
    // A user without the capability (the setting raised to publish_posts: a Contributor lacks it).
    site.wp({ do: 'option', name: OPTION, value: { store_capability: 'publish_posts' } });
    const contributor = await open(site, 'contributor');
    try {
      await contributor.page.goto(post.url, { waitUntil: 'load' });
      await contributor.page.waitForFunction(() => document.querySelector('shared-readiness-checklist')?.shadowRoot?.querySelector('[part~="store-status"]')?.dataset.status === 'forbidden', { timeout: 20000 });
      assert(/not allowed/.test(await storeText(contributor.page)), await storeText(contributor.page));
    } finally {
      await contributor.close();
      site.wp({ do: 'option', name: OPTION, value: null });
    }
  });

  // Issue 15, the rest: under a strict CSP, nonce fetched and renewed, one PC shared by two users, answers already in the browser, two users at once, the board paper.
  await test(`${version}: the checklist's store under a strict CSP: nonce fetched and renewed when it expires, a shared PC's queue kept for its user, browser answers offered, two users at once, the board paper with every history`, async () => {
    mkdirSync(path.join(site.dir, 'wp-content', 'mu-plugins'), { recursive: true });
    cpSync(path.join(here, 'store-mu-plugin.php'), path.join(site.dir, 'wp-content', 'mu-plugins', 'ssw-store-test.php'));
    const shortcode = (attrs) => `<!-- wp:shortcode -->\n[shared_widget type="readiness-checklist" ${attrs}]\n<!-- /wp:shortcode -->`;
    const board = site.wp({ do: 'post', user: 'editor', title: 'Board paper', content: shortcode('store="wordpress" storage-key="board-paper"') });
    const local = site.wp({ do: 'post', user: 'editor', title: 'Answers in this browser', content: shortcode('storage-key="board-paper"') });
    assert(!board.error && !local.error, `${board.error} ${local.error}`);
    const strict = (url) => {
      const u = new URL(url);
      u.searchParams.set('csp', 'strict');
      return u.href;
    };
    const Q = `document.querySelector('shared-readiness-checklist')`;
    const status = (page) => page.evaluate(`${Q}.shadowRoot.querySelector('[part~="store-status"]')?.dataset.status`);
    const says = (page) => page.evaluate(`${Q}.shadowRoot.querySelector('[part~="store-status"]')?.textContent.replace(/\\s+/g, ' ').trim() ?? ''`);
    const until = (page, pattern, what) =>
      page.waitForFunction((source) => new RegExp(source).test(document.querySelector('shared-readiness-checklist')?.shadowRoot?.querySelector('[part~="store-status"]')?.textContent ?? ''), { timeout: 20000 }, pattern.source).catch(async () => {
        throw new Error(`${what}: the store says "${await says(page)}"`);
      });
    const ready = (page) => page.waitForFunction(() => /^(ready|busy)$/.test(document.querySelector('shared-readiness-checklist')?.shadowRoot?.querySelector('[part~="store-status"]')?.dataset.status ?? ''), { timeout: 20000 });
    const saved = (page) => until(page, /All changes saved/, 'not saved');
    const choose = (page, id, value) => page.evaluate((id, value) => document.querySelector('shared-readiness-checklist').shadowRoot.querySelector(`[data-item="${id}"] input[value="${value}"]`).click(), id, value);
    const stored = (page) =>
      page.evaluate(async () => {
        const el = document.querySelector('shared-readiness-checklist');
        const r = await fetch(el.getAttribute('store'), { credentials: 'same-origin', headers: el.storeHeaders });
        return (await r.json()).items;
      });
    /** A browser context as a PC that people sign in and out of (its storage kept between them). */
    const pc = await browser.createBrowserContext();
    const page = await pc.newPage();
    page.setDefaultTimeout(20000);
    await page.setRequestInterception(true);
    // `away`: the store cannot be reached (its requests fail as with no network; Chromium's offline
    // emulation lets intercepted requests through).
    let away = false;
    page.on('request', (r) =>
      /^https?:\/\/127\.0\.0\.1[:/]/.test(r.url()) && !(away && /shared-services\/v1\/answers/.test(r.url())) ? r.continue() : r.abort(away ? 'internetdisconnected' : 'blockedbyclient')
    );
    const seen = [];
    page.on('response', (r) => {
      if (/ssw_store_headers|shared-services\/v1\/answers/.test(r.url())) seen.push(`${r.request().method()} ${r.status()} ${r.url().replace(/^.*(ssw_store_headers|answers\/)/, '$1')}`);
    });
    const signIn = async (user) => {
      await page.deleteCookie(...(await page.cookies(site.url)));
      await signInOn(page, site, user);
    };
    const other = await open(site, 'admin');
    try {
      // Answers given before the store was set, kept in this browser under the storage key.
      await signIn('editor');
      await page.goto(local.url, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('shared-readiness-checklist')?.shadowRoot?.querySelector('[data-item="goals"]'));
      await choose(page, 'goals', 'done');
      await choose(page, 'baseline', 'in-progress');

      // The page with the store, under a policy allowing no inline script: no nonce in the page, it is fetched.
      const response = await page.goto(strict(board.url), { waitUntil: 'load' });
      assert(/script-src 'self'/.test(response.headers()['content-security-policy'] ?? ''), `no strict CSP: ${response.headers()['content-security-policy']}`);
      const inline = await page.$$eval('script:not([src])', (s) => s.map((x) => x.textContent).join('\n'));
      assert(!/storeHeaders|X-WP-Nonce|ssw_store_headers/.test(inline), 'an inline script of the store on the page');
      await ready(page);
      assert(seen.some((s) => /^GET 200 ssw_store_headers/.test(s)), `the nonce was not fetched: ${seen.join(', ')}`);
      // The browser's answers are offered, and saved when asked.
      assert(/This browser holds answers to 2 items/.test(await says(page)), await says(page));
      await page.evaluate(`${Q}.shadowRoot.querySelector('[data-offer]').click()`);
      await saved(page);

      // The nonce expires (the site's nonce life shortened: the one the page holds is out of date at once).
      site.wp({ do: 'option', name: 'ssw_test_nonce_life', value: 20 });
      seen.length = 0;
      await choose(page, 'exit-plan', 'done');
      await saved(page);
      site.wp({ do: 'option', name: 'ssw_test_nonce_life', value: null });
      assert(seen.some((s) => /^PUT 403 answers\/board-paper\/items\/exit-plan/.test(s)), `WordPress did not refuse the old nonce: ${seen.join(', ')}`);
      assert(seen.some((s) => /^PUT 200 answers\/board-paper\/items\/exit-plan/.test(s)), `not sent again with a new nonce: ${seen.join(', ')}`);
      const renewed = seen.filter((s) => /ssw_store_headers/.test(s)).length;

      // Two users at once: eight items between them, and one item both answer differently.
      await other.page.goto(strict(board.url), { waitUntil: 'load' });
      await ready(other.page);
      const mine = { 'cost-model': 'done', management: 'done', consultation: 'in-progress', 'performance-model': 'done' };
      const theirs = { stakeholders: 'done', 'staff-benefits': 'in-progress', 'data-governance': 'done', sovereignty: 'not-applicable' };
      await Promise.all([
        (async () => {
          for (const [id, v] of Object.entries(mine)) await choose(page, id, v);
          await choose(page, 'share-capability', 'done');
        })(),
        (async () => {
          for (const [id, v] of Object.entries(theirs)) await choose(other.page, id, v);
          await choose(other.page, 'share-capability', 'cannot-start');
        })()
      ]);
      // Whoever was second sees both versions on that item only, and keeps theirs.
      const settle = async (p) => {
        await p.waitForFunction(
          () => {
            const root = document.querySelector('shared-readiness-checklist').shadowRoot;
            return root.querySelector('[part~="conflict"]') || /All changes saved/.test(root.querySelector('[part~="store-status"]').textContent);
          },
          { timeout: 20000 }
        );
        const conflicts = await p.evaluate(`${Q}.shadowRoot.querySelectorAll('[part~="conflict"]').length`);
        if (conflicts) await p.evaluate(`${Q}.shadowRoot.querySelector('[part~="conflict"] [data-pick="mine"]').click()`);
        await saved(p);
        return conflicts;
      };
      const conflicts = (await settle(page)) + (await settle(other.page));
      equal(conflicts, 1, 'items shown with both versions');

      // A PC shared by two people: the editor's change made offline waits for the editor.
      away = true;
      await choose(page, 'responsibilities', 'done');
      await until(page, /1 change not yet saved/, 'not queued');
      // The page closed before the store came back (else the editor's page would send it, rightly).
      await page.goto('about:blank');
      away = false;
      await signIn('admin');
      await page.goto(strict(board.url), { waitUntil: 'load' });
      await ready(page);
      await until(page, /1 change made in this browser by someone else/, 'the editor’s queue not counted');
      assert(!/This browser holds/.test(await says(page)), `the editor's answer offered to the administrator: ${await says(page)}`);
      const early = (await stored(page)).responsibilities;
      assert(!early, `the editor’s queued change was sent: ${JSON.stringify(early)}`);
      await choose(page, 'economies-of-scale', 'done');
      await saved(page);
      await signIn('editor');
      await page.goto(strict(board.url), { waitUntil: 'load' });
      await saved(page);

      // Counted: every answer of both, each with who changed it and when, as WordPress says.
      const expected = { goals: 'editor', baseline: 'editor', 'exit-plan': 'editor', responsibilities: 'editor', 'economies-of-scale': 'admin' };
      for (const id of Object.keys(mine)) expected[id] = 'editor';
      for (const id of Object.keys(theirs)) expected[id] = 'admin';
      const all = await stored(page);
      const want = { goals: 'done', baseline: 'in-progress', 'exit-plan': 'done', responsibilities: 'done', 'economies-of-scale': 'done', ...mine, ...theirs };
      for (const [id, who] of Object.entries(expected)) {
        equal(all[id]?.answer.status, want[id], `${id} in the store`);
        equal(all[id]?.changedBy, who, `${id} changed by`);
        assert(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(all[id]?.changedAt ?? ''), `${id} changed at: ${all[id]?.changedAt}`);
      }
      assert(all['share-capability'] && ['done', 'cannot-start'].includes(all['share-capability'].answer.status), `share-capability: ${JSON.stringify(all['share-capability'])}`);
      equal(Object.keys(all).length, Object.keys(expected).length + 1, 'answers in the store');
      // …and shown so on the item.
      await other.page.reload({ waitUntil: 'load' });
      await ready(other.page);
      const shown = await other.page.evaluate(
        (ids) => ids.map((id) => document.querySelector('shared-readiness-checklist').shadowRoot.querySelector(`[data-item="${id}"] [part~="changed"]`)?.textContent.replace(/\s+/g, ' ').trim() ?? ''),
        Object.keys(expected)
      );
      for (const [i, id] of Object.keys(expected).entries()) assert(new RegExp(`changed by ${expected[id]}, \\d{1,2} \\w+ \\d{4}`).test(shown[i]), `${id} on the page: "${shown[i]}"`);

      // The board paper: every answered item's history, read when Print is pressed, none opened before.
      const paper = await other.page.evaluate(async () => {
        const el = document.querySelector('shared-readiness-checklist');
        const printed = new Promise((resolve) => {
          window.print = () => {
            window.dispatchEvent(new Event('beforeprint'));
            const items = [...el.shadowRoot.querySelectorAll('[part~="item"]')].map((i) => [i.dataset.item, [...i.querySelectorAll('.history li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim())]);
            window.dispatchEvent(new Event('afterprint'));
            resolve(Object.fromEntries(items.filter(([, h]) => h.length)));
          };
        });
        const opened = el.shadowRoot.querySelectorAll('.history li').length;
        el.shadowRoot.querySelector('[data-print]').click();
        return { opened, items: await printed };
      });
      equal(paper.opened, 0, 'histories open before printing');
      equal(Object.keys(paper.items).sort().join(), Object.keys(all).sort().join(), 'items with a history on paper');
      for (const [id, who] of Object.entries(expected)) assert(paper.items[id].at(-1).includes(`· ${who},`), `${id} on paper: ${paper.items[id]}`);
      assert(paper.items['share-capability'].length >= 2 && paper.items['share-capability'].some((h) => h.includes('· editor,')) && paper.items['share-capability'].some((h) => h.includes('· admin,')), `share-capability on paper: ${paper.items['share-capability']}`);
      console.log(`      ${Object.keys(all).length} of ${Object.keys(expected).length + 1} answers kept with who and when; ${conflicts} conflict picked; nonce fetched, renewed ${renewed} time(s) after expiry; ${Object.values(paper.items).flat().length} history lines on paper`);
    } finally {
      site.wp({ do: 'option', name: 'ssw_test_nonce_life', value: null });
      await other.close();
      await pc.close();
    }
  });

  await test(`${version}: a second copy of the plugin does no harm (no fatal error, one script, a notice to administrators)`, async () => {
    installPlugin(site, `${SLUG}-copy`);
    const result = site.wp({ do: 'activate', plugin: COPY });
    equal(result.error, null, 'activating the copy');
    assert(result.active.includes(PLUGIN) && result.active.includes(COPY), 'both active');
    const { page, errors, close } = await open(site);
    const response = await page.goto(everyPage.url, { waitUntil: 'load' });
    equal(response.status(), 200, 'page status');
    checkWidgets(await widgetsOn(page, tags), 2, errors);
    equal(await page.$$eval('script[src*="shared-services-widgets"]', (s) => s.length), 1, 'scripts of the plugin');
    await close();
    const admin = await open(site, 'admin');
    await admin.page.goto(`${site.url}/wp-admin/plugins.php`, { waitUntil: 'load' });
    const notice = await admin.page.$$eval('.notice', (n) => n.map((x) => x.textContent).join(' '));
    await admin.close();
    site.wp({ do: 'deactivate', plugin: COPY });
    // WordPress loads plugins in name order, so "…-copy" is the one in use and the original says so.
    assert(/installed twice/.test(notice) && notice.includes(`${SLUG}-copy/`) && notice.includes(PLUGIN), `no notice naming both copies: ${notice}`);
    const fatal = site.debugLines().filter((l) => /Fatal|redeclare/i.test(l));
    equal(fatal.length, 0, `fatal errors: ${fatal.join(' | ')}`);
  });

  await test(`${version}: uninstalling removes the plugin's settings`, async () => {
    site.wp({ do: 'option', name: OPTION, value: { accent: '#123456' } });
    const result = site.wp({ do: 'uninstall', plugin: PLUGIN, option: OPTION });
    equal(result.option, null, 'option after uninstall');
    site.wp({ do: 'activate', plugin: PLUGIN });
  });

  await test(`${version}: uninstalling keeps the checklist's shared answers and their history (the decision log) unless the administrator chose to delete them`, async () => {
    const db = `wp${version.replace('.', '')}`;
    const count = (table) => Number(sql(`SELECT COUNT(*) FROM ${db}.wp_${table}`).toString().trim().split('\n').pop());
    const answers = count('ssw_answers');
    const history = count('ssw_answer_history');
    assert(answers >= 6 && history >= 7, `answers ${answers}, history ${history} before uninstalling`);
    site.wp({ do: 'uninstall', plugin: PLUGIN, option: OPTION });
    equal(count('ssw_answers'), answers, 'answers kept after uninstalling');
    equal(count('ssw_answer_history'), history, 'history kept after uninstalling');
    equal(site.wp({ do: 'activate', plugin: PLUGIN }).error, null, 'activating again');
    equal(count('ssw_answers'), answers, 'answers after activating again');
    site.wp({ do: 'option', name: OPTION, value: { store_delete: true } });
    site.wp({ do: 'uninstall', plugin: PLUGIN, option: OPTION });
    equal(sql(`SHOW TABLES FROM ${db} LIKE 'wp\\_ssw\\_%'`).toString().trim(), '', 'tables after uninstalling with deletion chosen');
    equal(site.wp({ do: 'activate', plugin: PLUGIN }).error, null, 'activating again');
    equal(count('ssw_answers'), 0, 'an empty table made again on activation');
  });

  // A site in a subfolder.
  const sub = await makeSite(version, { base: '/intranet', theme: version === '6.1' ? 'twentytwentythree' : 'twentytwentyfour' });
  installPlugin(sub);
  await test(`${version}: on a site in a subfolder (${sub.url}) blocks, shortcodes and root-relative paths find their files`, async () => {
    equal(sub.wp({ do: 'activate', plugin: PLUGIN }).error, null, 'activation');
    const subFiles = {};
    for (const [name, file] of Object.entries(fixtures)) subFiles[name] = sub.wp({ do: 'upload', user: 'editor', file });
    const rootRelative = subFiles['figures.json'].url.replace(/^https?:\/\/[^/]+\/intranet/, '');
    assert(rootRelative.startsWith('/wp-content/'), rootRelative);
    const content = everyWidget(subFiles) + `<!-- wp:shortcode -->\n[shared_widget type="key-figures" src="${rootRelative}" heading="Root-relative"]\n<!-- /wp:shortcode -->`;
    const post = sub.wp({ do: 'post', user: 'editor', title: 'Every widget in a subfolder', content });
    const { page, errors, close } = await open(sub);
    await page.goto(post.url, { waitUntil: 'load' });
    const found = await widgetsOn(page, tags);
    const rootRel = found.filter((f) => f.attrs.heading === 'Root-relative');
    equal(rootRel.length, 1, 'the root-relative shortcode');
    assert(rootRel[0].attrs.src.startsWith('/intranet/wp-content/'), `root-relative src: ${rootRel[0].attrs.src}`);
    checkWidgets(
      found.filter((f) => f !== rootRel[0]),
      2,
      errors
    );
    assert(!rootRel[0].error && rootRel[0].text.includes('Arrangements'), `root-relative widget: ${rootRel[0].errorText}`);
    await close();
  });
  console.log(`  (WordPress ${version}: ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

// ---------------------------------------------------------------------------------------------------
// Checked doc lines: the defects the hand-made recipe had, each covered by a test above or a line here.
console.log('\nDocs');
const doc = readFileSync(path.join(root, 'docs', 'embedding', 'wordpress.md'), 'utf8');
const docLines = [
  ['the minimum WordPress is the oldest tested (6.1)', /WordPress 6\.1/],
  ['the theme font works without CSS, and the CSS that works is the body rule', /body \{ --shared-font-family: var\(--wp--preset--font-family--body\); \}/],
  ['Additional CSS on block themes is under Editor → Styles', /Editor → Styles → Additional CSS/],
  ["CSP: style-src 'self' unstyles block themes", /style-src 'self'[^\n]*(block theme|unstyle)/i],
  ['Media stores files under uploads/YYYY/MM and .json/.hexjson are allowed by the plugin', /uploads\/YYYY\/MM/],
  ['a second copy does nothing harmful', /the second copy does\s+nothing[\s\S]{0,300}no\s+"Cannot redeclare"/],
  ["an Author's pasted HTML becomes a shortcode, nothing left as text", /Authors and Contributors[\s\S]{0,400}turns a pasted widget into its shortcode/],
  ['key-figure values never break inside a number', /Key-figure values never break inside a number/]
];
for (const [name, pattern] of docLines) await test(`docs/embedding/wordpress.md: ${name}`, async () => assert(pattern.test(doc), `no line matching ${pattern}`));

await browser.close();
await shutDown();
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\nTested: ${tested.join('; ')}. Zip: ${(zipSize / 1024).toFixed(1)} KB. Time: ${seconds} s.`);
if (failures.length) console.log(`Failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
