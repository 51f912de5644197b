/**
 * The `hex` view: a HexJSON layout scaled to fit the width. Rows (`r`) count up from the bottom, as
 * HexJSON files are drawn; `-r` layouts have pointy tops and shift odd (`odd-r`) or even (`even-r`)
 * rows half a hex right; `-q` layouts have flat tops and shift odd or even columns half a hex up.
 */
import type { Highlight, MapModel } from './partnership-map.data.js';
import type { HexCell, HexGeography, HexLayout } from './partnership-map.geography.js';
import { councilItem, extent, finish, owners, round, type MapRender, type Shape } from './partnership-map.layout.js';
import { MAX_HEIGHT } from './partnership-map.constants.js';

const SQRT3 = Math.sqrt(3);
const PAD = 4;
const odd = (n: number) => Math.abs(n % 2) === 1;

/** The centre of a hex of circumradius 1. */
export function hexCentre(layout: HexLayout, q: number, r: number): [number, number] {
  if (layout === 'odd-r' || layout === 'even-r') {
    const shift = odd(r) === (layout === 'odd-r') ? 0.5 : 0;
    return [SQRT3 * (q + shift), -1.5 * r];
  }
  const shift = odd(q) === (layout === 'odd-q') ? 0.5 : 0;
  return [1.5 * q, -SQRT3 * (r + shift)];
}

/** The six corners' offsets from the centre for a hex of circumradius `size`. */
function corners(layout: HexLayout, size: number): [number, number][] {
  const start = layout.endsWith('-r') ? 30 : 0;
  return Array.from({ length: 6 }, (_, i) => {
    const a = ((start + 60 * i) * Math.PI) / 180;
    return [size * Math.cos(a), size * Math.sin(a)];
  });
}

export function layoutHex(model: MapModel, marked: Highlight, geography: HexGeography, width: number): MapRender {
  const { layout, hexes } = geography;
  const unit = hexes.map((h) => hexCentre(layout, h.q, h.r));
  const pointy = layout.endsWith('-r');
  const [hw, hh] = pointy ? [SQRT3 / 2, 1] : [1, SQRT3 / 2];
  const xs = unit.map((u) => u[0]);
  const ys = unit.map((u) => u[1]);
  const [[xMin, xMax], [yMin, yMax]] = [extent(xs), extent(ys)];
  const [x0, x1, y0, y1] = [xMin - hw, xMax + hw, yMin - hh, yMax + hh];
  const size = hexes.length ? Math.min((width - 2 * PAD) / (x1 - x0), (Math.min(width * 1.4, MAX_HEIGHT) - 2 * PAD) / (y1 - y0)) : 1;
  const height = hexes.length ? (y1 - y0) * size + 2 * PAD : 160;
  const left = (width - (x1 - x0) * size) / 2;
  const offsets = corners(layout, size * 0.96);
  const at = (i: number): [number, number] => [left + (unit[i]![0] - x0) * size, PAD + (unit[i]![1] - y0) * size];
  const shape = (cell: HexCell, [x, y]: [number, number]): Shape => ({
    code: cell.code,
    d: `M${offsets.map(([dx, dy]) => `${round(x + dx)},${round(y + dy)}`).join('L')}Z`
  });

  const owner = owners(model, new Set(hexes.map((h) => h.code)));
  const background: Shape[] = [];
  const byCouncil = new Map<string, { shapes: Shape[]; centres: [number, number][] }>();
  hexes.forEach((cell, i) => {
    const centre = at(i);
    const code = owner.get(cell.code);
    if (!code) return void background.push(shape(cell, centre));
    const entry = byCouncil.get(code) ?? { shapes: [], centres: [] };
    entry.shapes.push(shape(cell, centre));
    entry.centres.push(centre);
    byCouncil.set(code, entry);
  });
  const items = [...byCouncil].map(([code, { shapes, centres }]) => {
    const mean = (k: 0 | 1) => centres.reduce((sum, c) => sum + c[k], 0) / centres.length;
    return councilItem(model, marked, code, shapes, mean(0), mean(1));
  });
  const centresOf = new Map([...byCouncil].map(([code, e]) => [code, e.centres]));
  return finish(model, marked, 'hex', items, background, width, height, (item) =>
    (centresOf.get(item.id) ?? []).map(([x, y]) => [x - size, y - size, x + size, y + size])
  );
}
