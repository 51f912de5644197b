/**
 * The shared dataset, for `<shared-partnership-map>`: councils (with where they are and which finer
 * areas make them up) and partnerships (with their councils), and what is highlighted. A partner
 * whose council is not listed in `councils` is kept, named by its code, so that it is never dropped.
 */
import { readDataset, type Council } from '../../data/dataset.js';
import { withCouncils } from '../../councils/prepare.js';
import { partnershipYears } from '../../councils/checks.js';
import type { DataReader } from '../../controllers/data-controller.js';
import { Budget, capped, type Outcome, type Problem } from '../../data/problem.js';

export type Category = 'back-office' | 'shared-management' | 'front-line';

export interface MapCouncil {
  code: string;
  name: string;
  shortName?: string;
  lat?: number;
  lon?: number;
  /** Codes that make up the council in a finer boundary file; the council's own code first. */
  areas: string[];
  /** Ids of the partnerships it is in, in data order. */
  partnerships: string[];
  /** True when the council is not listed in `councils` (it is named by its code). */
  unlisted: boolean;
}

export interface MapPartnership {
  id: string;
  name: string;
  category?: Category;
  serviceArea?: string;
  /** Codes of its councils, in data order, each once. */
  councils: string[];
}

export interface MapModel {
  title?: string;
  /** The latest year the partnerships' dates or the dataset's `asAt` mention (the built-in boundaries' default year). */
  latestYear?: number;
  councils: Map<string, MapCouncil>;
  partnerships: Map<string, MapPartnership>;
}

function councilOf(council: Council): MapCouncil {
  const areas = [council.code, ...(council.areas ?? []).filter((a) => a !== council.code)];
  return {
    code: council.code,
    name: council.name,
    ...(council.shortName ? { shortName: council.shortName } : {}),
    ...(council.lat !== undefined && council.lon !== undefined ? { lat: council.lat, lon: council.lon } : {}),
    areas,
    partnerships: [],
    unlisted: false
  };
}

/**
 * What the map reads of a dataset at most (the README's limits): councils, partnerships (issue 18's
 * network view draws 5,000), their partners in all (as the roster) and savings points in all (as
 * the chart: the map reads only their years). The rest is left out before it is checked, said so.
 */
export const MAX_COUNCILS = 50_000;
export const MAX_PARTNERSHIPS = 10_000;
export const MAX_PARTNERS = 50_000;
export const MAX_SAVINGS = 2_000_000;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The dataset with what is past the limits left out, and a located problem for each limit reached. */
export function cappedMapInput(input: unknown): { input: unknown; problems: Problem[] } {
  if (!isObject(input)) return { input, problems: [] };
  const problems: Problem[] = [];
  const out: Record<string, unknown> = { ...input };
  if (Array.isArray(input.councils)) {
    const councils = capped(input.councils, MAX_COUNCILS, ['councils']);
    out.councils = councils.items;
    problems.push(...councils.problems);
  }
  if (Array.isArray(input.partnerships)) {
    const { items, problems: over } = capped(input.partnerships, MAX_PARTNERSHIPS, ['partnerships']);
    const partners = new Budget(MAX_PARTNERS);
    const savings = new Budget(MAX_SAVINGS);
    out.partnerships = items.map((p, index) => {
      if (!isObject(p)) return p;
      const q: Record<string, unknown> = { ...p };
      if (Array.isArray(p.partners)) q.partners = partners.take(p.partners, ['partnerships', index, 'partners']);
      if (Array.isArray(p.savings)) q.savings = savings.take(p.savings, ['partnerships', index, 'savings']);
      return q;
    });
    problems.push(...over, ...partners.problems, ...savings.problems);
  }
  return problems.length ? { input: out, problems } : { input, problems };
}

/** The shared dataset to the map's model; a dataset without councils or partnerships is a problem. */
export function readMapData(given: unknown): Outcome<MapModel> {
  const { input, problems: over } = cappedMapInput(given);
  const read = readDataset(input);
  if (!read.value) return read;
  read.problems.push(...over);
  const dataset = read.value;
  const councils = new Map<string, MapCouncil>();
  for (const council of dataset.councils) if (!councils.has(council.code)) councils.set(council.code, councilOf(council));
  const partnerships = new Map<string, MapPartnership>();
  for (const p of dataset.partnerships) {
    if (partnerships.has(p.id)) continue;
    const codes = [...new Set((p.partners ?? []).map((partner) => partner.council))];
    for (const code of codes) {
      let council = councils.get(code);
      if (!council) councils.set(code, (council = { code, name: code, areas: [code], partnerships: [], unlisted: true }));
      council.partnerships.push(p.id);
    }
    partnerships.set(p.id, {
      id: p.id,
      name: p.name,
      ...(p.category ? { category: p.category } : {}),
      ...(p.serviceArea ? { serviceArea: p.serviceArea } : {}),
      councils: codes
    });
  }
  let latestYear: number | undefined;
  for (const p of dataset.partnerships) {
    const years = partnershipYears(p as unknown as Record<string, unknown>, dataset.asAt);
    if (years && years[1] > (latestYear ?? -Infinity)) latestYear = years[1];
  }
  const asAt = dataset.asAt ? Number(dataset.asAt.slice(0, 4)) : undefined;
  if (asAt && asAt > (latestYear ?? -Infinity)) latestYear = asAt;
  const value: MapModel = { ...(dataset.title ? { title: dataset.title } : {}), councils, partnerships, ...(latestYear ? { latestYear } : {}) };
  return { value, problems: read.problems };
}

export const mapReader: DataReader<MapModel> = {
  // Capped before the council checks, which look at every partner.
  prepare: async (given, context) => {
    const { input, problems } = cappedMapInput(given);
    const checked = await withCouncils(input, context);
    return problems.length ? { ...checked, problems: [...problems, ...checked.problems] } : checked;
  },
  fromJson: readMapData,
  isEmpty: (model) => model.councils.size === 0
};

/** What is marked on the map, and why. */
export interface Highlight {
  /** `partnership`: one partnership's councils; `council`: one council and its partners; `all`: every council in a partnership. */
  mode: 'partnership' | 'council' | 'all';
  /** The partnership asked for, when found. */
  partnership?: MapPartnership;
  /** The council asked for, when found. */
  council?: MapCouncil;
  /** The id or code asked for that the data does not have. */
  unknown?: { kind: 'partnership' | 'council'; id: string };
  /** Highlighted councils by code, with the category that colours them (`mixed` for several). */
  councils: Map<string, Category | 'mixed' | 'none'>;
  /** Partnerships shown as highlighted (in the network view, and listed for a council). */
  partnerships: Set<string>;
}

function categoryOf(model: MapModel, ids: readonly string[]): Category | 'mixed' | 'none' {
  const categories = new Set(ids.map((id) => model.partnerships.get(id)?.category ?? 'none'));
  return categories.size === 1 ? [...categories][0]! : 'mixed';
}

/**
 * Works out what to mark: `partnership` wins over `council`; with neither (or one the data lacks),
 * every council in any partnership, coloured by the kind of service it shares.
 */
export function highlight(model: MapModel, partnership: string | null, council: string | null): Highlight {
  const chosen = partnership ? model.partnerships.get(partnership) : undefined;
  if (chosen) {
    const category = chosen.category ?? 'none';
    return {
      mode: 'partnership',
      partnership: chosen,
      councils: new Map(chosen.councils.map((code) => [code, category])),
      partnerships: new Set([chosen.id])
    };
  }
  const unknown = partnership ? { kind: 'partnership' as const, id: partnership } : undefined;
  const one = council ? model.councils.get(council) : undefined;
  if (one) {
    return {
      mode: 'council',
      council: one,
      councils: new Map([[one.code, categoryOf(model, one.partnerships)]]),
      partnerships: new Set(one.partnerships),
      ...(unknown ? { unknown } : {})
    };
  }
  const councils = new Map<string, Category | 'mixed' | 'none'>();
  for (const c of model.councils.values()) if (c.partnerships.length) councils.set(c.code, categoryOf(model, c.partnerships));
  const missing = unknown ?? (council ? { kind: 'council' as const, id: council } : undefined);
  return { mode: 'all', councils, partnerships: new Set(model.partnerships.keys()), ...(missing ? { unknown: missing } : {}) };
}
