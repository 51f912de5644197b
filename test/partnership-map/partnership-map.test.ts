import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/components/partnership-map/partnership-map.js';
import type { SharedPartnershipMap } from '../../src/components/partnership-map/partnership-map.component.js';
import { fuzzElement } from '../helpers/fuzz.js';
import { part, settled, text } from '../helpers/element.js';
import { systemColour } from '../helpers/colour.js';
import { ACE, WARWICKSHIRE, WORCESTERSHIRE } from '../fixtures/datasets.js';

const FIXTURES = '/test/fixtures/map';

let dataset: { councils: { code: string; areas?: string[]; lat?: number; lon?: number }[] } & Record<string, unknown>;
before(async () => {
  dataset = await (await fetch(`${FIXTURES}/ace.json`)).json();
});

interface Options {
  data?: unknown;
  view?: string;
  geo?: string;
  hex?: string;
  partnership?: string;
  council?: string;
  lang?: string;
  geoBase?: string;
  year?: number;
  tier?: string;
}

async function map(o: Options = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px" lang=${o.lang ?? 'en-GB'}>
    <shared-partnership-map .data=${o.data ?? dataset} view=${o.view ?? 'geo'} geo-src=${o.geo ?? ''} hex-src=${o.hex ?? ''}
      partnership=${o.partnership ?? ''} council=${o.council ?? ''} geo-base=${o.geoBase ?? ''} .year=${o.year ?? null} tier=${o.tier ?? ''}></shared-partnership-map>
  </div>`);
  const el = wrapper.querySelector('shared-partnership-map') as SharedPartnershipMap;
  await settled(el);
  return el;
}

const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement | SVGElement>(selector)];
const highlighted = (el: Element) => all(el, '[data-code][data-highlighted]').map((p) => p.getAttribute('data-code')!).sort();
const options = (el: Element) => all(el, '[role="option"]');
const focused = (el: Element) => el.shadowRoot!.activeElement as SVGGElement | null;

describe('<shared-partnership-map>', () => {
  it('highlights all five partners of Adoption Central England on an upper-tier hex map', async () => {
    const el = await map({ view: 'hex', hex: `${FIXTURES}/upper-tier.hexjson`, partnership: 'adoption-central-england' });
    expect(highlighted(el)).to.deep.equal([...ACE].sort());
    expect(all(el, 'path[data-code]')).to.have.length(12);
    const marked = options(el).filter((o) => o.classList.contains('marked'));
    expect(marked).to.have.length(5);
    expect(options(el).filter((o) => o.getAttribute('aria-selected') === 'true'), 'nothing selected yet').to.have.length(0);
    expect(part(el, 'notes')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lights up every district of both counties on a district map when councils list their areas', async () => {
    const el = await map({ geo: `${FIXTURES}/districts.topojson`, partnership: 'adoption-central-england' });
    expect(highlighted(el)).to.deep.equal(['E06000019', 'E08000026', 'E08000029', ...WARWICKSHIRE, ...WORCESTERSHIRE].sort());
    // Birmingham is on the map but not in the partnership: drawn, not marked.
    const birmingham = el.shadowRoot!.querySelector('path[data-code="E08000025"]')!;
    expect(birmingham.hasAttribute('data-highlighted')).to.equal(false);
    // A county is one stop for the keyboard, whatever its number of districts.
    expect(options(el).filter((o) => o.classList.contains('marked'))).to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('lights up the counties’ districts from the council register when the data does not list their areas', async () => {
    const bare = { ...dataset, councils: dataset.councils.map(({ areas: _areas, ...c }) => c) };
    const el = await map({ data: bare, geo: `${FIXTURES}/districts.topojson`, partnership: 'adoption-central-england' });
    expect(highlighted(el)).to.deep.equal(['E06000019', 'E08000026', 'E08000029', ...WARWICKSHIRE, ...WORCESTERSHIRE].sort());
    expect(part(el, 'notes')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('names the counties as not on a district map when the register cannot be had and they list no areas', async () => {
    const bare = { ...dataset, councils: dataset.councils.map(({ areas: _areas, ...c }) => c) };
    const el = await map({ data: bare, geo: `${FIXTURES}/districts.topojson`, partnership: 'adoption-central-england', geoBase: '/test-server/status/404/' });
    expect(highlighted(el)).to.deep.equal(['E06000019', 'E08000026', 'E08000029']);
    expect(text(part(el, 'notes'))).to.equal('Not on this map: Warwickshire County Council (E10000031), Worcestershire County Council (E10000034)');
    await expect(el).to.be.accessible();
  });

  it('finds GSS codes in a property such as CTYUA23CD when features have no id', async () => {
    const el = await map({ geo: `${FIXTURES}/upper-tier.geojson`, partnership: 'adoption-central-england' });
    expect(highlighted(el)).to.deep.equal([...ACE].sort());
  });

  it('draws councils as dots on the built-in outline, with a note saying what to add, when the boundaries cannot be had', async () => {
    // Herefordshire gives no position: the register's is used.
    const noPlace = { ...dataset, councils: dataset.councils.map((c) => (c.code === 'E06000019' ? { code: c.code, name: 'Herefordshire Council' } : c)) };
    const el = await map({ data: noPlace, partnership: 'adoption-central-england', geoBase: '/test-server/geo-without-boundaries/' });
    expect(el.shadowRoot!.querySelector('path.outline')).to.not.equal(null);
    expect(all(el, 'circle[data-code]').length).to.equal(6);
    expect(highlighted(el)).to.deep.equal([...ACE].sort());
    expect(part(el, 'notes')).to.equal(null);
    expect(text(part(el, 'warnings'))).to.include('The council boundaries, http://localhost');
    expect(text(part(el, 'warnings'))).to.include('could not be loaded, so councils are shown as dots: copy the library’s geo folder beside its script, or set geo-base');
    await expect(el).to.be.accessible();
  });

  it('draws only councils without a register entry as dots on the built-in outline when the register cannot be had either', async () => {
    const noPlace = { ...dataset, councils: dataset.councils.map((c) => (c.code === 'E06000019' ? { code: c.code, name: 'Herefordshire Council' } : c)) };
    const el = await map({ data: noPlace, partnership: 'adoption-central-england', geoBase: '/test-server/status/404/' });
    expect(highlighted(el)).to.deep.equal(ACE.filter((c) => c !== 'E06000019').sort());
    expect(text(part(el, 'notes'))).to.equal('Not on this map: Herefordshire Council (E06000019)');
  });

  it('draws a network of councils and partnerships that settles the same way every time', async () => {
    const first = await map({ view: 'network', partnership: 'payroll' });
    const nodes = all(first, '[data-partnership]');
    expect(nodes.map((n) => n.getAttribute('data-partnership')).sort()).to.deep.equal(['adoption-central-england', 'payroll']);
    expect(first.shadowRoot!.querySelector('[data-partnership="payroll"]')!.hasAttribute('data-highlighted')).to.equal(true);
    expect(highlighted(first)).to.deep.equal(['E08000025', 'E08000029']);
    // Links are drawn as two paths (unmarked, marked), one line segment ("M…L…") a link.
    const segments = (selector: string) => all(first, selector).reduce((n, p) => n + (p.getAttribute('d')!.match(/M/g) ?? []).length, 0);
    expect(segments('.link')).to.equal(7);
    expect(segments('.link.marked')).to.equal(2);
    await expect(first).to.be.accessible();
    const shapes = (el: Element) => all(el, '.item > *').map((p) => ['cx', 'cy', 'x', 'y'].map((a) => p.getAttribute(a)).join());
    const second = await map({ view: 'network', partnership: 'payroll' });
    expect(shapes(second)).to.deep.equal(shapes(first));
    second.partnership = 'adoption-central-england';
    await settled(second);
    expect(shapes(second)).to.deep.equal(shapes(first));
  });

  it('marks one council and lists its partnerships', async () => {
    const el = await map({ view: 'hex', hex: `${FIXTURES}/upper-tier.hexjson`, council: 'E08000029' });
    expect(highlighted(el)).to.deep.equal(['E08000029']);
    expect(text(part(el, 'summary'))).to.equal('Solihull Metropolitan Borough Council shares services in: Adoption Central England, Shared payroll');
    await expect(el).to.be.accessible();
  });

  it('is worked by keyboard: Tab in, arrows between highlighted councils, Enter selects, Escape clears', async () => {
    const el = await map({ geo: `${FIXTURES}/districts.topojson`, partnership: 'payroll' });
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    let at = focused(el);
    expect(at?.getAttribute('role')).to.equal('option');
    // A highlighted council says so in its name; it is not "selected" until a user selects it (A-M7).
    expect(at?.getAttribute('aria-label')).to.match(/, highlighted$/);
    expect(at?.getAttribute('aria-selected')).to.equal('false');
    expect(text(part(el, 'tooltip'))).to.contain(at!.getAttribute('data-key')!.slice(2));
    // Placed beside its council, inside the map.
    const tip = part(el, 'tooltip')!;
    const frame = part(el, 'map')!.getBoundingClientRect();
    expect(tip.style.getPropertyValue('left')).to.match(/px$/);
    expect(tip.getBoundingClientRect().right).to.be.at.most(frame.right + 1);
    const visited = new Set([at!.getAttribute('data-key')]);
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowRight']) {
      await sendKeys({ press: key });
      await el.updateComplete;
      at = focused(el);
      expect(at?.classList.contains('marked'), key).to.equal(true);
      visited.add(at!.getAttribute('data-key'));
    }
    // Birmingham and Solihull share payroll; nothing else is a stop.
    expect([...visited].sort()).to.deep.equal(['c:E08000025', 'c:E08000029']);
    const chosen = oneEvent(el, 'shared-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await chosen;
    expect(detail).to.deep.equal({ kind: 'council', id: at!.getAttribute('data-key')!.slice(2) });
    await el.updateComplete;
    expect(text(part(el, 'details'))).to.contain('Selected:');
    expect(at!.getAttribute('aria-selected'), 'the chosen council is selected').to.equal('true');
    expect(options(el).filter((o) => o.getAttribute('aria-selected') === 'true')).to.have.length(1);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    // The status region stays, empty, so that the next selection is announced.
    expect(text(part(el, 'details'))).to.equal('');
    expect(part(el, 'details')!.hidden).to.equal(true);
    expect(at!.getAttribute('aria-selected')).to.equal('false');
    expect(part(el, 'tooltip')).to.equal(null);
    before.remove();
  });

  it('zooms to the partnership and back', async () => {
    const el = await map({ geo: `${FIXTURES}/districts.topojson`, partnership: 'payroll' });
    const svg = el.shadowRoot!.querySelector('svg[part~="svg"]')!;
    const whole = svg.getAttribute('viewBox')!;
    const zoom = [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Zoom to Shared payroll')!;
    zoom.click();
    await el.updateComplete;
    const [, , w] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    expect(w).to.be.lessThan(Number(whole.split(' ')[2]));
    // The button names what it does (A-M6): no pressed state that reads "Show the whole map, pressed" while zoomed.
    expect(text(zoom)).to.equal('Show the whole map');
    expect(zoom.hasAttribute('aria-pressed')).to.equal(false);
    zoom.click();
    await el.updateComplete;
    expect(svg.getAttribute('viewBox')).to.equal(whole);
  });

  it('starts zoomed with the zoom attribute, and dots stay the same size on screen when zoomed', async () => {
    const el = await map({ partnership: 'payroll', geoBase: '/test-server/status/404/' });
    const dot = () => el.shadowRoot!.querySelector('circle[data-code="E08000025"]')!.getBoundingClientRect().width;
    const whole = dot();
    el.zoom = true;
    await el.updateComplete;
    expect(el.hasAttribute('zoom')).to.equal(true);
    expect(el.shadowRoot!.querySelector('svg[part~="svg"]')!.getAttribute('viewBox')!.split(' ').map(Number)[2]).to.be.lessThan(640);
    expect(Math.abs(dot() - whole)).to.be.lessThan(1);
    await expect(el).to.be.accessible();
  });

  it('offers a list of councils and their partnerships, whose buttons select a council', async () => {
    const el = await map({ view: 'hex', hex: `${FIXTURES}/upper-tier.hexjson`, partnership: 'payroll' });
    const toggle = [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Show as a list')!;
    toggle.click();
    await el.updateComplete;
    const rows = all(el, 'tbody tr');
    expect(rows.map((r) => r.getAttribute('data-code')).slice(0, 2)).to.deep.equal(['E08000025', 'E08000029']);
    // The kind of service is named, not only coloured (A-S3).
    expect(text(rows[0])).to.equal('Birmingham City Council highlighted E08000025 Shared payroll (Back office) Yes');
    await expect(el).to.be.accessible();
    const chosen = oneEvent(el, 'shared-select');
    rows[2]!.querySelector('button')!.click();
    expect((await chosen).detail).to.deep.equal({ kind: 'council', id: rows[2]!.getAttribute('data-code') });
  });

  it('draws a long list a part a frame: the first 60 councils at once, every one within a few frames, in order', async () => {
    const register = await (await fetch('/src/councils/geo/councils.json')).json();
    const at = (row: unknown[], field: string) => row[register.fields.indexOf(field)];
    const councils = (register.councils as unknown[][])
      .filter((c) => (at(c, 'first') as number) <= 2019 && (at(c, 'last') as number) >= 2019)
      .map((c) => ({ code: at(c, 'code') as string, name: at(c, 'name'), lat: at(c, 'lat'), lon: at(c, 'lon') }));
    const own = new Set(dataset.councils.map((c) => c.code));
    const data = { ...dataset, councils: [...dataset.councils, ...councils.filter((c) => !own.has(c.code)).slice(0, 150 - own.size)] };
    const el = await map({ data, view: 'hex', hex: `${FIXTURES}/upper-tier.hexjson`, partnership: 'payroll' });
    const codes = () => all(el, 'tbody tr').map((r) => r.getAttribute('data-code'));
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Show as a list')!.click();
    await el.updateComplete;
    expect(codes().length).to.equal(60);
    await waitUntil(() => codes().length === 150, 'every council listed within a few frames', { timeout: 5000 });
    expect(new Set(codes()).size).to.equal(150);
    // Highlighted councils first, then by name, across the parts.
    const rows = all(el, 'tbody tr');
    const marked = rows.filter((r) => r.classList.contains('marked')).length;
    expect(rows.slice(0, marked).every((r) => r.classList.contains('marked'))).to.equal(true);
    const names = rows.slice(marked).map((r) => text(r.querySelector('th button')!));
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b)));
    // Closed and opened again, it starts from its first part.
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Hide the list')!.click();
    await el.updateComplete;
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Show as a list')!.click();
    await el.updateComplete;
    expect(codes().length).to.equal(60);
  });

  it('speaks Welsh', async () => {
    const el = await map({ view: 'hex', hex: `${FIXTURES}/upper-tier.hexjson`, partnership: 'payroll', lang: 'cy' });
    expect(text(part(el, 'legend'))).to.equal('Swyddfa gefn');
    expect([...el.shadowRoot!.querySelectorAll('button')].map(text)).to.include('Dangos fel rhestr');
    await expect(el).to.be.accessible();
  });

  it('tells highlighted areas apart by system colours when forced colours are on, and prints the list', async () => {
    const el = await map({ view: 'hex', hex: `${FIXTURES}/upper-tier.hexjson`, partnership: 'payroll' });
    const on = el.shadowRoot!.querySelector('path[data-code][data-highlighted]')!;
    const off = el.shadowRoot!.querySelector('path[data-code]:not([data-highlighted])')!;
    try {
      await executeServerCommand('emulate-media-features', { media: '', features: [{ name: 'forced-colors', value: 'active' }] });
      const system = systemColour;
      expect(getComputedStyle(on).fill).to.equal(system('Highlight'));
      expect(getComputedStyle(off).fill).to.equal(system('Canvas'));
      expect(getComputedStyle(off).stroke).to.equal(system('CanvasText'));
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-media-features', { media: '', features: [] });
    }
    expect(part(el, 'table')).to.equal(null);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(all(el, 'tbody tr[data-code]')).to.have.length(6);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(part(el, 'table')).to.equal(null);
  });

  it('shows the geography loading, busy, then the map', async () => {
    const hexjson = JSON.stringify({ layout: 'odd-r', hexes: { E08000026: { q: 0, r: 0 }, E08000029: { q: 1, r: 0 } } });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px">
      <shared-partnership-map .data=${dataset} view="hex" hex-src=${`/test-server/slow?ms=700&body=${encodeURIComponent(hexjson)}`} partnership="adoption-central-england"></shared-partnership-map>
    </div>`);
    const el = wrapper.firstElementChild as SharedPartnershipMap;
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(part(el, 'loading')).to.not.equal(null);
    await expect(el).to.be.accessible();
    await settled(el);
    expect(highlighted(el)).to.deep.equal(['E08000026', 'E08000029']);
    expect(text(part(el, 'notes'))).to.contain('Not on this map: Warwickshire County Council (E10000031)');
  });

  describe('bad input', () => {
    for (const [name, file, view, message] of [
      ['a file that is not geography', 'not-geography.json', 'geo', 'expected GeoJSON, TopoJSON or HexJSON'],
      ['a HexJSON with an unknown layout', 'bad-layout.hexjson', 'hex', 'layout: expected one of odd-r, even-r, odd-q, even-q, got "diagonal"'],
      ['a geography file that is not there', 'missing.topojson', 'geo', 'the server answered 404'],
      ['a British National Grid file', 'bng.geojson', 'geo', 'British National Grid'],
      ['HexJSON given to the geo view', 'upper-tier.hexjson', 'geo', 'needs GeoJSON or TopoJSON']
    ] as const) {
      it(`${name}: a located message, and the councils still listed`, async () => {
        const el = await map({ view, geo: `${FIXTURES}/${file}`, hex: `${FIXTURES}/${file}`, partnership: 'adoption-central-england' });
        const error = part(el, 'error')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(text(error)).to.contain(message);
        expect(text(error)).to.contain(file);
        expect(all(el, 'tbody tr[data-code]')).to.have.length(6);
        await expect(el).to.be.accessible();
      });
    }

    it('the hex view with no HexJSON file: says what to set, and lists the councils', async () => {
      const el = await map({ view: 'hex', partnership: 'adoption-central-england' });
      expect(text(part(el, 'empty'))).to.contain('set the hex-src attribute');
      expect(all(el, 'tbody tr[data-code]')).to.have.length(6);
      await expect(el).to.be.accessible();
    });

    it('a network with no partnerships to draw: says so, and lists the councils', async () => {
      const el = await map({ view: 'network', data: { councils: dataset.councils } });
      expect(text(part(el, 'empty'))).to.contain('this data has no partnerships');
      expect(all(el, 'tbody tr[data-code]')).to.have.length(6);
      await expect(el).to.be.accessible();
    });

    it('a dataset that is not one: the error, no map', async () => {
      const el = await map({ data: { councils: 'nope' } });
      expect(text(part(el, 'error'))).to.contain('councils: expected a list');
      await expect(el).to.be.accessible();
    });

    it('no data: says what to set', async () => {
      const el = await map({ data: { councils: [] } });
      expect(text(part(el, 'empty'))).to.contain('shared dataset');
      await expect(el).to.be.accessible();
    });

    it('random and broken datasets never throw out of the element', async function () {
      // Many renders in one test: on a loaded machine (CI, Firefox) this takes longer than mocha's 10 s.
      this.timeout(60_000);
      await fuzzElement({ tag: 'shared-partnership-map', seeds: [dataset], content: '[part~="svg"], [part~="table"]', runs: 40 });
    });
  });
});
