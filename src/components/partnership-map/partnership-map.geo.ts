/**
 * The `geo` view: areas from a boundary file, projected to fit the width, each owned by the council
 * whose code or `areas` name it;
 * or, with no file, councils as dots by `lat`/`lon` over the built-in outline.
 */
import { geoIdentity, geoPath, geoStream, geoTransverseMercator, type GeoProjection, type GeoStream } from 'd3-geo';
import type { Geometry, GeometryCollection, MultiPolygon, Position } from 'geojson';
import type { Highlight, MapModel } from './partnership-map.data.js';
import type { GeoGeography } from './partnership-map.geography.js';
import { councilItem, finish, owners, round, type Bounds, type MapItem, type MapRender, type Shape } from './partnership-map.layout.js';

export const PAD = 8;
const DOT = 6;
/** A tall country in a wide column should not push the rest of the page far down. */
const MAX_HEIGHT = 600;

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

type Streamable = { stream(output: GeoStream): GeoStream };

/**
 * `projection`, dropping each point that lands within `tolerance` pixels of the last one kept (but
 * keeping every line's last point, so rings still close): boundary files carry detail far finer
 * than a pixel, and drawing it costs time and megabytes of path text for nothing anyone can see.
 */
export function thinned(projection: Streamable, tolerance = 0.7): Streamable {
  return {
    stream(output) {
      let x0 = NaN;
      let y0 = NaN;
      let last: [number, number] | undefined;
      return projection.stream({
        point(x, y) {
          if (Math.abs(x - x0) < tolerance && Math.abs(y - y0) < tolerance) {
            last = [x, y];
            return;
          }
          x0 = x;
          y0 = y;
          last = undefined;
          output.point(x, y);
        },
        lineStart() {
          x0 = y0 = NaN;
          output.lineStart();
        },
        lineEnd() {
          if (last) output.point(last[0], last[1]);
          last = undefined;
          output.lineEnd();
        },
        polygonStart: () => output.polygonStart(),
        polygonEnd: () => output.polygonEnd(),
        sphere: () => output.sphere?.()
      });
    }
  };
}

interface Planar {
  areas: { code: string; geometry: MultiPolygon }[];
  bounds: Bounds;
}

const planarCache = new WeakMap<GeoGeography, Planar>();

/**
 * The geography projected once onto the plane (transverse Mercator about 2°W, as the Ordnance
 * Survey's grid is) and kept: fitting the width, highlighting and zooming are then linear, and a
 * new width or highlight does not re-project 200,000 points of England's districts.
 */
export function planar(geography: GeoGeography): Planar {
  const known = planarCache.get(geography);
  if (known) return known;
  const projection = geoTransverseMercator().rotate([2, 0]).scale(1000).translate([0, 0]).precision(0);
  const bounds: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  let polygons: Position[][][] = [];
  let polygon: Position[][] | undefined;
  let ring: Position[] = [];
  const sink = projection.stream({
    point(x, y) {
      ring.push([x, y]);
      if (x < bounds[0]) bounds[0] = x;
      if (y < bounds[1]) bounds[1] = y;
      if (x > bounds[2]) bounds[2] = x;
      if (y > bounds[3]) bounds[3] = y;
    },
    lineStart: () => void (ring = []),
    lineEnd: () => void (polygon && ring.length > 2 && polygon.push([...ring, ring[0]!])),
    polygonStart: () => void (polygon = []),
    polygonEnd() {
      if (polygon?.length) polygons.push(polygon);
      polygon = undefined;
    },
    sphere: () => undefined
  });
  const areas = geography.areas.map((area) => {
    polygons = [];
    geoStream(area.geometry, sink);
    return { code: area.code, geometry: { type: 'MultiPolygon' as const, coordinates: polygons } };
  });
  const result = { areas, bounds };
  planarCache.set(geography, result);
  return result;
}

const flat = (b: [[number, number], [number, number]]): Bounds => [b[0][0], b[0][1], b[1][0], b[1][1]];

export function layoutGeo(model: MapModel, marked: Highlight, geography: GeoGeography | undefined, width: number, outline: MultiPolygon): MapRender {
  return geography ? areasView(model, marked, geography, width) : dotsView(model, marked, width, outline);
}

function areasView(model: MapModel, marked: Highlight, geography: GeoGeography, width: number): MapRender {
  const { areas, bounds: [bx0, by0, bx1, by1] } = planar(geography);
  const height = heightFor(bx1 > bx0 ? (by1 - by0) / (bx1 - bx0) : 1, width);
  const k = Math.min((width - 2 * PAD) / (bx1 - bx0 || 1), (height - 2 * PAD) / (by1 - by0 || 1));
  const fitted = geoIdentity().scale(k).translate([(width - k * (bx0 + bx1)) / 2, (height - k * (by0 + by1)) / 2]);
  const path = geoPath(thinned(fitted)).digits(1);
  const owner = owners(model, new Set(areas.map((a) => a.code)));
  const byCouncil = new Map<string, { shapes: Shape[]; geometries: Geometry[] }>();
  const background: Shape[] = [];
  for (const area of areas) {
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
    items.push(councilItem(model, marked, council.code, [{ code: council.code, at: { x: round(x), y: round(y) } }], x, y));
  }
  const background = [{ code: '', d: path(outline) ?? '' }];
  return { ...finish(model, marked, 'geo', items, background, width, height, (i) => [[i.x - DOT, i.y - DOT, i.x + DOT, i.y + DOT]]), dots: true };
}
