/**
 * The `geo` view on the built-in boundaries: each council in the data drawn as its own area for the
 * year (a county as the county, a district as the district), over a backdrop of the UK's areas of one
 * tier for that year; councils outside the register as dots by `lat`/`lon`; councils the year lacks
 * listed with the reason (abolished, not yet created, no council boundary).
 */
import type { Highlight, MapModel } from './partnership-map.data.js';
import type { BuiltIn, BuiltInYear, Tier } from './partnership-map.builtin.js';
import { fitPlane, planar } from './partnership-map.geo.js';
import { centroidOf, drawer, project, type Plane, type PlaneArea } from './partnership-map.plane.js';
import { councilItem, finish, round, type Bounds, type MapItem, type MapRender, type Shape } from './partnership-map.layout.js';
import { DOT } from './partnership-map.constants.js';

/** Why a council the data names is not on the map of a year. */
export type Absence = { ended: number } | { began: number } | { noBoundary: true };

export interface BuiltInRender extends MapRender {
  /** The year of the boundaries drawn, and the attribution to show with them. */
  builtIn: { year: number; attribution: string };
  /** Why each council in `missing` is missing. */
  absent: Map<string, Absence>;
}

/** Finer than the files' own detail: the built-in areas are already simplified for screens, and the map starts zoomed in. */
const TOLERANCE = 0.2;

export function absence(builtIn: BuiltIn, code: string, year: number): Absence {
  const span = builtIn.spans.get(code);
  if (!span) return { noBoundary: true };
  return year > span[1] ? { ended: span[1] + 1 } : { began: span[0] };
}

/**
 * Each area's path on a plane at one scale and shift, made once: the last scale drawn per plane (a
 * new width starts again). Lets the paths be made a slice at a time, in tasks of their own, before
 * the layout that uses them (`prepareBuiltIn`).
 */
const paths = new WeakMap<Plane, { key: string; draw: (areas: readonly PlaneArea[]) => string; made: Map<PlaneArea, string> }>();

function pathsFor(plane: Plane, k: number, tx: number, ty: number) {
  const key = `${k} ${tx} ${ty}`;
  let known = paths.get(plane);
  if (known?.key !== key) paths.set(plane, (known = { key, draw: drawer(plane, k, tx, ty, TOLERANCE), made: new Map() }));
  return known;
}

function pathOf(known: ReturnType<typeof pathsFor>, area: PlaneArea): string {
  let d = known.made.get(area);
  if (d === undefined) known.made.set(area, (d = known.draw([area])));
  return d;
}

/**
 * The slow parts of `layoutBuiltIn`, done ahead and kept: the year's areas, their projection, and
 * the path of every area the layout will draw, a slice at a time while `more()` says there is time
 * left in the task. True when it stopped with work left; false when everything is ready (the layout
 * then only puts it together).
 */
export function prepareBuiltIn(model: MapModel, year: BuiltInYear, tier: Tier, width: number, more: () => boolean): boolean {
  const plane = planar(year.geography);
  if (!more()) return true;
  const { k, tx, ty } = fitPlane(plane, width);
  const known = pathsFor(plane, k, tx, ty);
  for (const area of plane.areas) {
    if (known.made.has(area) || !(model.councils.has(area.code) || year.tiers.get(area.code)?.has(tier))) continue;
    if (!more()) return true;
    pathOf(known, area);
  }
  return false;
}

export function layoutBuiltIn(model: MapModel, marked: Highlight, builtIn: BuiltIn, year: BuiltInYear, tier: Tier, width: number): BuiltInRender {
  // The year's areas on the plane: the file's arcs projected once for the page, whatever the year.
  const plane = planar(year.geography);
  const { height, k, tx, ty } = fitPlane(plane, width);
  const known = pathsFor(plane, k, tx, ty);
  const byCode = new Map(plane.areas.map((a) => [a.code, a]));
  const items: MapItem[] = [];
  const boxes = new Map<string, Bounds>();
  for (const council of model.councils.values()) {
    const area = byCode.get(council.code);
    if (area) {
      const [x0, y0, x1, y1] = area.bounds.map((n, i) => (i % 2 ? n * k + ty : n * k + tx)) as Bounds;
      boxes.set(council.code, [x0, y0, x1, y1]);
      const at = council.lat !== undefined && council.lon !== undefined ? project(council.lon, council.lat) : null;
      // The label point: the register's (or the data's) position when it lies in the area, else the area's centroid.
      const [cx, cy] = at && x0 <= at[0] * k + tx && at[0] * k + tx <= x1 ? [at[0] * k + tx, at[1] * k + ty] : centroidOf([area]).map((n, i) => (i ? n * k + ty : n * k + tx));
      items.push(councilItem(model, marked, council.code, [{ code: council.code, d: pathOf(known, area) }], cx!, cy!));
      continue;
    }
    if (builtIn.spans.has(council.code) || council.lat === undefined || council.lon === undefined) continue;
    const at = project(council.lon, council.lat);
    const [x, y] = [at[0] * k + tx, at[1] * k + ty];
    boxes.set(council.code, [x - DOT, y - DOT, x + DOT, y + DOT]);
    items.push(councilItem(model, marked, council.code, [{ code: council.code, at: { x: round(x), y: round(y) } }], x, y));
  }
  const drawn = new Set(items.map((i) => i.id));
  const background: Shape[] = plane.areas
    .filter((a) => !drawn.has(a.code) && year.tiers.get(a.code)?.has(tier))
    .map((a) => ({ code: a.code, d: pathOf(known, a) }));
  const render = finish(model, marked, 'geo', items, background, width, height, (i) => {
    const box = boxes.get(i.id);
    return box ? [box] : [];
  });
  const absent = new Map(render.missing.map((c) => [c.code, absence(builtIn, c.code, year.year)] as const));
  return { ...render, builtIn: { year: year.year, attribution: builtIn.attribution }, absent };
}
