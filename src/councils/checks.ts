/**
 * The shared dataset checked against the council register, and completed from it: partners named by
 * code alone get the register's names, kind, position and (for a county) districts, while what the
 * dataset's `councils` gives wins. Problems found are warnings, located like every other problem:
 * a code that is no UK council (with the nearest codes), a retired code (with what replaced it), a
 * code that did not exist during the partnership's dates, and a name that fits another council better
 * than its own code's. Pure data: no Lit, no DOM (the command-line checker uses it too).
 */
import { formatPath, type Problem } from '../data/problem.js';
import { isGss } from '../data/shapes.js';
import type { CouncilEntry, Register } from './register.js';

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface Checked {
  /** The dataset with `councils` completed from the register (given entries first, at their places). */
  input: unknown;
  problems: Problem[];
}

/** "Coventry (E08000026)" */
const named = (entry: CouncilEntry) => `${entry.shortName} (${entry.code})`;

/** The years a partnership's dates cover: when it started, partners joined, savings periods, the dataset's `asAt`. */
export function partnershipYears(partnership: Obj, asAt: unknown): [number, number] | undefined {
  const years: number[] = [];
  const add = (value: unknown) => {
    const match = typeof value === 'string' ? /^(\d{4})(?:\/(\d{2}))?/.exec(value.trim()) : null;
    if (!match) return;
    const year = Number(match[1]);
    years.push(year);
    if (match[2]) years.push(year + 1);
  };
  add(partnership.started);
  if (Array.isArray(partnership.partners)) for (const p of partnership.partners) if (isObj(p)) add(p.joined);
  if (Array.isArray(partnership.savings)) for (const s of partnership.savings) if (isObj(s)) add(s.period);
  if (!years.length) return undefined;
  add(asAt);
  let from = Infinity;
  let to = -Infinity;
  for (const y of years) {
    if (y < from) from = y;
    if (y > to) to = y;
  }
  return [from, to];
}

/** What replaced a retired council, in words the catalogue fills in. */
function retired(entry: CouncilEntry, register: Register, path: string): Problem {
  const next = (entry.replacedBy ?? []).map((code) => register.get(code)).filter((e): e is CouncilEntry => !!e);
  const params = { code: entry.code, name: entry.shortName, year: String(entry.last + 1), next: next.map(named).join(', ') };
  const expected =
    entry.kind === 'county' || !next.length
      ? 'councilAbolished'
      : next.length === 1 && next[0]!.shortName === entry.shortName
        ? 'councilNewCode'
        : 'councilMerged';
  return { path, warning: true, expected, params };
}

/** A council object for the dataset, from its register entry. */
function fromRegister(entry: CouncilEntry, register: Register): Obj {
  const council: Obj = { code: entry.code, name: entry.name, shortName: entry.shortName, lat: entry.lat, lon: entry.lon };
  if (entry.kind === 'county') council.areas = register.districtsOf(entry.code).map((d) => d.code);
  return council;
}

/** A council the dataset names, with what it leaves out taken from the register (what it gives wins). */
function completed(given: unknown, register: Register): unknown {
  if (!isObj(given) || typeof given.code !== 'string') return given;
  const entry = register.get(given.code);
  if (!entry) return given;
  const extra = fromRegister(entry, register);
  const out: Obj = { ...given };
  for (const key of ['shortName', 'lat', 'lon', 'areas']) if (out[key] === undefined && extra[key] !== undefined) out[key] = extra[key];
  // A position is one thing: a dataset that gives only half of it keeps its own half and no more.
  if ((given.lat === undefined) !== (given.lon === undefined)) {
    out.lat = given.lat;
    out.lon = given.lon;
  }
  return out;
}

/** Checks a dataset's council codes against `register` and completes its `councils`. */
export function checkCouncils(input: unknown, register: Register): Checked {
  if (!isObj(input)) return { input, problems: [] };
  const given = Array.isArray(input.councils) ? input.councils : [];
  const listed = new Set<string>();
  const problems: Problem[] = [];
  given.forEach((council, i) => {
    if (!isObj(council) || typeof council.code !== 'string') return;
    listed.add(council.code);
    const entry = register.get(council.code);
    if (!entry || typeof council.name !== 'string') return;
    const own = register.nameFits(council.code, council.name);
    if (own === 1) return;
    const other = register.matchName(council.name);
    if (other && other.entry.code !== council.code && other.score > own) {
      problems.push({
        path: formatPath(['councils', i, 'name']),
        warning: true,
        expected: 'councilName',
        params: { code: council.code, name: entry.shortName, given: council.name, other: named(other.entry) }
      });
    }
  });
  const used = new Set<string>();
  const newest = register.years[1];
  const partnerships = Array.isArray(input.partnerships) ? input.partnerships : [];
  partnerships.forEach((partnership, i) => {
    if (!isObj(partnership) || !Array.isArray(partnership.partners)) return;
    const years = partnershipYears(partnership, input.asAt);
    partnership.partners.forEach((partner, j) => {
      if (!isObj(partner) || !isGss(partner.council)) return;
      const code = partner.council;
      const path = formatPath(['partnerships', i, 'partners', j, 'council']);
      const entry = register.get(code);
      if (!entry) {
        if (listed.has(code)) return;
        const near = register.closest(code);
        problems.push({
          path,
          warning: true,
          expected: near.length ? 'councilUnknownNear' : 'councilUnknown',
          params: { code, near: near.map((e) => `${e.code} (${e.shortName})`).join(', ') }
        });
        return;
      }
      used.add(code);
      if (entry.last < newest) problems.push(retired(entry, register, path));
      if (!years) return;
      const params = { code, name: entry.shortName, first: String(entry.first), last: String(entry.last), from: String(years[0]), to: String(years[1]) };
      if (years[1] < entry.first) problems.push({ path, warning: true, expected: 'councilNotYet', params });
      else if (years[0] > entry.last) problems.push({ path, warning: true, expected: 'councilGone', params });
    });
  });
  const added = [...used].filter((code) => !listed.has(code)).map((code) => fromRegister(register.get(code)!, register));
  if (!added.length && !given.length) return { input, problems };
  return { input: { ...input, councils: [...given.map((c) => completed(c, register)), ...added] }, problems };
}

/** True when a dataset names a partner's council by a code that its `councils` does not list. */
export function needsNames(input: unknown): boolean {
  if (!isObj(input) || !Array.isArray(input.partnerships)) return false;
  const listed = new Set((Array.isArray(input.councils) ? input.councils : []).map((c) => (isObj(c) ? c.code : undefined)));
  return input.partnerships.some((p) => isObj(p) && Array.isArray(p.partners) && p.partners.some((x) => isObj(x) && !listed.has(x.council)));
}
