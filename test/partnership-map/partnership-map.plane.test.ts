import { expect } from '@open-wc/testing';
import { geoTransverseMercator } from 'd3-geo';
import { readGeography, type GeoGeography } from '../../src/components/partnership-map/partnership-map.geography.js';
import fc from 'fast-check';
import { centroidOf, drawer, project, projectLines, tenths, toPlane, type Lines } from '../../src/components/partnership-map/partnership-map.plane.js';

const line = (...points: [number, number][]) => Float64Array.from(points.flat());
/** The rings of a path's data, each a list of its points as "x,y". */
const rings = (d: string) => d.split('Z').filter(Boolean).map((ring) => ring.slice(1).split('L'));
/** Twice the signed area of a ring of "x,y" points. */
const area2 = (ring: string[]) => {
  const p = ring.map((xy) => xy.split(',').map(Number));
  let sum = 0;
  for (let i = 0; i + 1 < p.length; i++) sum += p[i]![0]! * p[i + 1]![1]! - p[i + 1]![0]! * p[i]![1]!;
  return sum;
};

describe('the map plane', () => {
  it('projects as d3-geo does: transverse Mercator about 2°W at scale 1000', () => {
    const d3 = geoTransverseMercator().rotate([2, 0]).scale(1000).translate([0, 0]).precision(0);
    for (const [lon, lat] of [[-2, 52], [-1.52, 52.42], [1.76, 52.48], [-6.4, 49.9], [-3, 58.6], [-8.2, 54.5]] as const) {
      const [x, y] = project(lon, lat);
      const [ex, ey] = d3([lon, lat])!;
      expect(x).to.be.closeTo(ex, 1e-9);
      expect(y).to.be.closeTo(ey, 1e-9);
    }
  });

  it('writes path numbers with one decimal exactly as String(n / 10) does, from whole tenths', () => {
    for (const [t, want] of [[0, '0'], [-0, '0'], [7, '0.7'], [-5, '-0.5'], [-1, '-0.1'], [123, '12.3'], [-123, '-12.3'], [40, '4'], [-40, '-4'], [10000001, '1000000.1']] as const) {
      expect(tenths(t)).to.equal(want);
    }
    fc.assert(
      fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), (n) => {
        const t = Math.round(n * 10);
        expect(tenths(t)).to.equal(String(t / 10));
      }),
      { numRuns: 2000 }
    );
  });

  it('winds each polygon in the plane: exterior one way, holes the other, whatever the file did', () => {
    // A 2° square with a 1° hole, both wound the same way (as a careless file might have them).
    const outer = line([-3, 52], [-1, 52], [-1, 54], [-3, 54], [-3, 52]);
    const hole = line([-2.5, 52.5], [-1.5, 52.5], [-1.5, 53.5], [-2.5, 53.5], [-2.5, 52.5]);
    const lines: Lines = [outer, hole];
    const plane = toPlane({ lines, areas: [{ code: 'E06000001', lines: [[[0], [1]]] }] });
    const d = drawer(plane, 1, 0, 0, 0)(plane.areas);
    const [exterior, inner] = rings(d).map(area2);
    expect(exterior).to.be.greaterThan(0);
    expect(inner).to.be.lessThan(0);
    // The hole is taken out of the area: the area is the square's less the hole's.
    const whole = toPlane({ lines: [outer], areas: [{ code: 'E06000001', lines: [[[0]]] }] }).areas[0]!.area2;
    const cut = toPlane({ lines: [hole], areas: [{ code: 'E06000001', lines: [[[0]]] }] }).areas[0]!.area2;
    expect(plane.areas[0]!.area2).to.be.closeTo(whole - cut, 1e-6);
  });

  it('projected in steps (some lines ahead, the rest when drawn), the plane is the one projected at once', () => {
    const make = (): Lines => [line([-3, 52], [-1, 52], [-1, 54]), line([-1, 54], [-3, 54], [-3, 52]), line([-2.5, 52.5], [-1.5, 52.5], [-1.5, 53.5], [-2.5, 52.5])];
    const areas = [{ code: 'E06000001', lines: [[[0, 1], [2]]] }];
    const atOnce = toPlane({ lines: make(), areas });
    const lines = make();
    projectLines(lines, 1);
    projectLines(lines, 1);
    projectLines(lines, 99);
    const inSteps = toPlane({ lines, areas });
    expect(inSteps.lines.map((l) => [...l])).to.deep.equal(atOnce.lines.map((l) => [...l]));
    expect(inSteps.areas).to.deep.equal(atOnce.areas);
    expect(drawer(inSteps, 1, 0, 0, 0)(inSteps.areas)).to.equal(drawer(atOnce, 1, 0, 0, 0)(atOnce.areas));
  });

  it('projects a shared border once, and draws both neighbours from the same points', () => {
    // Two cells side by side: the border (line 0) runs north along 2°W; each cell goes round it its own way.
    const border = line([-2, 52], [-2, 52.5], [-2, 53]);
    const west = line([-2, 53], [-2.5, 53], [-2.5, 52], [-2, 52]);
    const east = line([-2, 53], [-1.5, 53], [-1.5, 52], [-2, 52]);
    const lines: Lines = [border, west, east];
    const plane = toPlane({ lines, areas: [{ code: 'E06000001', lines: [[[0, 1]]] }, { code: 'E06000002', lines: [[[~0, 2]]] }] });
    expect(plane.lines).to.have.length(3);
    // Kept for these lines: another view of the same file projects nothing again.
    const again = toPlane({ lines, areas: [{ code: 'E06000002', lines: [[[~0, 2]]] }] });
    expect(again.lines[0]).to.equal(plane.lines[0]);
    const draw = drawer(plane, 10, 500, 9500, 0.5);
    const [a, b] = [rings(draw([plane.areas[0]!]))[0]!, rings(draw([plane.areas[1]!]))[0]!];
    const mid = `${Math.round((project(-2, 52.5)[0] * 10 + 500) * 10) / 10},${Math.round((project(-2, 52.5)[1] * 10 + 9500) * 10) / 10}`;
    expect(a).to.include(mid);
    expect(b).to.include(mid);
    // Both rings are exteriors, so both wound positive, though one runs along the border backwards.
    expect(area2(a)).to.be.greaterThan(0);
    expect(area2(b)).to.be.greaterThan(0);
  });

  it('finds a centroid weighted by area and drops a ring of fewer than three points', () => {
    const square = line([-1, 52], [1, 52], [1, 53], [-1, 53], [-1, 52]);
    const speck = line([5, 60], [5, 60]);
    const plane = toPlane({ lines: [square, speck], areas: [{ code: 'E06000001', lines: [[[0]], [[1]]] }] });
    expect(plane.areas[0]!.polygons).to.have.length(1);
    const [cx, cy] = centroidOf(plane.areas);
    const [x0] = project(-1, 52.5);
    const [x1] = project(1, 52.5);
    expect(cx).to.be.closeTo((x0 + x1) / 2, 0.01);
    expect(cy).to.be.within(project(0, 53)[1], project(0, 52)[1]);
  });
});

describe('reading TopoJSON onto shared lines', () => {
  const topology = {
    type: 'Topology',
    transform: { scale: [0.001, 0.001], translate: [-3, 52] },
    // Arc 0 the shared border (up x = 500), arcs 1 and 2 the rest of the west and east cells.
    arcs: [
      [[500, 0], [0, 500]],
      [[500, 500], [-500, 0], [0, -500], [500, 0]],
      [[500, 0], [500, 0], [0, 500], [-500, 0]]
    ],
    objects: { lad: { type: 'GeometryCollection', geometries: [
      { type: 'Polygon', id: 'E06000001', arcs: [[0, 1]] },
      { type: 'Polygon', id: 'E06000002', arcs: [[-1, 2]] }
    ] } }
  };

  it('keeps the decoded arcs once for the file, and each area as references to them', () => {
    const geography = readGeography(topology).value as GeoGeography;
    expect(geography.lines).to.have.length(3);
    expect(Array.from(geography.lines![0]!)).to.deep.equal([-2.5, 52, -2.5, 52.5]);
    expect(geography.areas.map((a) => a.lines)).to.deep.equal([[[[0, 1]]], [[[-1, 2]]]]);
    // The GeoJSON geometry, when asked for, is the ring stitched from the arcs, closed.
    const ring = (geography.areas[1]!.geometry as GeoJSON.Polygon).coordinates[0]!;
    expect(ring[0]).to.deep.equal(ring[ring.length - 1]);
    expect(ring).to.have.length(5);
  });

  it('names a geometry whose arcs the file does not have, without throwing', () => {
    const bad = { ...topology, objects: { lad: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: 'E06000001', arcs: [[7]] }] } } };
    expect(readGeography(bad).problems).to.deep.equal([{ path: 'objects.lad.geometries[0]', expected: 'valid' }]);
  });
});
