/**
 * The `geo` view: areas from a boundary file, projected to fit the width, each owned by the council
 * whose code or `areas` name it;
 * or, with no file, councils as dots by `lat`/`lon` over the built-in outline.
 */
import { geoPath, geoTransverseMercator, type GeoProjection } from 'd3-geo';
import type { Geometry, MultiPolygon } from 'geojson';
import type { Highlight, MapModel } from './partnership-map.data.js';
import type { GeoGeography } from './partnership-map.geography.js';
import { councilItem, finish, owners, round, type Bounds, type MapItem, type MapRender, type Shape } from './partnership-map.layout.js';
import { boundsOf, centroidOf, drawer, toPlane, type Lines, type Plane, type PlaneArea } from './partnership-map.plane.js';

import { DOT, MAX_HEIGHT } from './partnership-map.constants.js';

export const PAD = 8;

/** The height that keeps a drawing of `aspect` (height ÷ width) in shape across `width`, within limits. */
export const heightFor = (aspect: number, width: number) => Math.round(Math.min(Math.max((width - 2 * PAD) * aspect + 2 * PAD, 160), width * 1.4, MAX_HEIGHT));

/** A projection fitted to `object` across `width`, and the height that keeps its shape. */
function fit(object: Geometry, width: number): { projection: GeoProjection; height: number } {
  const projection = geoTransverseMercator().rotate([2, 0]).precision(0).fitSize([1000, 1000], object);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(object);
  const height = heightFor(x1 > x0 ? (y1 - y0) / (x1 - x0) : 1, width);
  projection.fitExtent([[PAD, PAD], [width - PAD, height - PAD]], object);
  return { projection, height };
}

const planes = new WeakMap<GeoGeography, Plane>();

/**
 * The geography on the plane (transverse Mercator about 2°W, as the Ordnance Survey's grid is), made
 * once and kept: a TopoJSON file's arcs projected once each and shared by the areas that border on
 * them; a GeoJSON file's rings each a line of their own. Fitting a width, highlighting and zooming are
 * then a scale and a shift, and a new width or highlight projects nothing again.
 */
export function planar(geography: GeoGeography): Plane {
  const known = planes.get(geography);
  if (known) return known;
  let plane: Plane;
  if (geography.lines && geography.areas.every((a) => a.lines)) {
    plane = toPlane({ lines: geography.lines, areas: geography.areas.map((a) => ({ code: a.code, lines: a.lines! })) });
  } else {
    const lines: Lines = [];
    const areas = geography.areas.map((area) => {
      const g = area.geometry;
      const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
      const refs = polygons.map((polygon) =>
        polygon.map((ring) => {
          const line = new Float64Array(ring.length * 2);
          ring.forEach(([x, y], i) => {
            line[2 * i] = x!;
            line[2 * i + 1] = y!;
          });
          lines.push(line);
          return [lines.length - 1];
        })
      );
      return { code: area.code, lines: refs };
    });
    plane = toPlane({ lines, areas });
  }
  planes.set(geography, plane);
  return plane;
}

/** The plane's bounds fitted to `width`: the height that keeps their shape, the scale and the shift. */
export function fitPlane(plane: Plane, width: number): { height: number; k: number; tx: number; ty: number } {
  const [bx0, by0, bx1, by1] = plane.bounds;
  const height = heightFor(bx1 > bx0 ? (by1 - by0) / (bx1 - bx0) : 1, width);
  const k = Math.min((width - 2 * PAD) / (bx1 - bx0 || 1), (height - 2 * PAD) / (by1 - by0 || 1));
  return { height, k, tx: (width - k * (bx0 + bx1)) / 2, ty: (height - k * (by0 + by1)) / 2 };
}

export function layoutGeo(model: MapModel, marked: Highlight, geography: GeoGeography | undefined, width: number, outline: MultiPolygon): MapRender {
  return geography ? areasView(model, marked, geography, width) : dotsView(model, marked, width, outline);
}

function areasView(model: MapModel, marked: Highlight, geography: GeoGeography, width: number): MapRender {
  const plane = planar(geography);
  const { height, k, tx, ty } = fitPlane(plane, width);
  const draw = drawer(plane, k, tx, ty, 0.7);
  const owner = owners(model, new Set(plane.areas.map((a) => a.code)));
  const byCouncil = new Map<string, { shapes: Shape[]; areas: PlaneArea[] }>();
  const background: Shape[] = [];
  for (const area of plane.areas) {
    const shape = { code: area.code, d: draw([area]) };
    const code = owner.get(area.code);
    if (!code) {
      background.push(shape);
      continue;
    }
    const entry = byCouncil.get(code) ?? { shapes: [], areas: [] };
    entry.shapes.push(shape);
    entry.areas.push(area);
    byCouncil.set(code, entry);
  }
  const bounds = new Map<string, Bounds[]>();
  const items = [...byCouncil].map(([code, { shapes, areas }]) => {
    const [cx, cy] = centroidOf(areas);
    const [x0, y0, x1, y1] = boundsOf(areas);
    bounds.set(code, [[x0 * k + tx, y0 * k + ty, x1 * k + tx, y1 * k + ty]]);
    return councilItem(model, marked, code, shapes, cx * k + tx, cy * k + ty);
  });
  return finish(model, marked, 'geo', items, background, width, height, (i) => bounds.get(i.id) ?? []);
}

function dotsView(model: MapModel, marked: Highlight, width: number, outline: MultiPolygon): MapRender {
  const { projection, height } = fit(outline, width);
  const path = geoPath(projection).digits(1);
  const items: MapItem[] = [];
  for (const council of model.councils.values()) {
    if (council.lat === undefined || council.lon === undefined) continue;
    const at = projection([council.lon, council.lat]);
    if (!at) continue;
    const [x, y] = at;
    items.push(councilItem(model, marked, council.code, [{ code: council.code, at: { x: round(x), y: round(y) } }], x, y));
  }
  const background = [{ code: '', d: path(outline) ?? '' }];
  return { ...finish(model, marked, 'geo', items, background, width, height, (i) => [[i.x - DOT, i.y - DOT, i.x + DOT, i.y + DOT]]), dots: true };
}
