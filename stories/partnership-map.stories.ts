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

const ACE = ['E08000026', 'E08000029', 'E10000031', 'E10000034', 'E06000019'];
/** A dataset that names its councils by GSS code alone: the council register supplies the rest. */
const codesOnly = (codes: string[], extra: Record<string, unknown> = {}) => ({
  title: 'Adoption Central England',
  partnerships: [
    { id: 'adoption-central-england', name: 'Adoption Central England', category: 'front-line', started: '2018-02', partners: codes.map((council) => ({ council })), ...extra }
  ]
});

/** No geography file: the built-in boundaries of every UK council, zoomed to the partnership, each partner labelled. */
export const OnTheBuiltInBoundaries: Story = {};

/** Adoption Central England on the council areas of 2025, its councils named by code alone. */
export const Partnership2025: Story = {
  render: () => html`<shared-partnership-map partnership="adoption-central-england" year="2025" .data=${codesOnly(ACE)}></shared-partnership-map>`
};

/** Either side of the Buckinghamshire merger: Aylesbury Vale is its own area in 2019 and part of Buckinghamshire in 2025 (lower-tier backdrop). */
export const BuckinghamshireMerger: Story = {
  render: () => {
    const data = codesOnly(['E07000004', 'E06000060', 'E07000005'], { name: 'Buckinghamshire shared services', started: undefined });
    return html`<shared-partnership-map partnership="adoption-central-england" year="2019" tier="lower" heading="2019" .data=${data}></shared-partnership-map>
      <shared-partnership-map partnership="adoption-central-england" year="2025" tier="lower" heading="2025" .data=${data}></shared-partnership-map>`;
  }
};

/** A dataset of codes alone: names, positions and areas all come from the register. */
export const CodesAlone: Story = { args: { data: codesOnly(ACE) } };

/** A retired code: drawn in a year it existed, with a note of what replaced it and when. */
export const RetiredCode: Story = { args: { data: codesOnly([...ACE, 'E07000004'], { started: '2019-04' }) } };

/** A code that is no UK council: the nearest codes are named. */
export const UnknownCode: Story = { args: { data: codesOnly(['E08000062', 'E08000029', 'E10000031']) } };

/** The built-in boundaries cannot be had (a web team copied only the script): dots at the register's positions, and a note of what to add. */
export const BoundariesMissing: Story = {
  render: (a) => html`<shared-partnership-map partnership=${a.partnership} geo-base="fixtures/missing-geo/" .data=${a.data}></shared-partnership-map>`
};

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

/** In Welsh on the built-in boundaries: the area names are English only, and the widget says so once. */
export const WelshOnTheBuiltInBoundaries: Story = {
  render: () => html`<div lang="cy"><shared-partnership-map partnership="adoption-central-england" .data=${codesOnly(ACE)}></shared-partnership-map></div>`
};
