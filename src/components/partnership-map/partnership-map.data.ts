/**
 * The shared dataset, for `<shared-partnership-map>`: councils (with where they are and which finer
 * areas make them up) and partnerships (with their councils), and what is highlighted. A partner
 * whose council is not listed in `councils` is kept, named by its code, so that it is never dropped.
 */
import { readDataset, type Council } from '../../data/dataset.js';
import { withCouncils } from '../../councils/prepare.js';
import { partnershipYears } from '../../councils/checks.js';
import type { DataReader } from '../../controllers/data-controller.js';
import type { Outcome } from '../../data/problem.js';

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

/** The shared dataset to the map's model; a dataset without councils or partnerships is a problem. */
export function readMapData(input: unknown): Outcome<MapModel> {
  const read = readDataset(input);
  if (!read.value) return read;
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
  prepare: withCouncils,
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
