/**
 * Rows to what the roster shows: filtered by text, sorted by a column, grouped by role or service,
 * with each partnership's share total checked. Pure: no DOM; formatting through `Intl`.
 */
import { formatPercent } from '../../format/number.js';
import { formatDate } from '../../format/period.js';
import { fill } from '../../i18n/messages.js';
import type { RosterModel, RosterRow } from './partner-roster.data.js';
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
  label: string;
  rows: RowView[];
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
}

export interface RosterOptions {
  sort: SortKey;
  descending: boolean;
  filter: string;
  group: GroupBy;
  /** At most this many rows are drawn (long rosters are shown a page at a time). */
  limit?: number;
  m: RosterMessages;
  intlLocale: string;
}

const ROLE_ORDER = { lead: 0, host: 1, partner: 2 } as const;
const collators = new Map<string, Intl.Collator>();
const collator = (locale: string) => {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })));
  return c;
};

/** Everything a filter can match in a row, lower-cased once per row. */
const haystacks = new WeakMap<RosterRow, string>();
function haystack(row: RosterRow, m: RosterMessages): string {
  let text = haystacks.get(row);
  if (text === undefined) {
    const c = row.contact;
    text = [row.name, row.code, row.partnership?.name, row.role && m.roles[row.role], ...row.services, c.name, c.email, c.phone]
      .filter(Boolean)
      .join(' ')
      .toLowerCase();
    haystacks.set(row, text);
  }
  return text;
}

function compare(key: SortKey, locale: string): (a: RosterRow, b: RosterRow) => number {
  const text = collator(locale).compare;
  const missingLast = (a: number | undefined, b: number | undefined) =>
    a === undefined ? (b === undefined ? 0 : 1) : b === undefined ? -1 : a - b;
  switch (key) {
    case 'partnership':
      return (a, b) => text(a.partnership?.name ?? '', b.partnership?.name ?? '');
    case 'role':
      return (a, b) => missingLast(a.role && ROLE_ORDER[a.role], b.role && ROLE_ORDER[b.role]);
    case 'share':
      return (a, b) => missingLast(a.share, b.share);
    case 'services':
      return (a, b) => text(a.services.join(', '), b.services.join(', '));
    case 'joined':
      return (a, b) => missingLast(a.joined?.start.getTime(), b.joined?.start.getTime());
    case 'contact':
      return (a, b) => text(a.contact.name ?? a.contact.email ?? '', b.contact.name ?? b.contact.email ?? '');
    default:
      return (a, b) => text(a.name, b.name);
  }
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

export function layoutRoster(model: RosterModel, o: RosterOptions): RosterView {
  const needle = o.filter.trim().toLowerCase();
  const kept = needle ? model.rows.filter((row) => haystack(row, o.m).includes(needle)) : [...model.rows];
  const order = compare(o.sort, o.intlLocale);
  kept.sort(o.descending ? (a, b) => order(b, a) : order);
  const view = (row: RosterRow): RowView => ({
    row,
    role: row.role ? o.m.roles[row.role] : '',
    share: row.share === undefined ? '' : formatPercent(row.share, o.intlLocale),
    ...(row.share === undefined ? {} : { shareFill: Math.max(0, Math.min(row.share, 1)) }),
    joined: row.joined ? formatDate(row.joined.start, o.intlLocale, 'month') : ''
  });
  type Group = { key: string; label: string; rows: RosterRow[] };
  let groups: Group[];
  if (o.group === 'role') {
    const keys = ['lead', 'host', 'partner', ''] as const;
    groups = keys
      .map((key) => ({ key: key || 'none', label: key ? o.m.roles[key] : o.m.noRole, rows: kept.filter((r) => (r.role ?? '') === key) }))
      .filter((g) => g.rows.length);
  } else if (o.group === 'service') {
    const services = [...new Set(kept.flatMap((r) => r.services))].sort(collator(o.intlLocale).compare);
    groups = services.map((service) => ({ key: service, label: service, rows: kept.filter((r) => r.services.includes(service)) }));
    const none = kept.filter((r) => !r.services.length);
    if (none.length) groups.push({ key: 'none', label: o.m.noService, rows: none });
  } else {
    groups = [{ key: 'all', label: '', rows: kept }];
  }
  // Only the rows drawn are formatted: a long roster is drawn a page at a time.
  let room = o.limit ?? Infinity;
  const drawn = new Set<RosterRow>();
  const views: GroupView[] = [];
  for (const g of groups) {
    const rows = g.rows.slice(0, Math.max(room, 0));
    room -= rows.length;
    rows.forEach((r) => drawn.add(r));
    if (rows.length) views.push({ key: g.key, label: g.label, rows: rows.map(view) });
  }
  return {
    groups: views,
    shown: kept.length,
    hidden: kept.length - drawn.size,
    total: model.rows.length,
    shareNotes: shareNotes(model.rows, o),
    manyPartnerships: new Set(model.rows.map((r) => r.partnership?.id)).size > 1
  };
}
