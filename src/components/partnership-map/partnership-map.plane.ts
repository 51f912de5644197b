/**
 * Areas on the plane, for the `geo` view and the built-in boundaries: every line of a boundary file
 * (a TopoJSON arc, or a GeoJSON ring) projected once, onto transverse Mercator about 2°W (as the
 * Ordnance Survey's grid is), and kept; an area is a list of references to those lines, so a border
 * two councils share is projected once and drawn from the same points on both sides. Rings are wound
 * in the plane (exterior one way, holes the other, as SVG's nonzero fill wants), and each area's
 * bounds and centroid are worked out there too. Fitting a width, zooming or changing the highlight is
 * then a scale and a shift: nothing is projected again. Pure data: no Lit, no DOM.
 */
import type { Bounds } from './partnership-map.layout.js';

/** Lines as flat `[x0, y0, x1, y1, …]` lists: longitude and latitude, or the plane. */
export type Lines = Float64Array[];
/** An area's polygons, each a list of rings, each a list of line references (`~i`: line `i` backwards). */
export type LineRefs = number[][][];

export interface PlaneArea {
  code: string;
  /** Rings as line references, wound in the plane: a polygon's first ring positive, its holes negative. */
  polygons: LineRefs;
  bounds: Bounds;
  /** Twice the area (positive), and the centroid's sums (divide by 3 × twice the area). */
  area2: number;
  cx: number;
  cy: number;
}

export interface Plane {
  lines: Lines;
  areas: PlaneArea[];
  bounds: Bounds;
}

export interface PlaneSource {
  /** Lines in longitude and latitude, shared by the areas (a TopoJSON file's arcs). */
  lines: Lines;
  areas: { code: string; lines: LineRefs }[];
}

const RADIANS = Math.PI / 180;
const CENTRAL = -2 * RADIANS;
/** The plane's scale: a degree of latitude is about 17.45 units. */
export const SCALE = 1000;

/**
 * Spherical transverse Mercator about 2°W at scale 1000, north up (y grows southwards): the same
 * numbers as d3-geo's `geoTransverseMercator().rotate([2, 0]).scale(1000).translate([0, 0])`, without
 * its streams, clipping and an array for every point.
 */
export function project(lon: number, lat: number): [number, number] {
  const l = lon * RADIANS - CENTRAL;
  const f = lat * RADIANS;
  return [SCALE * Math.atanh(Math.cos(f) * Math.sin(l)), -SCALE * Math.atan2(Math.tan(f), Math.cos(l))];
}

function projectLine(line: Float64Array): Float64Array {
  const out = new Float64Array(line.length);
  for (let i = 0; i < line.length; i += 2) {
    const l = line[i]! * RADIANS - CENTRAL;
    const f = line[i + 1]! * RADIANS;
    const cosL = Math.cos(l);
    out[i] = SCALE * Math.atanh(Math.cos(f) * Math.sin(l));
    out[i + 1] = -SCALE * Math.atan2(Math.tan(f), cosL);
  }
  return out;
}

/** Per line: its bounds and its shoelace sums (twice the signed area, and the centroid's moments). */
interface LineSums { x0: number; y0: number; x1: number; y1: number; a: number; cx: number; cy: number }

function sums(line: Float64Array): LineSums {
  let [x0, y0, x1, y1, a, cx, cy] = [Infinity, Infinity, -Infinity, -Infinity, 0, 0, 0];
  for (let i = 0; i < line.length; i += 2) {
    const x = line[i]!;
    const y = line[i + 1]!;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
    if (i + 3 < line.length) {
      const nx = line[i + 2]!;
      const ny = line[i + 3]!;
      const cross = x * ny - nx * y;
      a += cross;
      cx += (x + nx) * cross;
      cy += (y + ny) * cross;
    }
  }
  return { x0, y0, x1, y1, a, cx, cy };
}

const planes = new WeakMap<Lines, { lines: Lines; sums: LineSums[] }>();

/**
 * The lines projected, once for each list of lines (the built-in file's years share one list): up to
 * line `upTo` when asked for part (the rest is done by a later call), all of them otherwise.
 */
function projected(lines: Lines, upTo = lines.length) {
  let known = planes.get(lines);
  if (!known) planes.set(lines, (known = { lines: [], sums: [] }));
  for (let i = known.lines.length; i < Math.min(upTo, lines.length); i++) {
    const line = projectLine(lines[i]!);
    known.lines.push(line);
    known.sums.push(sums(line));
  }
  return known;
}

/**
 * Projects the lines now, up to line `upTo` (the built-in file's, in steps, while the page waits for
 * other things), so that drawing them later finds them done.
 */
export function projectLines(lines: Lines, upTo?: number): void {
  projected(lines, upTo);
}

const reversed = (ring: number[]) => ring.map((ref) => ~ref).reverse();
const pointsOf = (lines: Lines, ring: number[]) => ring.reduce((n, ref) => n + lines[ref < 0 ? ~ref : ref]!.length / 2, 0);

/** The areas on the plane: lines projected once, rings wound, bounds and centroids found. */
export function toPlane(source: PlaneSource): Plane {
  const { lines, sums: lineSums } = projected(source.lines);
  const bounds: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  const areas = source.areas.map(({ code, lines: refs }) => {
    const box: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
    let [area2, cx, cy] = [0, 0, 0];
    const polygons: LineRefs = [];
    for (const polygon of refs) {
      const rings: number[][] = [];
      polygon.forEach((ring, index) => {
        // A ring of fewer than three points has no inside.
        if (pointsOf(lines, ring) < 3) return;
        let [a, x, y] = [0, 0, 0];
        for (const ref of ring) {
          const s = lineSums[ref < 0 ? ~ref : ref]!;
          const sign = ref < 0 ? -1 : 1;
          a += sign * s.a;
          x += sign * s.cx;
          y += sign * s.cy;
          if (s.x0 < box[0]) box[0] = s.x0;
          if (s.y0 < box[1]) box[1] = s.y0;
          if (s.x1 > box[2]) box[2] = s.x1;
          if (s.y1 > box[3]) box[3] = s.y1;
        }
        // The exterior (a polygon's first ring) positive, holes negative: turned round where the file has them the other way.
        const flip = index === 0 ? a < 0 : a > 0;
        rings.push(flip ? reversed(ring) : ring);
        const sign = flip ? -1 : 1;
        area2 += sign * a;
        cx += sign * x;
        cy += sign * y;
      });
      if (rings.length) polygons.push(rings);
    }
    if (box[0] < bounds[0]) bounds[0] = box[0];
    if (box[1] < bounds[1]) bounds[1] = box[1];
    if (box[2] > bounds[2]) bounds[2] = box[2];
    if (box[3] > bounds[3]) bounds[3] = box[3];
    return { code, polygons, bounds: box, area2, cx, cy };
  });
  return { lines, areas, bounds };
}

/** The centroid of some areas together (weighted by area), else the middle of their bounds. */
export function centroidOf(areas: readonly PlaneArea[]): [number, number] {
  let [a, x, y] = [0, 0, 0];
  for (const area of areas) {
    a += area.area2;
    x += area.cx;
    y += area.cy;
  }
  if (a > 1e-12) return [x / (3 * a), y / (3 * a)];
  const [x0, y0, x1, y1] = boundsOf(areas);
  return [(x0 + x1) / 2, (y0 + y1) / 2];
}

export function boundsOf(areas: readonly PlaneArea[]): Bounds {
  const box: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { bounds: b } of areas) {
    if (b[0] < box[0]) box[0] = b[0];
    if (b[1] < box[1]) box[1] = b[1];
    if (b[2] > box[2]) box[2] = b[2];
    if (b[3] > box[3]) box[3] = b[3];
  }
  return box;
}

/**
 * A whole number of tenths as path text with at most one decimal, as `String(t / 10)` writes it
 * ("12.3", "-0.1", "40"): made from integers, which engines turn into text several times faster than
 * fractions (this was a third of drawing the whole UK's areas).
 */
export function tenths(t: number): string {
  const whole = Math.trunc(t / 10);
  const tenth = Math.abs(t % 10);
  if (!tenth) return String(whole);
  return `${t < 0 && !whole ? '-' : ''}${whole}.${tenth}`;
}

/**
 * Draws areas of `plane` scaled by `k` and shifted by `tx`, `ty`, as SVG path data with one decimal.
 * Each line is thinned once, in its own direction (a point within `tolerance` pixels of the last one
 * kept is dropped, the line's last point always kept, so rings still close and neighbours meet), and
 * its text made once in each direction it is used.
 */
export function drawer(plane: Plane, k: number, tx: number, ty: number, tolerance: number) {
  const forward: (string | undefined)[] = [];
  const backward: (string | undefined)[] = [];
  /** Each line's kept points, in tenths of a unit (whole numbers). */
  const kept: (number[] | undefined)[] = [];
  const starts: (string | undefined)[] = [];
  const thin = (i: number): number[] => {
    let points = kept[i];
    if (points) return points;
    const line = plane.lines[i]!;
    const last = line.length - 2;
    points = [];
    let [x0, y0] = [NaN, NaN];
    for (let j = 0; j <= last; j += 2) {
      const x = line[j]! * k + tx;
      const y = line[j + 1]! * k + ty;
      if (j > 0 && j < last && Math.abs(x - x0) < tolerance && Math.abs(y - y0) < tolerance) continue;
      points.push(Math.round(x * 10), Math.round(y * 10));
      x0 = x;
      y0 = y;
    }
    kept[i] = points;
    return points;
  };
  /** A line's points after its first, in the direction asked. */
  const lineText = (ref: number): string => {
    const i = ref < 0 ? ~ref : ref;
    const cache = ref < 0 ? backward : forward;
    let out = cache[i];
    if (out !== undefined) return out;
    const points = thin(i);
    out = '';
    if (ref < 0) for (let j = points.length - 4; j >= 0; j -= 2) out += `L${tenths(points[j]!)},${tenths(points[j + 1]!)}`;
    else for (let j = 2; j < points.length; j += 2) out += `L${tenths(points[j]!)},${tenths(points[j + 1]!)}`;
    cache[i] = out;
    return out;
  };
  const start = (ref: number): string => {
    const i = ref < 0 ? ~ref : ref;
    const points = thin(i);
    if (ref >= 0) return (starts[i] ??= `M${tenths(points[0]!)},${tenths(points[1]!)}`);
    return `M${tenths(points[points.length - 2]!)},${tenths(points[points.length - 1]!)}`;
  };
  return (areas: readonly PlaneArea[]): string => {
    let d = '';
    for (const area of areas) {
      for (const polygon of area.polygons) {
        for (const ring of polygon) {
          d += start(ring[0]!);
          for (const ref of ring) d += lineText(ref);
          d += 'Z';
        }
      }
    }
    return d;
  };
}

/** The lines of a ring, stitched into positions in longitude and latitude (for a GeoJSON view of an area). */
export function ringPositions(lines: Lines, ring: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  ring.forEach((ref, index) => {
    const line = lines[ref < 0 ? ~ref : ref]!;
    const n = line.length / 2;
    for (let j = index ? 1 : 0; j < n; j++) {
      const at = ref < 0 ? n - 1 - j : j;
      out.push([line[2 * at]!, line[2 * at + 1]!]);
    }
  });
  return out;
}
