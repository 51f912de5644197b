/**
 * Geography files for the partnership map, read into plain areas and hexes keyed by GSS code:
 * GeoJSON, TopoJSON (its arcs decoded once and shared by the areas, see partnership-map.plane.ts)
 * and HexJSON. Areas come out in longitude and latitude, wound the way d3-geo expects. Pure data: no
 * Lit, no DOM.
 */
import { geoArea } from 'd3-geo';
import type { Geometry, Position } from 'geojson';
import * as v from 'valibot';
import type { ExpectedKey } from '../../i18n/messages.js';
import { finite, oneOf, record } from '../../data/fields.js';
import { formatPath, type Outcome, type Problem } from '../../data/problem.js';
import { isGss } from '../../data/shapes.js';
import { check, expect } from '../../data/validate.js';
import { ringPositions, type LineRefs, type Lines } from './partnership-map.plane.js';

/**
 * An area: its geometry in longitude and latitude; from TopoJSON, also its rings as references to the
 * file's arcs (`lines`), from which the map draws (the geometry is then made only when asked for).
 */
export interface GeoArea { code: string; name?: string; geometry: Geometry; lines?: LineRefs }
/** Areas; from TopoJSON, with the file's arcs decoded once to longitude and latitude (`lines`), which the areas share. */
export interface GeoGeography { kind: 'geo'; areas: GeoArea[]; lines?: Lines }
export type HexLayout = 'odd-r' | 'even-r' | 'odd-q' | 'even-q';
export interface HexCell { code: string; name?: string; q: number; r: number }
export interface HexGeography { kind: 'hex'; layout: HexLayout; hexes: HexCell[] }
export type Geography = GeoGeography | HexGeography;

type Key = string | number;
type Props = Record<string, unknown>;
type Rings = Position[][];
export type Area = { type: 'Polygon'; coordinates: Rings } | { type: 'MultiPolygon'; coordinates: Rings[] };

const isObject = (value: unknown): value is Props => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

// Coordinates are checked by `firstBad` below, not by a schema: valibot takes about 2 µs a position
// (two thirds of a second for England's districts), a plain loop next to nothing.
const area = v.variant(
  'type',
  [
    v.looseObject({ type: v.literal('Polygon'), coordinates: v.array(v.unknown(), expect('list')) }),
    v.looseObject({ type: v.literal('MultiPolygon'), coordinates: v.array(v.unknown(), expect('list')) })
  ],
  expect('polygon')
);
const feature_ = record({ properties: v.nullish(record({})), geometry: v.unknown() });
const topology = record({
  objects: v.record(v.string(), record({ type: v.string(expect('text')) }), expect('object')),
  arcs: v.array(v.unknown(), expect('list')),
  transform: v.optional(record({ scale: v.tuple([finite, finite]), translate: v.tuple([finite, finite]) }))
});
const LAYOUTS = ['odd-r', 'even-r', 'odd-q', 'even-q'] as const;
const integer = v.pipe(v.number(expect('integer')), v.integer(expect('integer')));
const hexJson = record({ layout: oneOf(LAYOUTS), hexes: record({}) });
const hex = record({ q: integer, r: integer });

/**
 * A feature to read: where it is, where its geometry is (to locate problems inside it; null for
 * TopoJSON, whose problems are named by the geometry's place in the file), and its group (a TopoJSON object), within which
 * one property holds the codes.
 */
interface Candidate { at: Key[]; geometryAt: Key[] | null; group?: string; id: unknown; properties: Props; geometry: unknown }

const notGeography = (input: unknown): Outcome<never> => ({ problems: [{ path: '', expected: 'geography', received: input }] });

/** Reads parsed JSON: GeoJSON (FeatureCollection, Feature, or bare geometry collection), TopoJSON (Topology) or HexJSON. */
export function readGeography(input: unknown, options: { codeProperty?: string | null } = {}): Outcome<Geography> {
  if (!isObject(input)) return notGeography(input);
  if (input.type === 'Topology') return readTopology(input, options.codeProperty);
  if (typeof input.type === 'string' && /^(FeatureCollection|Feature|GeometryCollection|Polygon|MultiPolygon)$/.test(input.type)) {
    return readGeoJson(input, options.codeProperty);
  }
  if (input.type === undefined && ('hexes' in input || 'layout' in input)) return readHexJson(input);
  return notGeography(input);
}

/** Which property holds GSS codes, found automatically (exported for tests and for the message). */
export function findCodeProperty(properties: readonly Record<string, unknown>[]): string | undefined {
  const counts = new Map<string, number>();
  for (const props of properties) {
    for (const [key, value] of Object.entries(props ?? {})) if (isGss(value)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const named = ['code', 'gss', 'gss_code'];
  const rank = (key: string) => (/^[A-Z]{2,6}\d{2}CD$/i.test(key) ? 0 : named.includes(key.toLowerCase()) ? 1 + named.indexOf(key.toLowerCase()) : 9);
  return [...counts]
    .filter(([, count]) => count * 2 > properties.length)
    .sort(([a, m], [b, n]) => rank(a) - rank(b) || n - m)[0]?.[0];
}

/** A name: the one paired with the code property (LAD24CD → LAD24NM), any `…NM` like it, or `name`. */
function nameOf(props: Props, codeProperty: string | undefined): string | undefined {
  const paired = codeProperty && /CD$/i.test(codeProperty) ? text(props[codeProperty.replace(/CD$/i, (cd) => (cd === 'CD' ? 'NM' : 'nm'))]) : undefined;
  if (paired) return paired;
  const keys = Object.keys(props);
  const key = keys.find((k) => /^[A-Z]{2,6}\d{2}NM$/i.test(k) && text(props[k])) ?? keys.find((k) => /^name$/i.test(k) && text(props[k]));
  return key === undefined ? undefined : text(props[key]);
}

/** A `crs` that names EPSG:27700 (British National Grid). */
function namesBng(crs: unknown): boolean {
  if (!isObject(crs)) return false;
  const props = isObject(crs.properties) ? crs.properties : {};
  return [props.name, props.code, props.href].some((value) => /(^|\D)27700(\D|$)/.test(String(value ?? '')));
}

const bng = (at: Key[]): Outcome<never> => ({ problems: [{ path: formatPath(at), expected: 'bng' }] });

function readGeoJson(input: Props, codeProperty: string | null | undefined): Outcome<Geography> {
  if (namesBng(input.crs)) return bng(['crs']);
  const type = input.type as string;
  const listKey = type === 'FeatureCollection' ? 'features' : type === 'GeometryCollection' ? 'geometries' : undefined;
  if (!listKey) {
    const props = isObject(input.properties) ? input.properties : {};
    if (type !== 'Feature') return readCandidates([{ at: [], geometryAt: [], id: input.id, properties: props, geometry: input }], [], [], codeProperty);
    const checked = check(feature_, input);
    if (!checked.ok) return { problems: checked.problems };
    return readCandidates([{ at: [], geometryAt: ['geometry'], id: input.id, properties: checked.value.properties ?? {}, geometry: input.geometry }], [], [], codeProperty);
  }
  const checked = check(record({ [listKey]: v.array(v.unknown(), expect('list')) }), input);
  if (!checked.ok) return { problems: checked.problems };
  const problems: Problem[] = [];
  const candidates: Candidate[] = [];
  (input[listKey] as unknown[]).forEach((item, index) => {
    const at = [listKey, index];
    if (listKey === 'geometries') {
      const props = isObject(item) && isObject(item.properties) ? item.properties : {};
      candidates.push({ at, geometryAt: at, id: isObject(item) ? item.id : undefined, properties: props, geometry: item });
      return;
    }
    const one = check(feature_, item, at);
    if (!one.ok) problems.push(...one.problems);
    else candidates.push({ at, geometryAt: [...at, 'geometry'], id: (item as Props).id, properties: one.value.properties ?? {}, geometry: one.value.geometry });
  });
  return readCandidates(candidates, problems, [listKey], codeProperty);
}

function readTopology(input: Props, codeProperty: string | null | undefined): Outcome<Geography> {
  if (namesBng(input.crs)) return bng(['crs']);
  const checked = check(topology, input);
  if (!checked.ok) return { problems: checked.problems };
  const decoded = decodeArcs(checked.value.arcs, checked.value.transform);
  if ('bad' in decoded) return { problems: [located(['arcs'], decoded.bad)] };
  const problems: Problem[] = [];
  const candidates: Candidate[] = [];
  for (const [name, object] of Object.entries(checked.value.objects)) {
    if (namesBng(object.crs)) return bng(['objects', name, 'crs']);
    const many = object.type === 'GeometryCollection';
    if (many && !Array.isArray(object.geometries)) {
      problems.push({ path: formatPath(['objects', name]), expected: 'valid' });
      continue;
    }
    const list: unknown[] = many ? (object.geometries as unknown[]) : [object];
    list.forEach((item, index) => {
      const at = many ? ['objects', name, 'geometries', index] : ['objects', name];
      if (!isObject(item)) return void problems.push({ path: formatPath(at), expected: 'valid' });
      // A geometry of type null has no area: dropped, as topojson-client drops it.
      if (item.type === null || item.type === undefined) return;
      candidates.push({ at, geometryAt: null, group: name, id: item.id, properties: isObject(item.properties) ? item.properties : {}, geometry: item });
    });
  }
  return readCandidates(candidates, problems, ['objects'], codeProperty, decoded);
}

/** A TopoJSON file's arcs in longitude and latitude, and where each first leaves them. */
interface Decoded {
  lines: Lines;
  /** Per arc: its first position outside longitude and latitude (index of the number), whether all are, whether all are on the National Grid. */
  outside: ({ at: number; value: number; all: boolean; grid: boolean } | undefined)[];
}

/**
 * Decodes the arcs once (delta-encoded and scaled when the file is quantized), checking each position
 * as it goes: the first that is not `[x, y]` in finite numbers is the problem.
 */
export function decodeArcs(arcs: unknown, transform?: { scale: [number, number]; translate: [number, number] }): Decoded | { bad: Bad } {
  if (!Array.isArray(arcs)) return { bad: { at: [], expected: 'list', received: arcs } };
  const [sx, sy] = transform?.scale ?? [1, 1];
  const [tx, ty] = transform?.translate ?? [0, 0];
  const lines: Lines = [];
  const outside: Decoded['outside'] = [];
  for (let i = 0; i < arcs.length; i++) {
    const arc: unknown = arcs[i];
    if (!Array.isArray(arc)) return { bad: { at: [i], expected: 'list', received: arc } };
    const line = new Float64Array(arc.length * 2);
    let [x, y] = [0, 0];
    let first: { at: number; value: number } | undefined;
    let [all, grid] = [true, true];
    for (let j = 0; j < arc.length; j++) {
      const position: unknown = arc[j];
      if (!Array.isArray(position) || position.length < 2) return { bad: { at: [i, j], expected: 'position', received: position } };
      for (let k = 0; k < position.length; k++) {
        const n: unknown = position[k];
        if (typeof n !== 'number' || !Number.isFinite(n)) return { bad: { at: [i, j, k], expected: 'number', received: n } };
      }
      if (transform) {
        x += position[0] as number;
        y += position[1] as number;
      } else [x, y] = position as [number, number];
      const lon = transform ? x * sx + tx : x;
      const lat = transform ? y * sy + ty : y;
      line[2 * j] = lon;
      line[2 * j + 1] = lat;
      const bad = Math.abs(lon) > 180 ? 0 : Math.abs(lat) > 90 ? 1 : -1;
      if (bad < 0) all = false;
      else first ??= { at: 2 * j + bad, value: bad ? lat : lon };
      if (!(lon >= -1e5 && lon <= 1e6 && lat >= -1e5 && lat <= 1.5e6)) grid = false;
    }
    lines.push(line);
    outside.push(first && { ...first, all, grid });
  }
  return { lines, outside };
}

/** A TopoJSON geometry's rings, polygon by polygon, when its `arcs` are that shape and name arcs the file has; else undefined. */
function topoRings(geometry: Props, count: number): LineRefs | undefined {
  const ring = (value: unknown): value is number[] =>
    Array.isArray(value) && value.length > 0 && value.every((ref) => Number.isInteger(ref) && (ref < 0 ? ~ref : ref) < count);
  const polygon = (value: unknown): value is number[][] => Array.isArray(value) && value.every(ring);
  const arcs = geometry.arcs;
  if (geometry.type === 'Polygon') return polygon(arcs) ? [arcs] : undefined;
  return Array.isArray(arcs) && arcs.every(polygon) ? (arcs as number[][][]) : undefined;
}

/**
 * An area drawn from shared lines: its geometry (longitude and latitude, wound for d3-geo) made only
 * if something asks for it.
 */
export function lineArea(code: string, name: string | undefined, lines: Lines, refs: LineRefs): GeoArea {
  const area = { code, ...(name ? { name } : {}), lines: refs } as GeoArea;
  Object.defineProperty(area, 'geometry', {
    enumerable: true,
    configurable: true,
    get(): Geometry {
      const coordinates = refs.map((polygon) => polygon.map((ring) => ringPositions(lines, ring)));
      const geometry = wind(coordinates.length === 1 ? { type: 'Polygon', coordinates: coordinates[0]! } : { type: 'MultiPolygon', coordinates });
      Object.defineProperty(area, 'geometry', { value: geometry, enumerable: true });
      return geometry;
    }
  });
  return area;
}

/** Checks geometries, rejects projected coordinates, finds codes and names, and winds each area for d3-geo. */
function readCandidates(
  candidates: Candidate[],
  problems: Problem[],
  listAt: Key[],
  codeProperty: string | null | undefined,
  decoded?: Decoded
): Outcome<Geography> {
  if (decoded) return readTopoCandidates(candidates, problems, listAt, codeProperty, decoded);
  const shapes: { candidate: Candidate; geometry: Area }[] = [];
  for (const candidate of candidates) {
    if (candidate.geometry === null || candidate.geometry === undefined) continue;
    const checked = check(area, candidate.geometry, candidate.geometryAt ?? []);
    const bad = checked.ok
      ? firstBad(checked.value.coordinates, checked.value.type === 'Polygon' ? 1 : 2)
      : checked.problems[0];
    if (!bad) shapes.push({ candidate, geometry: candidate.geometry as Area });
    else problems.push('path' in bad ? bad : located([...(candidate.geometryAt ?? candidate.at), 'coordinates'], bad));
  }
  // Projected coordinates: every position outside longitude and latitude, and inside the National Grid.
  const outside = shapes.map(({ geometry }) => firstOutside(geometry));
  if (shapes.length && outside.every((found) => found && found.all && found.grid)) return bng(shapes[0]!.candidate.at);
  const kept = shapes.filter(({ candidate }, index) => {
    const found = outside[index];
    if (!found) return true;
    const path = formatPath([...(candidate.geometryAt ?? candidate.at), 'coordinates', ...found.at]);
    problems.push({ path, expected: found.at.at(-1) === 0 ? 'longitude' : 'latitude', received: found.value });
    return false;
  });
  return namedAreas(kept, problems, listAt, codeProperty, (geometry) => ({ geometry: wind(geometry) }));
}

/**
 * TopoJSON's geometries, checked against the arcs decoded once: the type, the arcs they name, and
 * coordinates outside longitude and latitude, each problem named by the geometry's place in the file.
 */
function readTopoCandidates(candidates: Candidate[], problems: Problem[], listAt: Key[], codeProperty: string | null | undefined, decoded: Decoded): Outcome<Geography> {
  const shapes: { candidate: Candidate; geometry: LineRefs }[] = [];
  const outside: ReturnType<typeof firstOutsideOf>[] = [];
  for (const candidate of candidates) {
    const geometry = candidate.geometry as Props;
    const checked = check(area, { type: geometry.type, coordinates: [] });
    if (!checked.ok) {
      problems.push({ ...checked.problems[0]!, path: formatPath(candidate.at) });
      continue;
    }
    const rings = topoRings(geometry, decoded.lines.length);
    if (!rings) {
      problems.push({ path: formatPath(candidate.at), expected: 'valid' });
      continue;
    }
    shapes.push({ candidate, geometry: rings });
    outside.push(firstOutsideOf(rings, decoded));
  }
  if (shapes.length && outside.every((found) => found && found.all && found.grid)) return bng(shapes[0]!.candidate.at);
  const kept = shapes.filter(({ candidate }, index) => {
    const found = outside[index];
    if (!found) return true;
    problems.push({ path: formatPath(candidate.at), expected: found.at % 2 === 0 ? 'longitude' : 'latitude', received: found.value });
    return false;
  });
  const lines = decoded.lines;
  const result = namedAreas(kept, problems, listAt, codeProperty, (refs, code, name) => lineArea(code, name, lines, refs));
  if (result.value?.kind === 'geo') result.value.lines = lines;
  return result;
}

/** The first of an area's arcs to leave longitude and latitude, and whether all of them do (and all lie on the National Grid). */
function firstOutsideOf(rings: LineRefs, decoded: Decoded): { at: number; value: number; all: boolean; grid: boolean } | undefined {
  let first: { at: number; value: number } | undefined;
  let [all, grid] = [true, true];
  for (const polygon of rings) {
    for (const ring of polygon) {
      for (const ref of ring) {
        const found = decoded.outside[ref < 0 ? ~ref : ref];
        if (!found) {
          all = false;
          continue;
        }
        first ??= found;
        all &&= found.all;
        grid &&= found.grid;
      }
    }
  }
  return first && { at: first.at, value: first.value, all, grid };
}

/** Finds each kept shape's code (by id or the group's code property) and name; areas without a code are left out silently. */
function namedAreas<G>(
  kept: { candidate: Candidate; geometry: G }[],
  problems: Problem[],
  listAt: Key[],
  codeProperty: string | null | undefined,
  make: (geometry: G, code: string, name: string | undefined) => Partial<GeoArea>
): Outcome<Geography> {

  const groups = new Map<string | undefined, Props[]>();
  // Appended in place: copying the group's list on every feature made reading 30,000 features take seconds (R-C3).
  for (const { candidate } of kept) {
    const group = groups.get(candidate.group);
    if (group) group.push(candidate.properties);
    else groups.set(candidate.group, [candidate.properties]);
  }
  const found = new Map([...groups].map(([group, properties]) => [group, codeProperty || findCodeProperty(properties)]));
  const codeOf = (c: Candidate, property: string | undefined) =>
    codeProperty ? text(c.properties[codeProperty]) : isGss(c.id) ? c.id : property && isGss(text(c.properties[property])) ? text(c.properties[property]) : undefined;
  const areas: GeoArea[] = [];
  for (const { candidate, geometry } of kept) {
    const property = found.get(candidate.group);
    const code = codeOf(candidate, property);
    if (!code) continue;
    const name = nameOf(candidate.properties, property);
    const made = make(geometry, code, name);
    areas.push('code' in made ? (made as GeoArea) : ({ code, ...(name ? { name } : {}), ...made } as GeoArea));
  }
  if (!areas.length) {
    if (kept.length || !problems.length) {
      const missing: Problem = codeProperty
        ? { path: formatPath(listAt), expected: 'codeProperty', params: { property: codeProperty } }
        : { path: formatPath(listAt), expected: 'featureCodes' };
      problems.push(missing);
    }
    return { problems };
  }
  return { value: { kind: 'geo', areas }, problems };
}

interface Bad { at: number[]; expected: ExpectedKey; received: unknown }
const located = (at: Key[], bad: Bad): Problem => ({ path: formatPath([...at, ...bad.at]), expected: bad.expected, received: bad.received });

/** The first place in nested lists of positions (`depth` lists above the rings) that is not `[x, y]` in finite numbers. */
function firstBad(value: unknown, depth: number): Bad | undefined {
  if (!Array.isArray(value)) return { at: [], expected: 'list', received: value };
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (depth > 0) {
      const found = firstBad(item, depth - 1);
      if (found) return { ...found, at: [i, ...found.at] };
    } else if (!Array.isArray(item) || item.length < 2) return { at: [i], expected: 'position', received: item };
    else {
      for (let k = 0; k < item.length; k++) {
        const n: unknown = item[k];
        if (typeof n !== 'number' || !Number.isFinite(n)) return { at: [i, k], expected: 'number', received: n };
      }
    }
  }
  return undefined;
}

/** The first position outside longitude and latitude (its path and value), and whether all of them are. */
function firstOutside(geometry: Area): { at: number[]; value: number; all: boolean; grid: boolean } | undefined {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let first: { at: number[]; value: number } | undefined;
  let all = true;
  let grid = true;
  polygons.forEach((polygon, p) =>
    polygon.forEach((ring, r) =>
      ring.forEach(([x, y], i) => {
        const bad = Math.abs(x!) > 180 ? 0 : Math.abs(y!) > 90 ? 1 : -1;
        if (bad < 0) all = false;
        else first ??= { at: [...(geometry.type === 'Polygon' ? [] : [p]), r, i, bad], value: bad ? y! : x! };
        if (!(x! >= -1e5 && x! <= 1e6 && y! >= -1e5 && y! <= 1.5e6)) grid = false;
      })
    )
  );
  return first && { ...first, all, grid };
}

/** d3-geo wants exterior rings clockwise (RFC 7946 winds them the other way): reverse a polygon covering more than half the globe. */
export function wind(geometry: Area): Geometry {
  const polygon = (coordinates: Rings): Rings =>
    geoArea({ type: 'Polygon', coordinates }) > 2 * Math.PI ? coordinates.map((ring) => [...ring].reverse()) : coordinates;
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: polygon(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(polygon) };
}

function readHexJson(input: Props): Outcome<Geography> {
  const checked = check(hexJson, input);
  if (!checked.ok) return { problems: checked.problems };
  const problems: Problem[] = [];
  const hexes: HexCell[] = [];
  for (const [key, cell] of Object.entries(checked.value.hexes)) {
    const one = check(hex, cell);
    const at = `hexes[${JSON.stringify(key)}]`;
    if (!one.ok) {
      problems.push(...one.problems.map((problem) => ({ ...problem, path: problem.path ? `${at}.${problem.path}` : at })));
      continue;
    }
    const fields = cell as Props;
    const name = text(fields.n) ?? text(fields.name);
    hexes.push({ code: isGss(fields.id) ? fields.id : key, ...(name ? { name } : {}), q: one.value.q, r: one.value.r });
  }
  if (!hexes.length && !problems.length) problems.push({ path: 'hexes', expected: 'hexCells' });
  return hexes.length ? { value: { kind: 'hex', layout: checked.value.layout, hexes }, problems } : { problems };
}
