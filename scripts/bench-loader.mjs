// npm run bench:loader (issue 18, item 5): would an on-demand loader be worth shipping? A page with
// one savings chart is loaded over a throttled connection (Slow 4G: 150 ms round trip, 400 kbit/s
// down, 400 kbit/s up, through DevTools' Network.emulateNetworkConditions; files served gzipped, as a
// council's web server would) four ways:
//   widget file:  <script type="module" src="dist/savings-chart.js">
//   bundle:       <script type="module" src="dist/shared-services-widgets.js">
//   loader + hint: a tiny loader script that imports a widget's file when its tag is on the page (or
//                 comes later), with <link rel="modulepreload"> for the chart's file
//   loader alone: the same loader without the hint (the file is asked for once the loader has run)
// Measured: from navigation until the chart has drawn its data (median of RUNS, default 5), and the
// bytes sent. The loader ships only if, with the hint, it beats both the widget file and the bundle.
// Run `npm run build` first.
//
// Measured 29 Nov 2026 (3 runs each, on a heavily loaded 2-core machine, so times are long but paired):
// widget file 3,348 ms and 39.1 KB sent; bundle 6,333 ms, 105.6 KB; loader + hint 3,843 ms, 40.4 KB;
// loader alone 4,779 ms, 39.7 KB. Not shipped: the hint must name the widget's file, so a page that
// can write the hint can load that file directly, one request and 1.3 KB fewer; without the hint the
// loader waits for its own script before asking for the widget's (one more round trip). It beats the
// bundle, as the widget file does.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launch } from './harness.mjs';
import { widgets } from './widgets.mjs';

if (!existsSync('dist/savings-chart.js')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const RUNS = Number(process.env.RUNS ?? 5);
const chart = widgets.find((w) => w.name === 'savings-chart');
const data = 'demo/data/lga-national-savings.json';

// The loader as it would ship: each widget's tag and file; a tag on the page (now or later) imports its file once.
const loader = `const files = ${JSON.stringify(Object.fromEntries(widgets.map((w) => [w.tag, `./${w.name}.js`])))};
const base = new URL('.', import.meta.url);
const wanted = new Set();
function scan(root) {
  for (const [tag, file] of Object.entries(files)) if (!wanted.has(tag) && root.querySelector(tag)) { wanted.add(tag); import(new URL(file, base).href); }
}
scan(document);
if (wanted.size < Object.keys(files).length) new MutationObserver(() => scan(document)).observe(document.documentElement, { childList: true, subtree: true });
`;

const page = (head) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>One chart</title>${head}</head>
<body><main><h1>Savings</h1><${chart.tag} src="/${data}" heading="Savings"></${chart.tag}></main></body></html>`;
const pages = {
  'widget file': page(`<script type="module" src="/dist/${chart.name}.js"></script>`),
  bundle: page('<script type="module" src="/dist/shared-services-widgets.js"></script>'),
  'loader + hint': page(`<link rel="modulepreload" href="/dist/${chart.name}.js"><script type="module" src="/dist/loader.js"></script>`),
  'loader alone': page('<script type="module" src="/dist/loader.js"></script>')
};

const gz = new Map();
const body = (path) => {
  if (!gz.has(path)) gz.set(path, gzipSync(path === 'dist/loader.js' ? loader : readFileSync(path), { level: 9 }));
  return gz.get(path);
};
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const type = url.pathname.endsWith('.js') ? 'text/javascript' : url.pathname.endsWith('.json') ? 'application/json' : 'text/html';
  try {
    const bytes = url.pathname === '/page' ? gzipSync(pages[url.searchParams.get('way')]) : body(url.pathname.slice(1));
    res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'cache-control': 'no-store' }).end(bytes);
  } catch {
    res.writeHead(404).end();
  }
}).listen(0, '127.0.0.1');
await new Promise((done) => server.once('listening', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  const times = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
  const sent = {};
  for (let run = 0; run < RUNS; run++) {
    // Interleaved, so that a busy machine slows every way alike.
    for (const way of Object.keys(pages)) {
      const context = await browser.createBrowserContext();
      const tab = await context.newPage();
      tab.setDefaultTimeout(120_000);
      const cdp = await tab.createCDPSession();
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 });
      let bytes = 0;
      cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
      await tab.goto(`${origin}/page?way=${encodeURIComponent(way)}`);
      await tab.waitForFunction(
        (tag, drawn) => {
          const el = document.querySelector(tag);
          return el?.shadowRoot && !el.hasAttribute('aria-busy') && el.shadowRoot.querySelector(drawn);
        },
        { polling: 'raf' },
        chart.tag,
        chart.rendered
      );
      times[way].push(await tab.evaluate(() => performance.now()));
      sent[way] = bytes;
      await context.close();
    }
  }
  const rows = Object.entries(times).map(([way, ms]) => ({ way, 'chart drawn, ms (median)': Math.round(median(ms)), 'fastest, ms': Math.round(Math.min(...ms)), 'KB sent': (sent[way] / 1024).toFixed(1) }));
  console.log(`One savings chart over Slow 4G (150 ms RTT, 400 kbit/s), gzipped files, ${RUNS} runs each, Chromium ${await browser.version()}`);
  console.table(rows);
  const at = (way) => median(times[way]);
  const wins = at('loader + hint') < at('widget file') && at('loader + hint') < at('bundle');
  console.log(
    wins
      ? 'The loader with a modulepreload hint beats both the widget file and the bundle here.'
      : `Not worth shipping: the loader with its hint (${Math.round(at('loader + hint'))} ms) does not beat both the widget file (${Math.round(at('widget file'))} ms) and the bundle (${Math.round(at('bundle'))} ms). ` +
          'The hint has to name the widget file, so the page already knows which file it needs: the loader adds a request and its bytes to what the widget file alone does.'
  );
} finally {
  await browser.close();
  server.close();
}
