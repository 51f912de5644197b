// Prints the size of each built file, raw and gzipped, and fails when one is over its budget.
// Budgets are gzip bytes; raise one only with a reason in the commit that does.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const budgets = {
  // Every element; shared code counted once. 80 KB until release 0.2 (75.7 KB used). Release 0.2 adds,
  // in gzip: live data in every widget (refresh, change announcements: about 2.4 KB), the council
  // register's checks and the built-in boundaries' drawing in the map and roster (about 4 KB), the
  // audit's fixes (Trusted Types policies, currency and input caps, textures and patterns, measured
  // labels, paged tables: about 8 KB across widgets) and the checklist's shared store (about 4 KB).
  // Issue 18 asks for 80 KB with these features in: not met in 0.2 (see CHANGELOG); this budget holds
  // the line where 0.2 stands so that nothing grows unseen.
  'shared-services-widgets.js': 100 * KB,
  'shared-services-widgets.iife.js': 100 * KB,
  // Key figures: 20 KB (issue 2) until 0.2; live data (2.4 KB) and the currency and input-cap checks
  // with their words (about 1.2 KB) take it to 23.8.
  'key-figures.js': 25 * KB,
  // The chart: 30 KB until release 0.2. Issue 16's accessibility fixes (series textures and shapes,
  // estimate patterns, measured labels, hover rules, a paged table, their words in English and Welsh)
  // and issue 18's quick reader add 3.3 KB gzip to it, measured against the same shared code; the
  // shared data and controller modules added since (data/changes.ts, controllers/refresh.ts) about 4 KB.
  'savings-chart.js': 38 * KB,
  // The roster: 25 KB until 0.2; the council register's checks and words (2.1 KB, issue 12), live data
  // (2.4 KB), the audit's paged "Show all", fast reader, sort caches and caps (about 4 KB): 31.9.
  'partner-roster.js': 33 * KB,
  // The checklist: 25 KB until 0.2; live data (2.4 KB), every item in the accessibility tree (A-M9),
  // and the team's shared store with its offline queue and conflicts (issue 15, about 5 KB): 34.4.
  'readiness-checklist.js': 36 * KB,
  // The map, without geography files (the built-in outline is inside): 45 KB until 0.2. The council
  // register's checks and words (2.1 KB) and the built-in boundaries' drawing (areas, labels,
  // attribution: about 2 KB, issue 12), the audit's focus ring, patterns and summary (about 1.5 KB)
  // and live data (2.4 KB): 54.4.
  'partnership-map.js': 56 * KB,
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
