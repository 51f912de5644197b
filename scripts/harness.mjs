// What the scripts that drive Chromium (bench, end-to-end) share: Debian's Chromium, launched
// headless through puppeteer-core (which downloads no browser), and a small static file server.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.hexjson': 'application/json',
  '.topojson': 'application/json',
  '.geojson': 'application/geo+json'
};

/** Starts the server; resolves with `{ origin, close }`. */
export async function serve(root, headers = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = normalize(join(base, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!path.startsWith(base)) return res.writeHead(403).end();
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers }).end(body);
    } catch {
      res.writeHead(404, headers).end();
    }
  }).listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/**
 * Launches headless Chromium (CHROME_PATH, else /usr/bin/chromium), or exits saying how to install it.
 * `options` are puppeteer's (the bench gives a longer protocolTimeout: a loaded machine takes minutes);
 * its `args` are added to these. The benches add `--js-flags=--expose-gc`, so that the bench page can
 * collect the garbage one run left before the next is timed (`window.gc`).
 */
export async function launch({ args = [], ...options } = {}) {
  const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    console.error(`No Chromium at ${executablePath}: install it (apt-get install -y chromium) or set CHROME_PATH.`);
    process.exit(1);
  }
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', ...args],
    ...options
  });
}
