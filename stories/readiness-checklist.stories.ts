import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/readiness-checklist/readiness-checklist.js';

interface Args {
  heading: string;
  storageKey: string;
  data: unknown;
  state: unknown;
}

/** A checklist of a council's own, as a web team would write it. */
const waste = {
  id: 'waste-partnership-2026',
  title: 'Joint waste service: ready to start?',
  sections: [
    {
      id: 'governance',
      title: 'Governance',
      items: [
        { id: 'board', label: 'Joint board set up', hint: 'Terms of reference agreed by each council' },
        { id: 'exit', label: 'Exit terms agreed', hint: 'What each partner pays if it leaves' }
      ]
    },
    {
      id: 'money',
      title: 'Money',
      items: [
        { id: 'baseline', label: 'Baseline costs recorded', hint: '2025/26 costs for each council' },
        { id: 'shares', label: 'Cost shares agreed' },
        { id: 'vehicles', label: 'Vehicle leases aligned', hint: 'Leases end within a year of each other' }
      ]
    }
  ]
};

/** Part way through the built-in checklist (the answers are made up). */
const inProgress = {
  version: 1,
  checklist: 'shared-service-readiness',
  items: {
    'across-boundaries': { status: 'done', owner: 'Head of Shared Services' },
    'pool-resources': { status: 'in-progress', note: 'Data sharing agreement with legal' },
    'economies-of-scale': { status: 'not-applicable', note: 'No joint buying planned this year' },
    'share-capability': { status: 'done' },
    responsibilities: { status: 'done', evidence: 'https://intranet.example.gov.uk/shared-legal/responsibilities' },
    'exit-plan': { status: 'cannot-start', note: 'Waiting for the section 101 agreement', owner: 'Monitoring Officer' },
    baseline: { status: 'in-progress', evidence: 'Finance shared drive, Baseline 2025-26.xlsx' },
    consultation: { status: 'cannot-start', note: 'Unison meeting not yet booked' }
  }
};

const meta = {
  title: 'Widgets/Readiness checklist',
  component: 'shared-readiness-checklist',
  args: { heading: '', storageKey: '', data: undefined, state: undefined },
  render: ({ heading, storageKey, data, state }) =>
    html`<shared-readiness-checklist heading=${heading} storage-key=${ifDefined(storageKey || undefined)} .data=${data} .state=${state}></shared-readiness-checklist>`
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** No data: the built-in checklist. Every story but From src is drawn from data in the story, with nothing to load. */
export const BuiltIn: Story = {};

/** A council's own checklist, given as `data`. */
export const Custom: Story = { args: { data: waste } };

/** Answers given through `state`: progress, blockers, notes, owners and evidence links. */
export const InProgress: Story = { args: { state: inProgress } };

/** Answers kept in this browser's storage under `storybook-readiness`: they survive a reload. */
export const KeptInThisBrowser: Story = { args: { storageKey: 'storybook-readiness' } };

/** The same custom checklist, fetched from `src`. */
export const FromSrc: Story = {
  render: () => html`<shared-readiness-checklist src="fixtures/checklist/custom.json"></shared-readiness-checklist>`
};

/** Ids used twice: every problem located, and no checklist shown. */
export const DuplicateIds: Story = {
  args: {
    data: {
      id: 'duplicates',
      title: 'A checklist with ids used twice',
      sections: [
        { id: 'a', title: 'First', items: [{ id: 'one', label: 'One' }, { id: 'two', label: 'Two' }] },
        { id: 'a', title: 'Second', items: [{ id: 'three', label: 'Three' }, { id: 'two', label: 'Two again' }] }
      ]
    }
  }
};

/** A state for another checklist: refused with an alert, and nothing changed. */
export const StateForAnotherChecklist: Story = {
  args: { data: waste, state: { version: 1, checklist: 'shared-service-readiness', items: { goals: { status: 'done' } } } }
};

export const Empty: Story = { args: { data: { id: 'empty', title: 'Nothing yet', sections: [{ id: 's', title: 'To do', items: [] }] } } };

export const Welsh: Story = {
  args: { state: inProgress },
  render: ({ state }) => html`<div lang="cy"><shared-readiness-checklist .state=${state}></shared-readiness-checklist></div>`
};

export const Narrow: Story = {
  args: { state: inProgress },
  render: ({ state }) => html`<div style="width: 320px"><shared-readiness-checklist .state=${state}></shared-readiness-checklist></div>`
};
