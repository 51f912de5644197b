/**
 * The `geo` view: areas from a boundary file, projected to fit the width (transverse Mercator about
 * 2°W, as the Ordnance Survey's grid is), each owned by the council whose code or `areas` name it;
 * or, with no file, councils as dots by `lat`/`lon` over the built-in outline.
 */
import { geoPath, geoTransverseMercator, type GeoProjection } from 'd3-geo';
import type { Geometry, GeometryCollection, MultiPolygon } from 'geojson';
import type { Highlight, MapModel } from './partnership-map.data.js';
import type { GeoGeography } from './partnership-map.geography.js';
import { councilItem, finish, owners, round, type Bounds, type MapItem, type MapRender, type Shape } from './partnership-map.layout.js';

const PAD = 8;
const DOT = 6;

/** A projection fitted to `object` across `width`, and the height that keeps its shape (within limits). */
function fit(object: Geometry, width: number): { projection: GeoProjection; height: number } {
  const projection = geoTransverseMercator().rotate([2, 0]).fitSize([1000, 1000], object);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(object);
  const aspect = x1 > x0 ? (y1 - y0) / (x1 - x0) : 1;
  const height = Math.round(Math.min(Math.max((width - 2 * PAD) * aspect + 2 * PAD, 160), width * 1.4));
  projection.fitExtent([[PAD, PAD], [width - PAD, height - PAD]], object);
  return { projection, height };
}

const flat = (b: [[number, number], [number, number]]): Bounds => [b[0][0], b[0][1], b[1][0], b[1][1]];

export function layoutGeo(model: MapModel, marked: Highlight, geography: GeoGeography | undefined, width: number, outline: MultiPolygon): MapRender {
  return geography ? areasView(model, marked, geography, width) : dotsView(model, marked, width, outline);
}

function areasView(model: MapModel, marked: Highlight, geography: GeoGeography, width: number): MapRender {
  const all: GeometryCollection = { type: 'GeometryCollection', geometries: geography.areas.map((a) => a.geometry) };
  const { projection, height } = fit(all, width);
  const path = geoPath(projection).digits(1);
  const owner = owners(model, new Set(geography.areas.map((a) => a.code)));
  const byCouncil = new Map<string, { shapes: Shape[]; geometries: Geometry[] }>();
  const background: Shape[] = [];
  for (const area of geography.areas) {
    const shape = { code: area.code, d: path(area.geometry) ?? '' };
    const code = owner.get(area.code);
    if (!code) {
      background.push(shape);
      continue;
    }
    const entry = byCouncil.get(code) ?? { shapes: [], geometries: [] };
    entry.shapes.push(shape);
    entry.geometries.push(area.geometry);
    byCouncil.set(code, entry);
  }
  const bounds = new Map<string, Bounds[]>();
  const items = [...byCouncil].map(([code, { shapes, geometries }]) => {
    const collection: GeometryCollection = { type: 'GeometryCollection', geometries };
    const [x, y] = path.centroid(collection);
    bounds.set(code, [flat(path.bounds(collection))]);
    return councilItem(model, marked, code, shapes, x, y);
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
    const d = `M${round(x - DOT)},${round(y)}a${DOT},${DOT} 0 1,0 ${2 * DOT},0a${DOT},${DOT} 0 1,0 ${-2 * DOT},0z`;
    items.push(councilItem(model, marked, council.code, [{ code: council.code, d }], x, y));
  }
  const background = [{ code: '', d: path(outline) ?? '' }];
  return { ...finish(model, marked, 'geo', items, background, width, height, (i) => [[i.x - DOT, i.y - DOT, i.x + DOT, i.y + DOT]]), dots: true };
}
