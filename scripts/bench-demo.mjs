// npm run bench:demo (issue 18, item 6: old laptops and virtual desktops): the demo page, built as
// the end-to-end run builds it, opened in headless Chromium with the CPU slowed 4× (DevTools'
// throttling, Emulation.setCPUThrottlingRate) and a desktop-sized window. For each run: the time
// from navigation until every widget has drawn its data, and the longest task the page ran until
// then (PerformanceObserver 'longtask', which sees tasks over 50 ms), with what each long task was
// running (a CPU profile, hottest script of the task). Targets: all drawn within 1.5 s, no task over
// 200 ms. The issue's 4× is a recent laptop slowed four times: where this machine is slower than a
// laptop (the reference loop), the runs are repeated at the rate that makes it as slow as a laptop at
// 4× (`LAPTOP=0` skips them). Measurements only: nothing here fails a build. `RUNS=n` (default 5), `RATE=n` (default 4),
// `MINIFY=0` (the page's script unminified, so that the functions named are the source's),
// `TRACE=ms` (one more run under a performance trace, listing every task of the page's main thread
// over that many ms until all was drawn, with what it spent its time in; best with MINIFY=0).
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { launch, serve } from './harness.mjs';
import { widgets } from './widgets.mjs';
import { referenceLoop } from '../test/bench/reference-loop.js';

const RUNS = Number(process.env.RUNS ?? 5);
const RATE = Number(process.env.RATE ?? 4);
const TAGS = widgets.map((w) => w.tag);
const RENDERED = Object.fromEntries(widgets.map((w) => [w.tag, w.rendered]));

// Runs in the page before anything else: long tasks, and when every widget has drawn.
function probe(tags, drawn) {
  window.__long = [];
  new PerformanceObserver((list) => window.__long.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({
    type: 'longtask',
    buffered: true
  });
  const rendered = (el) => el.shadowRoot && !el.hasAttribute('aria-busy') && el.shadowRoot.querySelector(drawn[el.localName]);
  const check = () => {
    const all = [...document.querySelectorAll(tags.join(','))];
    if (all.length && all.every(rendered)) window.__allDrawn = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

const out = await mkdtemp(join(tmpdir(), 'bench-demo-'));
await build({ configFile: false, logLevel: 'warn', base: './', build: { outDir: out, emptyOutDir: true, target: 'es2022', minify: process.env.MINIFY !== '0', rollupOptions: { input: 'demo/index.html' } } });
await cp('demo/data', join(out, 'demo/data'), { recursive: true });
await cp('src/councils/geo', join(out, 'assets/geo'), { recursive: true });
const server = await serve(out);
const browser = await launch();
// Chromium loads its own pages at start (the omnibox popup's WebUI, seen in traces as composebox and
// searchbox scripts): a few seconds of CPU that would land in the first run on a 2-core machine.
// Wait for them before measuring (WARM=0 to skip).
await new Promise((resolve) => setTimeout(resolve, Number(process.env.WARM ?? 4000)));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  // The targets are absolute, so the machine's state is given beside them: the load average, and the
  // network bench's reference loop (test/bench/reference-loop.js, unthrottled), measured first.
  const probePage = await browser.newPage();
  const loop = await probePage.evaluate(referenceLoop);
  await probePage.close();
  console.log(`Machine: load average ${loadavg().map((n) => n.toFixed(2)).join(', ')}; reference loop ${loop.toFixed(1)} ms unthrottled (≈20 on an idle core of a recent laptop)`);
  await report(RATE, await measure(RATE));
  // The issue's 4× is a recent laptop's CPU slowed four times. A machine whose reference loop is
  // slower than a laptop's is already slowed: the same page is run again at the rate that makes this
  // machine as slow as a laptop at 4× (4 × 20 ÷ the loop, at least 1). LAPTOP=0 skips it.
  const laptop = Math.max(1, Math.round(((RATE * 20) / loop) * 100) / 100);
  if (process.env.LAPTOP !== '0' && Math.abs(laptop - RATE) > 0.05) {
    console.log(`\nThis machine's loop is ${(loop / 20).toFixed(2)}× a laptop's: ${RATE}× here is about ${((RATE * loop) / 20).toFixed(1)}× a laptop. The same page at ${laptop}×, as slow as a laptop at ${RATE}×:`);
    await report(laptop, await measure(laptop));
  }
  if (process.env.TRACE) await traceRun(browser, server.origin, Number(process.env.TRACE) || 100);
} finally {
  await browser.close();
  server.close();
  await rm(out, { recursive: true, force: true });
}

/** RUNS fresh pages at CPU slowdown `rate`: each one's time until all was drawn, its long tasks, and what the longest ran. */
async function measure(rate) {
  const rows = [];
  const culprits = new Map();
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage();
    page.setDefaultTimeout(120_000);
    await page.setViewport({ width: 1280, height: 900 });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await page.evaluateOnNewDocument(probe, TAGS, RENDERED);
    await cdp.send('Profiler.start');
    await page.goto(`${server.origin}/demo/index.html`, { waitUntil: 'load' });
    await page.waitForFunction('window.__allDrawn');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const { profile } = await cdp.send('Profiler.stop');
    const { drawn, long, origin } = await page.evaluate(() => ({ drawn: window.__allDrawn, long: window.__long, origin: performance.timeOrigin }));
    const before = long.filter((t) => t.start < drawn);
    const longest = before.reduce((a, t) => (t.duration > a.duration ? t : a), { duration: 0, start: 0 });
    rows.push({ run: run + 1, 'all drawn, ms': Math.round(drawn), 'longest task, ms': Math.round(longest.duration), 'tasks over 200 ms': before.filter((t) => t.duration > 200).length, 'tasks over 50 ms': before.length });
    // What the longest task ran: self time by function, in the profile's samples within it.
    if (longest.duration) for (const [name, ms] of hottest(profile, origin, longest)) culprits.set(name, (culprits.get(name) ?? 0) + ms / RUNS);
    await page.close();
  }
  return { rows, culprits };
}

async function report(rate, { rows, culprits }) {
  console.log(`Demo page at ${rate}× CPU slowdown (Chromium ${await browser.version()}), ${RUNS} runs; targets: all drawn ≤ 1500 ms, no task over 200 ms`);
  console.table(rows);
  const all = rows.map((r) => r['all drawn, ms']);
  const longest = rows.map((r) => r['longest task, ms']);
  console.table([
    { measure: 'all widgets drawn (median)', ms: median(all), target: '≤ 1500', met: median(all) <= 1500 ? 'yes' : 'NO' },
    { measure: 'longest task (median of runs)', ms: median(longest), target: '≤ 200', met: median(longest) <= 200 ? 'yes' : 'NO' },
    { measure: 'longest task (worst run)', ms: Math.max(...longest), target: '≤ 200', met: Math.max(...longest) <= 200 ? 'yes' : 'NO' }
  ]);
  console.log('In the longest task, self time by function (mean per run, ms, throttled):');
  console.table([...culprits].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([fn, ms]) => ({ function: fn, ms: ms.toFixed(1) })));
}

/** Self time per function among the profile's samples inside `task` (page times in ms). */
function hottest(profile, origin, task) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // Profile times are microseconds on the monotonic clock; page times are ms since timeOrigin. The
  // first sample is near navigation, so times are matched by offset from the profile's start.
  const self = new Map();
  let t = profile.startTime;
  const navStart = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    const at = (t - navStart) / 1000;
    if (at < task.start - 50 || at > task.start + task.duration + 50) return;
    const f = byId.get(id).callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() || f.url}:${f.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self].filter(([n]) => !n.startsWith('(idle)') && !n.startsWith('(program)'));
}

/**
 * One more run under a DevTools performance trace: every task on the page's main thread over `min`
 * ms until every widget had drawn, each with the browser's own work in it (script evaluation, style,
 * layout, paint) and the functions it spent its time in (inclusive, from the trace's CPU samples).
 */
async function traceRun(browser, origin, min) {
  const page = await browser.newPage();
  page.setDefaultTimeout(120_000);
  await page.setViewport({ width: 1280, height: 900 });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  await page.evaluateOnNewDocument(probe, TAGS, RENDERED);
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', 'disabled-by-default-v8.cpu_profiler'] });
  await page.goto(`${origin}/demo/index.html`, { waitUntil: 'load' });
  await page.waitForFunction('window.__allDrawn');
  const drawn = await page.evaluate(() => window.__allDrawn);
  const { traceEvents: events } = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
  await page.close();
  // The page's main thread: the renderer main thread with the most long tasks.
  const mains = events.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  const longOn = (t) => events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.name === 'RunTask' && e.dur > 50_000).length;
  const main = mains.sort((a, b) => longOn(b) - longOn(a))[0];
  const on = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const navStart = events.find((e) => e.pid === main.pid && e.name === 'navigationStart')?.ts ?? on[0].ts;
  const nodes = new Map();
  const parent = new Map();
  const samples = [];
  let t = 0;
  for (const e of events.filter((e) => e.pid === main.pid && (e.name === 'Profile' || e.name === 'ProfileChunk'))) {
    if (e.name === 'Profile') {
      t = e.args.data.startTime;
      continue;
    }
    const profile = e.args.data.cpuProfile ?? {};
    for (const n of profile.nodes ?? []) {
      nodes.set(n.id, n);
      if (n.parent) parent.set(n.id, n.parent);
    }
    (profile.samples ?? []).forEach((id, i) => samples.push([(t += e.args.data.timeDeltas[i]), id]));
  }
  const BROWSER = ['EvaluateScript', 'v8.compileModule', 'v8.evaluateModule', 'ParseHTML', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'MinorGC', 'MajorGC'];
  const tasks = on.filter((e) => e.name === 'RunTask' && e.dur >= min * 1000 && e.ts - navStart <= drawn * 1000);
  console.log(`Traced run: all drawn at ${Math.round(drawn)} ms; tasks over ${min} ms until then: ${tasks.length} (load average ${loadavg()[0].toFixed(2)})`);
  for (const task of tasks) {
    const end = task.ts + task.dur;
    const inside = on.filter((e) => e.ts >= task.ts && e.ts + e.dur <= end);
    const work = new Map();
    for (const e of inside) if (BROWSER.includes(e.name)) work.set(e.name, (work.get(e.name) ?? 0) + e.dur / 1000);
    const counts = new Map();
    let total = 0;
    for (const [at, id] of samples) {
      if (at < task.ts || at > end) continue;
      total++;
      const seen = new Set();
      for (let x = id; x !== undefined; x = parent.get(x)) {
        const f = nodes.get(x)?.callFrame;
        const name = f && `${f.functionName || '(anonymous)'}:${f.lineNumber + 1}`;
        if (!f?.url || seen.has(name)) continue;
        seen.add(name);
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
    const fns = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([n, c]) => `${n} ${Math.round((100 * c) / total)}%`);
    const browserWork = [...work].filter(([, ms]) => ms >= 5).map(([n, ms]) => `${n} ${Math.round(ms)}`);
    console.log(`  at ${Math.round((task.ts - navStart) / 1000)} ms, ${Math.round(task.dur / 1000)} ms: ${browserWork.join(', ') || '-'}${fns.length ? ` | in script: ${fns.join(', ')}` : ''}`);
  }
}
