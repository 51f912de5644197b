import { expect } from '@open-wc/testing';
import { checkCouncils, partnershipYears } from '../../src/councils/checks.js';
import { editDistance, nameKey, Register, type RegisterFile } from '../../src/councils/register.js';
import { problemMessage } from '../../src/data/problem.js';
import { readDataset } from '../../src/data/dataset.js';
import { dataExpected } from '../../src/i18n/data-messages.js';
import { catalogues, withExpected } from '../../src/i18n/messages.js';
import { councilExpected } from '../../src/councils/messages.js';
import { ACE } from '../fixtures/datasets.js';

const dataMessages = (l: 'en' | 'cy') => withExpected(catalogues[l], { ...dataExpected[l], ...councilExpected[l] });

let register: Register;
let file: RegisterFile;
before(async () => {
  file = await (await fetch('/src/councils/geo/councils.json')).json();
  register = new Register(file);
});

const words = (problems: { path: string }[], lang: 'en' | 'cy' = 'en') => problems.map((p) => problemMessage(p as never, dataMessages(lang)));
const aceDataset = (codes = ACE, extra: Record<string, unknown> = {}) => ({
  partnerships: [
    {
      id: 'ace',
      name: 'Adoption Central England',
      started: '2018-02',
      partners: codes.map((council) => ({ council })),
      ...extra
    }
  ]
});

describe('council register', () => {
  it('holds every council code of 2014 to 2025, with the live ones of 2025', () => {
    expect(register.size).to.equal(434);
    const live = register.liveIn(2025);
    expect(live.filter((c) => c.kind !== 'county').length, 'lower tier and unitaries').to.equal(361);
    expect(live.filter((c) => c.kind === 'county').length, 'counties').to.equal(21);
    expect(register.liveIn(2019).some((c) => c.code === 'E07000004')).to.equal(true);
    expect(register.liveIn(2020).some((c) => c.code === 'E07000004')).to.equal(false);
  });

  it('gives names, short names, kinds, regions and positions', () => {
    const hereford = register.get('E06000019')!;
    expect(hereford.name).to.equal('Herefordshire, County of');
    expect(hereford.shortName).to.equal('Herefordshire');
    expect(hereford.kind).to.equal('unitary');
    expect(hereford.region).to.equal('West Midlands');
    const coventry = register.get('E08000026')!;
    expect([coventry.shortName, coventry.kind, coventry.country]).to.deep.equal(['Coventry', 'metropolitan-borough', 'England']);
    expect(coventry.lat).to.be.closeTo(52.42, 0.03);
    expect(coventry.lon).to.be.closeTo(-1.52, 0.03);
    expect(register.get('E10000031')!.kind).to.equal('county');
    expect(register.get('S12000036')!.shortName).to.equal('Edinburgh');
    expect(register.get('W06000015')!.kind).to.equal('welsh-principal-area');
    expect(register.get('N09000001')!.country).to.equal('Northern Ireland');
  });

  it('knows the county a district sat in, by year, and what replaced a council', () => {
    expect(register.countyOf('E07000004', 2019)!.code).to.equal('E10000002');
    expect(register.countyOf('E07000004', 2020)).to.equal(undefined);
    expect(register.countyOf('E07000244', 2019)!.code, 'East Suffolk, new in 2019').to.equal('E10000029');
    expect(register.districtsOf('E10000031').map((d) => d.code)).to.deep.equal(['E07000218', 'E07000219', 'E07000220', 'E07000221', 'E07000222']);
    expect(register.get('E07000004')!.replacedBy).to.deep.equal(['E06000060']);
    expect(register.get('E07000004')!.last).to.equal(2019);
    expect(register.get('E10000006')!.replacedBy).to.deep.equal(['E06000063', 'E06000064']);
    expect(register.get('E06000060')!.first).to.equal(2020);
  });

  it('finds the closest codes to one that is not in it, a swap counting as one edit', () => {
    expect(editDistance('E08000062', 'E08000026')).to.equal(1);
    expect(editDistance('E08000062', 'E08000002'), 'one wrong digit').to.equal(1);
    expect(editDistance('E08000026', 'E08000026')).to.equal(0);
    expect(editDistance('E08000026', 'E0800026'), 'another length').to.equal(Infinity);
    expect(editDistance('E08000026', 'E07111026'), 'three slips').to.equal(Infinity);
    expect(register.closest('E08000062')[0]!.code).to.equal('E08000026');
    expect(register.closest('X99999999')).to.deep.equal([]);
  });

  it('compares names without the words councils add to them', () => {
    expect(nameKey('Coventry City Council')).to.equal('coventry');
    expect(nameKey('Solihull Metropolitan Borough Council')).to.equal('solihull');
    expect(register.nameFits('E08000026', 'Coventry City Council')).to.equal(1);
    expect(register.matchName('Coventry')!.entry.code).to.equal('E08000026');
  });
});

describe('council checks', () => {
  it('completes a dataset that names councils by code alone, and finds nothing to say', () => {
    const checked = checkCouncils(aceDataset(), register);
    expect(checked.problems).to.deep.equal([]);
    const read = readDataset(checked.input);
    expect(read.problems).to.deep.equal([]);
    const councils = read.value!.councils;
    expect(councils.map((c) => c.code).sort()).to.deep.equal([...ACE].sort());
    const hereford = councils.find((c) => c.code === 'E06000019')!;
    expect([hereford.name, hereford.shortName]).to.deep.equal(['Herefordshire, County of', 'Herefordshire']);
    expect(councils.find((c) => c.code === 'E10000034')!.areas).to.have.length(6);
  });

  it('lets what the dataset gives win over the register', () => {
    const input = { ...aceDataset(), councils: [{ code: 'E08000026', name: 'Coventry City Council', lat: 52.4, lon: -1.5 }] };
    const checked = checkCouncils(input, register);
    expect(checked.problems).to.deep.equal([]);
    const coventry = readDataset(checked.input).value!.councils.find((c) => c.code === 'E08000026')!;
    expect([coventry.name, coventry.shortName, coventry.lat]).to.deep.equal(['Coventry City Council', 'Coventry', 52.4]);
  });

  it('names the closest codes for one that is no UK council, and leaves non-councils that `councils` names alone', () => {
    const checked = checkCouncils(aceDataset(['E08000062', 'E31000040']), register);
    expect(words(checked.problems)).to.deep.equal([
      'partnerships[0].partners[0].council: E08000062 is not a UK council code; did you mean E08000026 (Coventry)?',
      'partnerships[0].partners[1].council: E31000040 is not a UK council code, and "councils" does not name it'
    ]);
    const named = checkCouncils({ ...aceDataset(['E31000040']), councils: [{ code: 'E31000040', name: 'West Midlands Fire Service' }] }, register);
    expect(named.problems).to.deep.equal([]);
    expect(checked.problems.every((p) => p.warning)).to.equal(true);
  });

  it('says what replaced a retired code, and when', () => {
    const checked = checkCouncils(aceDataset(['E07000004', 'E10000006', 'S12000015'], { started: '2017-04' }), register);
    expect(words(checked.problems)).to.deep.equal([
      'partnerships[0].partners[0].council: E07000004 (Aylesbury Vale) merged into Buckinghamshire (E06000060) in 2020',
      'partnerships[0].partners[1].council: E10000006 (Cumbria) was abolished in 2023; its area passed to Cumberland (E06000063), Westmorland and Furness (E06000064)',
      'partnerships[0].partners[2].council: S12000015 (Fife) has had a new code since 2018: Fife (S12000047)'
    ]);
  });

  it('warns of a code that did not exist during the partnership’s dates', () => {
    const early = checkCouncils(aceDataset(['E06000060'], { started: '2015-04', savings: [{ period: '2016/17', amount: 1 }] }), register);
    expect(words(early.problems)).to.deep.equal([
      'partnerships[0].partners[0].council: E06000060 (Buckinghamshire) began in 2020, after this partnership’s dates (2015 to 2017)'
    ]);
    const late = checkCouncils(aceDataset(['E07000004'], { started: '2021-04' }), register);
    expect(words(late.problems)[1]).to.equal('partnerships[0].partners[0].council: E07000004 (Aylesbury Vale) ended in 2019, before this partnership’s dates (2021 to 2021)');
    expect(partnershipYears({ started: '2018-02', savings: [{ period: '2018/19' }] }, '2019-03-31')).to.deep.equal([2018, 2019]);
    expect(partnershipYears({}, '2019-03-31'), 'no dates of its own: nothing to compare').to.equal(undefined);
  });

  it('warns when a name fits another council better than its own code’s, and only then', () => {
    const input = {
      ...aceDataset(),
      councils: [
        { code: 'E08000029', name: 'Coventry' },
        { code: 'E08000026', name: 'Coventry City Council' },
        { code: 'E06000019', name: 'Herefordshire Council' },
        { code: 'E10000031', name: 'Warwickshire County Council' }
      ]
    };
    const checked = checkCouncils(input, register);
    expect(words(checked.problems)).to.deep.equal([
      'councils[0].name: E08000029 is Solihull in the council register, but "councils" calls it "Coventry", which fits Coventry (E08000026) better'
    ]);
  });

  it('says each check in Welsh too', () => {
    const checked = checkCouncils(aceDataset(['E08000062', 'E07000004']), register);
    expect(words(checked.problems, 'cy')).to.deep.equal([
      'partnerships[0].partners[0].council: nid yw E08000062 yn god cyngor yn y DU; ai E08000026 (Coventry) oedd dan sylw?',
      'partnerships[0].partners[1].council: unodd E07000004 (Aylesbury Vale) â Buckinghamshire (E06000060) yn 2020'
    ]);
  });
});
