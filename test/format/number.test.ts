import { expect } from '@open-wc/testing';
import { currencyCode, formatCount, formatMoneyFull, formatMoneyLong, formatMoneyShort, formatPercent } from '../../src/format/number.js';
import { moneyUnits } from '../../src/i18n/data-messages.js';

const gb = { intlLocale: 'en-GB', units: moneyUnits.en };
const welsh = { intlLocale: 'cy', units: moneyUnits.cy };

describe('money and numbers', () => {
  it('shortens money the ONS way for axes and tiles', () => {
    expect(formatMoneyShort(200_000_000, gb)).to.equal('£200m');
    expect(formatMoneyShort(1_340_000_000, gb)).to.equal('£1.34bn');
    expect(formatMoneyShort(156_500_000, gb)).to.equal('£156.5m');
    expect(formatMoneyShort(971_000_000, gb)).to.equal('£971m');
    expect(formatMoneyShort(1_200_000, gb)).to.equal('£1.2m');
    expect(formatMoneyShort(45_000, gb)).to.equal('£45k');
    expect(formatMoneyShort(950, gb)).to.equal('£950');
    expect(formatMoneyShort(0, gb)).to.equal('£0');
    expect(formatMoneyShort(-2_500_000, gb)).to.equal('-£2.5m');
  });

  it('writes full figures for tables, with pence only when there are any', () => {
    expect(formatMoneyFull(1_340_000_000, gb)).to.equal('£1,340,000,000');
    expect(formatMoneyFull(1200.5, gb)).to.equal('£1,200.50');
    expect(formatMoneyFull(1_340_000_000, { intlLocale: 'en-GB', currency: 'EUR' })).to.equal('€1,340,000,000');
  });

  it('says the short form in words for screen readers', () => {
    expect(formatMoneyLong(1_340_000_000, gb)).to.equal('£1.34 billion');
    expect(formatMoneyLong(200_000_000, gb)).to.equal('£200 million');
    expect(formatMoneyLong(1_340_000_000, welsh)).to.equal('£1.34 biliwn');
    expect(formatMoneyLong(45_000, gb)).to.equal('£45,000');
  });

  it('counts and percentages', () => {
    expect(formatCount(626, 'en-GB')).to.equal('626');
    expect(formatCount(1340, 'en-GB')).to.equal('1,340');
    expect(formatPercent(0.25, 'en-GB')).to.equal('25%');
    expect(formatPercent(0.125, 'cy')).to.equal('12.5%');
  });
});

describe('money at the edges of its units (issue 16)', () => {
  it('moves up a unit when rounding reaches it: never "£1,000m" or "£10,000"', () => {
    expect(formatMoneyShort(999_999_999.9, gb)).to.equal('£1bn');
    expect(formatMoneyShort(9_999.5, gb)).to.equal('£10k');
    expect(formatMoneyShort(999_960, gb)).to.equal('£1m');
    expect(formatMoneyShort(-999_999_999.9, gb)).to.equal('-£1bn');
    expect(formatMoneyLong(999_999_999.9, gb)).to.equal('£1 billion');
    expect(formatMoneyShort(9_999.4, gb)).to.equal('£9,999');
    expect(formatMoneyShort(999_940, gb)).to.equal('£999.9k');
  });

  it('R-H6: reads a currency code leniently and never throws on a bad one', () => {
    expect(currencyCode('GBP ')).to.equal('GBP');
    expect(currencyCode('eur')).to.equal('EUR');
    expect(currencyCode('£')).to.equal(undefined);
    expect(currencyCode('bogus')).to.equal(undefined);
    expect(currencyCode('')).to.equal(undefined);
    for (const currency of ['GBP ', '£', 'bogus', '']) {
      expect(() => formatMoneyShort(1_340_000_000, { ...gb, currency })).to.not.throw();
      expect(() => formatMoneyFull(1_340_000_000, { intlLocale: 'en-GB', currency })).to.not.throw();
    }
  });
});
