import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/partner-roster/partner-roster.js';
import westMidlands from '../demo/data/west-midlands.json';

interface Args {
  partnership: string;
  groupBy: 'none' | 'role' | 'service';
  heading: string;
  data: unknown;
}

const meta = {
  title: 'Widgets/Partner roster',
  component: 'shared-partner-roster',
  args: { partnership: 'adoption-central-england', groupBy: 'none', heading: '', data: westMidlands },
  argTypes: { groupBy: { control: 'inline-radio', options: ['none', 'role', 'service'] } },
  render: ({ partnership, groupBy, heading, data }) =>
    html`<shared-partner-roster partnership=${partnership} group-by=${groupBy} heading=${heading} .data=${data}></shared-partner-roster>`
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Adoption Central England's five partners (contacts and shares illustrative). */
export const OnePartnership: Story = {};

/** Every partner of every partnership, grouped by service. */
export const AllPartnershipsByService: Story = { args: { partnership: '', groupBy: 'service' } };

export const GroupedByRole: Story = { args: { groupBy: 'role' } };

/** From a CSV file, with a bad email and an unknown role flagged on their rows. */
export const FromCsv: Story = {
  render: () => html`<shared-partner-roster src="fixtures/partners.csv"></shared-partner-roster>`
};

/** Shares that do not add up to 100%, a share above 1, and a council missing from `councils`. */
export const ProblemsFlagged: Story = {
  args: {
    partnership: 'p',
    data: {
      councils: [{ code: 'E08000026', name: 'Coventry City Council' }],
      partnerships: [
        {
          id: 'p',
          name: 'Example partnership',
          partners: [
            { council: 'E08000026', role: 'lead', share: 0.5, contact: { email: 'not an email', phone: 'ask reception' } },
            { council: 'E08000029', role: 'partner', share: 1.4 },
            { council: 'E10000031', role: 'chair', share: 0.2 }
          ]
        }
      ]
    }
  }
};

/** 1,000 partners: drawn 50 at a time, sorted and filtered across all of them. */
export const AThousandPartners: Story = {
  args: {
    partnership: '',
    data: {
      partners: Array.from({ length: 1000 }, (_, i) => ({
        council: `E0700${String(i).padStart(4, '0')}`,
        name: `Council ${i + 1}`,
        role: ['lead', 'host', 'partner'][i % 3],
        share: 0.001
      }))
    }
  }
};

export const Unusable: Story = { args: { data: { partners: 'everyone' } } };

export const Empty: Story = { args: { data: undefined } };

export const Welsh: Story = {
  render: (args) => html`<div lang="cy"><shared-partner-roster partnership=${args.partnership} .data=${args.data}></shared-partner-roster></div>`
};

/** Below 480px wide, each partner is a card. */
export const Narrow: Story = {
  render: (args) =>
    html`<div style="width: 320px"><shared-partner-roster partnership=${args.partnership} .data=${args.data}></shared-partner-roster></div>`
};

export const DarkTheme: Story = {
  render: (args) =>
    html`<div class="theme-dark"><shared-partner-roster partnership=${args.partnership} .data=${args.data}></shared-partner-roster></div>`
};
