/**
 * Fetching and reading the geography file for the view: `geo-src` for `geo`, `hex-src` for `hex`.
 * A file that cannot be fetched, parsed or used becomes located problems, never an exception, so the
 * dataset is still shown (as a list) when the geography fails.
 */
import { fetchText, LoadError } from '../../data/load.js';
import { parseJson } from '../../data/parse.js';
import { Budget, capped, problemMessage, type Problem } from '../../data/problem.js';
import { fill, type Messages } from '../../i18n/messages.js';
import { readGeography, type Geography } from './partnership-map.geography.js';
import { loadBoundaries, type BuiltIn } from './partnership-map.builtin.js';
import { fileProblem } from '../../councils/files.js';
import type { MapMessages } from './partnership-map.messages.js';
import type { MapView } from './partnership-map.constants.js';

export interface GeographyResult {
  src: string;
  value?: Geography;
  problems: Problem[];
  /** A file of the other kind (HexJSON for `geo`, or boundaries for `hex`). */
  wrongKind?: { view: 'geo' | 'hex'; found: 'geo' | 'hex' };
  /** The built-in boundaries, when the geo view has no `geo-src`. */
  builtIn?: BuiltIn;
  /** True when the built-in boundaries were wanted but could not be had (councils are then dots). */
  builtInFailed?: boolean;
  messages(t: Messages, m: MapMessages): string[];
}

function result(src: string, part: Pick<GeographyResult, 'value' | 'problems' | 'wrongKind' | 'builtIn' | 'builtInFailed'>): GeographyResult {
  return {
    src,
    ...part,
    messages(t, m) {
      const kind = this.wrongKind;
      const wrong = kind ? [fill(m.wrongKind, { src, view: m.views[kind.view], needed: m.kinds[kind.view], found: m.kinds[kind.found] })] : [];
      const problems = this.problems.map((p) => problemMessage(p, t, src));
      if (this.builtInFailed) return [`${fill(m.boundariesMissing, { src })}${problems.length ? ` (${problems.join('; ')})` : ''}`];
      return [...wrong, ...problems];
    }
  };
}

/**
 * Areas read at most from a geography file (the README's limits): GeoJSON features or geometries,
 * TopoJSON geometries in all its objects, or HexJSON hexes. Twice the small areas of England and
 * Wales (LSOAs, about 35,000); the rest are left out before they are checked, and said so.
 */
export const MAX_AREAS = 100_000;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The file with areas past MAX_AREAS left out, and a located problem saying how many. */
export function cappedGeography(json: unknown): { input: unknown; problems: Problem[] } {
  if (!isObject(json)) return { input: json, problems: [] };
  for (const key of ['features', 'geometries'] as const) {
    const list = json[key];
    if ((json.type === 'FeatureCollection' || json.type === 'GeometryCollection') && Array.isArray(list) && list.length > MAX_AREAS) {
      const { items, problems } = capped(list, MAX_AREAS, [key]);
      return { input: { ...json, [key]: items }, problems };
    }
  }
  if (json.type === 'Topology' && isObject(json.objects)) {
    const budget = new Budget(MAX_AREAS);
    const objects: Record<string, unknown> = {};
    for (const [name, object] of Object.entries(json.objects)) {
      objects[name] = isObject(object) && Array.isArray(object.geometries) ? { ...object, geometries: budget.take(object.geometries, ['objects', name, 'geometries']) } : object;
    }
    const problems = budget.problems;
    return problems.length ? { input: { ...json, objects }, problems } : { input: json, problems };
  }
  if (json.type === undefined && isObject(json.hexes)) {
    const keys = Object.keys(json.hexes);
    if (keys.length <= MAX_AREAS) return { input: json, problems: [] };
    const hexes: Record<string, unknown> = {};
    for (let i = 0; i < MAX_AREAS; i++) hexes[keys[i]!] = json.hexes[keys[i]!];
    const n = (x: number) => x.toLocaleString('en-GB');
    return {
      input: { ...json, hexes },
      problems: [{ path: `hexes[${JSON.stringify(keys[MAX_AREAS])}]`, expected: 'limit', params: { max: n(MAX_AREAS), left: n(keys.length - MAX_AREAS) } }]
    };
  }
  return { input: json, problems: [] };
}

export async function loadGeography(
  view: MapView,
  url: string | null,
  codeProperty: string | null,
  timeoutMs: number,
  signal: AbortSignal
): Promise<GeographyResult | undefined> {
  if (!url || view === 'network') return undefined;
  try {
    const fetched = await fetchText(url, { signal, timeoutMs, format: 'json' });
    const json = parseJson(fetched.text);
    if (json.value === undefined) return result(url, { problems: json.problems });
    const { input, problems: over } = cappedGeography(json.value);
    const read = readGeography(input, { codeProperty });
    if (read.value && read.value.kind !== view) return result(url, { problems: [], wrongKind: { view, found: read.value.kind } });
    const problems = over.length ? [...read.problems, ...over] : read.problems;
    return result(url, read.value ? { value: read.value, problems } : { problems });
  } catch (error) {
    if (error instanceof LoadError) return result(url, { problems: [error.problem] });
    throw error;
  }
}

/**
 * The built-in boundaries from the council files' folder (`base`, see `geoBase`). When they cannot be
 * had, the result says so and the map draws councils as dots at their register positions.
 */
export async function loadBuiltIn(base: string | undefined, timeoutMs: number, signal: AbortSignal): Promise<GeographyResult> {
  const src = `${base ?? ''}boundaries.json`;
  if (!base) return result(src, { problems: [], builtInFailed: true });
  try {
    return result(src, { builtIn: await loadBoundaries(base, timeoutMs, signal), problems: [] });
  } catch (error) {
    if (signal.aborted) throw error;
    return result(src, { problems: [fileProblem(error, src)], builtInFailed: true });
  }
}
