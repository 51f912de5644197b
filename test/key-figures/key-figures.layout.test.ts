import { expect } from '@open-wc/testing';
import { moneyUnits } from '../../src/i18n/data-messages.js';
import type { Figure } from '../../src/components/key-figures/key-figures.data.js';
import { readKeyFigures } from '../../src/components/key-figures/key-figures.data.js';
import { layoutTiles, type TileOptions } from '../../src/components/key-figures/key-figures.layout.js';
import { keyFiguresMessages } from '../../src/components/key-figures/key-figures.messages.js';

const base = 'https://council.example/figures/index.html';
const english: TileOptions = { units: moneyUnits.en, labels: keyFiguresMessages.en, intlLocale: 'en-GB', currency: 'GBP', base };
const welsh: TileOptions = { units: moneyUnits.cy, labels: keyFiguresMessages.cy, intlLocale: 'cy', currency: 'GBP', base };

const figure = (value: number | string, format: Figure['format'], extra: Partial<Figure> = {}): Figure => ({
  value,
  format,
  label: 'Label',
  illustrative: false,
  ...extra
});

const values = (figures: Figure[], options = english) => layoutTiles(figures, options).map((t) => [t.value, t.spoken]);

describe('key figure tiles', () => {
  it('shows the headline figures as one short word each', () => {
    const tiles = layoutTiles(
      [
        figure(1_340_000_000, 'currency', { label: 'Saved since 2011' }),
        figure(626, 'number', { label: 'Shared-service arrangements' }),
        figure(0.25, 'percent', { label: 'Share of costs' }),
        figure('2018/19', 'year', { label: 'As at the end of' })
      ],
      english
    );
    expect(tiles).to.deep.equal([
      { label: 'Saved since 2011', value: '£1.34bn', spoken: '£1.34 billion', illustrative: false },
      { label: 'Shared-service arrangements', value: '626', illustrative: false },
      { label: 'Share of costs', value: '25%', illustrative: false },
      { label: 'As at the end of', value: '2018/19', illustrative: false }
    ]);
  });

  it('says money in words only when the words differ from what is shown', () => {
    expect(values([figure(200_000_000, 'currency'), figure(156_500_000, 'currency'), figure(45_000, 'currency'), figure(950, 'currency')])).to.deep.equal([
      ['£200m', '£200 million'],
      ['£156.5m', '£156.5 million'],
      ['£45k', '£45,000'],
      ['£950', undefined]
    ]);
    expect('spoken' in layoutTiles([figure(950, 'currency')], english)[0]!).to.equal(false);
  });

  it('uses the currency it is given', () => {
    expect(values([figure(1_340_000_000, 'currency')], { ...english, currency: 'EUR' })).to.deep.equal([['€1.34bn', '€1.34 billion']]);
  });

  it('writes counts with thousands commas, years without, and percentages from fractions', () => {
    expect(values([figure(1340, 'number'), figure(2019, 'year'), figure(0.125, 'percent'), figure(1, 'percent')])).to.deep.equal([
      ['1,340', undefined],
      ['2019', undefined],
      ['12.5%', undefined],
      ['100%', undefined]
    ]);
  });

  it('shows a financial year as written, whatever its format', () => {
    expect(values([figure('2018/19', 'number'), figure('2018/19', 'currency')])).to.deep.equal([
      ['2018/19', undefined],
      ['2018/19', undefined]
    ]);
  });

  it('links sources safely and keeps notes and the illustrative flag', () => {
    const tiles = layoutTiles(
      [
        figure(1, 'number', { source: { name: 'LGA', url: 'https://www.local.gov.uk/' }, note: 'Survey, 2018', illustrative: true }),
        figure(2, 'number', { source: './sources.html' }),
        figure(3, 'number', { source: { name: 'Trap', url: 'javascript:alert(1)' } }),
        figure(4, 'number', { source: 'Council returns', note: '' })
      ],
      english
    );
    expect(tiles).to.deep.equal([
      { label: 'Label', value: '1', source: { text: 'LGA', href: 'https://www.local.gov.uk/' }, note: 'Survey, 2018', illustrative: true },
      { label: 'Label', value: '2', source: { text: 'council.example', href: 'https://council.example/figures/sources.html' }, illustrative: false },
      { label: 'Label', value: '3', source: { text: 'Trap' }, illustrative: false },
      { label: 'Label', value: '4', source: { text: 'Council returns' }, illustrative: false }
    ]);
  });

  it('labels derived figures in English and in Welsh', () => {
    const derived: Figure[] = [
      figure(3, 'number', { label: { builtIn: 'partnerships' } }),
      figure(5, 'number', { label: { builtIn: 'councils' } }),
      figure(4_700_000, 'currency', { label: { builtIn: 'savings' } })
    ];
    expect(layoutTiles(derived, english).map((t) => t.label)).to.deep.equal([
      'Shared-service partnerships',
      'Councils involved',
      'Savings reported'
    ]);
    expect(layoutTiles(derived, welsh)).to.deep.equal([
      { label: 'Partneriaethau gwasanaethau a rennir', value: '3', illustrative: false },
      { label: 'Cynghorau sy’n cymryd rhan', value: '5', illustrative: false },
      { label: 'Arbedion a adroddwyd', value: '£4.7m', spoken: '£4.7 miliwn', illustrative: false }
    ]);
  });

  it('lays out figures read from a dataset, end to end', () => {
    const model = readKeyFigures({
      source: { name: 'Example association', url: 'https://example.org/survey' },
      partnerships: [
        { id: 'a', name: 'A', partners: [{ council: 'E08000026' }, { council: 'E10000031' }], savings: [{ period: '2018/19', amount: 1_340_000_000 }] },
        { id: 'b', name: 'B', partners: [{ council: 'E10000031' }] }
      ]
    }).value!;
    const link = { text: 'Example association', href: 'https://example.org/survey' };
    expect(layoutTiles(model.figures, welsh)).to.deep.equal([
      { label: 'Partneriaethau gwasanaethau a rennir', value: '2', source: link, illustrative: false },
      { label: 'Cynghorau sy’n cymryd rhan', value: '2', source: link, illustrative: false },
      { label: 'Arbedion a adroddwyd', value: '£1.34bn', spoken: '£1.34 biliwn', source: link, illustrative: false }
    ]);
  });
});

describe('the key figures’ own words', () => {
  it('has every English word in Welsh, translated', () => {
    expect(Object.keys(keyFiguresMessages.cy).sort()).to.deep.equal(Object.keys(keyFiguresMessages.en).sort());
    for (const key of Object.keys(keyFiguresMessages.en) as (keyof typeof keyFiguresMessages.en)[]) {
      expect(keyFiguresMessages.cy[key].trim(), key).not.to.equal('');
      expect(keyFiguresMessages.cy[key], key).not.to.equal(keyFiguresMessages.en[key]);
    }
  });
});
