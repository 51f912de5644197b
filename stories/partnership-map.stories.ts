import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/partnership-map/partnership-map.js';
import westMidlands from '../demo/data/west-midlands.json';

interface Args {
  view: 'geo' | 'hex' | 'network';
  partnership: string;
  council: string;
  geoSrc: string;
  hexSrc: string;
  heading: string;
  data: unknown;
}

const meta = {
  title: 'Widgets/Partnership map',
  component: 'shared-partnership-map',
  args: { view: 'geo', partnership: 'adoption-central-england', council: '', geoSrc: '', hexSrc: '', heading: '', data: westMidlands },
  argTypes: { view: { control: 'inline-radio', options: ['geo', 'hex', 'network'] } },
  render: (a) => html`<shared-partnership-map view=${a.view} partnership=${a.partnership} council=${a.council}
      geo-src=${a.geoSrc} hex-src=${a.hexSrc} heading=${a.heading} .data=${a.data}></shared-partnership-map>`
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** No geography file: councils as dots by latitude and longitude on the built-in outline of the UK. */
export const OnTheBuiltInOutline: Story = {};

/** Started zoomed to the partnership with the `zoom` attribute; the button shows the whole map. */
export const Zoomed: Story = {
  render: (a) => html`<shared-partnership-map partnership=${a.partnership} zoom .data=${a.data}></shared-partnership-map>`
};

/**
 * A district boundary file (made-up squares, not real boundaries): the two counties light up as
 * their districts because the dataset lists each county's `areas`.
 */
export const OnDistrictBoundaries: Story = { args: { geoSrc: 'fixtures/map/districts.topojson' } };

/** An upper-tier boundary file whose codes are in the `CTYUA23CD` property, found automatically. */
export const OnUpperTierBoundaries: Story = { args: { geoSrc: 'fixtures/map/upper-tier.geojson' } };

/** A HexJSON hex map (odd-r) of upper-tier councils in the Midlands. */
export const HexMap: Story = { args: { view: 'hex', hexSrc: 'fixtures/map/upper-tier.hexjson' } };

/** Councils (circles) and partnerships (squares), linked by membership. */
export const Network: Story = { args: { view: 'network', partnership: 'csw-resilience' } };

/** One council marked, and its partnerships listed. */
export const OneCouncil: Story = { args: { view: 'hex', hexSrc: 'fixtures/map/upper-tier.hexjson', partnership: '', council: 'E08000029' } };

/** Every council in any partnership, coloured by the kind of service it shares. */
export const Everything: Story = { args: { view: 'hex', hexSrc: 'fixtures/map/upper-tier.hexjson', partnership: '' } };

/** A partner the geography lacks is named, never dropped (here, the counties have no `areas`). */
export const NotOnThisMap: Story = {
  args: {
    geoSrc: 'fixtures/map/districts.topojson',
    data: { ...westMidlands, councils: westMidlands.councils.map(({ areas: _areas, ...c }) => c) }
  }
};

/** A geography file in British National Grid metres: a located message, and the councils listed. */
export const GeographyProblem: Story = { args: { geoSrc: 'fixtures/map/bng.geojson' } };

export const UnknownLayout: Story = { args: { view: 'hex', hexSrc: 'fixtures/map/bad-layout.hexjson' } };

export const Unusable: Story = { args: { data: { councils: 'everyone' } } };

export const Empty: Story = { args: { data: undefined } };

export const Welsh: Story = {
  render: (a) => html`<div lang="cy"><shared-partnership-map view="hex" hex-src="fixtures/map/upper-tier.hexjson" partnership=${a.partnership} .data=${a.data}></shared-partnership-map></div>`
};
