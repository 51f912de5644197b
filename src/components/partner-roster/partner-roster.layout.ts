/**
 * Rows to what the roster shows: filtered by text, sorted by a column, grouped by role or service,
 * with each partnership's share total checked. Pure: no DOM; formatting through `Intl`.
 */
import { collator } from '../../format/intl.js';
import { formatPercent } from '../../format/number.js';
import { formatDate } from '../../format/period.js';
import { fill } from '../../i18n/messages.js';
import type { Role, RosterModel, RosterRow } from './partner-roster.data.js';
import type { RosterMessages } from './partner-roster.messages.js';

export const SORT_KEYS = ['council', 'partnership', 'role', 'share', 'services', 'joined', 'contact'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type GroupBy = 'none' | 'role' | 'service';

export interface RowView {
  row: RosterRow;
  role: string;
  share: string;
  /** The share bar's filled width, 0 to 1. */
  shareFill?: number;
  joined: string;
}

export interface GroupView {
  key: string;
  /** The group's heading, or '' when ungrouped (or, with a window, when its heading is outside it). */
  label: string;
  rows: RowView[];
  /** Position of the group's heading among every row the view has (see `entries`), or -1 without one. */
  labelIndex: number;
  /** Position of `rows[0]` among every row the view has. */
  index: number;
  /** Position of the group's first row (drawn or not), and how many rows the group has. */
  first: number;
  size: number;
}

export interface RosterView {
  groups: GroupView[];
  /** Rows that pass the filter (a row in two service groups counts once). */
  shown: number;
  /** Rows that pass the filter but are beyond `limit`, so not drawn. */
  hidden: number;
  total: number;
  /** One line per partnership whose shares do not add up to 100%, or the total when they do. */
  shareNotes: string[];
  /** True when rows come from more than one partnership. */
  manyPartnerships: boolean;
  /**
   * Every row the whole view has, group headings included and a partner in two service groups
   * counted twice: the positions a window (`RosterOptions.window`) counts in.
   */
  entries: number;
}

export interface RosterOptions {
  sort: SortKey;
  descending: boolean;
  filter: string;
  group: GroupBy;
  /** At most this many rows are drawn (long rosters are shown a page at a time). */
  limit?: number;
  /**
   * Only the rows at these positions among `entries` (from, up to but not including to) are
   * formatted and returned: what is on screen of a long roster shown whole. `limit` is then not used.
   */
  window?: readonly [number, number];
  m: RosterMessages;
  intlLocale: string;
}

const ROLE_ORDER = { lead: 0, host: 1, partner: 2 } as const;

/**
 * A key that plain `<` orders as a base-letter, numeric-aware collator would (`Council 9` before
 * `Council 10`, `é` with `e`, case ignored): a collator compares 10,000 names in about 125 ms,
 * these keys in about 9, so sorting stays within a frame.
 */
const textKey = (s: string): string => {
  // Plain ASCII (most names) has no accents to take off: normalising it is skipped, as are digits when there are none.
  const t = ASCII.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return DIGIT.test(t) ? t.replace(/\d+/g, (d) => d.replace(/^0+(?=\d)/, '').padStart(20, '0')) : t;
};
const ASCII = /^[\x00-\x7f]*$/;
const DIGIT = /\d/;

type Key = string | number | undefined;
function sortKey(row: RosterRow, key: SortKey): Key {
  switch (key) {
    case 'partnership':
      return textKey(row.partnership?.name ?? '');
    case 'role':
      return row.role && ROLE_ORDER[row.role];
    case 'share':
      return row.share;
    case 'services':
      return textKey(row.services.join(', '));
    case 'joined':
      return row.joined?.start.getTime();
    case 'contact':
      return textKey(row.contact.name ?? row.contact.email ?? '');
    default:
      return textKey(row.name);
  }
}

/** Missing values last; otherwise `<`. */
const before = (a: Key, b: Key): number => (a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a < b ? -1 : 1);

/**
 * Each row's sort key for a column, worked out once per model. A list still being checked only
 * grows at its end (see `checkMore`), so keys for the rows added are added.
 */
const keyCache = new WeakMap<readonly RosterRow[], Map<SortKey, Key[]>>();
function keysOf(rows: readonly RosterRow[], key: SortKey): Key[] {
  let byKey = keyCache.get(rows);
  if (!byKey) keyCache.set(rows, (byKey = new Map()));
  let keys = byKey.get(key);
  if (!keys) byKey.set(key, (keys = []));
  for (let i = keys.length; i < rows.length; i++) keys.push(sortKey(rows[i]!, key));
  return keys;
}

/** Row `i` before row `j`: by key (missing last, whichever way the column is sorted), then as given. */
const comparer = (keys: Key[], descending: boolean) => (i: number, j: number) => {
  const a = keys[i];
  const b = keys[j];
  if (a === undefined || b === undefined) return before(a, b) || i - j;
  return (descending ? before(b, a) : before(a, b)) || i - j;
};

/**
 * Each model's rows in each order, sorted once (filtering keeps the order, so a keystroke sorts
 * nothing); sorted again if the rows have grown since (a list still being checked).
 */
const orders = new WeakMap<readonly RosterRow[], Map<string, RosterRow[]>>();
const orderName = (key: SortKey, descending: boolean) => `${key}${descending ? '-' : '+'}`;
const sortedAlready = (rows: readonly RosterRow[], key: SortKey, descending: boolean) => orders.get(rows)?.get(orderName(key, descending))?.length === rows.length;
function ordered(rows: readonly RosterRow[], key: SortKey, descending: boolean): RosterRow[] {
  let byKey = orders.get(rows);
  if (!byKey) orders.set(rows, (byKey = new Map()));
  let sorted = byKey.get(orderName(key, descending));
  if (sorted?.length !== rows.length) {
    const index = rows.map((_, i) => i).sort(comparer(keysOf(rows, key), descending));
    byKey.set(orderName(key, descending), (sorted = index.map((i) => rows[i]!)));
  }
  return sorted;
}

/**
 * The first `k` rows that pass `keep`, in order, and how many pass: a page of a long roster without
 * sorting it all (about one comparison a row), until something needs every row in order.
 */
function firstRows(rows: readonly RosterRow[], keep: (row: RosterRow) => boolean, key: SortKey, descending: boolean, k: number) {
  const cmp = comparer(keysOf(rows, key), descending);
  const best: number[] = [];
  let count = 0;
  rows.forEach((row, i) => {
    if (!keep(row)) return;
    count++;
    if (best.length === k && cmp(i, best[k - 1]!) > 0) return;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cmp(best[mid]!, i) < 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, i);
    if (best.length > k) best.pop();
  });
  return { first: best.map((i) => rows[i]!), count };
}

const collate = (locale: string) => collator(locale, { sensitivity: 'base', numeric: true });

/**
 * Everything a filter can match in a row, lower-cased once per row and language (role words are
 * in the roster's language, so a switch of language finds them in the new one).
 */
const haystacks = new WeakMap<RosterMessages, WeakMap<RosterRow, string>>();
function haystack(row: RosterRow, m: RosterMessages): string {
  let cache = haystacks.get(m);
  if (!cache) haystacks.set(m, (cache = new WeakMap()));
  let text = cache.get(row);
  if (text === undefined) {
    const c = row.contact;
    text = [row.name, row.code, row.partnership?.name, row.role && m.roles[row.role], ...row.services, c.name, c.email, c.phone]
      .filter(Boolean)
      .join(' ')
      .toLowerCase();
    cache.set(row, text);
  }
  return text;
}

function shareNotes(rows: readonly RosterRow[], o: RosterOptions): string[] {
  const byPartnership = new Map<string, { name: string; total: number; any: boolean }>();
  for (const row of rows) {
    const key = row.partnership?.id ?? '';
    const entry = byPartnership.get(key) ?? { name: row.partnership?.name ?? o.m.label, total: 0, any: false };
    if (row.share !== undefined) {
      entry.total += row.share;
      entry.any = true;
    }
    byPartnership.set(key, entry);
  }
  const entries = [...byPartnership.values()].filter((e) => e.any);
  const off = entries.filter((e) => Math.abs(e.total - 1) > 0.005);
  if (off.length) return off.map((e) => fill(o.m.sharesOff, { name: e.name, total: formatPercent(e.total, o.intlLocale) }));
  return entries.length === 1 ? [fill(o.m.sharesTotal, { total: formatPercent(entries[0]!.total, o.intlLocale) })] : [];
}

/** Formatted rows, once per row and language: a long roster redrawn after a keystroke formats nothing again. */
const rowViews = new WeakMap<RosterMessages, Map<string, WeakMap<RosterRow, RowView>>>();
function rowView(row: RosterRow, o: RosterOptions): RowView {
  let byLocale = rowViews.get(o.m);
  if (!byLocale) rowViews.set(o.m, (byLocale = new Map()));
  let cache = byLocale.get(o.intlLocale);
  if (!cache) byLocale.set(o.intlLocale, (cache = new WeakMap()));
  let v = cache.get(row);
  if (!v) {
    v = {
      row,
      role: row.role ? o.m.roles[row.role] : '',
      share: row.share === undefined ? '' : formatPercent(row.share, o.intlLocale),
      ...(row.share === undefined ? {} : { shareFill: Math.max(0, Math.min(row.share, 1)) }),
      joined: row.joined ? formatDate(row.joined.start, o.intlLocale, 'month') : ''
    };
    cache.set(row, v);
  }
  return v;
}

/** What does not change with the filter or sort, worked out once per model and language. */
const totals = new WeakMap<readonly RosterRow[], Map<string, { notes: string[]; many: boolean }>>();
function modelTotals(rows: readonly RosterRow[], o: RosterOptions) {
  let byLocale = totals.get(rows);
  if (!byLocale) totals.set(rows, (byLocale = new Map()));
  const key = `${o.intlLocale} ${o.m.sharesOff} ${rows.length}`;
  let t = byLocale.get(key);
  if (!t) byLocale.set(key, (t = { notes: shareNotes(rows, o), many: new Set(rows.map((r) => r.partnership?.id)).size > 1 }));
  return t;
}

/**
 * Rows `from` up to `to` made ready for a first keystroke in the filter and a first click on the
 * column shown sorted, a slice per task after the first page is drawn (and after each part of a long
 * list is checked, see `checkMore`): their filter text (about 2 µs a row, 20 ms at 10,000 if left to
 * the first keystroke) and sort keys; with the `last` slice, the whole order ("Show all" draws from it).
 */
export function prepareRows(rows: readonly RosterRow[], from: number, to: number, o: Pick<RosterOptions, 'm' | 'sort' | 'descending'>, last: boolean): void {
  for (let i = from; i < to; i++) haystack(rows[i]!, o.m);
  keysOf(rows, o.sort);
  if (last) ordered(rows, o.sort, o.descending);
}

/** Every row's sort key for a column, ahead of a first click on it (about 2 ms at 10,000 for a column of text). */
export function prepareKeys(rows: readonly RosterRow[], key: SortKey): void {
  keysOf(rows, key);
}

export function layoutRoster(model: RosterModel, o: RosterOptions): RosterView {
  const needle = o.filter.trim().toLowerCase();
  const keep = (row: RosterRow) => haystack(row, o.m).includes(needle);
  const limit = o.limit ?? Infinity;
  // A first page, ungrouped, in an order not yet worked out: picked without sorting every row.
  if (o.group === 'none' && limit < model.rows.length && !sortedAlready(model.rows, o.sort, o.descending)) {
    const { first, count } = firstRows(model.rows, needle ? keep : () => true, o.sort, o.descending, limit);
    const t = modelTotals(model.rows, o);
    return {
      groups: first.length ? [{ key: 'all', label: '', rows: first.map((r) => rowView(r, o)), labelIndex: -1, index: 0, first: 0, size: count }] : [],
      shown: count,
      hidden: count - first.length,
      total: model.rows.length,
      shareNotes: t.notes,
      manyPartnerships: t.many,
      entries: count
    };
  }
  const all = ordered(model.rows, o.sort, o.descending);
  const kept = needle ? all.filter(keep) : all;
  type Group = { key: string; label: string; rows: RosterRow[] };
  let groups: Group[];
  if (o.group === 'none') {
    groups = [{ key: 'all', label: '', rows: kept }];
  } else {
    // One pass over the rows, whatever the number of groups.
    const byKey = new Map<string, RosterRow[]>();
    const add = (key: string, row: RosterRow) => {
      const list = byKey.get(key);
      if (list) list.push(row);
      else byKey.set(key, [row]);
    };
    for (const row of kept) {
      if (o.group === 'role') add(row.role ?? '', row);
      else if (row.services.length) new Set(row.services).forEach((service) => add(service, row));
      else add('', row);
    }
    const keys =
      o.group === 'role'
        ? ['lead', 'host', 'partner']
        : [...byKey.keys()].filter(Boolean).sort(collate(o.intlLocale).compare);
    groups = [...keys, ''].flatMap((key) => {
      const rows = byKey.get(key);
      if (!rows) return [];
      const label = key ? (o.group === 'role' ? o.m.roles[key as Role] : key) : o.group === 'role' ? o.m.noRole : o.m.noService;
      return [{ key: key || 'none', label, rows }];
    });
  }
  // Only the rows drawn are formatted: a long roster is drawn a page at a time, or a window of it.
  const [from, to] = o.window ?? [0, Infinity];
  let room = o.window ? Infinity : (o.limit ?? Infinity);
  const drawn = new Set<RosterRow>();
  const views: GroupView[] = [];
  let entries = 0;
  for (const g of groups) {
    const labelIndex = g.label ? entries++ : -1;
    const start = entries;
    entries += g.rows.length;
    if (room <= 0) continue;
    const a = Math.max(from, start);
    const b = Math.min(to, entries, a + room);
    const labelIn = labelIndex >= from && labelIndex < to;
    if (a >= b && !labelIn) continue;
    const rows = a < b ? g.rows.slice(a - start, b - start) : [];
    room -= rows.length;
    rows.forEach((r) => drawn.add(r));
    views.push({ key: g.key, label: labelIn ? g.label : '', rows: rows.map((r) => rowView(r, o)), labelIndex: labelIn ? labelIndex : -1, index: a, first: start, size: g.rows.length });
  }
  const t = modelTotals(model.rows, o);
  return {
    groups: views,
    shown: kept.length,
    hidden: o.window ? 0 : kept.length - drawn.size,
    total: model.rows.length,
    shareNotes: t.notes,
    manyPartnerships: t.many,
    entries
  };
}
