// What a refresh says changed, worked out from the files themselves; and the attribute and header parsing.
import { expect } from '@open-wc/testing';
import { describeChange, factsOf, factsOfJson } from '../../src/data/changes.js';
import { readSavingsCsv } from '../../src/components/savings-chart/savings-chart.data.js';
import { readRosterCsv } from '../../src/components/partner-roster/partner-roster.data.js';
import { refreshSeconds } from '../../src/controllers/refresh.js';
import { retryAfter } from '../../src/data/load.js';

const dataset = (partners: string[], savings: [string, number][], extra: object[] = []) => ({
  partnerships: [
    { id: 'ace', name: 'ACE', partners: partners.map((council) => ({ council })), savings: savings.map(([period, amount]) => ({ period, amount })) },
    ...extra
  ]
});

describe('describeChange', () => {
  it('names savings periods added, changed and removed, and counts partners and partnerships', () => {
    const before = factsOfJson(dataset(['E08000026', 'E08000029'], [['2017/18', 1], ['2018/19', 2]]));
    const after = factsOfJson(
      dataset(['E08000026', 'E08000029', 'E10000031', 'E10000034'], [['2018/19', 3], ['2019/20', 4]], [{ id: 'waste', name: 'Waste', partners: [] }])
    );
    expect(describeChange(before, after, 'en')).to.equal('1 partnership added. 2 partners added. Savings updated: 2019/20 added, 2018/19 changed, 2017/18 removed');
    expect(describeChange(after, before, 'en')).to.equal('1 partnership removed. 2 partners removed. Savings updated: 2017/18 added, 2018/19 changed, 2019/20 removed');
    expect(describeChange(before, after, 'cy')).to.equal(
      'Partneriaethau wedi’u hychwanegu: 1. Partneriaid wedi’u hychwanegu: 2. Arbedion wedi’u diweddaru: 2019/20 wedi’i ychwanegu, 2018/19 wedi newid, 2017/18 wedi’i dynnu'
    );
  });

  it('reads the widgets’ own forms: CSV savings, key figures, checklists', () => {
    const csv = (text: string, read: (t: string) => { value?: unknown }) => factsOf(text, 'csv', read(text).value)!;
    expect(describeChange(csv('period,amount\n2018/19,1\n', readSavingsCsv), csv('period,amount\n2018/19,1\n2019/20,2\n', readSavingsCsv), 'en')).to.equal(
      'Savings updated: 2019/20 added'
    );
    const roster = 'council,name,role\nE08000026,Coventry,host\n';
    expect(describeChange(csv(roster, readRosterCsv), csv(`${roster}E08000029,Solihull,partner\n`, readRosterCsv), 'en')).to.equal('1 partner added');
    const figures = (value: number) => factsOfJson({ figures: [{ label: 'Arrangements', value }] });
    expect(describeChange(figures(600), figures(626), 'en')).to.equal('Figures updated: Arrangements changed');
    const checklist = (ids: string[]) => factsOfJson({ sections: [{ id: 's', items: ids.map((id) => ({ id })) }] });
    expect(describeChange(checklist(['a']), checklist(['a', 'b', 'c']), 'en')).to.equal('2 checklist items added');
  });

  it('says "Data updated" when nothing it names changed', () => {
    const a = factsOfJson({ ...dataset(['E08000026'], []), title: 'Old' });
    const b = factsOfJson({ ...dataset(['E08000026'], []), title: 'New' });
    expect(describeChange(a, b, 'en')).to.equal('Data updated');
    expect(describeChange(a, b, 'cy')).to.equal('Data wedi’i ddiweddaru');
  });
});

describe('refresh and Retry-After parsing', () => {
  it('reads refresh as seconds, off when absent or not above zero, a second at least', () => {
    expect(refreshSeconds(5)).to.equal(5);
    expect(refreshSeconds('60')).to.equal(60);
    expect(refreshSeconds(0.2)).to.equal(1);
    expect(refreshSeconds(null)).to.equal(0);
    expect(refreshSeconds(0)).to.equal(0);
    expect(refreshSeconds(-5)).to.equal(0);
    expect(refreshSeconds(Number.NaN)).to.equal(0);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfter('120')).to.equal(120_000);
    const now = Date.parse('2026-01-01T10:00:00Z');
    expect(retryAfter('Thu, 01 Jan 2026 10:00:30 GMT', now)).to.equal(30_000);
    expect(retryAfter('Thu, 01 Jan 2026 09:00:00 GMT', now)).to.equal(0);
    expect(retryAfter(null)).to.equal(undefined);
    expect(retryAfter('soon')).to.equal(undefined);
  });
});
