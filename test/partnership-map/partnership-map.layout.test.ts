import { expect } from '@open-wc/testing';
import { highlight, readMapData, type MapModel } from '../../src/components/partnership-map/partnership-map.data.js';
import { hexCentre, layoutHex } from '../../src/components/partnership-map/partnership-map.hex.js';
import { fitBox, owners, type MapItem } from '../../src/components/partnership-map/partnership-map.layout.js';
import { keyAction, nearest } from '../../src/components/partnership-map/partnership-map.navigation.js';
import { layoutNetwork, settle } from '../../src/components/partnership-map/partnership-map.network.js';

const dataset = {
  councils: [
    { code: 'E08000026', name: 'Coventry' },
    { code: 'E10000031', name: 'Warwickshire', areas: ['E07000218', 'E07000219'] },
    { code: 'E07000218', name: 'North Warwickshire' }
  ],
  partnerships: [
    { id: 'a', name: 'A', category: 'front-line', partners: [{ council: 'E08000026' }, { council: 'E10000031' }, { council: 'E09000001' }] },
    { id: 'b', name: 'B', category: 'back-office', partners: [{ council: 'E08000026' }, { council: 'E08000026' }] }
  ]
};
const model = readMapData(dataset).value as MapModel;

function item(key: string, x: number, y: number, highlighted = true): MapItem {
  return { key, kind: 'council', id: key, name: key, x, y, highlighted, category: 'none', shapes: [] };
}

describe('partnership map: data and layout', () => {
  it('keeps partners whose council is not listed, named by code, and counts each council once per partnership', () => {
    expect(model.councils.get('E09000001')).to.include({ name: 'E09000001', unlisted: true });
    expect(model.partnerships.get('b')!.councils).to.deep.equal(['E08000026']);
    expect(model.councils.get('E08000026')!.partnerships).to.deep.equal(['a', 'b']);
  });

  it('highlights a partnership in its category, a council alone, or every partner coloured by kind', () => {
    expect([...highlight(model, 'a', null).councils]).to.deep.equal([
      ['E08000026', 'front-line'],
      ['E10000031', 'front-line'],
      ['E09000001', 'front-line']
    ]);
    const one = highlight(model, null, 'E08000026');
    expect([...one.councils]).to.deep.equal([['E08000026', 'mixed']]);
    expect([...one.partnerships]).to.deep.equal(['a', 'b']);
    const none = highlight(model, 'nope', null);
    expect(none.mode).to.equal('all');
    expect(none.unknown).to.deep.equal({ kind: 'partnership', id: 'nope' });
    expect(none.councils.has('E07000218')).to.equal(false);
  });

  it('gives an area to the council with its code before one that lists it', () => {
    const owner = owners(model, new Set(['E07000218', 'E07000219', 'E08000026', 'E06000001']));
    expect([...owner].sort()).to.deep.equal([
      ['E07000218', 'E07000218'],
      ['E07000219', 'E10000031'],
      ['E08000026', 'E08000026']
    ]);
  });

  it('places hexes for each of the four HexJSON layouts, rows counting up', () => {
    const r3 = Math.sqrt(3);
    expect(hexCentre('odd-r', 0, 1)).to.deep.equal([r3 * 0.5, -1.5]);
    expect(hexCentre('odd-r', 0, 2)).to.deep.equal([0, -3]);
    expect(hexCentre('even-r', 0, 2)).to.deep.equal([r3 * 0.5, -3]);
    expect(hexCentre('even-r', 0, -1)).to.deep.equal([0, 1.5]);
    expect(hexCentre('odd-q', 1, 0)).to.deep.equal([1.5, -r3 * 0.5]);
    expect(hexCentre('even-q', 2, 1)).to.deep.equal([3, -r3 * 1.5]);
  });

  it('fits a hex map to the width, and neighbouring hexes do not overlap', () => {
    const hexes = [
      { code: 'E08000026', q: 0, r: 0 },
      { code: 'E10000031', q: 1, r: 0 },
      { code: 'E07000218', q: 0, r: 1 },
      { code: 'E06000001', q: 1, r: 1 }
    ];
    const r = layoutHex(model, highlight(model, 'a', null), { kind: 'hex', layout: 'odd-r', hexes }, 400);
    const centres = r.items.map((i) => [i.x, i.y]);
    const gaps = centres.flatMap((a, i) => centres.slice(i + 1).map((b) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!)));
    const size = Math.min(...gaps);
    expect(Math.max(...gaps) / size).to.be.lessThan(2.1);
    expect(r.items.map((i) => [i.id, i.highlighted])).to.deep.equal([
      ['E07000218', false],
      ['E08000026', true],
      ['E10000031', true]
    ]);
    expect(r.background.map((s) => s.code)).to.deep.equal(['E06000001']);
    expect(r.missing.map((c) => c.code)).to.deep.equal(['E09000001']);
  });

  it('settles the network once per model and places every node inside the drawing', () => {
    const first = settle(model);
    expect(settle(model)).to.equal(first);
    const r = layoutNetwork(model, highlight(model, 'b', null), 500);
    for (const i of r.items) {
      expect(i.x).to.be.within(0, r.width);
      expect(i.y).to.be.within(0, r.height);
    }
    expect(r.items.filter((i) => i.highlighted).map((i) => i.key).sort()).to.deep.equal(['c:E08000026', 'p:b']);
    expect(r.links).to.have.length(4);
  });

  it('widens a zoom box to the drawing’s shape, and never zooms in further than a fifth', () => {
    expect(fitBox([100, 100, 10, 10], 400, 200, 0, 0.2)).to.deep.equal([65, 85, 80, 40]);
    expect(fitBox([0, 0, 200, 20], 400, 200, 0)).to.deep.equal([0, -40, 200, 100]);
  });

  it('moves by arrow keys to the nearest item that way, among the highlighted ones', () => {
    const a = item('a', 0, 0);
    const b = item('b', 10, 1);
    const c = item('c', 5, 20);
    const d = item('d', 3, 0, false);
    const items = [a, b, c, d];
    expect(nearest(items.slice(0, 3), a, 'right')).to.equal(b);
    expect(nearest(items.slice(0, 3), a, 'down')).to.equal(c);
    expect(nearest(items.slice(0, 3), a, 'left')).to.equal(a);
    expect(keyAction('ArrowRight', items, a)).to.deep.equal({ move: b });
    expect(keyAction('End', items, a)).to.deep.equal({ move: c });
    expect(keyAction('Enter', items, b)).to.deep.equal({ select: b });
    expect(keyAction('Escape', items, b)).to.deep.equal({ clear: true });
    expect(keyAction('x', items, b)).to.equal(undefined);
    // With nothing highlighted, every item is a stop.
    const plain = items.map((i) => ({ ...i, highlighted: false }));
    expect(keyAction('ArrowRight', plain, plain[0])).to.deep.equal({ move: plain[3] });
  });
});
