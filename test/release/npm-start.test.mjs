// `npm start` (issue 16, "Also found"): Vite printed http://localhost:5173/, which answered 404 while
// the demo is at /demo/. The dev server is started here as `npm start` starts it (Vite with the
// repository's vite.config.ts), on a free port and without opening a browser: `/` must answer a
// redirect to `/demo/`, and `/demo/` the demo page. Run by `npm run test:release` (node --test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('npm start: / redirects to /demo/, which answers with the demo page', async () => {
  const server = await createServer({
    root,
    configFile: `${root}vite.config.ts`,
    logLevel: 'silent',
    clearScreen: false,
    // A free port, and no browser: everything else is the config `npm start` reads.
    server: { port: 0, strictPort: false, open: false, host: '127.0.0.1' }
  });
  try {
    await server.listen();
    const address = server.httpServer.address();
    const base = `http://127.0.0.1:${address.port}`;
    for (const path of ['/', '/index.html']) {
      const answer = await fetch(`${base}${path}`, { redirect: 'manual' });
      assert.ok([301, 302, 307, 308].includes(answer.status), `${path}: expected a redirect, got ${answer.status}`);
      assert.equal(new URL(answer.headers.get('location'), base).pathname, '/demo/', `${path}: redirected to ${answer.headers.get('location')}`);
    }
    const demo = await fetch(`${base}/demo/`);
    assert.equal(demo.status, 200, '/demo/ answers 200');
    const page = await demo.text();
    assert.match(page, /<shared-[a-z-]+/, '/demo/ is the demo page, with the widgets on it');
    // The address Vite prints is the one to follow: fetched with redirects followed, / ends on the demo.
    const followed = await fetch(`${base}/`);
    assert.equal(followed.status, 200);
    assert.equal(new URL(followed.url).pathname, '/demo/');
  } finally {
    await server.close();
  }
});
