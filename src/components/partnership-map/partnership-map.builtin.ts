/**
 * The built-in boundaries (`geo/boundaries.json`, made by `scripts/build-councils.mjs`): every UK
 * council's area from 2014 to 2025, lower tier (districts and unitaries) and upper tier (counties and
 * unitaries), each with the years it was valid. Read once per page; a year's areas are made once and
 * kept, so that the projection behind them is kept too. Pure data: no Lit, no DOM.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';
import { BOUNDARIES_FILE, sharedFile } from '../../councils/files.js';
import { decodeArcs, lineArea, type GeoArea, type GeoGeography } from './partnership-map.geography.js';
import { projectLines, type LineRefs, type Lines } from './partnership-map.plane.js';
import { nextTask } from '../../scheduling/tasks.js';

export type Tier = 'upper' | 'lower';

/** One year's areas: both tiers, each council once, and which tiers each is in. */
export interface BuiltInYear {
  year: number;
  geography: GeoGeography;
  tiers: Map<string, Set<Tier>>;
}

export interface BuiltIn {
  attribution: string;
  /** The first and last year the file covers. */
  years: [number, number];
  /** Every code in the file with the years it was valid (inclusive). */
  spans: Map<string, [number, number]>;
  /** Every area's lines, in longitude and latitude, shared by all the years. */
  lines: Lines;
  year(year: number): BuiltInYear;
}

interface Properties {
  start?: number;
  end?: number;
}
type File = Topology<{ ltla: GeometryCollection<Properties>; utla: GeometryCollection<Properties> }> & { attribution?: string; years?: [number, number] };

const TIERS: [keyof File['objects'], Tier][] = [
  ['ltla', 'lower'],
  ['utla', 'upper']
];

/**
 * Reads the boundaries file; throws on a file of another shape (the caller says it could not be used).
 * `decoded`: its arcs, when they have been decoded already.
 */
export function readBoundaries(json: unknown, decoded?: Lines): BuiltIn {
  const file = json as File;
  if (file?.type !== 'Topology' || !file.objects?.ltla || !file.objects?.utla) throw new Error('not the council boundaries file');
  const years: [number, number] = Array.isArray(file.years) ? file.years : [2014, 2025];
  const spans = new Map<string, [number, number]>();
  for (const [name] of TIERS) {
    for (const g of file.objects[name].geometries) {
      const p = (g.properties ?? {}) as Properties;
      spans.set(String(g.id), [p.start ?? years[0], p.end ?? years[1]]);
    }
  }
  const made = new Map<number, BuiltInYear>();
  // The arcs decoded once for the page: every year's areas share them, and so their projection.
  const lines = decoded ?? decodeAll(file.arcs, file.transform);
  const builtIn: BuiltIn = {
    attribution: file.attribution ?? '',
    years,
    spans,
    lines,
    year(wanted) {
      const year = Math.min(Math.max(Math.round(wanted), years[0]), years[1]);
      let known = made.get(year);
      if (!known) made.set(year, (known = yearOf(file, spans, year, lines)));
      return known;
    }
  };
  return builtIn;
}

function yearOf(file: File, spans: Map<string, [number, number]>, year: number, lines: Lines): BuiltInYear {
  const areas: GeoArea[] = [];
  const tiers = new Map<string, Set<Tier>>();
  for (const [name, tier] of TIERS) {
    const object = file.objects[name];
    const live = object.geometries.filter((g) => {
      const [from, to] = spans.get(String(g.id))!;
      return from <= year && year <= to;
    });
    for (const g of live) {
      const code = String(g.id);
      const known = tiers.get(code);
      if (known) {
        known.add(tier);
        continue;
      }
      tiers.set(code, new Set([tier]));
      if (g.type === 'Polygon') areas.push(lineArea(code, undefined, lines, [g.arcs] as LineRefs));
      else if (g.type === 'MultiPolygon') areas.push(lineArea(code, undefined, lines, g.arcs as LineRefs));
    }
  }
  return { year, geography: { kind: 'geo', areas, lines }, tiers };
}

function decodeAll(arcs: unknown, transform: File['transform']): Lines {
  const decoded = decodeArcs(arcs, transform);
  if ('bad' in decoded) throw new Error('not the council boundaries file');
  return decoded.lines;
}

/** Arcs decoded or lines projected in one task: about a third of the file's. */
const STEP = 500;

/**
 * The file read in steps, a task each, so that none holds the page up long on a slow machine (the
 * text was parsed in the task before): the arcs decoded a slice at a time (each arc stands alone),
 * the areas read, then every line projected once for the page, a slice at a time.
 */
async function readInSteps(json: unknown): Promise<BuiltIn> {
  const { arcs, transform } = (json ?? {}) as File;
  let decoded: Lines | undefined;
  if (Array.isArray(arcs)) {
    decoded = [];
    for (let i = 0; i < arcs.length; i += STEP) {
      await nextTask();
      decoded.push(...decodeAll(arcs.slice(i, i + STEP), transform));
    }
  }
  await nextTask();
  const builtIn = readBoundaries(json, decoded);
  for (let i = 0; i < builtIn.lines.length; i += STEP) {
    await nextTask();
    projectLines(builtIn.lines, i + STEP);
  }
  return builtIn;
}

/** The built-in boundaries from `base`, fetched once per page. */
export async function loadBoundaries(base: string, timeoutMs: number, signal: AbortSignal): Promise<BuiltIn> {
  return await sharedFile(`${base}${BOUNDARIES_FILE}`, readInSteps, timeoutMs, signal);
}

/** The year to draw: the one asked for, else the latest the data mentions, else the newest in the file; within the file's years. */
export function chooseYear(builtIn: BuiltIn, asked: number | null | undefined, mentioned: number | undefined): number {
  const year = asked && Number.isFinite(asked) ? asked : (mentioned ?? builtIn.years[1]);
  return Math.min(Math.max(Math.round(year), builtIn.years[0]), builtIn.years[1]);
}
