/**
 * The partnership map's defects from the accessibility and adversarial audit (issue 16), each as a
 * test of what a user would notice: A-S1, A-S2, A-S3, A-M5, A-M6, A-M7, the minor items, R-C3, R-H3
 * and R-M3.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/components/partnership-map/partnership-map.js';
import type { SharedPartnershipMap } from '../../src/components/partnership-map/partnership-map.component.js';
import { highlight, readMapData } from '../../src/components/partnership-map/partnership-map.data.js';
import { readGeography, type HexGeography } from '../../src/components/partnership-map/partnership-map.geography.js';
import { layoutHex } from '../../src/components/partnership-map/partnership-map.hex.js';
import { layoutNetwork } from '../../src/components/partnership-map/partnership-map.network.js';
import { part, settled, text } from '../helpers/element.js';
import { contrast, systemColour as system } from '../helpers/colour.js';
import { cappedMapInput, MAX_COUNCILS, MAX_PARTNERS, MAX_PARTNERSHIPS, MAX_SAVINGS } from '../../src/components/partnership-map/partnership-map.data.js';
import { cappedGeography, loadGeography, MAX_AREAS } from '../../src/components/partnership-map/partnership-map.load.js';
import { mapMessages } from '../../src/components/partnership-map/partnership-map.messages.js';
import { catalogues, withExpected } from '../../src/i18n/messages.js';
import { problemMessage } from '../../src/data/problem.js';

const ACE = ['E08000026', 'E08000029', 'E10000031', 'E10000034', 'E06000019'];
const data = {
  partnerships: [
    { id: 'ace', name: 'Adoption Central England', category: 'front-line', started: '2018-02', partners: ACE.map((council) => ({ council })) },
    { id: 'payroll', name: 'Shared payroll', category: 'back-office', started: '2018-02', partners: [{ council: 'E08000025' }, { council: 'E08000029' }] },
    { id: 'leaders', name: 'Shared leadership', category: 'shared-management', started: '2018-02', partners: [{ council: 'E08000028' }, { council: 'E08000031' }] }
  ]
};

async function map(attrs: { partnership?: string; view?: string; hex?: string } = {}, width = 640) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}>
    <shared-partnership-map .data=${data} partnership=${attrs.partnership ?? ''} view=${attrs.view ?? 'geo'} hex-src=${attrs.hex ?? ''}></shared-partnership-map>
  </div>`);
  const el = wrapper.querySelector('shared-partnership-map') as SharedPartnershipMap;
  await settled(el, 8000);
  return el;
}

const svgOf = (el: Element) => el.shadowRoot!.querySelector<SVGSVGElement>('svg[part~="svg"]')!;

async function tabIn(el: Element) {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  before.remove();
  await (el as SharedPartnershipMap).updateComplete;
}

describe('<shared-partnership-map> audit fixes', function () {
  // Each test draws a map of the built-in boundaries, some in forced colours: room for a busy machine.
  this.timeout(30000);

  it('A-S1: draws the keyboard focus ring above every area, so no neighbour hides it', async () => {
    const el = await map({ partnership: 'ace' });
    await tabIn(el);
    const focused = el.shadowRoot!.activeElement as SVGGElement;
    expect(focused.getAttribute('role')).to.equal('option');
    const ring = el.shadowRoot!.querySelector('.focus-ring')!;
    expect(ring, 'a ring for keyboard focus').to.not.equal(null);
    // Last in the drawing: painted above every area and label.
    expect(svgOf(el).lastElementChild).to.equal(ring);
    expect(ring.querySelector('.ring')!.getAttribute('d')).to.equal(focused.querySelector('path')!.getAttribute('d'));
    // The focus colour on a dark halo: visible on a light area and a dark one alike.
    expect(getComputedStyle(ring.querySelector('.ring')!).stroke).to.equal('rgb(255, 221, 0)');
    expect(getComputedStyle(ring.querySelector('.halo')!).stroke).to.equal('rgb(11, 12, 12)');
    // A click selects without a keyboard ring.
    (el.shadowRoot!.activeElement as HTMLElement).blur();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.focus-ring')).to.equal(null);
  });

  it('A-S2: in forced colours, focus stands apart from the marked areas', async () => {
    const el = await map({ partnership: 'ace' });
    await tabIn(el);
    try {
      await executeServerCommand('emulate-media-features', { media: '', features: [{ name: 'forced-colors', value: 'active' }] });
      const marked = el.shadowRoot!.querySelector('.item.marked path')!;
      const ring = el.shadowRoot!.querySelector('.focus-ring .ring')!;
      const halo = el.shadowRoot!.querySelector('.focus-ring .halo')!;
      expect(getComputedStyle(marked).fill).to.equal(system('Highlight'));
      expect(getComputedStyle(ring).stroke).to.equal(system('CanvasText'));
      expect(getComputedStyle(ring).stroke).to.not.equal(system('Highlight'));
      expect(getComputedStyle(halo).stroke).to.equal(system('Canvas'));
      expect(getComputedStyle(ring).strokeDasharray).to.not.equal('none');
    } finally {
      await executeServerCommand('emulate-media-features', { media: '', features: [] });
    }
  });

  it('A-S3: names the kind of service everywhere, and marks each kind with its own pattern, in forced colours too', async () => {
    const el = await map();
    const options = [...el.shadowRoot!.querySelectorAll('[role="option"].marked')];
    const coventry = options.find((o) => o.getAttribute('data-key') === 'c:E08000026')!;
    expect(coventry.getAttribute('aria-label')).to.contain('Front line');
    const birmingham = options.find((o) => o.getAttribute('data-key') === 'c:E08000025')!;
    expect(birmingham.getAttribute('aria-label')).to.contain('Back office');
    // Patterns: a back-office area is hatched, shared management dotted, several kinds cross-hatched, front line solid.
    const cue = (o: Element) => {
      const overlay = o.querySelector('.cue');
      if (!overlay) return 'solid';
      // Drawn with the pattern, not painted over by the kind's colour.
      expect(getComputedStyle(overlay).fill).to.match(/^url\(/);
      return overlay.getAttribute('fill');
    };
    expect(cue(birmingham)).to.equal('url(#cue-back-office)');
    expect(cue(coventry)).to.equal('solid');
    const solihull = options.find((o) => o.getAttribute('data-key') === 'c:E08000029')!;
    expect(cue(solihull), 'in two kinds of service').to.equal('url(#cue-mixed)');
    expect(el.shadowRoot!.querySelector('#cue-back-office path')).to.not.equal(null);
    // The legend shows the same patterns, and the tooltip and the list name the kinds.
    const legend = part(el, 'legend')!;
    expect(legend.querySelectorAll('svg .cue').length).to.be.greaterThan(1);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.controls button:last-child')!.click();
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('tr[data-code="E08000025"]'))).to.contain('Shared payroll (Back office)');
    try {
      await executeServerCommand('emulate-media-features', { media: '', features: [{ name: 'forced-colors', value: 'active' }] });
      const mark = el.shadowRoot!.querySelector('#cue-back-office path')!;
      expect(getComputedStyle(mark).stroke).to.equal(system('HighlightText'));
    } finally {
      await executeServerCommand('emulate-media-features', { media: '', features: [] });
    }
    await expect(el).to.be.accessible();
  });

  it('A-M5: area borders and the outline reach 3:1 against the areas and the background', async () => {
    const el = await map({ partnership: 'ace' });
    const area = el.shadowRoot!.querySelector('.background .area')!;
    const base = getComputedStyle(part(el, 'base')!).backgroundColor;
    const style = getComputedStyle(area);
    expect(contrast(style.stroke, style.fill)).to.be.at.least(3);
    expect(contrast(style.stroke, base)).to.be.at.least(3);
    // On a dark theme too.
    el.style.setProperty('--shared-color-background', '#111111');
    el.style.setProperty('--shared-color-surface', '#2b2b2b');
    const dark = getComputedStyle(area);
    expect(contrast(dark.stroke, getComputedStyle(part(el, 'base')!).backgroundColor)).to.be.at.least(3);
    expect(contrast(dark.stroke, dark.fill)).to.be.at.least(3);
  });

  it('A-M7: only the council a user chose reads as selected; the highlighted ones say so in their names', async () => {
    const el = await map({ partnership: 'ace' });
    const options = [...el.shadowRoot!.querySelectorAll('[role="option"]')];
    expect(options.filter((o) => o.getAttribute('aria-selected') === 'true')).to.have.length(0);
    expect(options.filter((o) => /, highlighted$/.test(o.getAttribute('aria-label')!))).to.have.length(5);
    options.find((o) => o.getAttribute('data-key') === 'c:E06000019')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    const selected = [...el.shadowRoot!.querySelectorAll('[role="option"][aria-selected="true"]')];
    expect(selected.map((o) => o.getAttribute('data-key'))).to.deep.equal(['c:E06000019']);
  });

  it('minor: a summary sentence, a visible keyboard hint linked to the drawing, a status region present before it is filled, the list in a scrolling region', async () => {
    const el = await map({ partnership: 'ace' }, 320);
    expect(text(part(el, 'summary'))).to.equal('Adoption Central England (Front line): 5 councils, all on this map.');
    const listbox = el.shadowRoot!.querySelector('[role="listbox"]')!;
    const hint = el.shadowRoot!.getElementById(listbox.getAttribute('aria-describedby')!)!;
    expect(text(hint)).to.contain('Arrow keys');
    expect(hint.getBoundingClientRect().height).to.be.greaterThan(0);
    const status = part(el, 'details')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(text(status)).to.equal('');
    expect(getComputedStyle(status).display, 'an empty status takes no room').to.equal('none');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.controls button:last-child')!.click();
    await el.updateComplete;
    const region = part(el, 'table')!.parentElement!;
    expect(region.getAttribute('role')).to.equal('region');
    expect(getComputedStyle(region).overflowX).to.equal('auto');
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('minor: network nodes are labelled, and no label is clipped at the top', async () => {
    const el = await map({ view: 'network', partnership: 'ace' });
    const labels = [...el.shadowRoot!.querySelectorAll('.labels text')];
    expect(labels.map((l) => l.textContent)).to.include.members(['Adoption Central England', 'Coventry']);
    const frame = svgOf(el).getBoundingClientRect();
    for (const l of labels) expect(l.getBoundingClientRect().top, l.textContent!).to.be.at.least(frame.top - 0.5);
  });

  it('R-C3: reads a geography file in one pass: twice the features, about twice the work', () => {
    const file = (n: number) => ({
      type: 'FeatureCollection',
      features: Array.from({ length: n }, (_, i) => ({
        type: 'Feature',
        properties: { LSOA21CD: `E01${String(i).padStart(6, '0')}` },
        geometry: { type: 'Polygon', coordinates: [[[-1, 52], [-1, 52.001], [-0.999, 52.001], [-1, 52]]] }
      }))
    });
    // Work counted as steps through lists (every loop over an array and every spread takes them), not
    // timed: copying a growing list on every feature made the steps grow with the square of the count.
    const steps = (n: number) => {
      const input = file(n);
      const original = Array.prototype[Symbol.iterator];
      let count = 0;
      Array.prototype[Symbol.iterator] = function (this: unknown[]) {
        const inner = original.call(this);
        return { next: () => (count++, inner.next()), [Symbol.iterator]() { return this; } } as unknown as ArrayIterator<unknown>;
      };
      try {
        const read = readGeography(input);
        expect(read.value && 'areas' in read.value ? read.value.areas.length : 0).to.equal(n);
      } finally {
        Array.prototype[Symbol.iterator] = original;
      }
      return count;
    };
    const [small, large] = [steps(2000), steps(4000)];
    expect(large / small).to.be.below(2.5);
  });

  it('R-H3: lays out 250,000 hexes and a network without spreading them into Math.min', function () {
    this.timeout(60000);
    const hexes = Array.from({ length: 250000 }, (_, i) => ({ code: `E07${String(i).padStart(6, '0')}`, q: i % 500, r: Math.floor(i / 500) }));
    const model = readMapData({ councils: [{ code: 'E07000001', name: 'One' }] }).value!;
    const geography: HexGeography = { kind: 'hex', layout: 'odd-r', hexes };
    const r = layoutHex(model, highlight(model, null, null), geography, 640);
    expect(r.background.length + r.items.length).to.equal(250000);
    expect(Number.isFinite(r.height)).to.equal(true);
  });

  it('R-M3: a network of 5,000 partnerships settles and is drawn, and hovering a node shows its tooltip', async function () {
    this.timeout(60000);
    const councils = Array.from({ length: 300 }, (_, i) => `E07${String(i).padStart(6, '0')}`);
    const big = {
      councils: councils.map((code, i) => ({ code, name: `District ${i}` })),
      partnerships: Array.from({ length: 5000 }, (_, p) => ({
        id: `p${p}`,
        name: `Partnership ${p}`,
        category: 'back-office',
        partners: [0, 1, 2].map((k) => ({ council: councils[(p * 7 + k * 13) % councils.length]! }))
      }))
    };
    const model = readMapData(big).value!;
    const r = layoutNetwork(model, highlight(model, 'p1', null), 640);
    expect(r.items).to.have.length(5300);
    expect(r.items.every((i) => Number.isFinite(i.x) && Number.isFinite(i.y))).to.equal(true);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px">
      <shared-partnership-map .data=${big} view="network" partnership="p1" geo-base="/test-server/status/404/"></shared-partnership-map>
    </div>`);
    const el = wrapper.querySelector('shared-partnership-map') as SharedPartnershipMap;
    await settled(el, 30000);
    // Links drawn as two paths, not 15,000 elements.
    expect(el.shadowRoot!.querySelectorAll('.links path')).to.have.length(2);
    const node = el.shadowRoot!.querySelector('[data-key="p:p2"]')!;
    node.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(text(part(el, 'tooltip'))).to.contain('Partnership 2');
  });
});

describe('R-H9: the map reads at most 100,000 areas of a geography file and a capped dataset, and says what it left out', function () {
  this.timeout(60_000);
  const t = withExpected(catalogues.en, mapMessages.en.expected);
  const said = (problems: Parameters<typeof problemMessage>[0][]) => problems.map((p) => problemMessage(p, t));

  it('leaves out GeoJSON features and HexJSON hexes past 100,000 before they are checked', () => {
    expect(MAX_AREAS).to.equal(100_000);
    const features = cappedGeography({ type: 'FeatureCollection', features: new Array(MAX_AREAS + 7).fill(null) });
    expect((features.input as { features: unknown[] }).features).to.have.length(MAX_AREAS);
    expect(said(features.problems)).to.deep.equal(['features[100000]: expected at most 100,000 here: the 7 after it were left out']);
    const hexes: Record<string, object> = {};
    for (let i = 0; i < MAX_AREAS + 3; i++) hexes[`E07${String(i).padStart(6, '0')}`] = { q: 0, r: 0 };
    const hex = cappedGeography({ layout: 'odd-r', hexes });
    expect(Object.keys((hex.input as { hexes: object }).hexes)).to.have.length(MAX_AREAS);
    expect(said(hex.problems)).to.deep.equal(['hexes["E07100000"]: expected at most 100,000 here: the 3 after it were left out']);
    // Under the limit, the file is passed on as it is.
    const small = { type: 'FeatureCollection', features: [] };
    expect(cappedGeography(small)).to.deep.equal({ input: small, problems: [] });
  });

  it('counts TopoJSON geometries over all its objects, and the map says what was left out of the file', async () => {
    const topology = {
      type: 'Topology',
      arcs: [],
      objects: {
        a: { type: 'GeometryCollection', geometries: Array.from({ length: 60_000 }, () => ({ type: null })) },
        b: { type: 'GeometryCollection', geometries: Array.from({ length: 60_000 }, () => ({ type: null })) }
      }
    };
    const url = URL.createObjectURL(new Blob([JSON.stringify(topology)], { type: 'application/json' }));
    try {
      const result = await loadGeography('geo', url, null, 15_000, new AbortController().signal);
      expect(result!.messages(t, mapMessages.en).join(' | ')).to.contain('objects.b.geometries[40000]: expected at most 100,000 here: the 20,000 after it were left out');
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('reads at most 50,000 councils, 10,000 partnerships, 50,000 partners and 2,000,000 savings points of a dataset', () => {
    expect([MAX_COUNCILS, MAX_PARTNERSHIPS, MAX_PARTNERS, MAX_SAVINGS]).to.deep.equal([50_000, 10_000, 50_000, 2_000_000]);
    const partnerships = Array.from({ length: MAX_PARTNERSHIPS + 2 }, (_, i) => ({ id: `p${i}`, name: `P${i}`, partners: [{}, {}, {}, {}, {}, {}] }));
    (partnerships[0] as { savings?: unknown[] }).savings = new Array(MAX_SAVINGS + 4).fill(null);
    const { input, problems } = cappedMapInput({ councils: new Array(MAX_COUNCILS + 1).fill(null), partnerships });
    const read = input as { councils: unknown[]; partnerships: { partners: unknown[]; savings?: unknown[] }[] };
    expect(read.councils).to.have.length(MAX_COUNCILS);
    expect(read.partnerships).to.have.length(MAX_PARTNERSHIPS);
    expect(read.partnerships.reduce((n, p) => n + p.partners.length, 0)).to.equal(MAX_PARTNERS);
    expect(read.partnerships[0]!.savings).to.have.length(MAX_SAVINGS);
    expect(said(problems)).to.deep.equal([
      'councils[50000]: expected at most 50,000 here: the 1 after it were left out',
      'partnerships[10000]: expected at most 10,000 here: the 2 after it were left out',
      // 50,000 partners are the first 8,333 partnerships' six and two of the next.
      'partnerships[8333].partners[2]: expected at most 50,000 here: the 10,000 after it were left out',
      'partnerships[0].savings[2000000]: expected at most 2,000,000 here: the 4 after it were left out'
    ]);
  });

  it('shows what was left out of a dataset under the map', async () => {
    const partnerships = Array.from({ length: MAX_PARTNERSHIPS + 1 }, (_, i) => ({ id: `p${i}`, name: `P${i}` }));
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px">
      <shared-partnership-map .data=${{ councils: [{ code: 'E08000026', name: 'Coventry' }], partnerships }} view="network" geo-base="/test-server/status/404/"></shared-partnership-map>
    </div>`);
    const el = wrapper.querySelector('shared-partnership-map') as SharedPartnershipMap;
    await settled(el, 30_000);
    expect(text(part(el, 'warnings'))).to.contain('partnerships[10000]: expected at most 10,000 here: the 1 after it were left out');
  });
});
