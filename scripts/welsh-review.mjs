// npm run welsh-review: every English and Welsh string pair added or changed since release 0.1.0, in
// one CSV file a Welsh speaker can open in a spreadsheet (docs/welsh-review/welsh-review.csv).
// `npm run welsh-review -- --check` fails when the committed file differs from what the catalogues
// make now (test/release/welsh-review.test.mjs runs the same check in npm test).
//
// Read from the catalogues as the code uses them (each module bundled by esbuild and imported):
// src/i18n/*.ts, src/components/*/*.messages.ts, src/councils/messages.ts, plus the other modules
// that keep English and Welsh side by side (the refresh notes, the command line's words, the built-in
// checklist, the builder page's words). 0.1.0's are read the same way from git (BASE below).
//
// Status: every Welsh string added or changed since 0.1.0 was drafted by machine and has not been
// checked by a Welsh speaker ("machine-drafted"), unless docs/welsh-review/reviewed.json lists it with
// the same Welsh ("reviewed"). Where the English changed and the Welsh did not, the Welsh may no
// longer say the same thing ("check: English changed").
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The last commit of release 0.1.0 (the repository has no tag for it). */
export const BASE = '69bf3c9';
export const OUTPUT = 'docs/welsh-review/welsh-review.csv';
const REVIEWED = 'docs/welsh-review/reviewed.json';

/** The modules holding English and Welsh words, relative to the repository. */
export function catalogueFiles(root) {
  const list = (dir, test) => (existsSync(path.join(root, dir)) ? readdirSync(path.join(root, dir)).filter(test).map((f) => `${dir}/${f}`) : []);
  const components = existsSync(path.join(root, 'src/components')) ? readdirSync(path.join(root, 'src/components')) : [];
  return [
    ...list('src/i18n', (f) => f.endsWith('.ts')),
    ...components.flatMap((c) => list(`src/components/${c}`, (f) => f.endsWith('.messages.ts'))),
    'src/councils/messages.ts',
    'src/data/changes.ts',
    'src/cli/words.ts',
    'src/components/readiness-checklist/readiness-checklist.builtin.ts',
    // The builder page's own words (builder/, outside src/: at 0.1.0 it did not exist, so all are new).
    'builder/builder.messages.ts'
  ].filter((f) => existsSync(path.join(root, f)));
}

/** Flattens nested words to `a.b.c` paths (plural forms become `key.one`, `key.other`, …). */
function flatten(value, prefix, out) {
  if (typeof value === 'string') out.set(prefix, value);
  else if (Array.isArray(value)) value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

/** Every string pair of one module: exports keyed by locale (`{ en, cy }`), and the built-in checklist. */
async function pairsOf(root, file) {
  const result = await build({ entryPoints: [path.join(root, file)], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'silent' });
  const code = result.outputFiles[0].text;
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const pairs = [];
  const add = (name, en, cy) => {
    const english = flatten(en, '', new Map());
    const welsh = flatten(cy, '', new Map());
    for (const key of new Set([...english.keys(), ...welsh.keys()])) pairs.push({ file, key: `${name}${key ? `.${key}` : ''}`, en: english.get(key) ?? '', cy: welsh.get(key) ?? '' });
  };
  for (const [name, value] of Object.entries(mod)) {
    if (name === 'catalogues') continue; // the same objects as the module's `en` and `cy`
    if (value && typeof value === 'object' && 'en' in value && 'cy' in value) add(name, value.en, value.cy);
  }
  if (mod.en && mod.cy && typeof mod.en === 'object') add('messages', mod.en, mod.cy);
  if (typeof mod.builtinChecklist === 'function') add('builtinChecklist', mod.builtinChecklist('en'), mod.builtinChecklist('cy'));
  return pairs;
}

async function pairsIn(root) {
  const all = [];
  for (const file of catalogueFiles(root)) all.push(...(await pairsOf(root, file)));
  return all;
}

const quote = (cell) => {
  let text = String(cell);
  // A spreadsheet runs a cell starting with one of these as a formula: keep it text.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The review file's text. */
export async function welshReview(root = ROOT) {
  const now = await pairsIn(root);
  const base = mkdtempSync(path.join(tmpdir(), 'welsh-review-'));
  let before;
  try {
    const tar = execFileSync('git', ['archive', BASE, 'src'], { cwd: root, maxBuffer: 1 << 28 });
    execFileSync('tar', ['-x', '-C', base], { input: tar });
    before = await pairsIn(base);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
  const old = new Map(before.map((p) => [`${p.key}`, p]));
  const reviewed = existsSync(path.join(root, REVIEWED)) ? JSON.parse(readFileSync(path.join(root, REVIEWED), 'utf8')) : [];
  const seen = new Set();
  const rows = [];
  for (const pair of now) {
    const was = old.get(pair.key);
    if (was && was.en === pair.en && was.cy === pair.cy) continue;
    // The same words merged into another catalogue (the map's checks carry the data checks' words).
    const same = `${pair.en}\u0000${pair.cy}`;
    if (seen.has(same)) continue;
    seen.add(same);
    const welshChanged = !was || was.cy !== pair.cy;
    const form = /\.(zero|one|two|few|many|other)$/.exec(pair.key)?.[1];
    const note = !pair.en && form
      ? `a Welsh plural form English does not have (used for ${form === 'zero' ? '0' : form === 'two' ? '2' : form === 'few' ? '3' : '6'})`
      : !pair.cy && form
        ? 'no Welsh of its own: Welsh uses its "other" form here'
        : '';
    const status = !pair.cy && form
      ? 'no Welsh needed'
      : !pair.cy
      ? 'missing Welsh'
      : !welshChanged
        ? 'check: English changed'
        : reviewed.some((r) => r.key === pair.key && r.cy === pair.cy)
          ? 'reviewed'
          : 'machine-drafted';
    rows.push([pair.file, pair.key, was ? 'changed' : 'added', status, note, pair.en, pair.cy, was?.en ?? '', was?.cy ?? '', '', '']);
  }
  const header = ['file', 'key', 'since 0.1.0', 'status', 'note', 'English', 'Welsh', 'English in 0.1.0', 'Welsh in 0.1.0', 'Welsh as reviewed', 'reviewer notes'];
  // A byte order mark, so that Excel reads the file as UTF-8 (ŵ, ŷ, â and the typographic apostrophe).
  return '\ufeff' + [header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = await welshReview();
  const target = path.join(ROOT, OUTPUT);
  const rows = text.split('\r\n').length - 2;
  if (process.argv.includes('--check')) {
    const committed = existsSync(target) ? readFileSync(target, 'utf8') : '';
    if (committed !== text) {
      console.error(`${OUTPUT} is out of date with the catalogues: run npm run welsh-review and commit it.`);
      process.exit(1);
    }
    console.log(`${OUTPUT}: up to date (${rows} strings to review)`);
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${OUTPUT}: ${rows} strings added or changed since 0.1.0`);
  }
}
