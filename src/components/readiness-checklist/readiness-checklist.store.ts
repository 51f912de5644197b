/**
 * The checklist's side of the answers store protocol (docs/store-protocol.md): reads every item's
 * answer with its version, sends each change as that item's answer with `If-Match`, and keeps changes
 * it could not send in a queue in `localStorage`, named by the store and by the user the server
 * names, so one person's queued changes are never sent as another's. A `412` is merged field by field
 * from the version the change was based on; what both changed differently is handed back as a
 * conflict on that item. No DOM but `fetch`, `localStorage` and the window's `online` event.
 */
import { cleanItem, itemKey, mergeItem, NOT_STARTED, STATUSES, type ItemState } from './readiness-checklist.state.js';

export interface StoredItem {
  answer: ItemState;
  version: string;
  changedBy?: string;
  changedAt?: string;
}

export interface QueuedChange {
  item: string;
  answer: ItemState;
  /** The version and answer the change was based on. */
  base: string;
  was: ItemState;
  queuedAt: string;
}

/** `busy`: the store answered 429 and the queue waits for its `Retry-After`. */
export type StoreStatus = 'loading' | 'ready' | 'offline' | 'busy' | 'forbidden' | 'signed-out';

export interface HistoryEntry {
  from: string;
  to: string;
  changedBy: string;
  changedAt: string;
}

export interface StoreHost {
  /** Headers the page gives (a nonce, a token). */
  headers(): Record<string, string>;
  /**
   * Asks the page for new headers after a 401 (or WordPress's 403 for an expired nonce); undefined when
   * it has none. `fromServer`, when the store named a renewal address, fetches them from there.
   */
  renew(fromServer?: () => Promise<Record<string, string> | undefined>): Promise<Record<string, string> | undefined>;
  /** Something shown changed: answers, the queue, a conflict or the status. */
  changed(): void;
}

export const LIMITS = { note: 4000, owner: 200, evidence: 2000, bodyBytes: 16384 } as const;
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;

/**
 * Problems with a body for `PUT {store}/items/{id}`, checked as the server checks it against
 * schema/readiness-answer.schema.json: `[]` when it is good.
 */
export function answerProblems(body: unknown): string[] {
  if (new TextEncoder().encode(JSON.stringify(body) ?? '').length > LIMITS.bodyBytes) return [`body: more than ${LIMITS.bodyBytes} bytes`];
  if (!body || typeof body !== 'object' || Array.isArray(body)) return ['body: expected an object'];
  const answer = (body as { answer?: unknown }).answer;
  if (!answer || typeof answer !== 'object' || Array.isArray(answer)) return ['answer: expected an object'];
  const problems: string[] = [];
  const a = answer as Record<string, unknown>;
  if (!STATUSES.includes(a['status'] as never)) problems.push(`answer.status: expected one of ${STATUSES.join(', ')}`);
  for (const [key, value] of Object.entries(a)) {
    if (key === 'status') continue;
    if (!(key in LIMITS) || key === 'bodyBytes') problems.push(`answer.${key}: not a field of an answer`);
    else if (typeof value !== 'string') problems.push(`answer.${key}: expected text`);
    else if (value.length > LIMITS[key as 'note']) problems.push(`answer.${key}: more than ${LIMITS[key as 'note']} characters`);
    else if (CONTROL.test(value)) problems.push(`answer.${key}: a control character`);
  }
  return problems;
}

const queueKey = (url: string, user: string) => `shared-store-queue:${url}:${user}`;

/** History entries as given, with their four fields as text (anything else in them left out). */
function readHistory(list: unknown[]): HistoryEntry[] {
  return list
    .filter((h): h is Record<string, unknown> => Boolean(h) && typeof h === 'object')
    .map((h) => ({ from: String(h['from'] ?? ''), to: String(h['to'] ?? ''), changedBy: String(h['changedBy'] ?? ''), changedAt: String(h['changedAt'] ?? '') }));
}

export class AnswersStore {
  status: StoreStatus = 'loading';
  user?: { id: string; name: string };
  items = new Map<string, StoredItem>();
  queue: QueuedChange[] = [];
  /** Items with the other version, when both changed a field differently. */
  conflicts = new Map<string, StoredItem>();
  /** Items the store refused (400, 413), with why. */
  refused = new Map<string, string>();
  /** Changes queued in this browser by other users of it (not sent), and the items they are to. */
  othersQueued = 0;
  othersItems = new Set<string>();
  /** Items' histories, read on request (`loadHistory`). */
  history = new Map<string, HistoryEntry[]>();
  private sending = false;
  private timer = 0;
  /** After a 429: when the store said to send again (ms since the epoch), and the timer for it. */
  private busyUntil = 0;
  private later = 0;
  /** Where the store said new headers are (a 401's `renew`), on the store's own origin. */
  private renewUrl?: string;

  constructor(
    readonly url: string,
    private readonly host: StoreHost
  ) {}

  start(): void {
    addEventListener('online', this.retry);
    this.timer = setInterval(this.retry, 30_000) as unknown as number;
    void this.read();
  }

  stop(): void {
    removeEventListener('online', this.retry);
    clearInterval(this.timer);
    clearTimeout(this.later);
  }

  private readonly retry = (): void => void this.read();

  private async request(method: string, path: string, body?: unknown, ifMatch?: string, renewed = false): Promise<Response | undefined> {
    let response: Response;
    try {
      response = await fetch(this.url.replace(/\/$/, '') + path, {
        method,
        credentials: 'include',
        headers: { Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}), ...(ifMatch ? { 'If-Match': `"${ifMatch}"` } : {}), ...this.host.headers() },
        ...(body ? { body: JSON.stringify(body) } : {})
      });
    } catch {
      return undefined;
    }
    if (!renewed && (await this.expired(response)) && (await this.host.renew(this.renewUrl ? () => this.fetchHeaders() : undefined))) {
      return this.request(method, path, body, ifMatch, true);
    }
    return response;
  }

  /**
   * True when the answer means the session's token or nonce is missing or expired: a 401 (whose body
   * may name, as `renew` or WordPress's `data.renew`, an address on the store's origin that gives new
   * headers), or the 403 WordPress gives for an expired REST nonce (`rest_cookie_invalid_nonce`).
   */
  private async expired(response: Response): Promise<boolean> {
    if (response.status !== 401 && response.status !== 403) return false;
    const body = (await response
      .clone()
      .json()
      .catch(() => undefined)) as { code?: unknown; renew?: unknown; data?: { renew?: unknown } } | undefined;
    if (response.status === 403) return body?.code === 'rest_cookie_invalid_nonce';
    const renew = body?.renew ?? body?.data?.renew;
    if (typeof renew === 'string') {
      try {
        const url = new URL(renew, this.url);
        if (url.origin === new URL(this.url, location.href).origin) this.renewUrl = url.href;
      } catch {
        // Not an address: not used.
      }
    }
    return true;
  }

  /** New headers from the store's renewal address (a JSON object of header names and values). */
  private async fetchHeaders(): Promise<Record<string, string> | undefined> {
    try {
      const response = await fetch(this.renewUrl!, { credentials: 'include', headers: { Accept: 'application/json' } });
      const body = (await response.json()) as unknown;
      if (!response.ok || !body || typeof body !== 'object' || Array.isArray(body)) return undefined;
      const headers = Object.entries(body as Record<string, unknown>).filter(([name, value]) => /^[A-Za-z0-9-]{1,100}$/.test(name) && typeof value === 'string');
      return headers.length ? Object.fromEntries(headers) as Record<string, string> : undefined;
    } catch {
      return undefined;
    }
  }

  /** After a 429: waits `Retry-After` (seconds or a date; 30 s when it says neither, at most 10 minutes), then sends the queue. */
  private wait(response: Response): void {
    const said = response.headers.get('Retry-After')?.trim() ?? '';
    const seconds = /^\d+$/.test(said) ? Number(said) : said && !Number.isNaN(Date.parse(said)) ? (Date.parse(said) - Date.now()) / 1000 : 30;
    const ms = Math.min(Math.max(seconds, 1), 600) * 1000;
    this.busyUntil = Date.now() + ms;
    this.status = 'busy';
    clearTimeout(this.later);
    this.later = setTimeout(() => {
      this.busyUntil = 0;
      void this.read();
    }, ms) as unknown as number;
  }

  /** Reads an item's history (status from → to, who, when), oldest first. */
  async loadHistory(id: string, tell = true): Promise<void> {
    const response = await this.request('GET', `/items/${encodeURIComponent(id)}/history`);
    const body = (await response?.json().catch(() => undefined)) as { history?: unknown } | undefined;
    if (response?.ok && Array.isArray(body?.history)) this.history.set(id, readHistory(body.history));
    if (tell) this.host.changed();
  }

  /**
   * Reads every answered item's history, for the board paper: in one request (`GET {store}/history`)
   * where the store has it, else item by item, four at a time.
   */
  async loadAllHistory(): Promise<void> {
    const response = await this.request('GET', '/history');
    const body = (await response?.json().catch(() => undefined)) as { history?: unknown } | undefined;
    if (response?.ok && body?.history && typeof body.history === 'object' && !Array.isArray(body.history)) {
      for (const [id, list] of Object.entries(body.history)) if (Array.isArray(list)) this.history.set(id, readHistory(list));
    } else {
      const ids = [...this.items.keys()];
      const next = async (): Promise<void> => {
        for (let id = ids.shift(); id !== undefined; id = ids.shift()) await this.loadHistory(id, false);
      };
      await Promise.all([next(), next(), next(), next()]);
    }
    this.host.changed();
  }

  /** Reads every answer (and who the server says is signed in), then sends that user's queue. */
  async read(): Promise<void> {
    const response = await this.request('GET', '');
    if (response?.status === 429) {
      this.wait(response);
      return this.host.changed();
    }
    if (!response || response.status >= 500) return this.set('offline');
    if (response.status === 401) return this.set('signed-out');
    if (response.status === 403) return this.set((await this.expired(response)) ? 'signed-out' : 'forbidden');
    const body = (await response.json().catch(() => undefined)) as { user?: { id: unknown; name: unknown }; items?: Record<string, StoredItem> } | undefined;
    if (!response.ok || !body?.user || !body.items) return this.set('offline');
    this.user = { id: String(body.user.id), name: String(body.user.name) };
    this.items = new Map(Object.entries(body.items).map(([id, s]) => [id, { ...s, answer: cleanItem(s.answer) }]));
    // Changes made before the server named the user are this page's user's: kept with the stored queue.
    const typed = this.queue;
    this.queue = this.load();
    for (const q of typed) {
      const there = this.queue.find((x) => x.item === q.item);
      if (there) there.answer = q.answer;
      else this.queue.push(q);
    }
    this.countOthers();
    // Read again while a 429's wait lasts (coming online, the 30-second timer): shown, not yet sent.
    this.status = Date.now() < this.busyUntil ? 'busy' : 'ready';
    this.host.changed();
    await this.flush();
  }

  private set(status: StoreStatus): void {
    this.status = status;
    this.host.changed();
  }

  /** The answer the store holds for `id`. */
  answer(id: string): ItemState {
    return this.items.get(id)?.answer ?? NOT_STARTED;
  }

  /** Queues a user's change to one item and (unless `send` is false: a keystroke) sends the queue. */
  change(id: string, answer: ItemState, send = true): void {
    const queued = this.queue.find((q) => q.item === id);
    if (queued) queued.answer = cleanItem(answer);
    else {
      const stored = this.items.get(id);
      this.queue.push({ item: id, answer: cleanItem(answer), base: stored?.version ?? '0', was: stored?.answer ?? NOT_STARTED, queuedAt: new Date().toISOString() });
    }
    this.refused.delete(id);
    this.save();
    this.host.changed();
    if (send) void this.flush();
  }

  /** Ends a conflict: the version chosen is sent, based on the store's current one. */
  pick(id: string, answer: ItemState): void {
    const theirs = this.conflicts.get(id);
    this.conflicts.delete(id);
    this.queue = this.queue.filter((q) => q.item !== id);
    if (theirs) this.items.set(id, theirs);
    this.change(id, answer);
  }

  /** Sends the queue, one change at a time, oldest first. */
  async flush(): Promise<void> {
    if (this.sending || this.status !== 'ready' || !this.user) return;
    this.sending = true;
    try {
      for (let i = 0; i < this.queue.length; ) {
        const q = this.queue[i]!;
        if (this.conflicts.has(q.item)) {
          i++;
          continue;
        }
        const response = await this.request('PUT', `/items/${encodeURIComponent(q.item)}`, { answer: q.answer }, q.base);
        const body = (await response?.json().catch(() => undefined)) as { item?: StoredItem; message?: string; problems?: { message: string }[] } | undefined;
        if (response?.status === 429) {
          // Too many changes: all stay queued and are sent when the store said.
          this.wait(response);
          break;
        }
        if (!response || response.status >= 500) {
          this.status = 'offline';
          break;
        }
        if (response.status === 401 || (body as { code?: unknown } | undefined)?.code === 'rest_cookie_invalid_nonce') {
          this.status = 'signed-out';
          break;
        }
        if (response.ok && body?.item) {
          this.items.set(q.item, { ...body.item, answer: cleanItem(body.item.answer) });
          // A change typed while this one was on its way stays queued.
          if (itemKey(q.answer) === itemKey(this.queue[i]!.answer)) this.queue.splice(i, 1);
          else ((this.queue[i]!.base = body.item.version), (this.queue[i]!.was = q.answer));
        } else if (response.status === 412 && body?.item) {
          const theirs = { ...body.item, answer: cleanItem(body.item.answer) };
          this.items.set(q.item, theirs);
          const merged = mergeItem(q.was, q.answer, theirs.answer);
          if (merged) Object.assign(q, { answer: merged, base: theirs.version, was: theirs.answer });
          else this.conflicts.set(q.item, theirs);
        } else {
          // Refused (403, 400, 413, 404): kept in the queue and said on the item, never dropped.
          this.refused.set(q.item, body?.message ?? body?.problems?.map((p) => p.message).join('; ') ?? `HTTP ${response.status}`);
          if (response.status === 403) this.status = 'forbidden';
          i++;
        }
        this.save();
        this.host.changed();
        if (this.status !== 'ready') break;
      }
    } finally {
      this.sending = false;
      this.save();
      this.host.changed();
    }
  }

  private load(): QueuedChange[] {
    try {
      const raw = localStorage.getItem(queueKey(this.url, this.user!.id));
      const list = raw ? (JSON.parse(raw) as QueuedChange[]) : [];
      return Array.isArray(list) ? list.filter((q) => q && typeof q.item === 'string' && q.answer && STATUSES.includes(q.answer.status)) : [];
    } catch {
      return [];
    }
  }

  private save(): void {
    if (!this.user) return;
    try {
      const key = queueKey(this.url, this.user.id);
      if (this.queue.length) localStorage.setItem(key, JSON.stringify(this.queue));
      else localStorage.removeItem(key);
    } catch {
      // Storage off or full: the queue lives in memory until the page closes (the count still shows).
    }
  }

  private countOthers(): void {
    this.othersQueued = 0;
    this.othersItems = new Set();
    try {
      const mine = queueKey(this.url, this.user!.id);
      const prefix = queueKey(this.url, '');
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i)!;
        if (!key.startsWith(prefix) || key === mine) continue;
        const list = JSON.parse(localStorage.getItem(key) ?? '[]') as { item?: unknown }[];
        this.othersQueued += list.length;
        for (const q of list) if (typeof q?.item === 'string') this.othersItems.add(q.item);
      }
    } catch {
      // Unreadable: not counted.
    }
  }
}
