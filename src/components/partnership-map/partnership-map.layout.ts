/**
 * The map's render model, whatever the view: shapes to draw (each with the GSS code it stands for),
 * the councils and partnerships a user can move between, links for the network, the box to zoom to,
 * and the councils the geography lacks. Views fill it in (`.geo.ts`, `.hex.ts`, `.network.ts`);
 * the component only reads it.
 */
import type { MapView } from './partnership-map.constants.js';
import type { Category, Highlight, MapCouncil, MapModel } from './partnership-map.data.js';

export type Box = [x: number, y: number, width: number, height: number];
export type Bounds = [x0: number, y0: number, x1: number, y1: number];

/** One drawn area, hex or dot, with the code the geography gives it. */
export interface Shape {
  code: string;
  /** An area or hex: its outline. */
  d?: string;
  /** A dot or network node: where it is, drawn the same size on screen however far the map is zoomed. */
  at?: { x: number; y: number; square?: true };
}

/** A council or partnership a user can move to: its shapes, where it is, and whether it is marked. */
export interface MapItem {
  key: string;
  kind: 'council' | 'partnership';
  /** A GSS code, or a partnership id. */
  id: string;
  name: string;
  x: number;
  y: number;
  highlighted: boolean;
  category: Category | 'mixed' | 'none';
  shapes: Shape[];
}

export interface Link {
  d: string;
  highlighted: boolean;
}

export interface MapRender {
  view: MapView;
  width: number;
  height: number;
  /** Areas, hexes or an outline that stand for no council in the data: drawn, unmarked. */
  background: Shape[];
  items: MapItem[];
  links: Link[];
  /** The highlighted items' extent (padded, in the drawing's aspect), when there is something to zoom to. */
  zoom?: Box;
  /** True when councils are dots on the built-in outline. */
  dots?: boolean;
  /** Councils that should be marked but that the geography lacks. */
  missing: MapCouncil[];
}

/** The councils a user would expect to find marked: the highlighted ones. */
export function wanted(model: MapModel, marked: Highlight): MapCouncil[] {
  return [...marked.councils.keys()].map((code) => model.councils.get(code)!).filter(Boolean);
}

/** Widens `box` by `pad` on each side and to the aspect `width:height`, never smaller than `min` of the whole. */
export function fitBox(box: Box, width: number, height: number, pad = 24, min = 0.2): Box {
  let [x, y, w, h] = box;
  w = Math.max(w + 2 * pad, width * min);
  h = Math.max(h + 2 * pad, height * min);
  const aspect = width / height;
  if (w / h > aspect) h = w / aspect;
  else w = h * aspect;
  const cx = box[0] + box[2] / 2;
  const cy = box[1] + box[3] / 2;
  x = cx - w / 2;
  y = cy - h / 2;
  return [round(x), round(y), round(w), round(h)];
}

/** The box around some `[x0, y0, x1, y1]` bounds, or undefined for none. */
export function union(bounds: readonly (readonly [number, number, number, number])[]): Box | undefined {
  if (!bounds.length) return undefined;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of bounds) {
    x0 = Math.min(x0, b[0]);
    y0 = Math.min(y0, b[1]);
    x1 = Math.max(x1, b[2]);
    y1 = Math.max(y1, b[3]);
  }
  return Number.isFinite(x0) ? [x0, y0, x1 - x0, y1 - y0] : undefined;
}

/**
 * The zoom box for the highlighted items: none when nothing is highlighted, or when their box would
 * take up most of the drawing anyway (nothing to gain by zooming).
 */
export function zoomFor(items: readonly MapItem[], bounds: (item: MapItem) => Bounds[], width: number, height: number) {
  const box = union(items.filter((item) => item.highlighted).flatMap(bounds));
  if (!box) return undefined;
  const fitted = fitBox(box, width, height);
  return fitted[2] * fitted[3] < 0.6 * width * height ? fitted : undefined;
}

/** Orders items as a reader would meet them: top to bottom, then left to right. */
export function readingOrder(items: MapItem[]): MapItem[] {
  return items.sort((a, b) => a.y - b.y || a.x - b.x);
}

export const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The smallest and largest of `values` (and of `also`), by a loop: `Math.min(...values)` overflows the
 * stack past about 100,000 values (R-H3).
 */
export function extent(values: readonly number[], also?: number): [number, number] {
  let lo = also ?? Infinity;
  let hi = also ?? -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/** Puts items in reading order, finds the zoom box and what is missing. */
export function finish(
  model: MapModel,
  marked: Highlight,
  view: MapRender['view'],
  items: MapItem[],
  background: Shape[],
  width: number,
  height: number,
  bounds: (item: MapItem) => Bounds[]
): MapRender {
  const shown = new Set(items.map((i) => i.id));
  const zoom = zoomFor(items, bounds, width, height);
  return {
    view,
    width,
    height: Math.round(height),
    background,
    items: readingOrder(items),
    links: [],
    ...(zoom ? { zoom } : {}),
    missing: wanted(model, marked).filter((c) => !shown.has(c.code))
  };
}

/** Which council each area code belongs to: its own code first, then the councils' `areas`. */
export function owners(model: MapModel, codes: ReadonlySet<string>): Map<string, string> {
  const owner = new Map<string, string>();
  for (const c of model.councils.values()) if (codes.has(c.code)) owner.set(c.code, c.code);
  for (const c of model.councils.values()) for (const area of c.areas) if (codes.has(area) && !owner.has(area)) owner.set(area, c.code);
  return owner;
}

export function councilItem(model: MapModel, marked: Highlight, code: string, shapes: Shape[], x: number, y: number): MapItem {
  const council = model.councils.get(code)!;
  return {
    key: `c:${code}`,
    kind: 'council',
    id: code,
    name: council.name,
    x: round(x),
    y: round(y),
    highlighted: marked.councils.has(code),
    category: marked.councils.get(code) ?? 'none',
    shapes
  };
}
