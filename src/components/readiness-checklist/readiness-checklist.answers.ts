/**
 * The answers held by one `<shared-readiness-checklist>`: loaded from storage when the storage key or
 * the checklist changes, changed by the user, set from script, imported from a file, and saved after
 * each change, with the notices the user should see about them. No DOM.
 */
import { parseJson } from '../../data/parse.js';
import { itemIds, type Checklist } from './readiness-checklist.data.js';
import { acceptState, cleanItem, NOT_STARTED, reconcile, toState, type Accepted, type ChecklistState, type ItemState } from './readiness-checklist.state.js';
import { ChecklistStore, type Notice } from './readiness-checklist.storage.js';

export class ChecklistAnswers {
  checklist?: Checklist;
  answers: ReadonlyMap<string, ItemState> = new Map();
  savedAt?: string;
  private store?: ChecklistStore;
  /** The checklist id the answers belong to. */
  private answersFor?: string;
  /** What the answers were last loaded for: storage key, checklist id and item ids. */
  private synced?: string;
  /** About storage (kept while the checklist and key stay the same). */
  private storeNotices: Notice[] = [];
  /** About the last import or state given from script. */
  private actionNotices: Notice[] = [];
  private pending?: { value: unknown; where: string };

  get notices(): Notice[] {
    return [...this.storeNotices, ...this.actionNotices];
  }

  /** Every item's answer, or undefined before there is a checklist. */
  get state(): ChecklistState | undefined {
    return this.checklist ? toState(this.checklist, this.answers, this.savedAt) : undefined;
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
      const loaded = this.store.load(checklist);
      this.answers = loaded.answers;
      this.savedAt = loaded.savedAt;
      this.storeNotices = loaded.notices;
    } else if (same) {
      // The same checklist, changed: answers to items it still has are kept, and what is stored
      // is kept aside before the next save drops the rest.
      const { answers, dropped } = reconcile(this.answers, checklist);
      this.answers = answers;
      if (dropped.length) this.storeNotices = [this.store ? this.store.dropped(dropped) : { kind: 'dropped', ids: dropped }];
    } else {
      this.answers = new Map();
      this.savedAt = undefined;
    }
    this.answersFor = checklist.id;
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
    this.actionNotices = accepted.dropped.length ? [{ kind: 'dropped', ids: accepted.dropped }] : [];
    this.save();
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
   * Answers from an exported file: merged in (items the file leaves out keep theirs), or refused with a
   * message and nothing changed. True when the answers changed.
   */
  import(text: string, name: string): boolean {
    if (!this.checklist) return false;
    const parsed = parseJson(text);
    const accepted: Accepted = parsed.value === undefined ? { ok: false, problems: parsed.problems } : acceptState(parsed.value, this.checklist);
    if (this.refused(accepted, 'import', name) || !accepted.ok) return false;
    this.answers = new Map([...this.answers, ...accepted.answers]);
    this.actionNotices = [{ kind: 'imported', n: accepted.answers.size }];
    if (accepted.dropped.length) this.actionNotices.push({ kind: 'dropped', ids: accepted.dropped });
    this.save();
    return true;
  }

  /** A user's change to one item. */
  change(id: string, patch: Partial<ItemState>): void {
    this.answers = new Map(this.answers).set(id, cleanItem({ ...(this.answers.get(id) ?? NOT_STARTED), ...patch }));
    this.save();
  }

  /** Saves the answers (when there is a storage key) and notes when that failed. */
  private save(): void {
    this.savedAt = new Date().toISOString();
    const outcome = this.store?.save(this.state!);
    const others = this.storeNotices.filter((n) => n.kind !== 'unavailable');
    this.storeNotices = outcome === 'failed' ? [...others, { kind: 'unavailable' }] : others;
  }
}
