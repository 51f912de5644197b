// Prints the size of each built file, raw and gzipped, and fails when one is over its budget.
// Budgets are gzip bytes; raise one only with a reason in the commit that does. Each widget's own file
// has its budget, with its reasons, in the widget registry (src/widgets.json: `budget.kb`, `budget.why`);
// the files that are not one widget's have theirs here.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readRegistry, widgets } from './widgets.mjs';

const registry = readRegistry();

const KB = 1024;
const budgets = {
  // The bundle of every widget: its budget is the registry's (src/widgets.json: `bundle`), since a
  // widget added to the registry adds its own code to it.
  'shared-services-widgets.js': registry.bundle.kb * KB,
  'shared-services-widgets.iife.js': registry.bundle.kb * KB,
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
