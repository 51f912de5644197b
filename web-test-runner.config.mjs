// Runs every test/**/*.test.ts in Debian's Chromium (CHROME_PATH, else /usr/bin/chromium). Nothing
// here downloads a browser: when none is found it says how to install one.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { widgets as registry } from './scripts/widgets.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(
    `\nNo Chromium found at ${executablePath}.\n` +
      'Install one with your system package manager, e.g. on Debian or Ubuntu:\n' +
      '  sudo apt-get install -y chromium\n' +
      'or point CHROME_PATH at an installed Chrome or Chromium:\n' +
      '  CHROME_PATH=/path/to/chrome npm test\n'
  );
  process.exit(1);
}

const CSP = "script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'";
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const module = (file) => `<script type="module" src="/dist/${file}"></script>`;
/** The real-page tests: one page (test/pages/page.html) loading the built files in different ways. */
const PAGES = {
  plain: { title: 'Plain HTML page', scripts: module('shared-services-widgets.js') },
  classic: { title: 'Classic script page', scripts: '<script src="/dist/shared-services-widgets.iife.js"></script>' },
  'one-widget-each': { title: 'One widget per file', scripts: module('key-figures.js') + module('savings-chart.js') },
  twice: {
    title: 'Two bundles on one page',
    scripts: module('shared-services-widgets.js') + module('key-figures.js') + '<script src="/dist/shared-services-widgets.iife.js"></script>'
  },
  'csp-strict': { title: 'Strict CSP page', scripts: module('shared-services-widgets.js'), csp: true },
  // Trusted Types as councils write them (docs/embedding/csp.md): named policies, no 'allow-duplicates'.
  ...trustedTypesPages()
};

/**
 * Pages for docs/embedding/csp.md: every file combination it names, under the policy it gives
 * (`trusted-types` with each file's policy name), and a page whose policy allows none (`'none'`).
 */
function trustedTypesPages() {
  const base = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";
  const tt = (...names) => `${base}; trusted-types ${names.join(' ')}`;
  const widgets = registry.map((w) => w.name);
  const classic = '<script src="/dist/shared-services-widgets.iife.js"></script>';
  const page = (title, scripts, csp) => ({ title, scripts, csp, template: 'csp.html' });
  return {
    'tt-bundle': page('Bundle under named Trusted Types', module('shared-services-widgets.js'), tt('shared-services-widgets')),
    'tt-classic': page('Classic script under named Trusted Types', classic, tt('shared-services-widgets')),
    'tt-bundle-and-classic': page('ES bundle and classic script under named Trusted Types', module('shared-services-widgets.js') + classic, tt('shared-services-widgets')),
    'tt-per-widget': page('One file per widget under named Trusted Types', widgets.map((w) => module(`${w}.js`)).join(''), tt(...widgets.map((w) => `shared-services-widgets-${w}`))),
    'tt-bundle-and-widget': page('Bundle and a widget file under named Trusted Types', module('key-figures.js') + module('shared-services-widgets.js'), tt('shared-services-widgets', 'shared-services-widgets-key-figures')),
    'tt-twice': page('The same file twice under named Trusted Types', module('shared-services-widgets.js') + '<script type="module" src="/dist/shared-services-widgets.js?again"></script>', tt('shared-services-widgets')),
    'tt-none': page("Trusted Types 'none'", module('shared-services-widgets.js'), `${base}; trusted-types 'none'`)
  };
}


/**
 * The registry's widgets that a page template does not place itself (a new widget, fresh from
 * `npm run new-widget`), each with the attributes the registry gives the demo page: so the pages
 * cover every widget with no hand-kept list to forget. Attribute values are escaped as HTML.
 */
function othersFor(template) {
  const escape = (v) => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return registry
    .filter((w) => !template.includes(`<${w.tag}`))
    .map((w) => {
      const attrs = Object.entries(w.demo?.attributes ?? {}).map(([k, v]) => ` ${k}="${escape(k === 'src' ? String(v).replace(/^\.\/data\//, '/demo/data/') : v)}"`);
      return `<${w.tag}${attrs.join('')}></${w.tag}>`;
    })
    .join('\n    ');
}

/** Test-only endpoints: slow, failing and typed responses, and the real pages (one under a strict CSP). */
function testServer() {
  return async (ctx, next) => {
    const url = new URL(ctx.url, 'http://localhost');
    const page = /^\/test\/pages\/([\w-]+)\.html$/.exec(url.pathname);
    if (page && PAGES[page[1]]) {
      const { title, scripts, csp, template: file } = PAGES[page[1]];
      const template = await readFile(`test/pages/${file ?? 'page.html'}`, 'utf8');
      ctx.type = 'text/html';
      ctx.body = template.replaceAll('{{title}}', title).replace('{{scripts}}', scripts).replace('{{others}}', () => othersFor(template));
      if (csp) ctx.set('Content-Security-Policy', typeof csp === 'string' ? csp : CSP);
      return;
    }
    // The built builder page (dist/builder/) under the strict policy it promises to work under.
    if (url.pathname === '/dist/builder/index.html' && url.searchParams.has('csp')) {
      ctx.set('Content-Security-Policy', CSP);
      return next();
    }
    if (!url.pathname.startsWith('/test-server/')) return next();
    const [, , kind, arg] = url.pathname.split('/');
    if (kind === 'geo' && /^[\w-]+\.json$/.test(arg ?? '')) {
      // The council files under a URL of their own, so that a test can count the requests for them.
      ctx.type = 'application/json';
      ctx.body = await readFile(`src/councils/geo/${arg}`, 'utf8');
    } else if (kind === 'geo-without-boundaries') {
      // The council register and nothing else: a web team that copied only part of the geo folder.
      if (arg !== 'councils.json') return void (ctx.status = 404);
      ctx.type = 'application/json';
      ctx.body = await readFile('src/councils/geo/councils.json', 'utf8');
    } else if (kind === 'status') {
      ctx.status = Number(arg);
      ctx.body = 'Not here';
    } else if (kind === 'slow') {
      await sleep(Number(url.searchParams.get('ms') ?? 3000));
      ctx.type = 'application/json';
      ctx.body = url.searchParams.get('body') ?? '{"figures":[{"value":1,"label":"Slow"}]}';
    } else if (kind === 'echo') {
      // Returns `body` with `type` as the content type, under a URL with no extension.
      ctx.type = url.searchParams.get('type') ?? 'text/plain';
      ctx.body = url.searchParams.get('body') ?? '';
    } else if (kind === 'large') {
      // `mb` megabytes of a JSON list, made as it is sent (nothing held in memory), in chunks without a
      // Content-Length, or with `length=1` declaring its size first: for the widgets' file-size limit.
      const total = Number(url.searchParams.get('mb') ?? 1) * 1024 * 1024;
      const chunk = Buffer.alloc(1024 * 1024, ' ');
      let sent = 0;
      ctx.type = 'application/json';
      if (url.searchParams.get('length') === '1') ctx.length = total;
      ctx.body = Readable.from((function* () {
        for (; sent < total; sent += chunk.length) yield sent === 0 ? Buffer.concat([Buffer.from('['), chunk.subarray(1)]) : chunk.subarray(0, Math.min(chunk.length, total - sent));
      })());
    } else if (kind === 'live' || kind === 'live-set' || kind === 'live-fail' || kind === 'live-log') {
      liveFile(ctx, kind, arg, url);
    } else {
      ctx.status = 404;
    }
  };
}

/**
 * Files that change while a test watches (the `refresh` attribute): `/test-server/live/NAME` answers
 * with ETag and Last-Modified, and 304 to a request that names the current version;
 * `live-set/NAME?body=…&type=…` changes it; `live-fail/NAME?status=503&retryAfter=2&times=1` makes the
 * next answers fail; `live-log/NAME` lists the requests made (time, status, conditional or not).
 */
const liveFiles = new Map();
function liveFile(ctx, kind, name, url) {
  let file = liveFiles.get(name);
  if (!file) liveFiles.set(name, (file = { version: 0, body: '', type: 'application/json', modified: new Date(0), fail: [], log: [] }));
  if (kind === 'live-set') {
    file.version++;
    file.body = url.searchParams.get('body') ?? '';
    file.type = url.searchParams.get('type') ?? 'application/json';
    // Last-Modified has one-second precision: each version a second on from the last.
    file.modified = new Date(Math.max(Date.now(), file.modified.getTime() + 1000));
    if (url.searchParams.has('reset')) file.log = [];
    ctx.body = String(file.version);
    return;
  }
  if (kind === 'live-fail') {
    const times = Number(url.searchParams.get('times') ?? 1);
    for (let i = 0; i < times; i++) file.fail.push({ status: Number(url.searchParams.get('status') ?? 503), retryAfter: url.searchParams.get('retryAfter') });
    ctx.body = 'ok';
    return;
  }
  if (kind === 'live-log') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(file.log);
    return;
  }
  const etag = `"v${file.version}"`;
  const conditional = ctx.get('if-none-match') !== '' || ctx.get('if-modified-since') !== '';
  const failure = file.fail.shift();
  let status = 200;
  if (failure) {
    status = failure.status;
    if (failure.retryAfter) ctx.set('Retry-After', failure.retryAfter);
    ctx.body = 'Try later';
  } else if (ctx.get('if-none-match') === etag) {
    status = 304;
  } else {
    ctx.type = file.type;
    ctx.body = file.body;
  }
  ctx.status = status;
  if (status < 400) {
    ctx.set('ETag', etag);
    ctx.set('Last-Modified', file.modified.toUTCString());
    ctx.set('Cache-Control', 'no-cache');
  }
  file.log.push({ at: Date.now(), status, conditional, ifNoneMatch: ctx.get('if-none-match') });
}

/**
 * `executeServerCommand('emulate-media-features', { media, features })`: print media, forced colours
 * and reduced motion through the DevTools protocol (the stock emulateMedia command has no
 * forced-colors for Chromium).
 */
function emulateMediaFeatures() {
  const sessions = new Map();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features: payload.features ?? [] });
      return true;
    }
  };
}

/**
 * `executeServerCommand('ax-tree')`: the page's accessibility tree as Chromium exposes it (through
 * the DevTools protocol): `[{ role, name, ignored }]`, for tests of what assistive technology gets.
 */
function accessibilityTree() {
  return {
    name: 'ax-tree',
    async executeCommand({ command, session }) {
      if (command !== 'ax-tree') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        return nodes.map((n) => ({ role: n.role?.value ?? '', name: n.name?.value ?? '', ignored: n.ignored }));
      } finally {
        await cdp.detach();
      }
    }
  };
}

/**
 * `import data from './file.json'` in source and tests (the builder, the CLI's readers, the council
 * register for page scripts), as Vite does: the import is marked, and only the marked request is
 * served as a module. A JSON file fetched by a test or a widget stays JSON.
 */
function jsonModules() {
  return {
    name: 'json-modules',
    resolveImport({ source }) {
      if (/\.json$/.test(source)) return `${source}?json-module`;
      return undefined;
    },
    async serve(context) {
      if (!context.URL.searchParams.has('json-module') || !context.path.endsWith('.json')) return undefined;
      const body = await readFile(`.${decodeURIComponent(context.path)}`, 'utf8');
      return { body: `export default ${body};`, type: 'js' };
    }
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production', 'default'] },
  plugins: [jsonModules(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), emulateMediaFeatures(), accessibilityTree()],
  middleware: [testServer()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          // Test files run in parallel tabs: keep background tabs' timers and frames at full speed.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows'
        ]
      }
    })
  ],
  // One test page at a time: a page in a background tab gets no animation frames, which open-wc's
  // fixture() and the charts' resize handling wait for.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcovonly'],
    threshold: { statements: 80, branches: 70, functions: 80, lines: 80 }
  }
};
