import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/components/partnership-map/partnership-map.js';
import type { SharedPartnershipMap } from '../../src/components/partnership-map/partnership-map.component.js';
import { chooseYear, readBoundaries } from '../../src/components/partnership-map/partnership-map.builtin.js';
import { placeLabels } from '../../src/components/partnership-map/partnership-map.labels.js';
import { prepareBuiltIn } from '../../src/components/partnership-map/partnership-map.areas.js';
import type { MapModel } from '../../src/components/partnership-map/partnership-map.data.js';
import { part, settled, text } from '../helpers/element.js';
import { ACE } from '../fixtures/datasets.js';

const BOUNDARIES = '/src/councils/geo/boundaries.json';

/** A dataset that names councils by code alone. */
const codesOnly = (codes: string[], extra: Record<string, unknown> = {}) => ({
  partnerships: [{ id: 'p', name: 'Adoption Central England', category: 'front-line', started: '2018-02', partners: codes.map((council) => ({ council })), ...extra }]
});

async function map(data: unknown, attrs: { year?: number; tier?: string; lang?: string; partnership?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px" lang=${attrs.lang ?? 'en-GB'}>
    <shared-partnership-map .data=${data} partnership=${attrs.partnership ?? 'p'} .year=${attrs.year ?? null} tier=${attrs.tier ?? ''}></shared-partnership-map>
  </div>`);
  const el = wrapper.querySelector('shared-partnership-map') as SharedPartnershipMap;
  await settled(el, 8000);
  return el;
}

const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<SVGElement>(selector)];
const highlighted = (el: Element) => all(el, '[data-code][data-highlighted]').map((p) => p.getAttribute('data-code')!).sort();
const backdrop = (el: Element) => all(el, '.background [data-code]').map((p) => p.getAttribute('data-code')!);

describe('<shared-partnership-map> on the built-in boundaries', function () {
  this.timeout(30000);

  it('draws the five Adoption Central England councils, named by code alone, as their own areas with no file given', async function () {
    // The first map of the page fetches and reads the boundaries.
    this.timeout(30000);
    const el = await map(codesOnly(ACE));
    expect(highlighted(el)).to.deep.equal([...ACE].sort());
    // Warwickshire and Worcestershire as whole counties: one area each, no districts marked.
    expect(all(el, '[data-highlighted]').filter((p) => p.tagName === 'path')).to.have.length(5);
    expect(part(el, 'notes')).to.equal(null);
    expect(part(el, 'warnings')).to.equal(null);
    // Each partner's short name is labelled, none over another.
    const labels = all(el, '.labels text').map((t) => t.textContent);
    expect([...labels].sort()).to.deep.equal(['Coventry', 'Herefordshire', 'Solihull', 'Warwickshire', 'Worcestershire']);
    // The text's own geometry (getBBox: the glyphs' line box, not the halo drawn round them), in the drawing's units.
    const boxes = all(el, '.labels text').map((t) => {
      const b = (t as SVGTextElement).getBBox();
      return { left: b.x, right: b.x + b.width, top: b.y, bottom: b.y + b.height };
    });
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top, 'labels overlap').to.equal(true);
    }
    // The register's names, in the accessible names too.
    const names = all(el, '[role="option"].marked').map((o) => o.getAttribute('aria-label'));
    expect(names.some((n) => n!.startsWith('Herefordshire, County of (E06000019)'))).to.equal(true);
    // Started zoomed to the partnership, over a backdrop of the UK's upper tier for the year.
    const [, , w] = el.shadowRoot!.querySelector('svg[part~="svg"]')!.getAttribute('viewBox')!.split(' ').map(Number);
    expect(w).to.be.lessThan(640 / 2);
    expect(backdrop(el).length).to.be.greaterThan(150);
    expect(backdrop(el).some((c) => c.startsWith('E10'))).to.equal(true);
    expect(backdrop(el).some((c) => c.startsWith('E07'))).to.equal(false);
    expect(text(part(el, 'attribution'))).to.equal(
      'Council areas as in 2018. Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right.'
    );
    await expect(el).to.be.accessible();
  });

  it('draws the year asked for: Aylesbury Vale in 2019, Buckinghamshire in 2025', async function () {
    this.timeout(20000);
    const data = codesOnly(['E07000004', 'E06000060'], { started: undefined });
    const before = await map(data, { year: 2019, tier: 'lower' });
    expect(highlighted(before)).to.deep.equal(['E07000004']);
    expect(text(part(before, 'notes'))).to.equal('Not on this map: Buckinghamshire (E06000060) (created in 2020)');
    expect(backdrop(before)).to.include('E07000005');
    const after = await map(data, { year: 2025, tier: 'lower' });
    expect(highlighted(after)).to.deep.equal(['E06000060']);
    expect(text(part(after, 'notes'))).to.equal('Not on this map: Aylesbury Vale (E07000004) (abolished in 2020)');
    expect(backdrop(after)).to.not.include('E07000005');
    await expect(after).to.be.accessible();
  });

  it('takes the latest year the data mentions, and a lower-tier backdrop when asked', async () => {
    const el = await map(codesOnly(ACE, { savings: [{ period: '2023/24', amount: 1 }] }), { tier: 'lower' });
    expect(text(part(el, 'attribution'))).to.match(/^Council areas as in 2024\./);
    expect(backdrop(el).some((c) => c.startsWith('E07'))).to.equal(true);
    expect(backdrop(el).some((c) => c.startsWith('E10'))).to.equal(false);
  });

  it('keeps the backdrop as it is when only the view moves, and draws it again for a new tier', async () => {
    const el = await map(codesOnly(ACE));
    const svg = () => el.shadowRoot!.querySelector('svg[part~="svg"]')!;
    const group = el.shadowRoot!.querySelector('.background')!;
    expect(group.getAttribute('aria-hidden')).to.equal('true');
    const upper = backdrop(el);
    expect(all(el, '.background path.area')).to.have.length(upper.length);
    // Zooming out changes the view box only: the same backdrop, not hundreds of paths made again.
    const zoomed = svg().getAttribute('viewBox');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="controls"] button')!.click();
    await el.updateComplete;
    expect(svg().getAttribute('viewBox')).to.not.equal(zoomed);
    expect(el.shadowRoot!.querySelector('.background')).to.equal(group);
    expect(backdrop(el)).to.deep.equal(upper);
    // Another tier is another drawing: its districts replace the counties.
    el.tier = 'lower';
    await settled(el, 8000);
    expect(el.shadowRoot!.querySelectorAll('.background')).to.have.length(1);
    expect(backdrop(el).some((c) => c.startsWith('E07'))).to.equal(true);
    expect(backdrop(el).some((c) => c.startsWith('E10'))).to.equal(false);
  });

  it('keeps keyboard focus on its council when the map is drawn again at a new width', async () => {
    const el = await map(codesOnly(ACE));
    const options = () => all(el, '[role="option"]');
    const before = options().map((o) => [o.getAttribute('data-key'), o.getAttribute('aria-label')]);
    const option = options().find((o) => o.classList.contains('marked'))!;
    option.focus();
    const key = option.getAttribute('data-key');
    const svg = () => el.shadowRoot!.querySelector('svg[part~="svg"]')!;
    const width = svg().getAttribute('width');
    el.parentElement!.style.width = '480px';
    for (let i = 0; i < 200 && svg().getAttribute('width') === width; i++) await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(svg().getAttribute('width')).to.not.equal(width);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-key')).to.equal(key);
    // The same options, names and one tab stop, on the new drawing.
    expect(options().map((o) => [o.getAttribute('data-key'), o.getAttribute('aria-label')])).to.deep.equal(before);
    expect(options().filter((o) => o.getAttribute('tabindex') === '0')).to.have.length(1);
  });

  it('lists a partner that has no council boundary, from what `councils` gives', async () => {
    const data = { ...codesOnly([...ACE, 'E31000040']), councils: [{ code: 'E31000040', name: 'West Midlands Fire Service' }] };
    const el = await map(data);
    expect(text(part(el, 'notes'))).to.equal('Not on this map: West Midlands Fire Service (E31000040) (no council boundary)');
    expect(part(el, 'warnings')).to.equal(null);
  });

  it('says in Welsh that the area names are in English', async () => {
    const el = await map(codesOnly(ACE), { lang: 'cy' });
    expect(text(part(el, 'attribution'))).to.match(/^Ardaloedd cynghorau fel yr oeddent yn 2018\. Mae enwau’r ardaloedd yn Saesneg yn unig\. Source: Office/);
    await expect(el).to.be.accessible();
  });

  it('fetches the boundaries once however many maps a page has', async () => {
    const asked: string[] = [];
    const real = window.fetch;
    window.fetch = (input, init) => {
      asked.push(String(input instanceof Request ? input.url : input));
      return real(input, init);
    };
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px">
        ${[2018, 2019, 2025].map((year) => html`<shared-partnership-map .data=${codesOnly(ACE)} partnership="p" .year=${year} geo-base="/test-server/geo/"></shared-partnership-map>`)}
      </div>`);
      const maps = [...wrapper.querySelectorAll('shared-partnership-map')] as SharedPartnershipMap[];
      for (const el of maps) await settled(el, 8000);
      expect(maps.map((el) => highlighted(el).length)).to.deep.equal([5, 5, 5]);
      expect(asked.filter((url) => url.endsWith('/test-server/geo/boundaries.json'))).to.have.length(1);
      expect(asked.filter((url) => url.endsWith('/test-server/geo/councils.json'))).to.have.length(1);
    } finally {
      window.fetch = real;
    }
  });
});

/** Labels placed the plain way, every box against every box taken: what placeLabels must give, however it finds overlaps. */
function placeEveryBox(inputs: { key: string; text: string; x: number; y: number }[], k: number, within: [number, number, number, number]) {
  const places: [number, number, 'start' | 'middle' | 'end'][] = [[0, 4, 'middle'], [0, -10, 'middle'], [0, 18, 'middle'], [9, 4, 'start'], [-9, 4, 'end'], [0, -26, 'middle'], [0, 34, 'middle'], [24, -12, 'start'], [-24, -12, 'end'], [24, 20, 'start'], [-24, 20, 'end']];
  const taken: number[][] = [];
  const out: { key: string; x: number; y: number; anchor: string }[] = [];
  const unit = 1 / k;
  for (const input of inputs) {
    const width = input.text.length * 13 * 0.66 * unit;
    const height = 13 * unit;
    for (const [dx, dy, anchor] of places) {
      const x = input.x + dx * unit;
      const baseline = input.y + dy * unit;
      const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
      const box = [left, baseline - height * 1.05, left + width, baseline + height * 0.35];
      if (taken.some((t) => box[0]! < t[2]! && t[0]! < box[2]! && box[1]! < t[3]! && t[1]! < box[3]!)) continue;
      if (box[0]! < within[0] || box[1]! < within[1] || box[2]! > within[2] || box[3]! > within[3]) continue;
      taken.push(box);
      out.push({ key: input.key, x: Math.round(x * 10) / 10, y: Math.round(baseline * 10) / 10, anchor });
      break;
    }
  }
  return out;
}

describe('built-in boundaries and labels, as data', () => {
  it('places labels as checking every box against every other would, however crowded', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ text: fc.string({ minLength: 1, maxLength: 24 }), x: fc.double({ min: -50, max: 900, noNaN: true }), y: fc.double({ min: -50, max: 700, noNaN: true }) }), { maxLength: 120 }),
        fc.constantFrom(0.5, 1, 2.5, 7),
        (labels, k) => {
          const inputs = labels.map((l, i) => ({ key: `k${i}`, ...l }));
          const within: [number, number, number, number] = [0, 0, 800, 600];
          const got = placeLabels(inputs, k, { within }).map(({ key, x, y, anchor }) => ({ key, x, y, anchor }));
          expect(got).to.deep.equal(placeEveryBox(inputs, k, within));
        }
      ),
      { numRuns: 150 }
    );
  });

  it('reads a year’s areas from both tiers, each council once', async () => {
    const builtIn = readBoundaries(await (await fetch(BOUNDARIES)).json());
    expect(builtIn.years).to.deep.equal([2014, 2025]);
    const y2025 = builtIn.year(2025);
    expect(y2025.geography.areas.length).to.equal(382);
    expect([...y2025.tiers.get('E06000019')!].sort()).to.deep.equal(['lower', 'upper']);
    expect([...y2025.tiers.get('E10000031')!]).to.deep.equal(['upper']);
    expect(builtIn.year(2019).tiers.has('E07000004')).to.equal(true);
    expect(builtIn.year(2030), 'clamped to the file’s years').to.equal(y2025);
    expect(builtIn.spans.get('E10000006')).to.deep.equal([2014, 2022]);
    expect(chooseYear(builtIn, null, 2019)).to.equal(2019);
    expect(chooseYear(builtIn, 2012, 2019)).to.equal(2014);
    expect(chooseYear(builtIn, null, undefined)).to.equal(2025);
    expect(() => readBoundaries({ type: 'FeatureCollection' })).to.throw();
  });

  it('makes the slow part of the layout ahead in slices, as long as the task has time, until it is all made', async () => {
    const builtIn = readBoundaries(await (await fetch(BOUNDARIES)).json());
    const year = builtIn.year(2025);
    const model = { councils: new Map([['E08000026', {}]]) } as unknown as MapModel;
    // "Time left" for 40 more checks each call: a slice of the areas' paths a call. A width no other
    // test draws, so that nothing was made before.
    let left = 0;
    let asked = 0;
    const more = () => (asked++, left-- > 0);
    let calls = 0;
    do {
      left = 40;
      calls++;
    } while (prepareBuiltIn(model, year, 'upper', 613, more) && calls < 1000);
    expect(calls, 'several slices').to.be.greaterThan(3);
    expect(calls, 'and an end').to.be.lessThan(1000);
    // All made: nothing left to ask time for.
    asked = 0;
    left = 40;
    expect(prepareBuiltIn(model, year, 'upper', 613, more)).to.equal(false);
    expect(asked).to.equal(1);
  });

  it('places labels so that none overlaps another, and leaves one out only when there is no room', () => {
    const crowd = Array.from({ length: 6 }, (_, i) => ({ key: `k${i}`, text: 'Worcestershire', x: 100, y: 100 + i }));
    const placed = placeLabels(crowd, 1);
    expect(placed.length).to.be.at.least(3);
    expect(placed.length, "one has no free place").to.be.below(6);
    const box = (l: (typeof placed)[number]) => {
      const w = l.text.length * 13 * 0.66;
      const left = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
      return [left, l.y - 13 * 1.05, left + w, l.y + 13 * 0.35];
    };
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) {
        const [p, q] = [box(a), box(b)];
        expect(p[0]! < q[2]! && q[0]! < p[2]! && p[1]! < q[3]! && q[1]! < p[3]!).to.equal(false);
      }
    }
    expect(placeLabels([{ key: 'a', text: 'Solihull', x: 10, y: 10 }], 2)[0]).to.deep.equal({ key: 'a', text: 'Solihull', x: 10, y: 12, anchor: 'middle' });
  });
});
