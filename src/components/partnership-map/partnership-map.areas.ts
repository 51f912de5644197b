/**
 * The `geo` view on the built-in boundaries: each council in the data drawn as its own area for the
 * year (a county as the county, a district as the district), over a backdrop of the UK's areas of one
 * tier for that year; councils outside the register as dots by `lat`/`lon`; councils the year lacks
 * listed with the reason (abolished, not yet created, no council boundary).
 */
import type { Highlight, MapModel } from './partnership-map.data.js';
import type { BuiltIn, BuiltInYear, Tier } from './partnership-map.builtin.js';
import { fitPlane, planar } from './partnership-map.geo.js';
import { centroidOf, drawer, project } from './partnership-map.plane.js';
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

export function layoutBuiltIn(model: MapModel, marked: Highlight, builtIn: BuiltIn, year: BuiltInYear, tier: Tier, width: number): BuiltInRender {
  // The year's areas on the plane: the file's arcs projected once for the page, whatever the year.
  const plane = planar(year.geography);
  const { height, k, tx, ty } = fitPlane(plane, width);
  const draw = drawer(plane, k, tx, ty, TOLERANCE);
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
      items.push(councilItem(model, marked, council.code, [{ code: council.code, d: draw([area]) }], cx!, cy!));
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
    .map((a) => ({ code: a.code, d: draw([a]) }));
  const render = finish(model, marked, 'geo', items, background, width, height, (i) => {
    const box = boxes.get(i.id);
    return box ? [box] : [];
  });
  const absent = new Map(render.missing.map((c) => [c.code, absence(builtIn, c.code, year.year)] as const));
  return { ...render, builtIn: { year: year.year, attribution: builtIn.attribution }, absent };
}
