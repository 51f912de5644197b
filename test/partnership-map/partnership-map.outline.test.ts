import { expect } from '@open-wc/testing';
import { geoArea, geoContains } from 'd3-geo';
import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { makeOutline } from '../../scripts/build-outline.mjs';
import { bounds, outline } from '../../src/components/partnership-map/partnership-map.outline.js';

const uk = { type: 'Feature', properties: {}, geometry: outline } as const;
const inside = ([lon, lat]: Position) => lon! >= bounds.west && lon! <= bounds.east && lat! >= bounds.south && lat! <= bounds.north;

describe('the built-in outline', () => {
  it('is what scripts/build-outline.mjs makes from world-atlas (run `npm run outline` after changing it)', async () => {
    const topology = (await (await fetch('/node_modules/world-atlas/countries-50m.json')).json()) as Topology;
    expect({ outline, bounds }).to.deep.equal(makeOutline(topology));
  });

  it('is wound for d3-geo: each polygon covers a little of the globe, not the rest of it', () => {
    expect(outline.coordinates.length).to.be.greaterThan(10);
    for (const polygon of outline.coordinates) {
      const area = geoArea({ type: 'Polygon', coordinates: polygon });
      expect(area).to.be.greaterThan(0).and.lessThan(0.01);
    }
  });

  it('has closed rings of rounded points, none repeated in a row, all within its bounds', () => {
    for (const ring of outline.coordinates.flat()) {
      expect(ring.length).to.be.at.least(4);
      expect(ring.at(-1)).to.deep.equal(ring[0]);
      ring.forEach((point, i) => {
        expect(point.every((n) => Math.round(n * 100) / 100 === n), `${point}`).to.equal(true);
        if (i) expect(point).to.not.deep.equal(ring[i - 1]);
        expect(inside(point), `${point}`).to.equal(true);
      });
    }
  });

  it('holds the places it should and not its neighbours', () => {
    for (const [place, lonLat] of [['Coventry', [-1.51, 52.41]], ['Belfast', [-5.93, 54.6]], ['Inverness', [-4.22, 57.48]], ['Cardiff', [-3.18, 51.48]]] as const) {
      expect(geoContains(uk, [...lonLat]), place).to.equal(true);
    }
    for (const [place, lonLat] of [['Dublin', [-6.26, 53.35]], ['Paris', [2.35, 48.86]], ['the North Sea', [2, 56]]] as const) {
      expect(geoContains(uk, [...lonLat]), place).to.equal(false);
    }
  });

  it('has bounds that take in every council, the Isles of Scilly and Shetland too, but not swapped coordinates', () => {
    expect(bounds).to.deep.equal({ west: -8.7, south: 49.5, east: 2.3, north: 61.4 });
    for (const point of [[-1.51, 52.41], [-6.3, 49.92], [-1.15, 60.15], [-5.93, 54.6], [1.3, 52.63]]) expect(inside(point), `${point}`).to.equal(true);
    expect(inside([52.41, -1.51])).to.equal(false);
  });
});
