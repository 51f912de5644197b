// Prints the size of each built file, raw and gzipped, and fails when one is over its budget.
// Budgets are gzip bytes; raise one only with a reason in the commit that does.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const budgets = {
  // Every element: key figures (issue 2: 20 KB on its own), the savings chart, the roster, the map
  // (d3-geo and d3-force: about 14 KB of it) and the checklist; shared code counted once.
  'shared-services-widgets.js': 80 * KB,
  'shared-services-widgets.iife.js': 80 * KB,
  'key-figures.js': 20 * KB,
  // The chart: 30 KB until release 0.2. Issue 16's accessibility fixes (series textures and shapes,
  // estimate patterns, measured labels, hover rules, a paged table, their words in English and Welsh)
  // and issue 18's quick reader add 3.3 KB gzip to it, measured against the same shared code; the
  // shared data and controller modules added since (data/changes.ts, controllers/refresh.ts) about 4 KB.
  'savings-chart.js': 38 * KB,
  'partner-roster.js': 25 * KB,
  'readiness-checklist.js': 25 * KB,
  // Issue 4: the map, without geography files (the built-in outline is inside).
  'partnership-map.js': 45 * KB,
  // Issue 12: the council register for page scripts, its data inside (the register at most 15 KB).
  'councils.js': 15 * KB
};

if (!existsSync('dist')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const files = readdirSync('dist').filter((f) => f.endsWith('.js'));
let over = 0;
const rows = files.map((file) => {
  const bytes = readFileSync(`dist/${file}`);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const budget = budgets[file];
  const ok = budget === undefined || gzip <= budget;
  if (!ok) over++;
  return {
    file: `dist/${file}`,
    raw: `${(bytes.length / KB).toFixed(1)} KB`,
    gzip: `${(gzip / KB).toFixed(2)} KB`,
    budget: budget ? `${(budget / KB).toFixed(0)} KB` : 'none',
    '': ok ? 'ok' : 'OVER BUDGET'
  };
});
const unbudgeted = files.filter((f) => !(f in budgets));
console.table(rows);
if (unbudgeted.length) {
  console.error(`No budget for: ${unbudgeted.join(', ')}. Add one in scripts/size.mjs.`);
  process.exit(1);
}
if (over) {
  console.error(`${over} file(s) over budget.`);
  process.exit(1);
}
