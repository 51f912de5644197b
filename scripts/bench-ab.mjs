// npm run bench:ab -- <commit> [rounds] [--own-page]: the widgets bench (test/bench/, `runBench`) of an earlier
// commit against this working tree, in one Chromium, the two pages taking turns: round by round,
// A then B then A… so that whatever else the machine is doing falls on both alike. Each round runs
// every row a few times (its median); the table gives the median of the rounds for each row, and
// B ÷ A. Issue 17 asks that no first-render row be more than 10% slower than before its changes. Each
// timed row is given twice: on the clock, and as the CPU time of the page's main thread (rows
// "(cpu)", from the DevTools protocol), which a busy two-core machine moves much less.
//
// The earlier commit is checked out in a worktree under the system's temporary folder, with this
// tree's node_modules, and built there (`npm run build`); this tree must be built already. Both pages
// are this tree's bench page (test/bench/) and differ only in dist/: an earlier commit's bench page
// loads other code and data, which showed as Chart.js (the same code on both sides) running up to
// 30% slower or faster on one side. `--own-page` uses each commit's own bench page instead.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch, serve } from './harness.mjs';

const [commit, roundsArg] = process.argv.slice(2).filter((a) => !a.startsWith('-'));
if (!commit) {
  console.error('Usage: npm run bench:ab -- <commit> [rounds] [--own-page]   (e.g. npm run bench:ab -- 89746a5 7)');
  process.exit(1);
}
const rounds = Number(roundsArg ?? 7);
const runsPerRound = Number(process.env.BENCH_AB_RUNS ?? 5);
if (!existsSync('dist/shared-services-widgets.js')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
const sha = git('rev-parse', '--verify', `${commit}^{commit}`);
const scratch = mkdtempSync(path.join(tmpdir(), 'ssw-bench-ab-'));
const old = path.join(scratch, 'a');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

let browser;
try {
  git('worktree', 'add', '--detach', old, sha);
  symlinkSync(path.resolve('node_modules'), path.join(old, 'node_modules'), 'dir');
  console.log(`Building ${sha.slice(0, 10)} in ${old}…`);
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: old, stdio: ['ignore', 'ignore', 'inherit'] });
  // A: this tree with the earlier commit's dist/ in place of its own (a folder of links).
  let rootA = old;
  if (!process.argv.includes('--own-page')) {
    rootA = path.join(scratch, 'mixed');
    mkdirSync(rootA);
    for (const name of readdirSync('.')) if (name !== 'dist' && name !== '.git') symlinkSync(path.resolve(name), path.join(rootA, name));
    symlinkSync(path.join(old, 'dist'), path.join(rootA, 'dist'));
  }
  const servers = { A: await serve(rootA), B: await serve('.') };
  browser = await launch({ protocolTimeout: 3_600_000, args: ['--js-flags=--expose-gc'] });
  const pages = {};
  for (const [k, server] of Object.entries(servers)) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 800 });
    page.on('pageerror', (error) => console.error(`page ${k} error:`, error.message));
    // The page's main-thread CPU time (test/bench/bench.js, `cpuNow`): rows "· first (cpu)".
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.exposeFunction('cpuNow', async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value);
    await page.goto(`${server.origin}/test/bench/`);
    await page.waitForFunction('window.benchReady === true');
    page.setDefaultTimeout(600_000);
    pages[k] = page;
  }
  /** row key → { A: [round medians], B: [...] } */
  const rows = new Map();
  for (let round = 0; round < rounds; round++) {
    for (const k of round % 2 ? ['B', 'A'] : ['A', 'B']) {
      await pages[k].bringToFront();
      const result = await pages[k].evaluate((n) => window.runBench(n), runsPerRound);
      for (const r of result) {
        if (/^ratio/.test(r.widget)) continue;
        for (const measure of ['first', 'update', 'first (cpu)', 'update (cpu)']) {
          const value = Number.parseFloat(r[measure]);
          if (!Number.isFinite(value)) continue;
          const key = `${r.widget} · ${r.size} · ${measure}`;
          if (!rows.has(key)) rows.set(key, { A: [], B: [] });
          rows.get(key)[k].push(value);
        }
      }
    }
    process.stdout.write(`round ${round + 1} of ${rounds} done\n`);
  }
  const table = [...rows].map(([row, { A, B }]) => {
    const a = median(A);
    const b = median(B);
    return { row, [`A ${sha.slice(0, 7)} (ms)`]: a.toFixed(1), 'B now (ms)': b.toFixed(1), 'B ÷ A': (b / a).toFixed(2), 'within 10%': b <= a * 1.1 ? 'yes' : 'no' };
  });
  const page = process.argv.includes('--own-page') ? "each commit's own bench page" : "this tree's bench page, A with the earlier dist/";
  console.log(`Widgets bench, A/B in one Chromium (${page}), ${rounds} alternating rounds of ${runsPerRound} runs, medians of the rounds' medians; first-render rows are "· first"; "(cpu)" rows are the main thread's CPU time`);
  console.table(table);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await browser?.close();
  try {
    git('worktree', 'remove', '--force', old);
  } catch {
    // Removed by hand below.
  }
  rmSync(scratch, { recursive: true, force: true });
  try {
    git('worktree', 'prune');
  } catch {
    // Nothing to prune.
  }
  process.exit(process.exitCode ?? 0);
}
