// Writes src/components/partnership-map/partnership-map.outline.ts: the United Kingdom's outline for
// the partnership map when a page gives no geography file.
//
// From world-atlas's countries-50m.json (Natural Earth 1:50m Admin 0 countries, public domain, as
// TopoJSON): the United Kingdom (id 826) through topojson-client, islands under MIN_AREA_KM2 left out,
// points simplified away where they make a triangle under MIN_TRIANGLE_KM2 with their neighbours
// (Visvalingam's method; about a pixel when the whole country is a few hundred pixels tall),
// coordinates rounded to 2 decimals (about 1 km), repeated points removed, wound for d3-geo.
//
//   node scripts/build-outline.mjs          write the module (npm run outline)
//   node scripts/build-outline.mjs --check  exit 1 if the committed module differs from what it would write
//
// `makeOutline` and `renderModule` touch no files, so a browser test can import this script and compare.
import { geoArea, geoBounds } from 'd3-geo';
import { feature } from 'topojson-client';

export const TARGET = 'src/components/partnership-map/partnership-map.outline.ts';
export const SOURCE = 'world-atlas/countries-50m.json';
/** Islands smaller than this are left out (the Isle of Wight, about 390 km², stays). */
export const MIN_AREA_KM2 = 100;
/**
 * Points whose triangle with their neighbours is smaller than this are dropped. 15 km² (about 4 km by
 * 4: two or three pixels where a widget shows the whole United Kingdom) leaves 513 points, 2.3 KB
 * gzipped as a module; 5 km² left 721 points, 2.6 KB, which the map's file could no longer carry
 * within its 58 KB budget once it drew long lists in parts (30 Nov 2026).
 */
export const MIN_TRIANGLE_KM2 = 15;
const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_KM;
const UNITED_KINGDOM = '826';
const MARGIN_DEGREES = 0.5;

const round = (n) => Math.round(n * 100) / 100 + 0; // `+ 0` turns -0 into 0, as JSON would
const km2 = (coordinates) => geoArea({ type: 'Polygon', coordinates }) * EARTH_RADIUS_KM ** 2;

/** The area in km² of the triangle a, b, c (degrees), flat near b: fine for neighbouring points. */
function triangleKm2(a, b, c) {
  const x = KM_PER_DEGREE * Math.cos((b[1] * Math.PI) / 180);
  const y = KM_PER_DEGREE;
  return Math.abs((b[0] - a[0]) * x * (c[1] - a[1]) * y - (c[0] - a[0]) * x * (b[1] - a[1]) * y) / 2;
}

/** Visvalingam's simplification of a closed ring: drops the point with the smallest triangle until none is under `min`. */
function simplifyRing(ring, min) {
  const points = ring.slice(0, -1);
  const at = (i) => points[(i + points.length) % points.length];
  while (points.length > 3) {
    let smallest = Infinity;
    let index = -1;
    for (let i = 0; i < points.length; i++) {
      const area = triangleKm2(at(i - 1), at(i), at(i + 1));
      if (area < smallest) [smallest, index] = [area, i];
    }
    if (smallest >= min) break;
    points.splice(index, 1);
  }
  return [...points, points[0]];
}

/** A ring rounded, without repeated points; undefined when too little of it is left to enclose anything. */
function roundRing(ring) {
  const out = [];
  for (const [lon, lat] of ring) {
    const point = [round(lon), round(lat)];
    const last = out.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out.length >= 4 ? out : undefined;
}

/** The United Kingdom from the world-atlas topology: `{ outline, bounds }`. */
export function makeOutline(topology) {
  const object = topology.objects.countries.geometries.find((g) => g.id === UNITED_KINGDOM);
  const { geometry } = feature(topology, object);
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept = [];
  for (const polygon of polygons.filter((p) => km2(p) >= MIN_AREA_KM2).sort((a, b) => km2(b) - km2(a))) {
    const [exterior, ...holes] = polygon.map((ring) => roundRing(simplifyRing(ring, MIN_TRIANGLE_KM2)));
    if (!exterior) continue;
    const rounded = [exterior, ...holes.filter(Boolean)];
    // d3-geo wants exterior rings clockwise: reversed, a ring would stand for the rest of the globe.
    kept.push(geoArea({ type: 'Polygon', coordinates: rounded }) > 2 * Math.PI ? rounded.map((r) => [...r].reverse()) : rounded);
  }
  const outline = { type: 'MultiPolygon', coordinates: kept };
  // Bounds of the whole country, small islands included, with MARGIN_DEGREES to spare: the Isles of
  // Scilly (a council, at 49.9° N) are not in the 1:50m data.
  const [[west, south], [east, north]] = geoBounds(geometry);
  const out = (n, up) => (up ? Math.ceil((n + MARGIN_DEGREES) * 10) : Math.floor((n - MARGIN_DEGREES) * 10)) / 10 + 0;
  const bounds = { west: out(west, false), south: out(south, false), east: out(east, true), north: out(north, true) };
  return { outline, bounds };
}

/** The TypeScript module for an outline. */
export function renderModule({ outline, bounds }, version = '') {
  const points = outline.coordinates.flat(2).length;
  // Each ring as hundredths of a degree, the first point in full and each next one as the step from
  // the one before: about half the size of the coordinates written out, gzipped.
  const encode = (ring) => ring.map(([lon, lat], i) => (i ? [Math.round((lon - ring[i - 1][0]) * 100), Math.round((lat - ring[i - 1][1]) * 100)] : [Math.round(lon * 100), Math.round(lat * 100)])).join(',');
  const polygons = outline.coordinates.map((polygon) => `  ${JSON.stringify(polygon.map(encode))}`).join(',\n');
  return `// Generated by scripts/build-outline.mjs: do not edit. Regenerate with \`npm run outline\`.
//
// The United Kingdom, from Natural Earth's 1:50m Admin 0 countries (public domain,
// https://www.naturalearthdata.com), as published in world-atlas${version ? ` ${version}` : ''} (${SOURCE}).
// Made with topojson-client: islands under ${MIN_AREA_KM2} km² left out, points making triangles under
// ${MIN_TRIANGLE_KM2} km² simplified away (Visvalingam), coordinates rounded to 2 decimals (about 1 km),
// repeated points removed, exterior rings clockwise as d3-geo expects.
// ${outline.coordinates.length} polygons, ${points} points, each ring written as hundredths of a degree: the
// first point, then the step to each next one.
import type { MultiPolygon, Position } from 'geojson';

const rings: string[][] = [
${polygons}
];

function decode(ring: string): Position[] {
  const n = ring.split(',').map(Number);
  const out: Position[] = [];
  for (let i = 0, x = 0, y = 0; i < n.length; i += 2) out.push([(x += n[i]!) / 100, (y += n[i + 1]!) / 100]);
  return out;
}

/** The United Kingdom's outline in longitude and latitude, for the map drawn without a geography file. */
export const outline: MultiPolygon = { type: 'MultiPolygon', coordinates: rings.map((polygon) => polygon.map(decode)) };

/**
 * The United Kingdom's extent in degrees, small islands included, with half a degree to spare: a
 * council whose \`lat\` or \`lon\` falls outside is probably a mistake (swapped, or a sign lost).
 */
export const bounds: { west: number; south: number; east: number; north: number } = ${JSON.stringify(bounds).replace(/"(\w+)":/g, '$1: ').replace(/,/g, ', ').replace(/^\{/, '{ ').replace(/\}$/, ' }')};
`;
}

async function main() {
  const { readFile, writeFile } = await import('node:fs/promises');
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(await readFile(require.resolve(SOURCE), 'utf8'));
  const { version } = JSON.parse(await readFile(require.resolve('world-atlas/package.json'), 'utf8'));
  const text = renderModule(makeOutline(topology), version);
  if (process.argv.includes('--check')) {
    const committed = await readFile(TARGET, 'utf8').catch(() => '');
    if (committed !== text) {
      console.error(`${TARGET} is not what scripts/build-outline.mjs makes: run \`npm run outline\` and commit it.`);
      process.exit(1);
    }
    console.log(`${TARGET} is up to date`);
    return;
  }
  await writeFile(TARGET, text);
  console.log(`wrote ${TARGET}`);
}

// Run as a script (not when a test imports it, in Node or in a browser).
const invoked = globalThis.process?.argv?.[1];
if (invoked && import.meta.url === (await import('node:url')).pathToFileURL(invoked).href) await main();
