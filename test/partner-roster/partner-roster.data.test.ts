/**
 * The roster's reader as data in, data out (no element): what each partner's row holds, what is
 * flagged on a row and what leaves a partner out, one partnership chosen, CSV read by line, and
 * (fast-check) the roster's own CSV read back as the rows it was written from.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { choosePartnership, readPartner, readRoster, readRosterCsv, type RosterRow } from '../../src/components/partner-roster/partner-roster.data.js';
import { rosterCsv } from '../../src/components/partner-roster/partner-roster.export.js';
import { problemMessage } from '../../src/data/problem.js';
import { westMidlands } from '../fixtures/datasets.js';
import { dataMessages } from '../helpers/messages.js';

const en = dataMessages('en');
const said = (problems: Parameters<typeof problemMessage>[0][]) => problems.map((p) => problemMessage(p, en));
/** A row's fields that a reader sees, without the key and flags. */
const shown = (r: RosterRow) => ({ code: r.code, name: r.name, role: r.role, share: r.share, joined: r.joined?.label, services: r.services, email: r.contact.email, phone: r.contact.phone });

describe('partner roster: reading partners', () => {
  const model = readRoster(structuredClone(westMidlands)).value!;

  it('gives one row per partner of every partnership, named from the dataset’s councils, in the dataset’s order', () => {
    expect(model.rows.map((r) => [r.partnership!.id, r.code, r.name])).to.deep.equal([
      ['adoption', 'E08000026', 'Coventry City Council'],
      ['adoption', 'E08000029', 'Solihull Metropolitan Borough Council'],
      ['adoption', 'E06000019', 'Herefordshire Council'],
      ['waste', 'E08000026', 'Coventry City Council'],
      ['waste', 'E10000031', 'Warwickshire County Council']
    ]);
    expect(model.partnerships).to.deep.equal([
      { id: 'adoption', name: 'Adoption Central England' },
      { id: 'waste', name: 'Shared waste disposal' }
    ]);
    expect(model.title).to.equal('Shared services');
  });

  it('keys each row by partnership and council, so one council in two partnerships is two rows', () => {
    const keys = model.rows.map((r) => r.key);
    expect(new Set(keys).size).to.equal(keys.length);
    expect(keys.filter((k) => k.endsWith('E08000026'))).to.have.length(2);
  });

  it('gives a partner its partnership’s service area unless it lists services of its own', () => {
    expect(model.rows.map((r) => r.services)).to.deep.equal([['Adoption'], ['Adoption'], ['Adoption', 'Fostering'], ['Waste'], ['Waste']]);
  });

  it('reads role, share, join date and contact, with mailto and tel links only for an address and number that are real', () => {
    const host = model.rows[0]!;
    expect([host.role, host.share, host.joined!.label]).to.deep.equal(['host', 0.4, '2018-02']);
    expect(host.contact).to.deep.equal({
      name: 'Enquiries',
      email: 'adoption@coventry.example.org',
      emailHref: 'mailto:adoption@coventry.example.org',
      phone: '024 7683 3333',
      phoneHref: 'tel:02476833333'
    });
    const { row } = readPartner({ council: 'E08000026', email: 'javascript:alert(1)', phone: 'ring reception' }, ['partners', 0], undefined);
    expect(row!.contact).to.deep.equal({ email: 'javascript:alert(1)', phone: 'ring reception' });
    expect(said(row!.flags)).to.deep.equal(['partners[0].email: expected an email address such as name@council.gov.uk, got "javascript:alert(1)"', 'partners[0].phone: expected a phone number such as 024 7683 3333, got "ring reception"']);
  });

  it('keeps a partner with a bad field, without that field and flagged on its row; leaves out one with no council code', () => {
    const out = readRoster({ partners: [{ council: 'E08000026', role: 'chair', share: 1.4 }, { council: 'Coventry' }, { name: 'No code' }] });
    expect(out.value!.rows.map(shown)).to.deep.equal([
      { code: 'E08000026', name: 'E08000026', role: undefined, share: undefined, joined: undefined, services: [], email: undefined, phone: undefined }
    ]);
    expect(said(out.value!.rows[0]!.flags)).to.deep.equal(['partners[0].role: expected one of lead, host, partner, got "chair"', 'partners[0].share: expected a number from 0 to 1, got 1.4']);
    expect(said(out.problems)).to.deep.equal(['partners[1].council: expected a GSS code such as E08000026, got "Coventry"', 'partners[2].council: expected a value, got nothing']);
  });

  it('flags a partner whose council the dataset’s councils do not list', () => {
    const data = structuredClone(westMidlands);
    data.partnerships[1]!.partners[1]!.council = 'E06000001';
    const row = readRoster(data).value!.rows[4]!;
    expect([row.code, row.name]).to.deep.equal(['E06000001', 'E06000001']);
    expect(said(row.flags)).to.deep.equal(['partnerships[1].partners[1].council: expected a council listed in "councils", got "E06000001"']);
  });

  it('marks every row of an illustrative partnership as illustrative', () => {
    const data = structuredClone(westMidlands) as typeof westMidlands & { partnerships: { illustrative?: boolean }[] };
    data.partnerships[1]!.illustrative = true;
    expect(readRoster(data).value!.rows.map((r) => r.illustrative)).to.deep.equal([false, false, false, true, true]);
  });

  it('says what it cannot read at all, with nothing to show', () => {
    expect(said(readRoster('partners').problems)).to.have.length(1);
    expect(readRoster('partners').value).to.equal(undefined);
    expect(said(readRoster({ partners: 'none' }).problems)).to.deep.equal(['partners: expected a list, got "none"']);
  });
});

describe('partner roster: one partnership', () => {
  const model = readRoster(structuredClone(westMidlands)).value!;

  it('keeps the chosen partnership’s rows and names it, found by its id with spaces around', () => {
    const one = choosePartnership(model, ' waste ');
    expect(one.partnership).to.deep.equal({ id: 'waste', name: 'Shared waste disposal' });
    expect(one.rows.map((r) => r.code)).to.deep.equal(['E08000026', 'E10000031']);
  });

  it('shows every row when no partnership, or one the dataset does not have, is named', () => {
    for (const id of [null, undefined, '', 'nope']) {
      const all = choosePartnership(model, id);
      expect(all.rows).to.have.length(5);
      expect(all.partnership).to.equal(undefined);
    }
  });
});

describe('partner roster: CSV', () => {
  it('reads shares as fractions or percentages and services split by semicolons, flagging cells by file line', () => {
    const out = readRosterCsv(
      'council,name,role,share,joined,services,email,phone\n' +
        'E08000026,Coventry City Council,host,25%,2018-02,Adoption; Fostering,adoption@coventry.example.org,024 7683 3333\n' +
        'E08000029,Solihull,partner,0.15,2018-02,Adoption,not-an-email,\n' +
        'E10000031,Warwickshire,chair,half,,,,\n'
    );
    expect(out.value!.rows.map(shown)).to.deep.equal([
      { code: 'E08000026', name: 'Coventry City Council', role: 'host', share: 0.25, joined: '2018-02', services: ['Adoption', 'Fostering'], email: 'adoption@coventry.example.org', phone: '024 7683 3333' },
      { code: 'E08000029', name: 'Solihull', role: 'partner', share: 0.15, joined: '2018-02', services: ['Adoption'], email: 'not-an-email', phone: undefined },
      { code: 'E10000031', name: 'Warwickshire', role: undefined, share: undefined, joined: undefined, services: [], email: undefined, phone: undefined }
    ]);
    expect(said(out.value!.rows[1]!.flags)).to.deep.equal(['line 3, email: expected an email address such as name@council.gov.uk, got "not-an-email"']);
    expect(said(out.value!.rows[2]!.flags)).to.deep.equal(['line 4, role: expected one of lead, host, partner, got "chair"', 'line 4, share: expected a number from 0 to 1, got "half"']);
  });

  it('names the missing column of a header it cannot use', () => {
    expect(said(readRosterCsv('council,name\nE08000026,Coventry\n').problems)[0]).to.contain('the CSV header needs the column role');
  });

  it('reads its own CSV back as the rows it was written from (fast-check)', () => {
    // Free text as a CSV cell holds it: no spaces at either end (cells are trimmed), something in it.
    // Apostrophes and formula characters anywhere, first too (`'-a` is written `''-a`, read `'-a`),
    // in the name and in every service of the list.
    const cellText = fc
      .string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', "'", '=', '+', '-', '@', ';', '\n', 'é', '1', '%'), minLength: 1, maxLength: 12 })
      .filter((s) => s.trim() === s && s !== '');
    const partner = fc.record(
      {
        council: fc.integer({ min: 0, max: 999_999 }).map((i) => `E07${String(i).padStart(6, '0')}`),
        name: cellText,
        role: fc.constantFrom('lead', 'host', 'partner'),
        share: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
        joined: fc.constantFrom('2018-02', '2019-04', '2001-12', '2024-01-15'),
        // A service is one item of a `;` list: no semicolon in it.
        services: fc.array(cellText.filter((s) => !s.includes(';')), { maxLength: 3 }),
        email: fc.constantFrom('a@example.org', 'team.lead@council.example.gov.uk'),
        phone: fc.constantFrom('024 7683 3333', '+44 24 7683 3333', '(0121) 704 6000')
      },
      { requiredKeys: ['council'] }
    );
    fc.assert(
      fc.property(fc.array(partner, { maxLength: 20 }), (partners) => {
        const rows = readRoster({ partners }).value!.rows;
        const again = readRosterCsv(rosterCsv(rows));
        expect(again.problems).to.deep.equal([]);
        expect(again.value!.rows.map(shown)).to.deep.equal(rows.map(shown));
      }),
      { seed: 17, numRuns: 300 }
    );
  });
});
