// Prints the size of each built file, raw and gzipped, and fails when one is over its budget.
// Budgets are gzip bytes; raise one only with a reason in the commit that does. Each widget's own file
// has its budget, with its reasons, in the widget registry (src/widgets.json: `budget.kb`, `budget.why`);
// the files that are not one widget's have theirs here.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { widgets } from './widgets.mjs';

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
  // Issue 12: the council register for page scripts, its data inside (the register at most 15 KB).
  'councils.js': 15 * KB
};
for (const w of widgets) budgets[`${w.name}.js`] = w.budget.kb * KB;

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
  console.error(`No budget for: ${unbudgeted.join(', ')}. Add one in scripts/size.mjs, or a widget's in src/widgets.json.`);
  process.exit(1);
}
const missing = widgets.map((w) => `${w.name}.js`).filter((f) => !files.includes(f));
if (missing.length) {
  console.error(`Not built: ${missing.join(', ')} (widgets in src/widgets.json). Run \`npm run build\`.`);
  process.exit(1);
}
if (over) {
  console.error(`${over} file(s) over budget.`);
  process.exit(1);
}
