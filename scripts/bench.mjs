// npm run bench: serves the repo, opens test/bench/ in headless Chromium (CHROME_PATH,
// else /usr/bin/chromium) and prints the median render times. Run `npm run build` first.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`No Chromium at ${executablePath}: install it (apt-get install -y chromium) or set CHROME_PATH.`);
  process.exit(1);
}
if (!existsSync('dist/shared-services-widgets.js')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.csv': 'text/csv' };
const root = process.cwd();
const server = createServer(async (req, res) => {
  const path = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  if (!path.startsWith(root)) return res.writeHead(403).end();
  try {
    const body = await readFile(path.endsWith('/') ? join(path, 'index.html') : path);
    res.writeHead(200, { 'content-type': types[extname(path) || '.html'] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const { port } = server.address();

const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`http://127.0.0.1:${port}/test/bench/`);
  await page.waitForFunction('window.benchReady === true');
  page.setDefaultTimeout(300_000);
  const results = await page.evaluate('runBench()');
  console.log(`Chromium ${await browser.version()}, median of 15 runs, milliseconds; ratios above 1 mean Chart.js is slower`);
  console.table(results);
  console.log('Partnership map, first render until drawn and laid out (geography fetched from a blob URL, read and projected), median of 7 runs, ms');
  console.table(await page.evaluate('runMapBench()'));
} finally {
  await browser.close();
  server.close();
}
