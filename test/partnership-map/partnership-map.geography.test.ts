import { expect } from '@open-wc/testing';
import { geoArea } from 'd3-geo';
import fc from 'fast-check';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import {
  findCodeProperty,
  readGeography,
  type GeoGeography,
  type HexGeography
} from '../../src/components/partnership-map/partnership-map.geography.js';
import { problemMessage } from '../../src/data/problem.js';
import { withExpected, cy as coreCy, en as coreEn } from '../../src/i18n/messages.js';
import { mapMessages } from '../../src/components/partnership-map/partnership-map.messages.js';
import { malformed } from '../helpers/fuzz.js';

const load = async (name: string): Promise<unknown> => (await fetch(`/test/fixtures/map/${name}`)).json();
// The map's own words for what its geography checks expect, as the element puts them.
const en = withExpected(coreEn, mapMessages.en.expected);
const cy = withExpected(coreCy, mapMessages.cy.expected);
const messages = (problems: { path: string }[], t = en) => problems.map((p) => problemMessage(p, t));
const round = (position: Position) => position.map((n) => Math.round(n * 1e6) / 1e6);

/** A square, clockwise as d3-geo wants (west side up, north side east…), or counter-clockwise as RFC 7946 has it. */
function square(west: number, south: number, size: number, clockwise = true): Position[] {
  const [e, n] = [west + size, south + size];
  const ring = [[west, south], [west, n], [e, n], [e, south], [west, south]];
  return clockwise ? ring : ring.reverse();
}
const feature = (properties: Record<string, unknown>, geometry: unknown, id?: unknown) => ({
  type: 'Feature',
  ...(id === undefined ? {} : { id }),
  properties,
  geometry
});
const polygon = (ring = square(-1.6, 52.3, 0.2)): Polygon => ({ type: 'Polygon', coordinates: [ring] });
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

const DISTRICTS = [
  'E07000239', 'E07000234', 'E08000025', 'E08000029', 'E08000026',
  'E07000235', 'E07000238', 'E07000236', 'E07000222', 'E07000220',
  'E06000019', 'E07000237', 'E07000221', 'E07000218', 'E07000219'
];

describe('reading geography: what is not one', () => {
  for (const [label, input] of [
    ['an object of something else', { hello: 'world' }],
    ['an empty object', {}],
    ['a list', [1, 2]],
    ['text', 'E08000026'],
    ['a number', 3],
    ['null', null],
    ['nothing', undefined],
    ['a GeoJSON type that is not an area collection', { type: 'Point', coordinates: [0, 0] }],
    ['an object with a made-up type', { type: 'Map', hexes: {} }]
  ] as const) {
    it(`names ${label} as not GeoJSON, TopoJSON or HexJSON`, () => {
      const outcome = readGeography(input);
      expect(outcome.value).to.equal(undefined);
      expect(outcome.problems).to.have.length(1);
      expect(outcome.problems[0]).to.deep.include({ path: '', expected: 'geography' });
    });
  }

  it('says so in words, in English and Welsh, for the fixture file', async () => {
    const { problems } = readGeography(await load('not-geography.json'));
    expect(messages(problems)).to.deep.equal(['expected GeoJSON, TopoJSON or HexJSON, got an object']);
    expect(messages(problems, cy)).to.deep.equal(['disgwylid GeoJSON, TopoJSON neu HexJSON, cafwyd gwrthrych']);
  });
});

describe('reading TopoJSON', () => {
  it('reads every district of the fixture, coded by id, named by LAD13NM, in longitude and latitude', async () => {
    const outcome = readGeography(await load('districts.topojson'));
    expect(outcome.problems).to.deep.equal([]);
    const { kind, areas } = outcome.value as GeoGeography;
    expect(kind).to.equal('geo');
    expect(areas.map((a) => a.code)).to.deep.equal(DISTRICTS);
    expect(areas.find((a) => a.code === 'E07000221')!.name).to.equal('Stratford-on-Avon');
    // Coventry is the north-east cell: -1.6 to -1.2 east, 52.433 to 52.7 north, decoded from quantized arcs.
    const coventry = areas[4]!.geometry as Polygon;
    expect(coventry.type).to.equal('Polygon');
    expect(coventry.coordinates[0]!.map(round)).to.deep.equal([
      [-1.6, 52.433], [-1.6, 52.7], [-1.2, 52.7], [-1.2, 52.433], [-1.6, 52.433]
    ]);
  });

  it('uses every object, drops null geometries, and finds codes in a property when ids are not codes', () => {
    const topology = {
      type: 'Topology',
      arcs: [square(-1.6, 52.3, 0.2), square(-2, 52.3, 0.2)],
      objects: {
        one: { type: 'GeometryCollection', geometries: [
          { type: 'Polygon', id: 7, arcs: [[0]], properties: { LAD24CD: 'E08000026', LAD24NM: 'Coventry' } },
          { type: null, properties: { LAD24CD: 'E08000029' } }
        ] },
        two: { type: 'Polygon', arcs: [[1]], properties: { code: 'E08000029', name: 'Solihull' } }
      }
    };
    const outcome = readGeography(topology);
    expect(outcome.problems).to.deep.equal([]);
    expect((outcome.value as GeoGeography).areas.map(({ code, name }) => ({ code, name }))).to.deep.equal([
      { code: 'E08000026', name: 'Coventry' },
      { code: 'E08000029', name: 'Solihull' }
    ]);
  });

  it('reports arcs that are not positions, and objects topojson-client cannot read, without throwing', () => {
    const bad = readGeography({ type: 'Topology', arcs: [[[0, 0], [1, 'x']]], objects: { a: { type: 'Polygon', arcs: [[0]] } } });
    expect(bad.value).to.equal(undefined);
    expect(bad.problems).to.deep.equal([{ path: 'arcs[0][1][1]', expected: 'number', received: 'x' }]);
    const broken = readGeography({ type: 'Topology', arcs: [], objects: { a: { type: 'GeometryCollection', geometries: 4 } } });
    expect(broken).to.deep.equal({ problems: [{ path: 'objects.a', expected: 'valid' }] });
  });

  it('locates a geometry that is not an area at its place in the topology', () => {
    const outcome = readGeography({
      type: 'Topology',
      arcs: [square(-1.6, 52.3, 0.2)],
      objects: { lad: { type: 'GeometryCollection', geometries: [
        { type: 'Polygon', id: 'E08000026', arcs: [[0]] },
        { type: 'LineString', id: 'E08000029', arcs: [0] }
      ] } }
    });
    expect((outcome.value as GeoGeography).areas.map((a) => a.code)).to.deep.equal(['E08000026']);
    expect(messages(outcome.problems)).to.deep.equal(['objects.lad.geometries[1]: expected a Polygon or MultiPolygon, got "LineString"']);
  });
});

describe('reading GeoJSON', () => {
  it('reads the upper-tier fixture by its CTYUA23CD and CTYUA23NM properties', async () => {
    const outcome = readGeography(await load('upper-tier.geojson'));
    expect(outcome.problems).to.deep.equal([]);
    const areas = (outcome.value as GeoGeography).areas;
    expect(areas.map(({ code, name, geometry }) => [code, name, geometry.type])).to.deep.equal([
      ['E08000026', 'Coventry', 'Polygon'],
      ['E08000029', 'Solihull', 'Polygon'],
      ['E06000019', 'Herefordshire, County of', 'Polygon'],
      ['E10000031', 'Warwickshire', 'MultiPolygon'],
      ['E10000034', 'Worcestershire', 'MultiPolygon'],
      ['E08000025', 'Birmingham', 'Polygon']
    ]);
    expect((areas[3]!.geometry as MultiPolygon).coordinates).to.have.length(5);
  });

  it('reads a single Feature and a bare GeometryCollection whose geometries carry ids', () => {
    const one = readGeography(feature({ NAME: 'Coventry' }, polygon(), 'E08000026'));
    expect(one).to.deep.equal({ value: { kind: 'geo', areas: [{ code: 'E08000026', name: 'Coventry', geometry: polygon() }] }, problems: [] });
    const bare = readGeography({ type: 'GeometryCollection', geometries: [{ ...polygon(), id: 'E08000029' }] });
    expect((bare.value as GeoGeography).areas.map((a) => a.code)).to.deep.equal(['E08000029']);
  });

  it('prefers an id that is a GSS code, then the code property, and skips features with no code silently', () => {
    const outcome = readGeography(collection(
      feature({ code: 'E08000029' }, polygon(), 'E08000026'),
      feature({ code: 'E08000025' }, polygon(), 12),
      feature({ code: 'n/a' }, polygon()),
      feature({ code: 'E08000027' }, polygon())
    ));
    expect(outcome.problems).to.deep.equal([]);
    expect((outcome.value as GeoGeography).areas.map((a) => a.code)).to.deep.equal(['E08000026', 'E08000025', 'E08000027']);
  });

  it('uses the codeProperty option when given, and names it when no feature has it', () => {
    const input = collection(
      feature({ LAD24CD: 'E08000026', mine: 'X1' }, polygon()),
      feature({ LAD24CD: 'E08000029', mine: 'X2' }, polygon(), 'E08000025'),
      feature({ mine: 'X3' }, polygon())
    );
    expect((readGeography(input, { codeProperty: 'mine' }).value as GeoGeography).areas.map((a) => a.code)).to.deep.equal(['X1', 'X2', 'X3']);
    expect((readGeography(input, { codeProperty: null }).value as GeoGeography).areas.map((a) => a.code)).to.deep.equal(['E08000026', 'E08000025']);
    const missing = readGeography(input, { codeProperty: 'ctyua_code' });
    expect(missing.value).to.equal(undefined);
    expect(messages(missing.problems)).to.deep.equal(['features: expected the property ctyua_code on the features, holding their GSS codes']);
  });

  it('is a located problem when no feature has a code', () => {
    const outcome = readGeography(collection(feature({ name: 'Somewhere' }, polygon()), feature({}, polygon(), 'abc')));
    expect(outcome.value).to.equal(undefined);
    expect(messages(outcome.problems)).to.deep.equal([
      'features: expected features with a GSS code as their id or in a property such as LAD24CD, CTYUA24CD or code'
    ]);
  });

  it('skips a bad feature with a located problem and keeps the rest', () => {
    const outcome = readGeography(collection(
      feature({ code: 'E08000026' }, polygon()),
      feature({ code: 'E08000029' }, { type: 'Point', coordinates: [-1.7, 52.4] }),
      feature({ code: 'E08000025' }, { type: 'Polygon', coordinates: [[[-1.9, 52.4], [-1.9, '52.5'], [-1.8, 52.5], [-1.9, 52.4]]] }),
      feature({ code: 'E06000019' }, { type: 'MultiPolygon', coordinates: [[[[-2.9, 52], [-2.9]]]] }),
      'not a feature',
      feature({ code: 'E07000221' }, null)
    ));
    expect((outcome.value as GeoGeography).areas.map((a) => a.code)).to.deep.equal(['E08000026']);
    expect(messages(outcome.problems)).to.deep.equal([
      'features[4]: expected an object, got "not a feature"',
      'features[1].geometry.type: expected a Polygon or MultiPolygon, got "Point"',
      'features[2].geometry.coordinates[0][1][1]: expected a number, got "52.5"',
      'features[3].geometry.coordinates[0][0][1]: expected a position [longitude, latitude], got a list'
    ]);
  });

  it('reports features that are not a list', () => {
    expect(readGeography({ type: 'FeatureCollection', features: {} }).problems).to.deep.equal([
      { path: 'features', expected: 'list', received: {} }
    ]);
  });
});

describe('British National Grid and other coordinates that are not longitude and latitude', () => {
  it('refuses a file in metres, saying how to reproject it', async () => {
    const outcome = readGeography(await load('bng.geojson'));
    expect(outcome.value).to.equal(undefined);
    expect(messages(outcome.problems)).to.deep.equal([
      'features[0]: expected longitude and latitude (WGS 84), but this looks like British National Grid (metres): reproject it, e.g. with mapshaper -proj wgs84'
    ]);
  });

  it('refuses a file whose crs names EPSG:27700, in GeoJSON and on a TopoJSON object', () => {
    const crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::27700' } };
    expect(readGeography({ ...collection(feature({ code: 'E08000026' }, polygon())), crs }).problems).to.deep.equal([{ path: 'crs', expected: 'bng' }]);
    const topology = { type: 'Topology', arcs: [square(-1.6, 52.3, 0.2)], objects: { lad: { type: 'Polygon', arcs: [[0]], id: 'E08000026', crs: { type: 'EPSG', properties: { code: 27700 } } } } };
    expect(readGeography(topology).problems).to.deep.equal([{ path: 'objects.lad.crs', expected: 'bng' }]);
    // A crs that names WGS 84 is fine.
    const wgs = { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } };
    expect(readGeography({ ...collection(feature({ code: 'E08000026' }, polygon())), crs: wgs }).problems).to.deep.equal([]);
  });

  it('refuses a quantized TopoJSON that decodes to metres', () => {
    const topology = {
      type: 'Topology',
      transform: { scale: [10, 10], translate: [400000, 250000] },
      arcs: [[[0, 0], [0, 1000], [1000, 0], [0, -1000], [-1000, 0]]],
      objects: { lad: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], id: 'E08000026' }] } }
    };
    expect(readGeography(topology).problems).to.deep.equal([{ path: 'objects.lad.geometries[0]', expected: 'bng' }]);
  });

  it('locates a stray longitude or latitude in a file that is otherwise in degrees', () => {
    const outcome = readGeography(collection(
      feature({ code: 'E08000026' }, polygon()),
      feature({ code: 'E08000029' }, polygon([[-1.7, 52.3], [-1.7, 95], [-1.6, 52.4], [-1.7, 52.3]])),
      feature({ code: 'E08000025' }, { type: 'MultiPolygon', coordinates: [[square(-2, 52.3, 0.1)], [[[-2, 52], [1900, 52], [-2, 53], [-2, 52]]]] })
    ));
    expect((outcome.value as GeoGeography).areas.map((a) => a.code)).to.deep.equal(['E08000026']);
    expect(messages(outcome.problems)).to.deep.equal([
      'features[1].geometry.coordinates[0][1][1]: expected a latitude from -90 to 90, got 95',
      'features[2].geometry.coordinates[1][0][1][0]: expected a longitude from -180 to 180, got 1900'
    ]);
  });
});

describe('winding areas for d3-geo', () => {
  const areaOf = (geometry: Geometry) => geoArea({ type: 'Feature', properties: {}, geometry });

  it('reverses an RFC 7946 (counter-clockwise) square so it covers the square, not the rest of the globe', () => {
    const rfc = square(-1.6, 52.3, 0.2, false);
    expect(areaOf(polygon(rfc))).to.be.greaterThan(4 * Math.PI - 0.001);
    const geometry = (readGeography(feature({}, polygon(rfc), 'E08000026')).value as GeoGeography).areas[0]!.geometry;
    expect(geometry).to.deep.equal(polygon(square(-1.6, 52.3, 0.2)));
    expect(areaOf(geometry)).to.be.lessThan(0.001);
  });

  it('leaves a clockwise square as it is', () => {
    const geometry = (readGeography(feature({}, polygon(), 'E08000026')).value as GeoGeography).areas[0]!.geometry;
    expect(geometry).to.deep.equal(polygon());
    expect(areaOf(geometry)).to.be.lessThan(0.001);
  });

  it('winds each polygon of a MultiPolygon on its own, holes included', () => {
    const holed = [square(-2, 52, 0.4, false), square(-1.9, 52.1, 0.1, true)];
    const input: MultiPolygon = { type: 'MultiPolygon', coordinates: [holed, [square(-1, 52, 0.2)]] };
    const geometry = (readGeography(feature({}, input, 'E10000031')).value as GeoGeography).areas[0]!.geometry as MultiPolygon;
    expect(geometry.coordinates).to.deep.equal([
      [square(-2, 52, 0.4, true), square(-1.9, 52.1, 0.1, false)],
      [square(-1, 52, 0.2)]
    ]);
    const expected = areaOf(polygon(square(-2, 52, 0.4))) - areaOf(polygon(square(-1.9, 52.1, 0.1))) + areaOf(polygon(square(-1, 52, 0.2)));
    expect(areaOf(geometry)).to.be.closeTo(expected, 1e-12);
  });
});

describe('finding the property that holds GSS codes', () => {
  it('prefers a year-stamped ONS code name, then code, gss, GSS_CODE, case-insensitively', () => {
    const row = (extra: Record<string, unknown>) => ({ code: 'E08000026', gss: 'E08000026', other: 'E08000026', ...extra });
    expect(findCodeProperty([row({ LAD24CD: 'E08000026' }), row({ LAD24CD: 'E08000029' })])).to.equal('LAD24CD');
    expect(findCodeProperty([row({ ctyua23cd: 'E10000031' })])).to.equal('ctyua23cd');
    expect(findCodeProperty([{ other: 'E08000026', GSS_CODE: 'E08000026', Gss: 'E08000026' }])).to.equal('Gss');
    expect(findCodeProperty([{ other: 'E08000026', GSS_CODE: 'E08000026' }])).to.equal('GSS_CODE');
    expect(findCodeProperty([{ other: 'E08000026', Code: 'E08000026' }])).to.equal('Code');
    expect(findCodeProperty([{ area: 'E08000026', name: 'Coventry' }])).to.equal('area');
  });

  it('needs codes on most features, and ignores names and old codes that are not GSS codes', () => {
    expect(findCodeProperty([{ LAD13CD: 'E08000026', LAD13CDO: '00CQ', LAD13NM: 'Coventry' }])).to.equal('LAD13CD');
    expect(findCodeProperty([{ code: 'E08000026' }, { code: 'x' }])).to.equal(undefined);
    expect(findCodeProperty([{ code: 'E08000026' }, { code: 'E08000029' }, { code: 'x' }])).to.equal('code');
    expect(findCodeProperty([{ a: 'E08000026', b: 'E08000026' }, { b: 'E08000029' }])).to.equal('b');
    expect(findCodeProperty([])).to.equal(undefined);
    expect(findCodeProperty([{ LAD24CD: 'e08000026' }])).to.equal(undefined);
  });
});

describe('reading HexJSON', () => {
  it('reads the odd-r fixture: codes from keys, names from n, q and r as given', async () => {
    const outcome = readGeography(await load('upper-tier.hexjson'));
    expect(outcome.problems).to.deep.equal([]);
    const { kind, layout, hexes } = outcome.value as HexGeography;
    expect([kind, layout, hexes.length]).to.deep.equal(['hex', 'odd-r', 12]);
    expect(hexes.find((h) => h.code === 'E08000026')).to.deep.equal({ code: 'E08000026', name: 'Coventry', q: 4, r: 4 });
    expect(hexes.map((h) => h.code)).to.include.members(['E08000026', 'E08000029', 'E06000019', 'E10000031', 'E10000034', 'E08000025']);
  });

  it('reads the layout it is given', async () => {
    const outcome = readGeography(await load('even-q.hexjson'));
    expect((outcome.value as HexGeography).layout).to.equal('even-q');
  });

  it('refuses a layout that is not one of the four', async () => {
    const outcome = readGeography(await load('bad-layout.hexjson'));
    expect(outcome.value).to.equal(undefined);
    expect(outcome.problems).to.deep.equal([
      { path: 'layout', expected: 'oneOf', params: { options: 'odd-r, even-r, odd-q, even-q' }, received: 'diagonal' }
    ]);
    expect(messages(outcome.problems)).to.deep.equal(['layout: expected one of odd-r, even-r, odd-q, even-q, got "diagonal"']);
  });

  it('takes the code from id when it is a GSS code, the name from n or name', () => {
    const outcome = readGeography({ layout: 'odd-r', hexes: {
      cov: { id: 'E08000026', name: 'Coventry', q: 0, r: 0 },
      sol: { id: 'nope', q: 1, r: 0 }
    } });
    expect((outcome.value as HexGeography).hexes).to.deep.equal([
      { code: 'E08000026', name: 'Coventry', q: 0, r: 0 },
      { code: 'sol', q: 1, r: 0 }
    ]);
  });

  it('skips a hex whose q or r is not a whole number, at its located path, and keeps the rest', () => {
    const outcome = readGeography({ layout: 'odd-r', hexes: {
      E08000026: { n: 'Coventry', q: 1.5, r: 0 },
      E08000029: { n: 'Solihull', q: 2, r: 0 },
      'odd key': { q: 3, r: '1' },
      E08000025: 'x'
    } });
    expect((outcome.value as HexGeography).hexes.map((h) => h.code)).to.deep.equal(['E08000029']);
    expect(messages(outcome.problems)).to.deep.equal([
      'hexes["E08000026"].q: expected a whole number, got 1.5',
      'hexes["odd key"].r: expected a whole number, got "1"',
      'hexes["E08000025"]: expected an object, got "x"'
    ]);
    expect(messages(outcome.problems.slice(0, 1), cy)).to.deep.equal(['hexes["E08000026"].q: disgwylid rhif cyfan, cafwyd 1.5']);
  });

  it('reports hexes that are not an object, or none at all', () => {
    expect(readGeography({ layout: 'odd-r', hexes: [] }).problems).to.deep.equal([{ path: 'hexes', expected: 'object', received: [] }]);
    expect(readGeography({ layout: 'odd-r', hexes: {} })).to.deep.equal({ problems: [{ path: 'hexes', expected: 'hexCells' }] });
    expect(readGeography({ layout: 'odd-r' }).problems).to.deep.equal([{ path: 'hexes', expected: 'required', received: undefined }]);
  });
});

describe('reading geography never throws', () => {
  it('returns a value or problems for random and mutated input', async () => {
    const seeds = await Promise.all(['districts.topojson', 'upper-tier.geojson', 'upper-tier.hexjson'].map(load));
    fc.assert(
      fc.property(malformed(seeds), fc.option(fc.constantFrom('LAD13CD', 'code', 'missing')), (input, codeProperty) => {
        const outcome = readGeography(input, { codeProperty });
        expect(outcome.problems).to.be.an('array');
        if (outcome.value === undefined) expect(outcome.problems).to.not.be.empty;
        else expect(outcome.value.kind).to.be.oneOf(['geo', 'hex']);
      }),
      { numRuns: 400, seed: 20261128 }
    );
  });
});
