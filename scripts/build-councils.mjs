// Builds the council register and the screen boundaries from the ONS files in src/councils/source/
// (see the README there): `src/councils/geo/councils.json` (every UK council code valid in any year
// 2014-2025, with names, region, county, years, what replaced it and a label point) and
// `src/councils/geo/boundaries.json` (lower and upper tier areas, simplified and quantized for screens).
// Both are committed; CI runs this again and fails when they differ (someone forgot to regenerate).
//
//   node scripts/build-councils.mjs [--check]   (--check: print sizes only, write nothing)
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { csvParse } from 'd3-dsv';
import { geoArea, geoCentroid } from 'd3-geo';
import { feature, quantize } from 'topojson-client';
import { presimplify, quantile, simplify, filter, filterWeight } from 'topojson-simplify';

const SOURCE = 'src/councils/source';
const FIRST = 2014;
const LAST = 2025;
const ATTRIBUTION =
  'Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right.';

const topology = JSON.parse(readFileSync(`${SOURCE}/uk-councils-2014-2025.topojson`, 'utf8'));
const changes = csvParse(readFileSync(`${SOURCE}/uk-council-changes-2018-2025.csv`, 'utf8'));
const lookup = csvParse(readFileSync(`${SOURCE}/uk-ltla-2014-lookup.csv`, 'utf8'));

/** Short names for labels: "Herefordshire, County of" → "Herefordshire", "Glasgow City" → "Glasgow". */
export function shortName(name) {
  if (name === 'City of London') return name;
  return name
    .replace(/, (City|County) of$/, '')
    .replace(/^City of /, '')
    .replace(/^(Aberdeen|Dundee|Glasgow) City$/, '$1');
}

// Every council: the lower tier (districts and unitaries) and the upper tier (counties and unitaries).
const geometries = new Map();
for (const tier of ['ltla', 'utla']) {
  for (const g of topology.objects[tier].geometries) {
    const code = g.properties.areacd;
    const entry = geometries.get(code) ?? { code, name: g.properties.areanm, first: g.properties.start ?? FIRST, last: g.properties.end ?? LAST, tiers: [], geometry: g };
    entry.tiers.push(tier);
    geometries.set(code, entry);
  }
}

// Region and county of the 2014 lower tier; later codes take theirs from what they replaced.
const region = new Map();
const county = new Map();
for (const row of lookup) {
  region.set(row.ltlacd, row.rgnnm || row.ctrynm);
  if (row.ctycd) {
    county.set(row.ltlacd, row.ctycd);
    region.set(row.ctycd, row.rgnnm || row.ctrynm);
  }
}
const councilChanges = changes.filter((c) => c.type !== 'new_geo' && geometries.has(c.oldcd));
const replacedBy = new Map();
for (const change of councilChanges) {
  if (!change.newcd) continue;
  replacedBy.set(change.oldcd, [...(replacedBy.get(change.oldcd) ?? []), change.newcd]);
  if (!region.has(change.newcd)) region.set(change.newcd, region.get(change.oldcd));
  // A new district (East Suffolk, 2019) sits in the county its predecessors sat in.
  if (change.newcd.startsWith('E07') && county.has(change.oldcd)) county.set(change.newcd, county.get(change.oldcd));
}
// A county abolished: its area passed to what its districts merged into.
for (const change of councilChanges.filter((c) => c.type === 'termination')) {
  const successors = new Set();
  for (const [district, c] of county) if (c === change.oldcd) for (const next of replacedBy.get(district) ?? []) successors.add(next);
  replacedBy.set(change.oldcd, [...successors].sort());
}
const COUNTRIES = { E: 'England', W: 'Wales', S: 'Scotland', N: 'Northern Ireland' };
for (const { code } of geometries.values()) if (!region.has(code) && code[0] !== 'E') region.set(code, COUNTRIES[code[0]]);

/** A label point: the centroid of the largest polygon, so that an island or exclave does not pull it into the sea. */
function labelPoint(geometry) {
  const f = feature(topology, geometry).geometry;
  const polygons = f.type === 'MultiPolygon' ? f.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates })) : [f];
  let best = polygons[0];
  for (const p of polygons) if (geoArea(p) > geoArea(best)) best = p;
  const [lon, lat] = geoCentroid(best);
  return [Math.round(lat * 100) / 100, Math.round(lon * 100) / 100];
}

const regions = [...new Set([...geometries.keys()].map((code) => region.get(code)))].sort();
const missingRegion = [...geometries.keys()].filter((code) => !region.get(code));
if (missingRegion.length) throw new Error(`No region for ${missingRegion.join(', ')}`);
const rows = [...geometries.values()]
  .sort((a, b) => (a.code < b.code ? -1 : 1))
  .map((c) => {
    const short = shortName(c.name);
    const [lat, lon] = labelPoint(c.geometry);
    return [
      c.code,
      c.name,
      short === c.name ? 0 : short,
      regions.indexOf(region.get(c.code)),
      county.get(c.code) ?? 0,
      c.first,
      c.last,
      (replacedBy.get(c.code) ?? []).join(' ') || 0,
      lat,
      lon
    ];
  });
const register = {
  about: 'Generated by scripts/build-councils.mjs from ONS files: do not edit.',
  attribution: ATTRIBUTION,
  years: [FIRST, LAST],
  fields: ['code', 'name', 'shortName', 'region', 'county', 'first', 'last', 'replacedBy', 'lat', 'lon'],
  regions,
  councils: rows
};

// Screen boundaries: both tiers, codes as ids, years only where an area began or ended.
const objects = {};
for (const tier of ['ltla', 'utla']) {
  objects[tier] = {
    type: 'GeometryCollection',
    geometries: topology.objects[tier].geometries.map((g) => {
      const { areacd, start, end } = g.properties;
      const properties = {};
      if (start) properties.start = start;
      if (end) properties.end = end;
      return { type: g.type, arcs: g.arcs, id: areacd, ...(start || end ? { properties } : {}) };
    })
  };
}
let screen = presimplify({ type: 'Topology', transform: topology.transform, arcs: topology.arcs, objects });
// Keep the points that carry the most area (a quarter of them): at 800 px across the UK, a point
// that moves a boundary by less than a few hundred metres is invisible.
const weight = quantile(screen, 0.25);
screen = simplify(screen, weight);
// Drop islets smaller than the kept detail, but never an area's largest part (the City of London
// is smaller than many islets, and must stay).
const largest = new Set();
for (const name of Object.keys(objects)) {
  for (const g of screen.objects[name].geometries) {
    const polygons = g.type === 'Polygon' ? [g.arcs] : g.arcs;
    let best;
    let bestArea = -1;
    for (const rings of polygons) {
      const area = geoArea(feature(screen, { type: 'Polygon', arcs: [rings[0]] }).geometry);
      const size = Math.min(area, 4 * Math.PI - area);
      if (size > bestArea) [best, bestArea] = [rings[0], size];
    }
    if (best) largest.add(best.join());
  }
}
const small = filterWeight(screen, weight * 4);
screen = filter(screen, (ring, interior) => largest.has(ring.join()) || small(ring, interior));
screen = quantize(screen, 1e4);
const boundaries = { ...screen, about: register.about, attribution: ATTRIBUTION, years: [FIRST, LAST] };

const registerText = JSON.stringify(register);
const boundariesText = JSON.stringify(boundaries);
const kb = (text) => `${(text.length / 1024).toFixed(1)} KB, ${(gzipSync(text, { level: 9 }).length / 1024).toFixed(1)} KB gzip`;
console.log(`register: ${rows.length} councils, ${kb(registerText)}`);
console.log(`boundaries: ${kb(boundariesText)}`);
if (!process.argv.includes('--check')) {
  writeFileSync('src/councils/geo/councils.json', registerText + '\n');
  writeFileSync('src/councils/geo/boundaries.json', boundariesText + '\n');
}
