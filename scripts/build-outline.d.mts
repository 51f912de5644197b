// Types for scripts/build-outline.mjs, for the test that keeps the committed outline in step with it.
import type { MultiPolygon } from 'geojson';
import type { Topology } from 'topojson-specification';

export interface Bounds { west: number; south: number; east: number; north: number }
export const TARGET: string;
export const SOURCE: string;
export const MIN_AREA_KM2: number;
export const MIN_TRIANGLE_KM2: number;
export function makeOutline(topology: Topology): { outline: MultiPolygon; bounds: Bounds };
export function renderModule(made: { outline: MultiPolygon; bounds: Bounds }, version?: string): string;
