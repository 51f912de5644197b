// The Welsh review list (docs/welsh-review/welsh-review.csv) is what the catalogues make now: a word
// added or changed without `npm run welsh-review` fails here, so the list a Welsh speaker is given is
// never behind the code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { BASE, OUTPUT, welshReview } from '../../scripts/welsh-review.mjs';

const root = new URL('../../', import.meta.url);
let baseKnown = true;
try {
  execFileSync('git', ['cat-file', '-e', `${BASE}^{commit}`], { cwd: root, stdio: 'ignore' });
} catch {
  baseKnown = false;
}

test(`${OUTPUT} is up to date with the catalogues`, { skip: !baseKnown && `release 0.1.0's commit ${BASE} is not in this clone (a shallow clone?)` }, async () => {
  const made = await welshReview();
  const committed = readFileSync(new URL(OUTPUT, root), 'utf8');
  assert.ok(committed === made, `${OUTPUT} is out of date: run npm run welsh-review and commit it`);
  // Every row is marked: nothing added this release is shown as reviewed unless reviewed.json says so.
  const rows = made.split('\r\n').slice(1, -1);
  assert.ok(rows.length > 0, 'no strings listed: the catalogues were not read');
  for (const row of rows) assert.match(row, /^[^,]+,[^,]+,(added|changed),(machine-drafted|reviewed|check: English changed|missing Welsh|no Welsh needed),/);
});
