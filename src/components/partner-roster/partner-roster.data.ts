/**
 * Input for `<shared-partner-roster>` to rows of partners: the shared dataset (every partner of every
 * partnership, or one partnership's), `{ partners: [...] }`, a bare list, or CSV
 * `council,name,role[,share][,joined][,services][,email][,phone]`. A partner with a bad field keeps its
 * row: the field is left out and the row is flagged with a located message. Only a partner with no
 * usable council code is left out.
 */
import * as v from 'valibot';
import { isDataset, partnerSchema, readDataset, ROLES, type Council, type Partner } from '../../data/dataset.js';
import { withCouncils } from '../../councils/prepare.js';
import { list, record, text } from '../../data/fields.js';
import { parseCsv } from '../../data/parse.js';
import { capped, formatPath, onCsvLines, type Outcome, type Problem } from '../../data/problem.js';
import { check } from '../../data/validate.js';
import { isPeriod, parsePeriod, type Period } from '../../format/period.js';
import { isMailbox } from '../../format/source.js';

export type Role = (typeof ROLES)[number];

export interface Contact {
  name?: string;
  email?: string;
  phone?: string;
  /** `mailto:` and `tel:` addresses, only when the email and phone are valid. */
  emailHref?: string;
  phoneHref?: string;
}

export interface RosterRow {
  /** A stable key: the partnership (if any) and the council code. */
  key: string;
  code: string;
  name: string;
  partnership?: { id: string; name: string };
  role?: Role;
  share?: number;
  joined?: Period;
  services: string[];
  contact: Contact;
  illustrative: boolean;
  /** Problems with this row, shown on it. */
  flags: Problem[];
}

export interface RosterModel {
  title?: string;
  /** The partnership shown, when there is one. */
  partnership?: { id: string; name: string };
  rows: RosterRow[];
  /** Every partnership, when the input was the shared dataset. */
  partnerships?: { id: string; name: string }[];
}

const PHONE = /^\+?[\d\s()-]{7,20}$/;

const flatPartner = record({
  council: v.unknown(),
  name: v.optional(text),
  email: v.optional(text),
  phone: v.optional(text),
  partnership: v.optional(text)
});

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const optional = (x: unknown, type: 'string' | 'boolean') => x === undefined || typeof x === type;

/** Top-level name, email, phone and partnership (CSV and flat lists), as `flatPartner` takes them. */
const wellFlat = (x: unknown): boolean =>
  isObject(x) && optional(x.name, 'string') && optional(x.email, 'string') && optional(x.phone, 'string') && optional(x.partnership, 'string');

/**
 * What `partnerSchema` accepts, checked by hand: the same rules, about 20 times faster than the
 * schema on 10,000 partners. Anything else goes through the schema, for its located messages.
 */
export function wellFormed(x: unknown): boolean {
  if (!isObject(x) || typeof x.council !== 'string' || !/^[ENSWK]\d{8}$/.test(x.council)) return false;
  const { role, share, joined, services, contact } = x;
  return (
    (role === undefined || (ROLES as readonly unknown[]).includes(role)) &&
    (share === undefined || (typeof share === 'number' && share >= 0 && share <= 1)) &&
    (joined === undefined || (typeof joined === 'string' && /^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/.test(joined) && isPeriod(joined))) &&
    (services === undefined || (Array.isArray(services) && services.every((s) => typeof s === 'string'))) &&
    (contact === undefined ||
      (isObject(contact) && optional(contact.name, 'string') && optional(contact.email, 'string') && optional(contact.phone, 'string') && optional(contact.illustrative, 'boolean'))) &&
    optional(x.illustrative, 'boolean')
  );
}

/**
 * A valid email as a `mailto:` address; anything else is shown as text and flagged. `under` names
 * the object the fields are in (`contact`), if any: paths are only made for a flag.
 */
function contactOf(raw: { name?: string; email?: string; phone?: string }, path: (string | number)[], under: string | undefined, flags: Problem[]): Contact {
  const contact: Contact = {};
  const at = (field: string) => formatPath(under ? [...path, under, field] : [...path, field]);
  if (raw.name) contact.name = raw.name;
  if (raw.email) {
    contact.email = raw.email;
    if (isMailbox(raw.email.trim())) contact.emailHref = `mailto:${raw.email.trim()}`;
    else flags.push({ path: at('email'), expected: 'email', received: raw.email });
  }
  if (raw.phone) {
    contact.phone = raw.phone;
    const digits = raw.phone.replace(/[^\d+]/g, '');
    if (PHONE.test(raw.phone.trim()) && digits.replace('+', '').length >= 7) contact.phoneHref = `tel:${digits}`;
    else flags.push({ path: at('phone'), expected: 'phone', received: raw.phone });
  }
  return contact;
}

/** No problems: shared by every well-formed partner (readers only ever read it). */
const NONE: Problem[] = Object.freeze([]) as unknown as Problem[];

/**
 * Checks one partner. Bad fields are dropped and flagged; a partner without a valid council code is
 * left out (returned as problems only).
 */
export function readPartner(
  item: unknown,
  path: (string | number)[],
  councils: ReadonlyMap<string, Council> | undefined,
  partnership?: { id: string; name: string; serviceArea?: string }
): { row?: RosterRow; problems: Problem[] } {
  let input = item;
  // Most partners are well formed: they skip the schema, which runs only to say what is wrong.
  let checked: ReturnType<typeof check<typeof partnerSchema>> = wellFormed(input) ? { ok: true, value: input as Partner } : check(partnerSchema, input, path);
  const flags: Problem[] = [];
  if (!checked.ok) {
    const depth = formatPath(path).length;
    const fields = new Set(checked.problems.map((p) => p.path.slice(depth).replace(/^\./, '').split(/[.[]/)[0]!));
    if (fields.has('council') || fields.has('') || typeof input !== 'object' || input === null) return { problems: checked.problems };
    flags.push(...checked.problems);
    input = Object.fromEntries(Object.entries(input as object).filter(([key]) => !fields.has(key)));
    checked = check(partnerSchema, input, path);
    if (!checked.ok) return { problems: checked.problems };
  }
  const partner: Partner = checked.value;
  let flat: { name?: string; email?: string; phone?: string };
  if (wellFlat(input)) flat = input as typeof flat;
  else {
    const extra = check(flatPartner, input, path);
    flat = extra.ok ? extra.value : {};
  }
  const council = councils?.get(partner.council);
  if (councils?.size && !council) flags.push({ path: formatPath([...path, 'council']), expected: 'knownCouncil', received: partner.council });
  const contact = partner.contact ? contactOf(partner.contact, path, 'contact', flags) : contactOf(flat, path, undefined, flags);
  const services = partner.services ?? (partnership?.serviceArea ? [partnership.serviceArea] : []);
  const row: RosterRow = {
    key: `${partnership?.id ?? ''}/${partner.council}`,
    code: partner.council,
    name: council?.name ?? flat.name ?? partner.council,
    services,
    contact,
    illustrative: partner.illustrative === true || partner.contact?.illustrative === true,
    // Most rows have no problems: they share one empty list (one object fewer a row to keep).
    flags: flags.length ? flags : NONE
  };
  if (partnership) row.partnership = { id: partnership.id, name: partnership.name };
  if (partner.role) row.role = partner.role;
  if (partner.share !== undefined) row.share = partner.share;
  if (partner.joined) row.joined = parsePeriod(partner.joined)!;
  return { row, problems: NONE };
}

function fromDataset(input: unknown): Outcome<RosterModel> {
  // The dataset's shells and councils are checked by the dataset reader; each partner once, here,
  // so that a bad field flags its row instead of dropping the partner. Savings are not the roster's.
  const raw = (input as { partnerships?: unknown }).partnerships;
  const given = Array.isArray(raw) ? raw : [];
  const shells = Array.isArray(raw) ? given.map((p) => (isObject(p) ? { ...p, partners: Array.isArray(p.partners) ? [] : p.partners, savings: undefined } : p)) : raw;
  const dataset = readDataset({ ...(input as object), partnerships: shells });
  if (!dataset.value) return dataset;
  const problems = [...dataset.problems];
  const councils = new Map(dataset.value.councils.map((c) => [c.code, c]));
  const rows: RosterRow[] = [];
  // The dataset keeps good partnerships in order, with ids and names trimmed: find each one's own
  // item in order (so that ids written with spaces, or used twice, still find theirs).
  let index = 0;
  const same = (a: unknown, b: string) => typeof a === 'string' && a.trim() === b;
  for (const p of dataset.value.partnerships) {
    while (index < given.length && !(isObject(given[index]) && same((given[index] as { id?: unknown }).id, p.id) && same((given[index] as { name?: unknown }).name, p.name))) index++;
    const partners = (given[index] as { partners?: unknown } | undefined)?.partners;
    const { items, problems: over } = capped(Array.isArray(partners) ? partners : [], MAX_PARTNERS - rows.length, ['partnerships', index, 'partners']);
    problems.push(...over);
    items.forEach((partner, i) => {
      const read = readPartner(partner, ['partnerships', index, 'partners', i], councils, p);
      if (read.problems.length) problems.push(...read.problems);
      if (read.row) {
        if (p.illustrative === true) read.row.illustrative = true;
        rows.push(read.row);
      }
    });
    index++;
  }
  const model: RosterModel = { rows, partnerships: dataset.value.partnerships.map((p) => ({ id: p.id, name: p.name })) };
  if (dataset.value.title) model.title = dataset.value.title;
  return { value: model, problems };
}

/** One partnership's partners, when `partnership` names one of the dataset's; otherwise every row. */
export function choosePartnership(model: RosterModel, partnership: string | null | undefined): RosterModel {
  const id = partnership?.trim();
  const chosen = id ? model.partnerships?.find((p) => p.id === id) : undefined;
  if (!chosen) return model;
  return { ...model, partnership: chosen, rows: model.rows.filter((r) => r.partnership?.id === chosen.id) };
}

/** At most this many partners are read (the README's limits); the rest are left out, and said so. */
export const MAX_PARTNERS = 50_000;

/**
 * Lists longer than this are checked a part at a time (`lazy`): the first partners at once, so
 * that the first page can be drawn, the rest by `checkMore` in later tasks. Checking a partner costs
 * about 1 µs (more on a slow laptop), so 10,000 held up the first drawing of 50 rows.
 */
export const CHECK_AT_ONCE = 500;

/** A list still being checked: its items, where they are, and the outcome's problems to add to. */
interface Pending {
  items: readonly unknown[];
  prefix: (string | number)[];
  next: number;
  problems: Problem[];
}
const pending = new WeakMap<RosterModel, Pending>();

/** Checks the pending partners from `p.next` while `more()` allows (always at least one). */
function checkSome(model: RosterModel, p: Pending, more: () => boolean): void {
  // One path for the part, its last place the partner's index: readPartner only formats it (into a message's path).
  const path = [...p.prefix, 0];
  const last = path.length - 1;
  do {
    const i = p.next++;
    path[last] = i;
    const read = readPartner(p.items[i], path, undefined);
    if (read.problems.length) p.problems.push(...read.problems);
    if (read.row) model.rows.push(read.row);
  } while (p.next < p.items.length && more());
  if (p.next >= p.items.length) pending.delete(model);
}

/** How many partners of `model` are still to be checked (0 for a model read whole). */
export function unchecked(model: RosterModel): number {
  const p = pending.get(model);
  return p ? p.items.length - p.next : 0;
}

/**
 * Checks more of a lazily read list: partners are added to `model.rows` in their order, and their
 * problems (a partner left out, with where it is) to the problems its reading returned. Stops
 * when `more()` says so (give it a time budget), or checks every one left without it.
 */
export function checkMore(model: RosterModel, more: () => boolean = () => true): number {
  const p = pending.get(model);
  if (p) checkSome(model, p, more);
  return unchecked(model);
}

function fromList(all: readonly unknown[], prefix: (string | number)[], title?: string, lazy = false): Outcome<RosterModel> {
  const { items, problems } = capped(all, MAX_PARTNERS, prefix);
  const model: RosterModel = { ...(title ? { title } : {}), rows: [] };
  if (!items.length) return { value: model, problems };
  const p: Pending = { items, prefix, next: 0, problems };
  pending.set(model, p);
  // Lazily, the first partners now (and on until one row is usable, so that a list is never taken for empty or wrong while checking).
  checkSome(model, p, () => !lazy || p.next < CHECK_AT_ONCE || !model.rows.length);
  return { value: model, problems };
}

const partnersShell = record({ title: v.optional(text), partners: list });

/**
 * Reads any roster input (see `choosePartnership` to show one partnership of the dataset). With
 * `lazy`, a list of more than `CHECK_AT_ONCE` partners is read that far; `checkMore` reads the rest.
 */
export function readRoster(input: unknown, lazy = false): Outcome<RosterModel> {
  if (isDataset(input)) return fromDataset(input);
  if (Array.isArray(input)) return fromList(input, [], undefined, lazy);
  if (typeof input === 'object' && input !== null && 'partners' in input) {
    // The shell's schema copies the list item by item: a well-formed shell is taken as it is.
    const { title, partners } = input as { title?: unknown; partners?: unknown };
    if (Array.isArray(partners) && (title === undefined || typeof title === 'string')) return fromList(partners, ['partners'], title, lazy);
    const shell = check(partnersShell, input);
    return shell.ok ? fromList(shell.value.partners, ['partners'], shell.value.title, lazy) : { problems: shell.problems };
  }
  return { problems: [{ path: '', expected: 'rosterInput', received: input }] };
}

/** CSV rows to partners: `share` as a fraction or a percentage (`25%`), `services` separated by `;`. */
export function readRosterCsv(csv: string): Outcome<RosterModel> {
  const parsed = parseCsv(csv, {
    required: ['council', 'name', 'role'],
    optional: ['share', 'joined', 'services', 'email', 'phone'],
    lists: ['services']
  });
  if (!parsed.value) return { problems: parsed.problems };
  const records = parsed.value.records.map((r) => {
    const share = typeof r.share === 'string' ? r.share.trim() : undefined;
    if (share === undefined) return r;
    const percent = /^(-?[\d.]+)\s*%$/.exec(share);
    const number = percent ? Number(percent[1]) / 100 : Number(share);
    return { ...r, share: Number.isFinite(number) && share !== '' ? number : share };
  });
  const outcome = fromList(records, []);
  const rows = outcome.value!.rows.map((row) => ({ ...row, flags: onCsvLines(row.flags, parsed.value!.lines) }));
  return { value: { rows }, problems: onCsvLines(outcome.problems, parsed.value.lines) };
}

export const rosterReader = {
  prepare: withCouncils,
  fromJson: (input: unknown) => readRoster(input, true),
  fromCsv: readRosterCsv,
  isEmpty: (model: RosterModel) => model.rows.length === 0
};
