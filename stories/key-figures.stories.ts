import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/key-figures/key-figures.js';
import lgaNational from '../demo/data/lga-national.json';
import westMidlands from '../demo/data/west-midlands.json';

interface Args {
  heading: string;
  currency: string;
  data: unknown;
}

const meta = {
  title: 'Widgets/Key figures',
  component: 'shared-key-figures',
  args: { heading: '', currency: 'GBP', data: lgaNational },
  render: ({ heading, currency, data }) =>
    html`<shared-key-figures heading=${heading} currency=${currency} .data=${data}></shared-key-figures>`
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The LGA's national figures (real, sourced). */
export const NationalFigures: Story = {};

/** Figures worked out from the shared dataset: partnerships, councils involved, savings to date. */
export const FromTheDataset: Story = { args: { data: westMidlands, heading: 'Our partnerships' } };

/** Every format: count, money, percentage (a fraction) and year. */
export const Formats: Story = {
  args: {
    data: {
      figures: [
        { value: 626, label: 'Arrangements', format: 'number' },
        { value: 156_500_000, label: 'Saved by December 2011', format: 'currency' },
        { value: 0.25, label: 'Coventry’s share', format: 'percent', illustrative: true },
        { value: '2018/19', label: 'Figures as at the end of', format: 'year' }
      ]
    }
  }
};

/** Loaded from a file with `src` (served from demo/data). */
export const FromAFile: Story = {
  render: () => html`<shared-key-figures src="data/lga-national.json"></shared-key-figures>`
};

/** Data written inside the element, for pages where script is not allowed. */
export const FromInlineJson: Story = {
  render: () => html`<shared-key-figures heading="Inline data">
    <script type="application/json">{ "figures": [{ "value": 5, "label": "Councils in Adoption Central England" }] }</script>
  </shared-key-figures>`
};

/** A CSV file: `value,label[,format][,source][,note]`. */
export const FromCsv: Story = {
  render: () => html`<shared-key-figures src="fixtures/figures.csv"></shared-key-figures>`
};

/** Wrong types: the message says where. */
export const WrongTypes: Story = {
  args: { data: { figures: [{ value: 'abc', label: 'Broken' }, { value: 1.4, label: '' }] } }
};

/** Some figures are usable: they are shown, and what was left out is listed. */
export const PartlyUsable: Story = {
  args: { data: { figures: [{ value: 626, label: 'Arrangements' }, { value: 'lots', label: 'Broken' }] } }
};

/** A file that is not there. */
export const NotFound: Story = {
  render: () => html`<shared-key-figures src="data/missing.json"></shared-key-figures>`
};

/** Broken JSON, located by line and column. */
export const BrokenJson: Story = {
  render: () => html`<shared-key-figures><script type="application/json">{ "figures": [ { "value": 1 "label": "x" } ] }</script></shared-key-figures>`
};

/** Nothing to show: it says what to set. */
export const Empty: Story = { args: { data: undefined } };

/** In Welsh, whatever the toolbar says. */
export const Welsh: Story = {
  render: () => html`<div lang="cy"><shared-key-figures .data=${westMidlands}></shared-key-figures></div>`
};

/** In a 280px sidebar: the tiles stack. */
export const Narrow: Story = {
  render: (args) => html`<div style="width: 280px"><shared-key-figures .data=${args.data}></shared-key-figures></div>`
};

/** Themed only through the documented custom properties. */
export const Themed: Story = {
  render: (args) => html`<div class="theme-solihull"><shared-key-figures .data=${args.data}></shared-key-figures></div>`
};
