/**
 * The answers held by one `<shared-readiness-checklist>`: loaded from storage when the storage key or
 * the checklist changes, changed by the user, set from script, imported from a file, and saved item by
 * item after each change, with the notices the user should see about them. Other tabs' and other
 * elements' writes under the same key are merged in item by item and field by field; an item both
 * changed in one field keeps both versions (`conflicts`) until the user picks one. No DOM but the
 * window's `storage` event.
 */
import { parseJson } from '../../data/parse.js';
import { itemIds, type Checklist } from './readiness-checklist.data.js';
import {
  acceptState,
  cleanItem,
  itemKey,
  mergeItem,
  NOT_STARTED,
  reconcile,
  toState,
  type Accepted,
  type ChecklistState,
  type ItemState
} from './readiness-checklist.state.js';
import { ChecklistStore, storageBus, type HeldConflict, type ItemChange, type Notice } from './readiness-checklist.storage.js';

const ALL = ['status', 'note', 'owner', 'evidence'] as const;

/** The largest file of answers imported (the README's limits): refused with a message before it is parsed. */
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;

export class ChecklistAnswers {
  checklist?: Checklist;
  answers: ReadonlyMap<string, ItemState> = new Map();
  savedAt?: string;
  /** Items changed here and elsewhere in the same field: the other version, until one is picked. */
  conflicts: ReadonlyMap<string, ItemState> = new Map();
  /** Called when answers change from elsewhere (another tab or element). */
  onOutside?: () => void;
  private store?: ChecklistStore;
  /** Each item as last read from or written to storage (`itemKey`): what "changed elsewhere" is measured from. */
  private base = new Map<string, string>();
  /** The checklist id the answers belong to. */
  private answersFor?: string;
  /** What the answers were last loaded for: storage key, checklist id and item ids. */
  private synced?: string;
  /** About storage (kept while the checklist and key stay the same). */
  private storeNotices: Notice[] = [];
  /** About the last import or state given from script. */
  private actionNotices: Notice[] = [];
  private pending?: { value: unknown; where: string };
  /** The items as they were before the last import, for its undo. */
  private undoable?: Map<string, ItemState>;
  private listening = false;
  /** Conflicts kept in storage by this element, as written (so only what changed is written again). */
  private held = new Map<string, string>();
  /** True once a shared store's answers are shown: its conflicts are its own, not kept under the storage key. */
  private remote = false;

  get notices(): Notice[] {
    return [...this.storeNotices, ...this.actionNotices];
  }

  /** Every item's answer, or undefined before there is a checklist. */
  get state(): ChecklistState | undefined {
    return this.checklist ? toState(this.checklist, this.answers, this.savedAt) : undefined;
  }

  /** Listens for other tabs' and elements' writes (while the element is on a page). */
  attach(): void {
    if (this.listening) return;
    this.listening = true;
    addEventListener('storage', this.heard);
    storageBus.addEventListener('write', this.heard);
  }

  detach(): void {
    this.listening = false;
    removeEventListener('storage', this.heard);
    storageBus.removeEventListener('write', this.heard);
  }

  private readonly heard = (event: Event): void => {
    const key = event instanceof StorageEvent ? event.key : (event as CustomEvent<{ key: string; from: object }>).detail.key;
    if (!this.store || !this.checklist || key !== this.store.key) return;
    if (!(event instanceof StorageEvent) && (event as CustomEvent<{ from: object }>).detail.from === this) return;
    if (this.outside()) this.onOutside?.();
  };

  /** Merges what is stored now into the answers; true when anything shown changed. */
  private outside(): boolean {
    const stored = this.store!.readItems(this.checklist!);
    if (!stored) return false;
    let changed = false;
    const answers = new Map(this.answers);
    const conflicts = new Map(this.conflicts);
    const write: string[] = [];
    for (const id of itemIds(this.checklist!)) {
      const theirs = stored.get(id) ?? NOT_STARTED;
      const t = itemKey(theirs);
      const b = this.base.get(id) ?? itemKey(undefined);
      if (t === b) continue;
      this.base.set(id, t);
      changed = true;
      const mine = answers.get(id) ?? NOT_STARTED;
      if (itemKey(mine) === t) conflicts.delete(id);
      else if (conflicts.has(id)) conflicts.set(id, theirs);
      else {
        const merged = mergeItem(JSON.parse(b) as ItemState, mine, theirs);
        if (!merged) conflicts.set(id, theirs);
        else {
          answers.set(id, merged);
          if (itemKey(merged) !== t) write.push(id);
        }
      }
    }
    this.answers = answers;
    this.conflicts = conflicts;
    if (write.length) this.save(write);
    this.keepConflicts();
    return changed;
  }

  /**
   * Keeps this element's conflicts in storage (both versions of each item), so that one held only in
   * this browser survives the page closing before someone picks a version; forgets those ended.
   */
  private keepConflicts(): void {
    if (!this.store || !this.checklist || this.remote) return;
    const changes = new Map<string, HeldConflict | undefined>();
    for (const [id, theirs] of this.conflicts) {
      const entry: HeldConflict = { mine: this.answers.get(id) ?? NOT_STARTED, theirs };
      const json = JSON.stringify(entry);
      if (this.held.get(id) !== json) changes.set(id, entry);
      this.held.set(id, json);
    }
    for (const id of [...this.held.keys()]) {
      if (this.conflicts.has(id)) continue;
      changes.set(id, undefined);
      this.held.delete(id);
    }
    this.store.writeConflicts(this.checklist.id, changes);
  }

  /**
   * Conflicts kept from an earlier page with this key, shown again: this page's version as the answer,
   * what is stored now as the other; one whose stored answer has since become this page's version has ended.
   */
  private restoreConflicts(checklist: Checklist, answers: Map<string, ItemState>): Map<string, ItemState> {
    const conflicts = new Map<string, ItemState>();
    const known = new Set(itemIds(checklist));
    this.held = new Map();
    for (const [id, { mine }] of this.store!.readConflicts(checklist)) {
      // Marked as written differently, so that keepConflicts writes it again or forgets it.
      this.held.set(id, '');
      if (!known.has(id)) continue;
      const stored = answers.get(id) ?? NOT_STARTED;
      if (itemKey(mine) === itemKey(stored)) continue;
      conflicts.set(id, stored);
      answers.set(id, mine);
    }
    return conflicts;
  }

  /** Shows `checklist`, loading its answers when it or the storage key changed. */
  use(checklist: Checklist, storageKey: string): void {
    this.checklist = checklist;
    const signature = [storageKey, checklist.id, ...itemIds(checklist)].join('\n');
    if (signature !== this.synced) {
      this.synced = signature;
      this.load(checklist, storageKey);
    }
    if (this.pending) this.applyPending(checklist);
  }

  private load(checklist: Checklist, key: string): void {
    const keyChanged = key !== (this.store?.key ?? '');
    if (keyChanged) this.store = key ? new ChecklistStore(key) : undefined;
    const same = this.answersFor === checklist.id;
    this.storeNotices = [];
    if (!same) this.actionNotices = [];
    if (this.store && (keyChanged || !same)) {
      const page = same ? reconcile(this.answers, checklist).answers : new Map<string, ItemState>();
      const loaded = this.store.load(checklist);
      this.base = new Map(itemIds(checklist).map((id) => [id, itemKey(loaded.answers.get(id))]));
      this.conflicts = this.restoreConflicts(checklist, loaded.answers);
      this.answers = loaded.answers;
      this.savedAt = loaded.savedAt;
      this.storeNotices = loaded.notices;
      if ([...page.values()].some((a) => itemKey(a) !== itemKey(undefined))) this.keepBoth(page, key);
      this.keepConflicts();
    } else if (same) {
      // The same checklist, changed: answers to items it still has are kept, and what is stored
      // is kept aside before the next save drops the rest.
      const { answers, dropped } = reconcile(this.answers, checklist);
      this.answers = answers;
      if (dropped.length) this.storeNotices = [this.store ? this.store.dropped(dropped) : { kind: 'dropped', ids: dropped }];
    } else {
      this.answers = new Map();
      this.savedAt = undefined;
      this.conflicts = new Map();
    }
    this.answersFor = checklist.id;
  }

  /**
   * A storage key given when this page already had answers: both sets are kept, merged field by field
   * as two changes made from nothing; items both answered differently show both versions.
   */
  private keepBoth(page: Map<string, ItemState>, key: string): void {
    const answers = new Map(this.answers);
    // Conflicts kept from an earlier page with this key stay.
    const conflicts = new Map(this.conflicts);
    const write: string[] = [];
    let both = 0;
    for (const [id, mine] of page) {
      const theirs = answers.get(id) ?? NOT_STARTED;
      if (itemKey(mine) === itemKey(theirs)) continue;
      const merged = mergeItem(NOT_STARTED, mine, theirs);
      if (merged) write.push(id);
      else if (!conflicts.has(id)) (conflicts.set(id, theirs), both++);
      answers.set(id, merged ?? mine);
    }
    this.answers = answers;
    this.conflicts = conflicts;
    this.storeNotices.push({ kind: 'kept-both', key, conflicts: both });
    if (write.length) this.save(write);
  }

  /** A state from script: applied at once when there is a checklist, else when one arrives. */
  set(value: unknown, where: string): void {
    this.pending = { value, where };
    if (this.checklist) this.applyPending(this.checklist);
  }

  private applyPending(checklist: Checklist): void {
    const { value, where } = this.pending!;
    this.pending = undefined;
    const accepted = acceptState(value, checklist);
    if (this.refused(accepted, 'state', where) || !accepted.ok) return;
    this.answers = accepted.answers;
    this.conflicts = new Map();
    this.actionNotices = accepted.dropped.length ? [{ kind: 'dropped', ids: accepted.dropped }] : [];
    // Set from script: the page's answers win, item by item.
    const ids = itemIds(checklist);
    for (const id of ids) this.base.delete(id);
    this.save(ids, true);
  }

  /** Notes why answers were refused; true when they were. */
  private refused(accepted: Accepted, kind: 'state' | 'import', where: string): boolean {
    if (accepted.ok) return false;
    this.actionNotices = [
      'other' in accepted
        ? { kind: kind === 'state' ? 'state-other' : 'import-other', other: accepted.other, id: this.checklist!.id }
        : { kind: kind === 'state' ? 'state-bad' : 'import-bad', problems: accepted.problems, where }
    ];
    return true;
  }

  /**
   * Refuses a file of answers over MAX_IMPORT_BYTES, named, before it is read: the component checks
   * the file's size with this before reading its text, so a huge file is never read into memory.
   * Returns false (nothing imported).
   */
  tooLarge(name: string): false {
    const max = `${MAX_IMPORT_BYTES / 1024 / 1024} MB`;
    this.refused({ ok: false, problems: [{ path: '', text: { key: 'tooLarge', values: { max } } }] }, 'import', name);
    return false;
  }

  /**
   * Answers from an exported file, merged in: items the file leaves out keep theirs, and so do fields an
   * item in the file leaves out. Refused with a message and nothing changed when any of it is bad. What
   * changed is listed in the notice, with one undo. True when the answers changed.
   */
  import(text: string, name: string): boolean {
    if (!this.checklist) return false;
    // Characters stand in for bytes: a file of MAX_IMPORT_BYTES has at most that many.
    if (text.length > MAX_IMPORT_BYTES) return this.tooLarge(name);

    const parsed = parseJson(text);
    const accepted: Accepted = parsed.value === undefined ? { ok: false, problems: parsed.problems } : acceptState(parsed.value, this.checklist);
    if (this.refused(accepted, 'import', name) || !accepted.ok) return false;
    const raw = (parsed.value as { items: Record<string, object> }).items;
    const labels = new Map(this.checklist.sections.flatMap((s) => s.items.map((i) => [i.id, i.label] as const)));
    const answers = new Map(this.answers);
    const changes: ItemChange[] = [];
    for (const [id, given] of accepted.answers) {
      const before = answers.get(id) ?? NOT_STARTED;
      const next: Record<string, string | undefined> = { ...before };
      for (const field of ALL) if (Object.hasOwn(raw[id]!, field)) next[field] = given[field];
      const after = cleanItem(next as unknown as ItemState);
      if (itemKey(after) === itemKey(before)) continue;
      answers.set(id, after);
      changes.push({ id, label: labels.get(id) ?? id, before, after });
    }
    this.answers = answers;
    this.undoable = new Map(changes.map((c) => [c.id, c.before]));
    this.actionNotices = [{ kind: 'imported', n: accepted.answers.size, changes }];
    if (accepted.dropped.length) this.actionNotices.push({ kind: 'dropped', ids: accepted.dropped });
    this.save(changes.map((c) => c.id));
    return true;
  }

  /** Puts back the items the last import changed. True when there was one to undo. */
  undo(): boolean {
    const before = this.undoable;
    if (!before) return false;
    this.undoable = undefined;
    this.answers = new Map([...this.answers, ...before]);
    this.actionNotices = [{ kind: 'undone', n: before.size }];
    this.save(before.keys());
    return true;
  }

  /**
   * The answers as a shared store holds them (with this page's unsent changes over them), and its
   * conflicts. Not saved to the storage key: the store is the record.
   */
  fromStore(answers: Map<string, ItemState>, conflicts: Map<string, ItemState>): void {
    this.remote = true;
    this.answers = answers;
    this.conflicts = conflicts;
  }

  /** A user's change to one item. */
  change(id: string, patch: Partial<ItemState>): void {
    this.answers = new Map(this.answers).set(id, cleanItem({ ...(this.answers.get(id) ?? NOT_STARTED), ...patch }));
    this.save([id]);
  }

  /** Ends a conflict on `id`: this page's version or the other one is kept and saved. */
  pick(id: string, which: 'mine' | 'theirs'): void {
    const theirs = this.conflicts.get(id);
    if (!theirs) return;
    const conflicts = new Map(this.conflicts);
    conflicts.delete(id);
    this.conflicts = conflicts;
    // What is stored is the other version: the chosen one is written over it knowingly.
    this.base.set(id, itemKey(theirs));
    if (which === 'theirs') this.answers = new Map(this.answers).set(id, theirs);
    this.save([id]);
  }

  /**
   * Saves the items `ids` (when there is a storage key) and notes when that failed. An item changed in
   * storage since this page last saw it is merged field by field first; one changed in the same field
   * there and here is not written, and shows both versions. `force` writes over what is stored.
   */
  private save(ids: Iterable<string>, force = false): void {
    this.savedAt = new Date().toISOString();
    const store = this.store;
    if (!store || !this.checklist) return;
    const stored = force ? undefined : store.readItems(this.checklist);
    const answers = new Map(this.answers);
    const conflicts = new Map(this.conflicts);
    const write: string[] = [];
    for (const id of ids) {
      if (conflicts.has(id)) continue;
      const mine = answers.get(id) ?? NOT_STARTED;
      const theirs = stored?.get(id) ?? NOT_STARTED;
      const b = this.base.get(id);
      if (stored && b !== undefined && itemKey(theirs) !== b && itemKey(theirs) !== itemKey(mine)) {
        const merged = mergeItem(JSON.parse(b) as ItemState, mine, theirs);
        this.base.set(id, itemKey(theirs));
        if (!merged) {
          conflicts.set(id, theirs);
          continue;
        }
        answers.set(id, merged);
      }
      write.push(id);
    }
    this.answers = answers;
    this.conflicts = conflicts;
    this.keepConflicts();
    if (!write.length) return;
    const outcome = store.saveItems(this.state!, write, this);
    if (outcome === 'saved') for (const id of write) this.base.set(id, itemKey(answers.get(id)));
    const others = this.storeNotices.filter((n) => n.kind !== 'unavailable');
    this.storeNotices = outcome === 'failed' ? [...others, { kind: 'unavailable' }] : others;
  }
}
