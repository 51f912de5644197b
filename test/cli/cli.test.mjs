// npm run test:cli — the command line, end to end: template → filled in → build → check, a broken
// workbook for every check the build makes, and `check` on each kind of file, located.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { ACE, join, json, readBook, run, tempDir, workbook, writeFile } from './helpers.mjs';

const HEADINGS = {
  partnerships: ['Partnership', 'Partnership ID', 'Category', 'Service area', 'Status', 'Started', 'Description', 'Source', 'Illustrative'],
  partners: ['Partnership', 'Council code', 'Council', 'Role', 'Share %', 'Joined', 'Services', 'Illustrative'],
  savings: ['Partnership', 'Financial year', 'Amount (£)', 'Kind', 'Status', 'Source', 'Note', 'Illustrative']
};

/** A good workbook (ACE), with `change` applied to a copy of its sheets. */
async function book(dir, change = () => {}) {
  const sheets = {
    partnerships: [[...HEADINGS.partnerships], ...ACE.partnerships.map((r) => [...r])],
    partners: [[...HEADINGS.partners], ...ACE.partners.map((r) => [...r])],
    savings: [[...HEADINGS.savings], ...ACE.savings.map((r) => [...r])]
  };
  change(sheets);
  return workbook(join(dir, 'book.xlsx'), sheets);
}

async function build(dir, file) {
  const result = await run(['build', '--from', file, '-o', join(dir, 'out.json')], dir);
  return { ...result, lines: result.stdout.trim().split('\n').filter(Boolean) };
}

test('template → filled with Adoption Central England → build → check: a dataset every widget reads', async () => {
  const dir = await tempDir();
  const made = await run(['template', '-o', 'blank.xlsx'], dir);
  assert.equal(made.code, 0, made.stderr);
  const blank = await readBook(join(dir, 'blank.xlsx'));
  assert.deepEqual(Object.keys(blank), ['partnerships', 'partners', 'savings', 'councils', 'contacts', 'notes']);
  for (const name of ['partnerships', 'partners', 'savings', 'councils', 'contacts']) {
    assert.equal(blank[name].length, 2, `${name}: headings and one example row`);
    assert.ok(blank[name][1].some((c) => c !== null), `${name} example row`);
  }
  assert.deepEqual(blank.partners[0], HEADINGS.partners);
  assert.deepEqual(blank.savings[0], HEADINGS.savings);
  // The notes sheet explains every column of every sheet.
  const noted = blank.notes.map((row) => `${row[0]}/${row[1]}`);
  for (const [sheet, headings] of Object.entries(HEADINGS)) for (const h of headings) assert.ok(noted.includes(`${sheet}/${h}`), `note for ${sheet}/${h}`);
  // The template as it stands builds (its example rows are consistent).
  const asIs = await build(dir, join(dir, 'blank.xlsx'));
  assert.equal(asIs.code, 0, asIs.stdout + asIs.stderr);

  // Filled in: the example rows replaced by ACE's, councils and contacts left with headings only.
  const filled = {
    partnerships: [blank.partnerships[0], ...ACE.partnerships],
    partners: [blank.partners[0], ...ACE.partners],
    savings: [blank.savings[0], ...ACE.savings],
    councils: [blank.councils[0]],
    contacts: [blank.contacts[0]],
    notes: blank.notes
  };
  await workbook(join(dir, 'ace.xlsx'), filled);
  const built = await run(['build', '--from', 'ace.xlsx', '-o', 'ace.json', '--title', 'Adoption Central England'], dir);
  assert.equal(built.code, 0, built.stdout + built.stderr);
  assert.match(built.stderr, /1 partnerships, 5 partners, 3 savings figures/);
  const dataset = await json(join(dir, 'ace.json'));
  assert.equal(dataset.title, 'Adoption Central England');
  const [ace] = dataset.partnerships;
  assert.equal(ace.id, 'adoption-central-england');
  assert.equal(ace.started, '2018-02');
  assert.deepEqual(
    ace.partners.map((p) => [p.council, p.share, p.joined]),
    [
      ['E08000026', 0.2, '2018-02'],
      ['E08000029', 0.2, '2018-02'],
      ['E10000031', 0.2, '2018-02'],
      ['E10000034', 0.2, '2018-02'],
      ['E06000019', 0.2, '2018-02']
    ]
  );
  assert.deepEqual(
    ace.savings.map((s) => [s.period, s.amount, s.kind, s.status]),
    [
      ['2018/19', 1200000, 'in-year', 'actual'],
      ['2019/20', 1350000, 'in-year', 'estimated'],
      ['2020/21', -12000, 'in-year', 'projected']
    ]
  );
  assert.deepEqual(dataset.councils.map((c) => c.code), ['E08000026', 'E08000029', 'E10000031', 'E10000034', 'E06000019']);
  const checked = await run(['check', 'ace.json'], dir);
  assert.equal(checked.code, 0, checked.stdout + checked.stderr);
  assert.equal(checked.stdout, '');
  assert.match(checked.stderr, /ace\.json: no problems/);
});

// One broken workbook for every check `build` makes: the problem, where it is, exit status 1.
const broken = [
  ['a sheet missing', (s) => delete s.savings, /book\.xlsx:partnerships: the workbook needs a sheet named "savings"/],
  ['a required column missing', (s) => s.partners.forEach((r) => r.splice(1, 1)), /book\.xlsx:partners!1: the heading row needs a column "Council code"/],
  ['a column not read', (s) => (s.partners[0][7] = 'Comments'), /book\.xlsx:partners!H1: Comments: column "Comments" is not read/],
  ['a cell beyond the headings', (s) => s.savings[2].push('', 'stray'), /book\.xlsx:savings!J3: column "" is not read/],
  ['a blank required cell', (s) => (s.savings[1][2] = ''), /book\.xlsx:savings!C2: Amount \(£\): expected a value/],
  ['an amount that is not one', (s) => (s.savings[1][2] = 'about a million'), /savings!C2: Amount \(£\): expected an amount in pounds .*, got "about a million"/],
  ['a share over 100%', (s) => (s.partners[3][4] = '140%'), /partners!E4: Share %: expected a share .*, got "140%"/],
  ['a date that is not one', (s) => (s.partners[5][5] = 'soon'), /partners!F6: Joined: expected a date.*, got "soon"/],
  ['a financial year that is not one', (s) => (s.savings[2][1] = '2019/21'), /savings!B3: Financial year: expected a financial year .*, got "2019\/21"/],
  ['a GSS code that is not one', (s) => (s.partners[1][1] = 'Coventry'), /partners!B2: Council code: expected a GSS code such as E08000026, got "Coventry"/],
  ['a word not in the list', (s) => (s.savings[1][3] = 'annual'), /savings!D2: Kind: expected one of in-year, cumulative, got "annual"/],
  ['a yes or no that is neither', (s) => (s.savings[1][7] = 'maybe'), /savings!H2: Illustrative: expected yes or no, got "maybe"/],
  ['a partnership not on its sheet', (s) => (s.savings[3][0] = 'Adoption Central'), /savings!A4: Partnership: no partnership "Adoption Central" on the partnerships sheet/],
  ['a partnership twice', (s) => s.partnerships.push([...s.partnerships[1]]), /partnerships!A3: Partnership: partnership "Adoption Central England" is already on row 2/],
  ['a partner twice', (s) => s.partners.push([...s.partners[2]]), /partners!B7: Council code: council E08000029 is already a partner of "Adoption Central England" on row 3/],
  ['a partnership without partners', (s) => s.partnerships.push(['Shared legal service']), /partnerships!A3: Partnership: partnership "Shared legal service" has no partners/],
  ['a sheet not read', (s) => (s.budget = [['Line', 'Amount'], ['x', 1]]), /book\.xlsx:budget: sheet "budget" is not read/],
  ['a period twice (the chart’s check)', (s) => (s.savings[2][1] = '2018/19'), /savings!B3: Financial year: expected each period once per series and kind \(it is already at partnerships\[0\]\.savings\[0\]\), got "2018\/19"/],
  [
    'a cumulative total that falls (the chart’s check)',
    (s) => s.savings.splice(1, 3, ['Adoption Central England', '2018/19', 500, 'cumulative'], ['Adoption Central England', '2019/20', 400, 'cumulative']),
    /savings!C3: Amount \(£\): expected a cumulative total of at least 500/
  ],
  [
    'a contact for a council that is not a partner',
    (s) => (s.contacts = [['Partnership', 'Council code', 'Email'], ['Adoption Central England', 'E09000001', 'a@b.gov.uk']]),
    /contacts!B2: Council code: council E09000001 is not a partner of "Adoption Central England"/
  ],
  [
    'a contact email that is not one (the roster’s check)',
    (s) => (s.contacts = [['Partnership', 'Council code', 'Email'], ['Adoption Central England', 'E08000026', 'adoption at coventry']]),
    /contacts!C2: Email: expected an email address such as name@council\.gov\.uk, got "adoption at coventry"/
  ],
  [
    'a council twice on the councils sheet',
    (s) => (s.councils = [['Council code', 'Council'], ['E08000026', 'Coventry'], ['E08000026', 'Coventry City Council']]),
    /councils!A3: Council code: council E08000026 is already on row 2/
  ],
  [
    'a latitude out of range (the dataset’s check)',
    (s) => (s.councils = [['Council code', 'Council', 'Latitude'], ['E08000026', 'Coventry', 152.4]]),
    /councils!C2: Latitude: expected a latitude from -90 to 90, got 152\.4/
  ]
];

for (const [name, change, expected] of broken) {
  test(`build: ${name}`, async () => {
    const dir = await tempDir();
    const file = await book(dir, change);
    const result = await build(dir, file);
    assert.equal(result.code, 1, `${result.stdout}\n${result.stderr}`);
    assert.ok(result.lines.some((line) => expected.test(line)), `expected ${expected} in:\n${result.stdout}`);
    // Every problem is on its own line, located in the workbook.
    for (const line of result.lines) assert.match(line, /^.*book\.xlsx:[a-z]+(!?[A-Z]*\d+)?: /);
  });
}

test('build: the usable rows are still written, and the bad row is the one left out', async () => {
  const dir = await tempDir();
  const file = await book(dir, (s) => (s.savings[2][2] = 'n/a'));
  const result = await build(dir, file);
  assert.equal(result.code, 1);
  const dataset = await json(join(dir, 'out.json'));
  assert.deepEqual(dataset.partnerships[0].savings.map((s) => s.period), ['2018/19', '2020/21']);
});

test('build: a file that is not a workbook, or not there, is exit status 2', async () => {
  const dir = await tempDir();
  await writeFile(join(dir, 'fake.xlsx'), 'partnership,amount\n');
  const fake = await build(dir, join(dir, 'fake.xlsx'));
  assert.equal(fake.code, 2);
  assert.match(fake.stderr, /fake\.xlsx could not be read: not an Excel workbook/);
  const missing = await build(dir, join(dir, 'missing.xlsx'));
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /missing\.xlsx could not be read: ENOENT/);
  assert.doesNotMatch(missing.stderr, /no problems/);
});

test('build --from a folder of CSV files: problems at file:line:column', async () => {
  const dir = await tempDir();
  const csv = (rows) => rows.map((r) => r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : c)).join(',')).join('\n') + '\n';
  await writeFile(join(dir, 'partnerships.csv'), csv([HEADINGS.partnerships, ...ACE.partnerships]));
  await writeFile(join(dir, 'partners.csv'), csv([HEADINGS.partners, ...ACE.partners]));
  const savings = [HEADINGS.savings, ...ACE.savings];
  savings[1] = [...savings[1]];
  savings[1][6] = 'two\nlines';
  savings[2] = [...savings[2]];
  savings[2][2] = '£1.3x';
  await writeFile(join(dir, 'savings.csv'), csv(savings));
  const result = await build(dir, dir);
  assert.equal(result.code, 1, result.stdout + result.stderr);
  // Row 3 starts on line 4 (row 2's note holds a line break); "Amount (£)" is its third field.
  const line = savings[2].slice(0, 2).join(',').length + 2;
  assert.deepEqual(result.lines, [`${join(dir, 'savings.csv')}:4:${line}: Amount (£): expected an amount in pounds such as 1200000, £1.2m or (12,000), got "£1.3x"`]);
});

test('build --lang cy: problems in Welsh', async () => {
  const dir = await tempDir();
  const file = await book(dir, (s) => (s.partners[1][4] = 'lots'));
  const result = await run(['build', '--from', file, '-o', join(dir, 'out.json'), '--lang', 'cy'], dir);
  assert.equal(result.code, 1);
  assert.match(result.stdout, /partners!E2: Share %: disgwylid cyfran fel 25, 25% neu 0\.25 \(o 0 i 100%\), cafwyd "lots"/);
});

// check: each kind of file the widgets read, with problems at file:line:column: path: message.
test('check: a dataset with a bad share, at its line and column', async () => {
  const dir = await tempDir();
  const text = '{\n  "councils": [ { "code": "E08000026", "name": "Coventry" } ],\n  "partnerships": [\n    { "id": "ace", "name": "ACE",\n      "partners": [ { "council": "E08000026", "share": 1.4 } ] }\n  ]\n}\n';
  await writeFile(join(dir, 'data.json'), text);
  const result = await run(['check', 'data.json'], dir);
  assert.equal(result.code, 1);
  const column = text.split('\n')[4].indexOf('1.4') + 1;
  assert.equal(result.stdout, `data.json:5:${column}: partnerships[0].partners[0].share: expected a number from 0 to 1, got 1.4\n`);
  assert.match(result.stderr, /data\.json: 1 problem/);
});

test('check: a missing field points at the object that lacks it', async () => {
  const dir = await tempDir();
  await writeFile(join(dir, 'data.json'), '{ "partnerships": [\n  { "id": "ace" }\n] }');
  const result = await run(['check', 'data.json'], dir);
  assert.equal(result.code, 1);
  assert.equal(result.stdout, 'data.json:2:3: partnerships[0].name: expected a value, got nothing\n');
});

test('check: JSON that does not parse, at the place it breaks', async () => {
  const dir = await tempDir();
  await writeFile(join(dir, 'bad.json'), '{\n  "partnerships": [\n    { "id": "ace", }\n  ]\n}');
  const result = await run(['check', 'bad.json'], dir);
  assert.equal(result.code, 1);
  assert.match(result.stdout, /^bad\.json:3:20: bad\.json, line 3, column 20: not valid JSON/);
});

test('check: savings CSV, roster CSV and key figures CSV, each at line and column', async () => {
  const dir = await tempDir();
  await writeFile(join(dir, 'savings.csv'), 'period,amount\n2018/19,100\n2019/20,abc\n');
  await writeFile(join(dir, 'partners.csv'), 'council,name,role,share\nE08000026,Coventry,host,25%\nE08000029,Solihull,boss,25%\n');
  await writeFile(join(dir, 'figures.csv'), 'value,label\n626,Arrangements\n,Empty\n');
  const result = await run(['check', 'savings.csv', 'partners.csv', 'figures.csv'], dir);
  assert.equal(result.code, 1);
  const lines = result.stdout.trim().split('\n');
  assert.ok(lines.includes('savings.csv:3:9: amount: expected a number, got "abc"'), result.stdout);
  assert.ok(lines.includes('partners.csv:3:20: role: expected one of lead, host, partner, got "boss"'), result.stdout);
  assert.ok(lines.some((l) => l.startsWith('figures.csv:3:1: value: expected')), result.stdout);
});

test('check: a checklist with an id used twice, and answers with a bad status', async () => {
  const dir = await tempDir();
  await writeFile(
    join(dir, 'checklist.json'),
    JSON.stringify({ id: 'c', title: 'C', sections: [{ id: 's', title: 'S', items: [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }] }] }, null, 2)
  );
  await writeFile(
    join(dir, 'answers.json'),
    JSON.stringify({ version: 1, checklist: 'shared-service-readiness', items: { goals: { status: 'finished' }, 'no-such-item': { status: 'done' } } }, null, 2)
  );
  const result = await run(['check', 'checklist.json', 'answers.json'], dir);
  assert.equal(result.code, 1);
  assert.match(result.stdout, /^checklist\.json:14:17: sections\[0\]\.items\[1\]\.id: expected an id not used before \(it is already at sections\[0\]\.items\[0\]\.id\), got "a"$/m);
  assert.match(result.stdout, /^answers\.json:6:17: items\.goals\.status: expected one of not-started, in-progress, done, not-applicable, cannot-start, got "finished"$/m);
  assert.match(result.stdout, /^answers\.json:8:21: items\["no-such-item"\]: .*got "no-such-item"$/m);
});

test('check --format json, --lang cy, and exit status 2 for a file that cannot be read', async () => {
  const dir = await tempDir();
  const text = '{ "partnerships": [ { "id": "a", "name": "A", "savings": [ { "period": "2018/19", "amount": "lots" } ] } ] }';
  await writeFile(join(dir, 'data.json'), text);
  const asJson = await run(['check', 'data.json', '--format', 'json'], dir);
  assert.equal(asJson.code, 1);
  const report = JSON.parse(asJson.stdout);
  assert.equal(report.problems, 1);
  assert.deepEqual(report.files[0], {
    file: 'data.json',
    kind: 'dataset',
    problems: [{ file: 'data.json', line: 1, column: text.indexOf('"lots"') + 1, path: 'partnerships[0].savings[0].amount', message: 'expected a number, got "lots"' }]
  });
  const welsh = await run(['check', 'data.json', '--lang', 'cy'], dir);
  assert.match(welsh.stdout, /amount: disgwylid rhif, cafwyd "lots"/);
  assert.match(welsh.stderr, /1 broblem/);
  const missing = await run(['check', 'data.json', 'nowhere.json'], dir);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nowhere\.json could not be read: ENOENT/);
});

test('check: a file no widget reads, and a good one', async () => {
  const dir = await tempDir();
  await writeFile(join(dir, 'other.json'), '{ "hello": 1 }');
  const other = await run(['check', 'other.json'], dir);
  assert.equal(other.code, 1);
  assert.match(other.stdout, /^other\.json:1:1: not a file the widgets read/);
  const demo = await run(['check', join(process.cwd(), 'demo/data/west-midlands.json'), join(process.cwd(), 'demo/data/lga-national-savings.csv')], dir);
  assert.equal(demo.code, 0, demo.stdout);
});

test('the package’s bin is the built CLI', async () => {
  const pkg = JSON.parse(await readFile('package.json', 'utf8'));
  assert.equal(pkg.bin['shared-services-widgets'], './dist/cli/index.js');
  const help = await run(['--help'], process.cwd());
  assert.match(help.stdout, /check \[options\] <files\.\.\.>/);
  assert.match(help.stdout, /build \[options\]/);
  assert.match(help.stdout, /template \[options\]/);
});

test('check: council codes against the register: retired and unknown codes are warnings (status 1 only with --strict)', async () => {
  const dir = await tempDir();
  const dataset = (codes) =>
    JSON.stringify({ partnerships: [{ id: 'p', name: 'P', started: '2018-04', partners: codes.map((council) => ({ council })) }] }, null, 2);
  await writeFile(join(dir, 'retired.json'), dataset(['E10000006', 'E08000026']));
  const retired = await run(['check', 'retired.json'], dir);
  assert.equal(retired.code, 0, retired.stdout);
  assert.equal(
    retired.stdout,
    'retired.json:9:22: partnerships[0].partners[0].council: warning: E10000006 (Cumbria) was abolished in 2023; its area passed to Cumberland (E06000063), Westmorland and Furness (E06000064)\n'
  );
  assert.match(retired.stderr, /retired\.json: 1 warning/);
  const strict = await run(['check', 'retired.json', '--strict'], dir);
  assert.equal(strict.code, 1);

  await writeFile(join(dir, 'unknown.json'), dataset(['E08000062']));
  const unknown = await run(['check', 'unknown.json'], dir);
  assert.match(unknown.stdout, /^unknown\.json:9:22: partnerships\[0\]\.partners\[0\]\.council: warning: E08000062 is not a UK council code; did you mean E08000026 \(Coventry\)\?$/m);
  // Status 1 exactly when a widget's own check (not only the register) reports something too.
  const errors = unknown.stdout.split('\n').filter((line) => line && !/: warning: /.test(line));
  assert.equal(unknown.code, errors.length ? 1 : 0, unknown.stdout);
});

test('build: a council code the register does not know, located on the partners sheet', async () => {
  const dir = await tempDir();
  // A code with no name beside it: the register is asked, and has no such council.
  const file = await book(dir, (s) => {
    s.partners[1][1] = 'E08000062';
    s.partners[1][2] = '';
  });
  const result = await build(dir, file);
  assert.equal(result.code, 1, result.stdout);
  assert.deepEqual(result.lines, [
    `${file}:partners!B2: Council code: warning: E08000062 is not a UK council code; did you mean E08000026 (Coventry)?`,
    `${file}:partners!B2: Council code: expected a council listed in "councils", got "E08000062"`
  ]);
});
