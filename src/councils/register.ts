/**
 * The council register: every UK council code valid in any year from 2014 to 2025, built from ONS
 * files by `scripts/build-councils.mjs` into `register.json`. This module reads that file's compact
 * rows into entries and answers questions about them. Pure data: no Lit, no DOM.
 */

export type CouncilKind =
  | 'county'
  | 'district'
  | 'unitary'
  | 'metropolitan-borough'
  | 'london-borough'
  | 'welsh-principal-area'
  | 'scottish-council-area'
  | 'northern-ireland-district';

export type Country = 'England' | 'Wales' | 'Scotland' | 'Northern Ireland';

export interface CouncilEntry {
  /** GSS code, e.g. `E08000026`. */
  code: string;
  /** Official name, e.g. "Herefordshire, County of". */
  name: string;
  /** Name for labels, e.g. "Herefordshire". */
  shortName: string;
  kind: CouncilKind;
  /** English region, or the country outside England. */
  region: string;
  country: Country;
  /** The county a district sat in (for the years both existed). */
  county?: string;
  /** First and last year the code was valid (inclusive; 2014 means "2014 or before", 2025 "still"). */
  first: number;
  last: number;
  /** What took over its area, and from which year (`last + 1`). */
  replacedBy?: string[];
  /** A label point (the centroid of its largest part). */
  lat: number;
  lon: number;
}

/** The register file as `scripts/build-councils.mjs` writes it. */
export interface RegisterFile {
  attribution: string;
  years: [number, number];
  regions: string[];
  councils: [string, string, string | 0, number, string | 0, number, number, string | 0, number, number][];
}

const KINDS: Record<string, CouncilKind> = {
  E06: 'unitary',
  E07: 'district',
  E08: 'metropolitan-borough',
  E09: 'london-borough',
  E10: 'county',
  W06: 'welsh-principal-area',
  S12: 'scottish-council-area',
  N09: 'northern-ireland-district'
};
const COUNTRIES: Record<string, Country> = { E: 'England', W: 'Wales', S: 'Scotland', N: 'Northern Ireland' };

/** Words that councils add to their names and the register leaves out ("Coventry City Council"). */
const FILLER = new Set(['council', 'city', 'of', 'county', 'metropolitan', 'borough', 'district', 'the', 'royal', 'mbc', 'cc', 'dc', 'bc', 'and', 'unitary', 'authority', 'london']);

/** A name reduced to the words that tell councils apart: "Coventry City Council" → "coventry". */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !FILLER.has(word))
    .join(' ');
}

/**
 * How many typing slips turn one code into another: a wrong character, or two neighbours swapped,
 * each counts one (E08000062 is one slip from E08000026). Codes of other lengths, or more than
 * `max` slips apart, give Infinity: stopping early keeps a check of hundreds of codes quick.
 */
export function editDistance(a: string, b: string, max = 2): number {
  if (a.length !== b.length) return Infinity;
  let slips = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (a[i] === b[i + 1] && a[i + 1] === b[i] && a[i + 1] !== b[i + 1]) i++;
    if (++slips > max) return Infinity;
  }
  return slips;
}

/** How alike two name keys are, 0 to 1: shared words over all words, or containment for one word. */
function likeness(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  const wa = new Set(a.split(' '));
  const wb = new Set(b.split(' '));
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / new Set([...wa, ...wb]).size;
}

export class Register {
  readonly attribution: string;
  readonly years: [number, number];
  private readonly byCode = new Map<string, CouncilEntry>();
  private keys?: Map<string, CouncilEntry[]>;
  private near = new Map<string, CouncilEntry[]>();

  constructor(file: RegisterFile) {
    this.attribution = file.attribution;
    this.years = file.years;
    for (const [code, name, short, region, county, first, last, replacedBy, lat, lon] of file.councils) {
      const entry: CouncilEntry = {
        code,
        name,
        shortName: short || name,
        kind: KINDS[code.slice(0, 3)] ?? 'unitary',
        region: file.regions[region] ?? '',
        country: COUNTRIES[code[0]!] ?? 'England',
        first,
        last,
        lat,
        lon
      };
      if (county) entry.county = county;
      if (replacedBy) entry.replacedBy = replacedBy.split(' ');
      this.byCode.set(code, entry);
    }
  }

  get size(): number {
    return this.byCode.size;
  }

  get(code: string): CouncilEntry | undefined {
    return this.byCode.get(code);
  }

  all(): CouncilEntry[] {
    return [...this.byCode.values()];
  }

  /** True when `code` was a council in `year`. */
  validIn(code: string, year: number): boolean {
    const entry = this.byCode.get(code);
    return !!entry && entry.first <= year && year <= entry.last;
  }

  /** The councils of `year`. */
  liveIn(year: number): CouncilEntry[] {
    return this.all().filter((c) => c.first <= year && year <= c.last);
  }

  /** The county a district sat in during `year`, when both existed then. */
  countyOf(code: string, year: number): CouncilEntry | undefined {
    const county = this.byCode.get(code)?.county;
    return county && this.validIn(code, year) && this.validIn(county, year) ? this.byCode.get(county) : undefined;
  }

  /** A county's districts in `year` (every year when `year` is not given). */
  districtsOf(county: string, year?: number): CouncilEntry[] {
    return this.all().filter((c) => c.county === county && (year === undefined || (this.validIn(c.code, year) && this.validIn(county, year))));
  }

  /**
   * Codes close to one that is not in the register: those the fewest edits away (one, or two within
   * the same kind of council), preferring the same kind (prefix), then the same digits in another
   * order (two swapped digits, the commonest slip); at most `max`.
   */
  closest(code: string, max = 3): CouncilEntry[] {
    const wanted = code.trim().toUpperCase();
    const known = this.near.get(wanted);
    if (known) return known.slice(0, max);
    const digits = (c: string) => [...c].sort().join('');
    const rank = (entry: CouncilEntry) => {
      const distance = editDistance(wanted, entry.code);
      const sameKind = entry.code.slice(0, 3) === wanted.slice(0, 3);
      if (distance > 2 || (distance === 2 && !sameKind)) return undefined;
      return [distance, sameKind ? 0 : 1, digits(entry.code) === digits(wanted) ? 0 : 1];
    };
    const near = this.all()
      .map((entry) => ({ entry, rank: rank(entry) }))
      .filter((c): c is { entry: CouncilEntry; rank: number[] } => !!c.rank)
      .sort((a, b) => a.rank[0]! - b.rank[0]! || a.rank[1]! - b.rank[1]! || a.rank[2]! - b.rank[2]! || (a.entry.code < b.entry.code ? -1 : 1));
    const best = near[0]?.rank.join();
    const found = near.filter((c) => c.rank.join() === best).map((c) => c.entry);
    this.near.set(wanted, found);
    return found.slice(0, max);
  }

  /**
   * The entry whose name a given name matches best, with how well (0 to 1): names are compared
   * without words such as "Council", "City of" or "Metropolitan Borough".
   */
  matchName(name: string): { entry: CouncilEntry; score: number } | undefined {
    const key = nameKey(name);
    if (!key) return undefined;
    if (!this.keys) {
      this.keys = new Map();
      for (const entry of this.byCode.values()) {
        for (const k of new Set([nameKey(entry.name), nameKey(entry.shortName)])) this.keys.set(k, [...(this.keys.get(k) ?? []), entry]);
      }
    }
    const exact = this.keys.get(key);
    if (exact) return { entry: exact[0]!, score: 1 };
    let best: { entry: CouncilEntry; score: number } | undefined;
    for (const [k, entries] of this.keys) {
      const score = likeness(key, k);
      if (score > (best?.score ?? 0)) best = { entry: entries[0]!, score };
    }
    return best;
  }

  /** How well `name` fits the entry for `code` (0 to 1). */
  nameFits(code: string, name: string): number {
    const entry = this.byCode.get(code);
    if (!entry) return 0;
    const key = nameKey(name);
    return Math.max(likeness(key, nameKey(entry.name)), likeness(key, nameKey(entry.shortName)));
  }
}
