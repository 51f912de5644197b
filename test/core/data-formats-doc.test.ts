import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { datasetSchema, readDataset } from '../../src/data/dataset.js';
import { checkCouncils } from '../../src/councils/checks.js';
import { Register } from '../../src/councils/register.js';
import type { Problem } from '../../src/data/problem.js';
import { readKeyFigures, readKeyFiguresCsv } from '../../src/components/key-figures/key-figures.data.js';
import { readSavings, readSavingsCsv } from '../../src/components/savings-chart/savings-chart.data.js';
import { readRoster, readRosterCsv } from '../../src/components/partner-roster/partner-roster.data.js';
import { readGeography } from '../../src/components/partnership-map/partnership-map.geography.js';
import { readChecklist } from '../../src/components/readiness-checklist/readiness-checklist.data.js';

/** The code blocks of stories/data-formats.mdx marked `{/* check: kind *\/}`, by kind. */
async function examples(): Promise<Map<string, string>> {
  const response = await fetch('/stories/data-formats.mdx');
  expect(response.ok, 'stories/data-formats.mdx is served').to.equal(true);
  const mdx = await response.text();
  const found = new Map<string, string>();
  for (const m of mdx.matchAll(/\{\/\* check: ([\w-]+) \*\/\}\s*```\w+\n([\s\S]*?)\n```/g)) found.set(m[1]!, m[2]!);
  return found;
}

const paths = (problems: readonly Problem[]) => problems.map((p) => `${p.path}: ${p.expected}`);

describe('the Data formats page (stories/data-formats.mdx)', () => {
  let blocks: Map<string, string>;
  before(async () => {
    blocks = await examples();
  });
  const json = (kind: string): unknown => JSON.parse(blocks.get(kind)!);

  it('has every example the tests below read', () => {
    expect([...blocks.keys()]).to.have.members([
      'dataset', 'key-figures-json', 'key-figures-csv', 'savings-json', 'savings-csv',
      'roster-json', 'roster-csv', 'checklist', 'geojson', 'topojson', 'hexjson', 'codes-only'
    ]);
  });

  it('shows a dataset of council codes alone that the register completes without a warning', async () => {
    const register = new Register(await (await fetch('/src/councils/geo/councils.json')).json());
    const checked = checkCouncils(json('codes-only'), register);
    expect(checked.problems).to.deep.equal([]);
    const read = readDataset(checked.input);
    expect(read.problems).to.deep.equal([]);
    expect(read.value!.councils.map((c) => c.shortName).sort()).to.deep.equal(['Coventry', 'Herefordshire', 'Solihull', 'Warwickshire', 'Worcestershire']);
    expect(v.safeParse(datasetSchema, json('codes-only')).success).to.equal(true);
  });

  it('shows a dataset that the JSON Schema definitions accept whole, and every widget reads without a problem', () => {
    const dataset = json('dataset');
    const strict = v.safeParse(datasetSchema, dataset);
    expect(strict.success, JSON.stringify(strict.issues?.map((i) => i.message))).to.equal(true);
    const read = readDataset(dataset);
    expect(paths(read.problems)).to.deep.equal([]);
    expect(read.value!.partnerships).to.have.length(2);
    expect(paths(readKeyFigures(dataset).problems)).to.deep.equal([]);
    expect(paths(readSavings(dataset).problems)).to.deep.equal([]);
    const roster = readRoster(dataset);
    expect(paths(roster.problems)).to.deep.equal([]);
    expect(roster.value!.rows.flatMap((r) => r.flags)).to.deep.equal([]);
  });

  it('shows key figures, as JSON and as CSV, that read without a problem', () => {
    const fromJson = readKeyFigures(json('key-figures-json'));
    expect(paths(fromJson.problems)).to.deep.equal([]);
    expect(fromJson.value!.figures).to.have.length(4);
    const fromCsv = readKeyFiguresCsv(blocks.get('key-figures-csv')!);
    expect(paths(fromCsv.problems)).to.deep.equal([]);
    expect(fromCsv.value!.figures).to.have.length(3);
  });

  it('shows savings, as series with annotations and as CSV, that read without a problem', () => {
    const fromJson = readSavings(json('savings-json'));
    expect(paths(fromJson.problems)).to.deep.equal([]);
    expect(fromJson.value!.series.map((s) => s.points.length)).to.deep.equal([4, 2]);
    expect(fromJson.value!.annotations).to.have.length(1);
    const fromCsv = readSavingsCsv(blocks.get('savings-csv')!);
    expect(paths(fromCsv.problems)).to.deep.equal([]);
    expect(fromCsv.value!.series.map((s) => s.points.length)).to.deep.equal([4, 2]);
  });

  it('shows partners, as JSON and as CSV, that read without a problem or a flag', () => {
    for (const read of [readRoster(json('roster-json')), readRosterCsv(blocks.get('roster-csv')!)]) {
      expect(paths(read.problems)).to.deep.equal([]);
      expect(read.value!.rows).to.have.length(3);
      expect(read.value!.rows.flatMap((r) => r.flags)).to.deep.equal([]);
    }
  });

  it('shows a checklist that reads without a problem', () => {
    const read = readChecklist(json('checklist'));
    expect(paths(read.problems)).to.deep.equal([]);
    expect(read.value).to.deep.include({ builtin: false });
    const checklist = (read.value as { checklist: { sections: { items: unknown[] }[] } }).checklist;
    expect(checklist.sections.map((section) => section.items.length)).to.deep.equal([2, 2]);
  });

  it('shows GeoJSON, TopoJSON and HexJSON that the map reads, with the codes in the right place', () => {
    const codes = (kind: string) => {
      const read = readGeography(json(kind));
      expect(paths(read.problems), kind).to.deep.equal([]);
      const geography = read.value!;
      return geography.kind === 'hex' ? geography.hexes.map((h) => h.code) : geography.areas.map((a) => a.code);
    };
    expect(codes('geojson')).to.have.members(['E08000026', 'E08000029']);
    expect(codes('topojson')).to.have.members(['E08000026', 'E08000029']);
    expect(codes('hexjson')).to.have.members(['E08000025', 'E08000029', 'E08000026', 'E10000031']);
  });
});
