/**
 * The map's `geo` view as data in, data out (partnership-map.geo.ts and the layout helpers it uses,
 * no element): a district file's areas each drawn once, a county's districts owned by the county,
 * the partnership's councils marked and zoomed to, everything inside the drawing; the dots over the
 * built-in outline; and (fast-check) fitting: the drawing fills the width inside its padding and keeps
 * its shape, at any size.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { highlight, readMapData, type MapModel } from '../../src/components/partnership-map/partnership-map.data.js';
import { fitPlane, heightFor, layoutGeo, PAD } from '../../src/components/partnership-map/partnership-map.geo.js';
import { readGeography, type GeoGeography } from '../../src/components/partnership-map/partnership-map.geography.js';
import type { MapRender } from '../../src/components/partnership-map/partnership-map.layout.js';
import { MAX_HEIGHT } from '../../src/components/partnership-map/partnership-map.constants.js';
import { outline } from '../../src/components/partnership-map/partnership-map.outline.js';
import type { Plane } from '../../src/components/partnership-map/partnership-map.plane.js';
import { ACE, WARWICKSHIRE, WORCESTERSHIRE } from '../fixtures/datasets.js';

const FIXTURES = '/test/fixtures/map';
let model: MapModel;
let districts: GeoGeography;
before(async () => {
  model = readMapData(await (await fetch(`${FIXTURES}/ace.json`)).json()).value!;
  districts = readGeography(await (await fetch(`${FIXTURES}/districts.topojson`)).json()).value as GeoGeography;
});

/** Every x, y pair of a path's data (absolute commands: the layout writes M, L and Z). */
const pointsOf = (d: string) => {
  const numbers = (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
  return Array.from({ length: numbers.length / 2 }, (_, i) => [numbers[2 * i]!, numbers[2 * i + 1]!] as const);
};
const shapesOf = (render: MapRender) => [...render.background, ...render.items.flatMap((i) => i.shapes)];

describe('partnership map: the geo view of a boundary file', () => {
  const ace = () => layoutGeo(model, highlight(model, 'adoption-central-england', null), districts, 640, outline);

  it('draws each area of the file once, as its council’s or as background', () => {
    const codes = shapesOf(ace()).map((s) => s.code);
    expect(new Set(codes).size).to.equal(codes.length);
    expect([...codes].sort()).to.deep.equal(districts.areas.map((a) => a.code).sort());
  });

  it('gives a county every district it lists: one item, so one stop for the keyboard', () => {
    const items = ace().items;
    expect(items.find((i) => i.id === 'E10000031')!.shapes.map((s) => s.code).sort()).to.deep.equal([...WARWICKSHIRE].sort());
    expect(items.find((i) => i.id === 'E10000034')!.shapes.map((s) => s.code).sort()).to.deep.equal([...WORCESTERSHIRE].sort());
    expect(items.filter((i) => WARWICKSHIRE.includes(i.id))).to.deep.equal([]);
  });

  it('marks the partnership’s councils, and only those, and misses none', () => {
    const render = ace();
    expect(render.items.filter((i) => i.highlighted).map((i) => i.id).sort()).to.deep.equal([...ACE].sort());
    expect(render.items.find((i) => i.id === 'E08000025')!.highlighted, 'Birmingham: on the map, not a partner').to.equal(false);
    expect(render.missing).to.deep.equal([]);
  });

  it('keeps every area inside the drawing, and zooms to a box round the marked councils when they take up little of it', () => {
    const render = ace();
    for (const shape of shapesOf(render)) {
      for (const [x, y] of pointsOf(shape.d!)) {
        expect(x, shape.code).to.be.within(PAD - 0.5, render.width - PAD + 0.5);
        expect(y, shape.code).to.be.within(PAD - 0.5, render.height - PAD + 0.5);
      }
    }
    expect(render.zoom, 'the partnership fills most of this map: nothing to gain by zooming').to.equal(undefined);
    const two = layoutGeo(model, highlight(model, 'payroll', null), districts, 640, outline);
    const [zx, zy, zw, zh] = two.zoom!;
    for (const item of two.items.filter((i) => i.highlighted)) {
      expect(item.x, item.id).to.be.within(zx, zx + zw);
      expect(item.y, item.id).to.be.within(zy, zy + zh);
    }
    expect(zw * zh).to.be.lessThan(0.6 * two.width * two.height);
    expect(zw / zh, 'in the drawing’s aspect').to.be.closeTo(two.width / two.height, 0.01);
  });

  it('scales with the width: the same map at half the size has its councils at half the distance', () => {
    const wide = ace();
    const narrow = layoutGeo(model, highlight(model, 'adoption-central-england', null), districts, 320, outline);
    const ratio = narrow.width / wide.width;
    expect(narrow.height / wide.height).to.be.closeTo(ratio, 0.02);
    for (const item of wide.items) {
      const other = narrow.items.find((i) => i.id === item.id)!;
      expect(other.x - PAD, item.id).to.be.closeTo((item.x - PAD) * ((narrow.width - 2 * PAD) / (wide.width - 2 * PAD)), 1);
    }
  });

  it('names marked councils the file has no area for as missing', () => {
    const partial: GeoGeography = { ...districts, areas: districts.areas.filter((a) => a.code !== 'E06000019') };
    const render = layoutGeo(model, highlight(model, 'adoption-central-england', null), partial, 640, outline);
    expect(render.missing.map((c) => c.code)).to.deep.equal(['E06000019']);
  });
});

describe('partnership map: the geo view with no file', () => {
  it('draws councils with a position as dots over the outline, marked by the partnership, inside the drawing', () => {
    const render = layoutGeo(model, highlight(model, 'payroll', null), undefined, 640, outline);
    expect(render.dots).to.equal(true);
    expect(render.background).to.have.length(1);
    expect(render.items.map((i) => i.id).sort()).to.deep.equal([...model.councils.values()].filter((c) => c.lat !== undefined).map((c) => c.code).sort());
    expect(render.items.filter((i) => i.highlighted).map((i) => i.id).sort()).to.deep.equal(['E08000025', 'E08000029']);
    for (const item of render.items) {
      expect(item.x).to.be.within(PAD, render.width - PAD);
      expect(item.y).to.be.within(PAD, render.height - PAD);
    }
    // Coventry is east of Solihull, and Herefordshire south-west of both.
    const at = (code: string) => render.items.find((i) => i.id === code)!;
    expect(at('E08000026').x).to.be.greaterThan(at('E08000029').x);
    expect(at('E06000019').y).to.be.greaterThan(at('E08000029').y);
  });
});

describe('partnership map: fitting (fast-check)', () => {
  const bounds = fc
    .tuple(fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.double({ min: 1, max: 1e4, noNaN: true }), fc.double({ min: 1, max: 1e4, noNaN: true }))
    .map(([x, y, w, h]) => [x, y, x + w, y + h] as [number, number, number, number]);

  it('fits any bounds inside the padding, filling the width or the height, in their own shape', () => {
    fc.assert(
      fc.property(bounds, fc.integer({ min: 120, max: 2000 }), ([x0, y0, x1, y1], width) => {
        const { height, k, tx, ty } = fitPlane({ bounds: [x0, y0, x1, y1], lines: [], areas: [] } as Plane, width);
        const [left, top, right, bottom] = [x0 * k + tx, y0 * k + ty, x1 * k + tx, y1 * k + ty];
        const e = 1e-6 * Math.max(width, height);
        expect(left).to.be.at.least(PAD - e);
        expect(top).to.be.at.least(PAD - e);
        expect(right).to.be.at.most(width - PAD + e);
        expect(bottom).to.be.at.most(height - PAD + e);
        const fillsWidth = Math.abs(right - left - (width - 2 * PAD)) < 1e-6 * width;
        const fillsHeight = Math.abs(bottom - top - (height - 2 * PAD)) < 1e-6 * height;
        expect(fillsWidth || fillsHeight, 'fills one way').to.equal(true);
        // Centred both ways.
        expect(left + right).to.be.closeTo(width, e * 10);
        expect(top + bottom).to.be.closeTo(height, e * 10);
      }),
      { seed: 17, numRuns: 300 }
    );
  });

  it('gives a height that keeps the shape where it can, never taller than 1.4 widths nor the most a map is given', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 5, noNaN: true }), fc.integer({ min: 120, max: 2000 }), (aspect, width) => {
        const height = heightFor(aspect, width);
        const most = Math.min(width * 1.4, MAX_HEIGHT);
        expect(height).to.be.at.most(Math.round(most));
        const ideal = (width - 2 * PAD) * aspect + 2 * PAD;
        if (ideal >= 160 && ideal <= most) expect(height).to.equal(Math.round(ideal));
      }),
      { seed: 17, numRuns: 300 }
    );
  });
});
