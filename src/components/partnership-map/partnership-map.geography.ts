/**
 * Geography files for the partnership map, read into plain areas and hexes keyed by GSS code:
 * GeoJSON, TopoJSON (converted by topojson-client) and HexJSON. Areas come out in longitude and
 * latitude, wound the way d3-geo expects. Pure data: no Lit, no DOM.
 */
import { geoArea } from 'd3-geo';
import type { Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import * as v from 'valibot';
import type { ExpectedKey } from '../../i18n/messages.js';
import { finite, oneOf, record } from '../../data/fields.js';
import { formatPath, type Outcome, type Problem } from '../../data/problem.js';
import { check, expect } from '../../data/validate.js';

export interface GeoArea { code: string; name?: string; geometry: Geometry }
export interface GeoGeography { kind: 'geo'; areas: GeoArea[] }
export type HexLayout = 'odd-r' | 'even-r' | 'odd-q' | 'even-q';
export interface HexCell { code: string; name?: string; q: number; r: number }
export interface HexGeography { kind: 'hex'; layout: HexLayout; hexes: HexCell[] }
export type Geography = GeoGeography | HexGeography;

type Key = string | number;
type Props = Record<string, unknown>;
type Rings = Position[][];
export type Area = { type: 'Polygon'; coordinates: Rings } | { type: 'MultiPolygon'; coordinates: Rings[] };

const GSS = /^[ENSWK]\d{8}$/;
const isGss = (value: unknown): value is string => typeof value === 'string' && GSS.test(value);
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
 * TopoJSON, whose geometries topojson-client makes), and its group (a TopoJSON object), within which
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
  const badArc = firstBad(checked.value.arcs, 1);
  if (badArc) return { problems: [located(['arcs'], badArc)] };
  const problems: Problem[] = [];
  const candidates: Candidate[] = [];
  for (const [name, object] of Object.entries(checked.value.objects)) {
    if (namesBng(object.crs)) return bng(['objects', name, 'crs']);
    let converted: GeoJSON.Feature | GeoJSON.FeatureCollection;
    try {
      converted = feature(input as unknown as Topology, object as never) as GeoJSON.Feature | GeoJSON.FeatureCollection;
    } catch {
      problems.push({ path: formatPath(['objects', name]), expected: 'valid' });
      continue;
    }
    const features = converted.type === 'FeatureCollection' ? converted.features : [converted];
    features.forEach((item, index) => {
      const at = converted.type === 'FeatureCollection' ? ['objects', name, 'geometries', index] : ['objects', name];
      candidates.push({ at, geometryAt: null, group: name, id: item.id, properties: isObject(item.properties) ? item.properties : {}, geometry: item.geometry });
    });
  }
  return readCandidates(candidates, problems, ['objects'], codeProperty);
}

/** Checks geometries, rejects projected coordinates, finds codes and names, and winds each area for d3-geo. */
function readCandidates(candidates: Candidate[], problems: Problem[], listAt: Key[], codeProperty: string | null | undefined): Outcome<Geography> {
  const shapes: { candidate: Candidate; geometry: Area }[] = [];
  for (const candidate of candidates) {
    if (candidate.geometry === null || candidate.geometry === undefined) continue;
    const checked = check(area, candidate.geometry, candidate.geometryAt ?? []);
    const bad = checked.ok
      ? firstBad(checked.value.coordinates, checked.value.type === 'Polygon' ? 1 : 2)
      : checked.problems[0];
    if (!bad) shapes.push({ candidate, geometry: candidate.geometry as Area });
    // TopoJSON geometries are made by topojson-client: name the geometry in the file, not a place inside it.
    else if (!candidate.geometryAt) problems.push({ ...('path' in bad ? bad : located([], bad)), path: formatPath(candidate.at) });
    else problems.push('path' in bad ? bad : located([...candidate.geometryAt, 'coordinates'], bad));
  }
  // Projected coordinates: every position outside longitude and latitude, and inside the National Grid.
  const outside = shapes.map(({ geometry }) => firstOutside(geometry));
  if (shapes.length && outside.every((found) => found && found.all && found.grid)) return bng(shapes[0]!.candidate.at);
  const kept = shapes.filter(({ candidate }, index) => {
    const found = outside[index];
    if (!found) return true;
    const path = candidate.geometryAt ? formatPath([...candidate.geometryAt, 'coordinates', ...found.at]) : formatPath(candidate.at);
    problems.push({ path, expected: found.at.at(-1) === 0 ? 'longitude' : 'latitude', received: found.value });
    return false;
  });

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
    areas.push({ code, ...(name ? { name } : {}), geometry: wind(geometry) });
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
