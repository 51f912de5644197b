/**
 * The roster's layout as data in, data out (no element): sorting (numbers in names in order, accents
 * and case ignored, missing values last), filtering, grouping, paging and the share notes, in English
 * and Welsh; and (fast-check) grouping neither loses nor invents a row.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readRoster, type RosterModel } from '../../src/components/partner-roster/partner-roster.data.js';
import { layoutRoster, SORT_KEYS, type RosterOptions, type RosterView } from '../../src/components/partner-roster/partner-roster.layout.js';
import { rosterMessages } from '../../src/components/partner-roster/partner-roster.messages.js';
import { manyPartners, westMidlands } from '../fixtures/datasets.js';

/** A fresh model each time: the layout caches its work per model. */
const roster = (input: unknown): RosterModel => readRoster(structuredClone(input)).value!;
const layout = (model: RosterModel, o: Partial<RosterOptions> = {}) =>
  layoutRoster(model, { sort: 'council', descending: false, filter: '', group: 'none', m: rosterMessages.en, intlLocale: 'en-GB', ...o });
const names = (view: RosterView) => view.groups.flatMap((g) => g.rows.map((r) => r.row.name));
const partners = (...list: object[]) => roster({ partners: list.map((p, i) => ({ council: `E07${String(i).padStart(6, '0')}`, ...p })) });

describe('partner roster layout: sorting', () => {
  it('orders names as a reader would: numbers by value, accents and case ignored, ties as given', () => {
    const model = partners({ name: 'Council 10' }, { name: 'council 9' }, { name: 'Élan Valley' }, { name: 'elan valley' }, { name: 'Abbey' });
    expect(names(layout(model))).to.deep.equal(['Abbey', 'council 9', 'Council 10', 'Élan Valley', 'elan valley']);
    expect(names(layout(model, { descending: true }))).to.deep.equal(['Élan Valley', 'elan valley', 'Council 10', 'council 9', 'Abbey']);
  });

  it('sorts shares, roles (lead, host, partner) and join dates by value, rows without one last', () => {
    const model = partners(
      { name: 'A', share: 0.5, role: 'partner', joined: '2019-04' },
      { name: 'B' },
      { name: 'C', share: 0.1, role: 'lead', joined: '2018-02' },
      { name: 'D', share: 0.4, role: 'host', joined: '2020-01' }
    );
    expect(names(layout(model, { sort: 'share' }))).to.deep.equal(['C', 'D', 'A', 'B']);
    expect(names(layout(model, { sort: 'role' }))).to.deep.equal(['C', 'D', 'A', 'B']);
    expect(names(layout(model, { sort: 'joined' }))).to.deep.equal(['C', 'A', 'D', 'B']);
    expect(names(layout(model, { sort: 'share', descending: true }))).to.deep.equal(['A', 'D', 'C', 'B']);
  });

  it('gives the same first page whether or not the whole roster was sorted before', () => {
    const first = layout(roster(manyPartners(300)), { sort: 'share', descending: true, limit: 20 });
    const model = roster(manyPartners(300));
    layout(model, { sort: 'share', descending: true });
    const again = layout(model, { sort: 'share', descending: true, limit: 20 });
    expect(names(first)).to.deep.equal(names(again));
    expect([first.shown, first.hidden, first.total]).to.deep.equal([300, 280, 300]);
  });
});

describe('partner roster layout: filtering', () => {
  const model = roster(westMidlands);

  it('matches name, code, partnership, service and contact, whatever the case and spaces around', () => {
    expect(layout(model, { filter: '  WARW ' }).shown).to.equal(1);
    expect(layout(model, { filter: 'e06000019' }).shown).to.equal(1);
    expect(layout(model, { filter: 'waste disposal' }).shown).to.equal(2);
    expect(layout(model, { filter: 'fostering' }).shown).to.equal(1);
    expect(layout(model, { filter: 'enquiries' }).shown).to.equal(1);
    expect(layout(model, { filter: 'nothing like this' })).to.include({ shown: 0, hidden: 0, total: 5 });
  });

  it('finds role words in the roster’s language', () => {
    expect(layout(model, { filter: 'host' }).shown).to.equal(1);
    expect(layout(model, { filter: 'lletywr', m: rosterMessages.cy, intlLocale: 'cy' }).shown).to.equal(1);
    expect(layout(model, { filter: 'lletywr' }).shown).to.equal(0);
  });
});

describe('partner roster layout: groups, pages and notes', () => {
  const model = roster(westMidlands);

  it('groups by role in the order lead, host, partner, with rows of no role last', () => {
    const withNone = roster({ partners: [{ council: 'E08000026', role: 'partner' }, { council: 'E08000029' }, { council: 'E10000031', role: 'lead' }] });
    const view = layout(withNone, { group: 'role' });
    expect(view.groups.map((g) => [g.label, g.rows.map((r) => r.row.code)])).to.deep.equal([
      ['Lead', ['E10000031']],
      ['Partner', ['E08000026']],
      ['No role given', ['E08000029']]
    ]);
  });

  it('groups by service in alphabetical order, a partner of two services in both but counted once', () => {
    const view = layout(model, { group: 'service' });
    expect(view.groups.map((g) => [g.label, g.rows.length])).to.deep.equal([
      ['Adoption', 3],
      ['Fostering', 1],
      ['Waste', 2]
    ]);
    expect(view.shown).to.equal(5);
  });

  it('draws at most `limit` rows across groups and says how many partners are not drawn', () => {
    const view = layout(model, { group: 'service', limit: 4 });
    expect(view.groups.map((g) => g.rows.length)).to.deep.equal([3, 1]);
    // Herefordshire is drawn twice (Adoption and Fostering): both Waste partners are not drawn.
    expect([view.shown, view.hidden]).to.deep.equal([5, 2]);
  });

  it('formats shares, bars and join dates in the roster’s language', () => {
    const row = layout(model).groups[0]!.rows.find((r) => r.row.code === 'E06000019')!;
    expect([row.role, row.share, row.shareFill, row.joined]).to.deep.equal(['Partner', '25%', 0.25, 'April 2019']);
    const cy = layout(model, { m: rosterMessages.cy, intlLocale: 'cy' }).groups[0]!.rows.find((r) => r.row.code === 'E06000019')!;
    expect([cy.role, cy.joined]).to.deep.equal(['Partner', 'Ebrill 2019']);
  });

  it('names each partnership whose shares do not add up to 100%, or gives the one total that does', () => {
    expect(layout(model).shareNotes).to.deep.equal(['Shared waste disposal: shares add up to 90%, not 100%.']);
    expect(layout(model).manyPartnerships).to.equal(true);
    const adoption = roster({ ...westMidlands, partnerships: [westMidlands.partnerships[0]] });
    expect(layout(adoption).shareNotes).to.deep.equal(['Shares add up to 100%.']);
    expect(layout(adoption).manyPartnerships).to.equal(false);
    expect(layout(roster({ partners: [{ council: 'E08000026' }] })).shareNotes).to.deep.equal([]);
  });
});

describe('partner roster layout: invariants (fast-check)', () => {
  const partner = fc.record(
    {
      council: fc.integer({ min: 0, max: 99 }).map((i) => `E07${String(i).padStart(6, '0')}`),
      name: fc.constantFrom('Coventry', 'Council 9', 'Council 10', 'Élan'),
      role: fc.constantFrom('lead', 'host', 'partner'),
      share: fc.constantFrom(0, 0.25, 0.5),
      services: fc.array(fc.constantFrom('Waste', 'Legal', 'ICT'), { maxLength: 3 })
    },
    { requiredKeys: ['council'] }
  );

  it('grouping neither loses nor invents a row: each row once per role, or once per distinct service', () => {
    fc.assert(
      fc.property(fc.array(partner, { maxLength: 40 }), fc.constantFrom(...SORT_KEYS), fc.boolean(), fc.constantFrom('', 'co', 'waste', 'lead'), (list, sort, descending, filter) => {
        const model = roster({ partners: list });
        const flat = layout(model, { sort, descending, filter });
        const kept = flat.groups.flatMap((g) => g.rows.map((r) => r.row));
        const byRole = layout(model, { sort, descending, filter, group: 'role' });
        expect(byRole.groups.flatMap((g) => g.rows.map((r) => r.row))).to.have.members(kept);
        for (const g of byRole.groups) expect(g.rows.every((r) => (r.row.role ?? 'none') === g.key)).to.equal(true);
        const byService = layout(model, { sort, descending, filter, group: 'service' });
        const expected = kept.flatMap((r) => (r.services.length ? [...new Set(r.services)].map((s) => `${s}|${r.key}`) : [`none|${r.key}`]));
        expect(byService.groups.flatMap((g) => g.rows.map((r) => `${g.key}|${r.row.key}`))).to.have.members(expected);
        expect([byRole.shown, byService.shown]).to.deep.equal([flat.shown, flat.shown]);
      }),
      { seed: 17, numRuns: 150 }
    );
  });

  // Both ways: rows without a share come last whichever way the column is sorted (they came first when
  // sorted descending until this was pinned).
  it('sorting puts every row in order of its share, rows without one last', () => {
    fc.assert(
      fc.property(fc.array(partner, { maxLength: 40 }), fc.boolean(), (list, descending) => {
        const rows = layout(roster({ partners: list }), { sort: 'share', descending }).groups.flatMap((g) => g.rows.map((r) => r.row.share));
        const present = rows.filter((s) => s !== undefined) as number[];
        expect(rows.slice(0, present.length), 'shares first, missing last').to.deep.equal(present);
        for (let i = 1; i < present.length; i++) expect(descending ? present[i - 1]! >= present[i]! : present[i - 1]! <= present[i]!).to.equal(true);
      }),
      { seed: 17, numRuns: 150 }
    );
  });
});
