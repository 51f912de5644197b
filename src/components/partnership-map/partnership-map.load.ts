/**
 * Fetching and reading the geography file for the view: `geo-src` for `geo`, `hex-src` for `hex`.
 * A file that cannot be fetched, parsed or used becomes located problems, never an exception, so the
 * dataset is still shown (as a list) when the geography fails.
 */
import { fetchText, LoadError } from '../../data/load.js';
import { parseJson } from '../../data/parse.js';
import { problemMessage, type Problem } from '../../data/problem.js';
import { fill, type Messages } from '../../i18n/messages.js';
import { readGeography, type Geography } from './partnership-map.geography.js';
import { loadBoundaries, type BuiltIn } from './partnership-map.builtin.js';
import { fileProblem } from '../../councils/files.js';
import type { MapMessages } from './partnership-map.messages.js';

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

export async function loadGeography(
  view: 'geo' | 'hex' | 'network',
  url: string | null,
  codeProperty: string | null,
  timeout: number,
  signal: AbortSignal
): Promise<GeographyResult | undefined> {
  if (!url || view === 'network') return undefined;
  const seconds = Number.isFinite(timeout) && timeout > 0 ? timeout : 15;
  try {
    const fetched = await fetchText(url, { signal, timeoutMs: seconds * 1000, format: 'json' });
    const json = parseJson(fetched.text);
    if (json.value === undefined) return result(url, { problems: json.problems });
    const read = readGeography(json.value, { codeProperty });
    if (read.value && read.value.kind !== view) return result(url, { problems: [], wrongKind: { view, found: read.value.kind } });
    return result(url, read.value ? { value: read.value, problems: read.problems } : { problems: read.problems });
  } catch (error) {
    if (error instanceof LoadError) return result(url, { problems: [error.problem] });
    throw error;
  }
}

/**
 * The built-in boundaries from the council files' folder (`base`, see `geoBase`). When they cannot be
 * had, the result says so and the map draws councils as dots at their register positions.
 */
export async function loadBuiltIn(base: string | undefined, timeout: number, signal: AbortSignal): Promise<GeographyResult> {
  const src = `${base ?? ''}boundaries.json`;
  if (!base) return result(src, { problems: [], builtInFailed: true });
  const seconds = Number.isFinite(timeout) && timeout > 0 ? timeout : 15;
  try {
    return result(src, { builtIn: await loadBoundaries(base, seconds * 1000, signal), problems: [] });
  } catch (error) {
    if (signal.aborted) throw error;
    return result(src, { problems: [fileProblem(error, src)], builtInFailed: true });
  }
}
