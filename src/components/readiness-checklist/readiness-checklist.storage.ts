/**
 * Keeps a checklist's answers in `localStorage` under the `storage-key`, in the state format. Nothing a
 * user entered is written over: stored answers that cannot be read, that belong to another checklist,
 * or that name items the checklist no longer has are first copied aside (`<key>:corrupt`,
 * `<key>:<other checklist id>`, `<key>:previous`, numbered when that key holds something else); when
 * even that fails, saving stops for the page's lifetime. Storage that is turned off or full is reported,
 * and the element goes on with the answers in memory.
 */
import { parseJson } from '../../data/parse.js';
import type { Problem } from '../../data/problem.js';
import type { Checklist } from './readiness-checklist.data.js';
import { cleanItem, readState, reconcile, STATUSES, type ChecklistState, type ItemState } from './readiness-checklist.state.js';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem?(key: string): void;
}

/** Something the user should know about their answers, put into words when shown. */
export type Notice =
  | { kind: 'unavailable' }
  | { kind: 'corrupt'; key: string; problems: Problem[]; aside?: string }
  | { kind: 'other-stored'; key: string; other: string; aside?: string }
  /** `stored`: the dropped answers were in storage (then `aside` is where they were kept, if anywhere). */
  | { kind: 'dropped'; ids: string[]; stored?: boolean; aside?: string }
  | { kind: 'import-other' | 'state-other'; other: string; id: string }
  | { kind: 'import-bad' | 'state-bad'; problems: Problem[]; where: string }
  | { kind: 'imported'; n: number; changes: ItemChange[] }
  | { kind: 'undone'; n: number }
  /** A storage key given after answers existed: both sets kept; `conflicts` items show both versions. */
  | { kind: 'kept-both'; key: string; conflicts: number };

/** What an import changed on one item (for its notice and its undo). */
export interface ItemChange {
  id: string;
  label: string;
  before: ItemState;
  after: ItemState;
}

/**
 * Elements in this page that share a key hear each other's writes here (the `storage` event reaches
 * only other tabs). `detail` is `{ key, from }`.
 */
export const storageBus = new EventTarget();

/** An item changed here and elsewhere in one field: this page's version and the other. */
export interface HeldConflict {
  mine: ItemState;
  theirs: ItemState;
}

/** An answer as stored in a conflict record, or undefined when it is not one. */
function heldAnswer(value: unknown): ItemState | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const a = value as Record<string, unknown>;
  if (!STATUSES.includes(a['status'] as never)) return undefined;
  for (const field of ['note', 'owner', 'evidence']) if (a[field] !== undefined && typeof a[field] !== 'string') return undefined;
  return cleanItem(a as unknown as ItemState);
}

export interface Loaded {
  answers: Map<string, ItemState>;
  savedAt?: string;
  notices: Notice[];
}

/** The page's `localStorage`; reaching it throws where storage is turned off. */
const pageStorage = (): StorageLike => globalThis.localStorage;

const aside = (key: string | undefined) => (key ? { aside: key } : {});

export class ChecklistStore {
  /** True once stored answers could not be copied aside: nothing is written over them. */
  paused = false;

  constructor(
    readonly key: string,
    private readonly storage: () => StorageLike = pageStorage
  ) {}

  /** The stored answers for `checklist`, and what the user should know about them. */
  load(checklist: Checklist): Loaded {
    const raw = this.read();
    if (raw === undefined) return { answers: new Map(), notices: [{ kind: 'unavailable' }] };
    if (raw === null) return { answers: new Map(), notices: [] };
    const parsed = parseJson(raw);
    const read = parsed.value === undefined ? { problems: parsed.problems, value: undefined } : readState(parsed.value);
    if (!read.value || read.problems.length) {
      // What can be read of it is used; all of it is kept as it was.
      const kept = read.value?.checklist === checklist.id ? reconcile(read.value.answers, checklist).answers : new Map<string, ItemState>();
      return { answers: kept, notices: [{ kind: 'corrupt', key: this.key, problems: read.problems, ...aside(this.keepAside(`${this.key}:corrupt`, raw)) }] };
    }
    const state = read.value;
    if (state.checklist !== checklist.id) {
      const where = this.keepAside(`${this.key}:${state.checklist}`, raw);
      return { answers: new Map(), notices: [{ kind: 'other-stored', key: this.key, other: state.checklist, ...aside(where) }] };
    }
    const { answers, dropped } = reconcile(state.answers, checklist);
    const notices: Notice[] = dropped.length ? [this.dropped(dropped, raw)] : [];
    return { answers, ...(state.savedAt ? { savedAt: state.savedAt } : {}), notices };
  }

  /** Notes answers dropped from what is stored (`raw`), which is kept aside first. */
  dropped(ids: string[], raw: string | null | undefined = this.read()): Notice {
    return raw == null ? { kind: 'dropped', ids } : { kind: 'dropped', ids, stored: true, ...aside(this.keepAside(`${this.key}:previous`, raw)) };
  }

  /** What is stored: null when nothing is, undefined when storage cannot be reached. */
  private read(): string | null | undefined {
    try {
      return this.storage().getItem(this.key);
    } catch {
      return undefined;
    }
  }

  /** Copies `raw` to `base` (or `base:2`, `base:3`, … when that holds something else); the key used. */
  private keepAside(base: string, raw: string): string | undefined {
    try {
      const storage = this.storage();
      for (let n = 1; n <= 20; n++) {
        const key = n === 1 ? base : `${base}:${n}`;
        const there = storage.getItem(key);
        if (there === raw) return key;
        if (there === null) {
          storage.setItem(key, raw);
          return key;
        }
      }
    } catch {
      // Full or turned off: fall through.
    }
    this.paused = true;
    return undefined;
  }

  /**
   * The stored answers of `checklist`, item by item; undefined when storage cannot be reached or holds
   * something else (unreadable, another checklist), which the next write replaces only as `save` would.
   */
  readItems(checklist: Checklist): Map<string, ItemState> | undefined {
    const raw = this.read();
    if (raw === null) return new Map();
    if (raw === undefined) return undefined;
    const parsed = parseJson(raw);
    const read = parsed.value === undefined ? undefined : readState(parsed.value);
    return read?.value && read.value.checklist === checklist.id ? read.value.answers : undefined;
  }

  /**
   * Writes only the items `ids` of `state` over what is stored, so that answers another tab or element
   * saved to other items in the meantime stay; when what is stored cannot be read as this checklist's,
   * the whole state is written (as `save`). Tells the page's other elements with this key.
   */
  saveItems(state: ChecklistState, ids: Iterable<string>, from: object): 'saved' | 'failed' | 'paused' {
    if (this.paused) return 'paused';
    let out: ChecklistState = state;
    try {
      const raw = this.storage().getItem(this.key);
      const parsed = raw === null ? undefined : parseJson(raw).value;
      if (parsed && readState(parsed).value?.checklist === state.checklist) {
        const old = parsed as ChecklistState;
        // Items the checklist no longer has were kept aside when it was loaded: only its own are written.
        const chosen = new Set(ids);
        const items: Record<string, ItemState> = {};
        for (const [id, item] of Object.entries(state.items)) items[id] = !chosen.has(id) && Object.hasOwn(old.items, id) ? old.items[id]! : item;
        out = { ...old, items, ...(state.savedAt ? { savedAt: state.savedAt } : {}) };
      }
    } catch {
      // Unreachable storage: the write below reports it.
    }
    const result = this.save(out);
    if (result === 'saved') storageBus.dispatchEvent(new CustomEvent('write', { detail: { key: this.key, from } }));
    return result;
  }

  /**
   * Where this browser's unresolved conflicts are kept: `<key>#conflicts` (`#`, which the keys that
   * answers are copied aside to never use), as `{ version: 1, checklist, items: { [id]: { mine, theirs } } }`.
   */
  get conflictsKey(): string {
    return `${this.key}#conflicts`;
  }

  /** The conflicts kept for `checklist` (none when there are none, they are another checklist's or unreadable). */
  readConflicts(checklist: Checklist): Map<string, HeldConflict> {
    const held = new Map<string, HeldConflict>();
    try {
      const raw = this.storage().getItem(this.conflictsKey);
      const record = raw === null ? undefined : (parseJson(raw).value as { checklist?: unknown; items?: unknown } | undefined);
      if (!record || record.checklist !== checklist.id || !record.items || typeof record.items !== 'object') return held;
      for (const [id, entry] of Object.entries(record.items as Record<string, { mine?: unknown; theirs?: unknown }>)) {
        const mine = heldAnswer(entry?.mine);
        const theirs = heldAnswer(entry?.theirs);
        if (mine && theirs) held.set(id, { mine, theirs });
      }
    } catch {
      // Unreachable storage: no conflicts to restore.
    }
    return held;
  }

  /**
   * Keeps (or, with `undefined`, forgets) conflicts by item, over what is kept: another tab's kept
   * conflicts on other items stay.
   */
  writeConflicts(checklist: string, changes: ReadonlyMap<string, HeldConflict | undefined>): void {
    if (this.paused || !changes.size) return;
    try {
      const storage = this.storage();
      const raw = storage.getItem(this.conflictsKey);
      const old = raw === null ? undefined : (parseJson(raw).value as { checklist?: unknown; items?: unknown } | undefined);
      const items: Record<string, HeldConflict> = old?.checklist === checklist && old.items && typeof old.items === 'object' ? { ...(old.items as Record<string, HeldConflict>) } : {};
      for (const [id, entry] of changes) {
        if (entry) items[id] = entry;
        else delete items[id];
      }
      if (Object.keys(items).length) storage.setItem(this.conflictsKey, JSON.stringify({ version: 1, checklist, items }));
      else storage.removeItem?.(this.conflictsKey);
    } catch {
      // Full or turned off: the conflict stays on the page until it closes (storage's own notice says so).
    }
  }

  /** Writes the state: `saved`, `failed` (storage full or turned off), or `paused` (see `paused`). */
  save(state: ChecklistState): 'saved' | 'failed' | 'paused' {
    if (this.paused) return 'paused';
    try {
      this.storage().setItem(this.key, JSON.stringify(state));
      return 'saved';
    } catch {
      return 'failed';
    }
  }
}
