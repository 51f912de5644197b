// npm run bench: serves the repo, opens test/bench/ in headless Chromium (CHROME_PATH,
// else /usr/bin/chromium) and prints the median render times. Run `npm run build` first.
import { existsSync } from 'node:fs';
import { launch, serve } from './harness.mjs';

if (!existsSync('dist/shared-services-widgets.js')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const server = await serve('.');
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${server.origin}/test/bench/`);
  await page.waitForFunction('window.benchReady === true');
  page.setDefaultTimeout(300_000);
  const results = await page.evaluate('runBench()');
  console.log(`Chromium ${await browser.version()}, median of 15 runs, milliseconds; ratios above 1 mean Chart.js is slower`);
  console.table(results);
  console.log('Partnership map, first render until drawn and laid out (geography fetched from a blob URL, read and projected), median of 7 runs, ms');
  console.table(await page.evaluate('runMapBench()'));
  console.log('Partnership map on the built-in boundaries (dist/geo/), first render until drawn and laid out, median of 9 paired runs, ms; above 1 means the map beats the floor');
  console.table(await page.evaluate('runBuiltInBench()'));
  // The savings chart against Chart.js, Plot and ECharts (SVG) in this page (issue 18): paired runs.
  await page.waitForFunction('window.chartBenchReady === true');
  console.log('Savings chart against its peers, first render until laid out, medians of paired runs, ms; "÷ ours" above 1 means ours is faster');
  console.table(await page.evaluate('runChartBench()'));
  console.table([await page.evaluate('runChartMillion()')]);
  // The roster at 10,000 and 15,000 partners (issue 18, item 3) against a hand-written table of the same 50 rows.
  await page.waitForFunction('window.rosterBenchReady === true');
  console.log('Partner roster at scale, from the action until laid out, medians, ms; "ours ÷ floor" below the target means the target is met');
  console.table(await page.evaluate('runRosterBench()'));
} finally {
  await browser.close();
  server.close();
}
