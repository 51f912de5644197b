import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/savings-chart/savings-chart.js';
import lgaSavings from '../demo/data/lga-national-savings.json';
import westMidlands from '../demo/data/west-midlands.json';

interface Args {
  mode: 'both' | 'cumulative' | 'in-year';
  partnership: string;
  heading: string;
  data: unknown;
}

const partnerships = {
  title: 'Savings by partnership (illustrative)',
  series: [
    {
      id: 'adoption',
      name: 'Adoption Central England',
      points: [
        { period: '2018/19', amount: 400_000, illustrative: true },
        { period: '2019/20', amount: 900_000, illustrative: true },
        { period: '2020/21', amount: 1_200_000, status: 'estimated', illustrative: true },
        { period: '2021/22', amount: 1_500_000, status: 'projected', illustrative: true }
      ]
    },
    {
      id: 'waste',
      name: 'Shared waste disposal',
      points: [
        { period: '2018/19', amount: 700_000, illustrative: true },
        { period: '2019/20', amount: 650_000, illustrative: true },
        { period: '2021/22', amount: 800_000, status: 'projected', illustrative: true }
      ]
    }
  ],
  annotations: [{ period: '2020-03', label: 'Lockdown' }]
};

const meta = {
  title: 'Widgets/Savings chart',
  component: 'shared-savings-chart',
  args: { mode: 'both', partnership: '', heading: '', data: lgaSavings },
  argTypes: { mode: { control: 'inline-radio', options: ['both', 'cumulative', 'in-year'] } },
  render: ({ mode, partnership, heading, data }) =>
    html`<shared-savings-chart mode=${mode} partnership=${partnership} heading=${heading} .data=${data}></shared-savings-chart>`
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The LGA's national cumulative savings (real, sourced): a line, never in-year bars. */
export const NationalCumulative: Story = {};

/** The same series asked for as in-year savings: the chart says why it cannot. */
export const CumulativeAskedAsInYear: Story = { args: { mode: 'in-year' } };

/** In-year bars, running totals, estimated (hatched) and projected (hollow) years, a gap, an annotation. */
export const SeveralSeries: Story = { args: { data: partnerships } };

/** Six series: each has its own bar texture and point shape as well as its colour (illustrative figures). */
export const SixSeries: Story = {
  args: {
    data: {
      title: 'Six partnerships (illustrative)',
      series: ['Adoption', 'Waste', 'Legal', 'ICT', 'Audit', 'Revenues and benefits'].map((name, s) => ({
        id: name.toLowerCase(),
        name,
        illustrative: true,
        points: [2017, 2018, 2019, 2020].map((y, i) => ({
          period: `${y}/${String((y + 1) % 100).padStart(2, '0')}`,
          amount: 100_000 * (s + 1) + 40_000 * i,
          status: i === 3 ? 'projected' : i === 2 ? 'estimated' : 'actual',
          illustrative: true
        }))
      }))
    }
  }
};

/** 20,000 daily in-year amounts: bars narrower than a pixel, drawn a pixel column at a time. */
export const TwentyThousandBars: Story = {
  args: {
    data: {
      series: [
        {
          name: 'Daily',
          points: Array.from({ length: 20_000 }, (_, i) => ({ period: new Date(Date.UTC(1970, 0, 1 + i)).toISOString().slice(0, 10), amount: 1000 + ((i * 7919) % 500) }))
        }
      ]
    }
  }
};

export const CumulativeOnly: Story = { args: { data: partnerships, mode: 'cumulative' } };

export const InYearOnly: Story = { args: { data: partnerships, mode: 'in-year' } };

/** The shared dataset, all partnerships added up by period (illustrative figures). */
export const DatasetAllPartnerships: Story = { args: { data: westMidlands } };

/** One partnership chosen from the dataset. */
export const DatasetOnePartnership: Story = { args: { data: westMidlands, partnership: 'adoption-central-england' } };

/** From a CSV file. */
export const FromCsv: Story = {
  render: () => html`<shared-savings-chart src="data/lga-national-savings.csv" heading="From CSV"></shared-savings-chart>`
};

/** Bad points are left out and listed by place; the rest is drawn. */
export const PartlyBad: Story = {
  args: {
    data: {
      series: [
        {
          name: 'Mixed',
          points: [
            { period: '2015/16', amount: 100_000, kind: 'cumulative' },
            { period: '2016/17', amount: 'abc', kind: 'cumulative' },
            { period: 'Q3 2017', amount: 300_000, kind: 'cumulative' },
            { period: '2017/18', amount: 400_000, kind: 'cumulative' },
            { period: '2018/19', amount: 350_000, kind: 'cumulative' }
          ]
        }
      ]
    }
  }
};

/** Nothing usable: an error with role="alert". */
export const Unusable: Story = { args: { data: { series: 'none' } } };

export const Empty: Story = { args: { data: undefined } };

/** 10,000 daily points: thinned for drawing, every one in the table and under the keyboard. */
export const TenThousandPoints: Story = {
  args: {
    data: {
      series: [
        {
          name: 'Daily running total',
          points: Array.from({ length: 10_000 }, (_, i) => ({
            period: new Date(Date.UTC(1995, 0, 1 + i)).toISOString().slice(0, 10),
            amount: i * 1000 + ((i * 7919) % 40_000),
            kind: 'cumulative'
          }))
        }
      ]
    }
  }
};

export const Welsh: Story = {
  render: (args) => html`<div lang="cy"><shared-savings-chart .data=${args.data}></shared-savings-chart></div>`
};

export const Narrow: Story = {
  render: (args) => html`<div style="width: 280px"><shared-savings-chart .data=${args.data}></shared-savings-chart></div>`
};

export const DarkTheme: Story = {
  render: () => html`<div class="theme-dark"><shared-savings-chart .data=${partnerships}></shared-savings-chart></div>`
};
