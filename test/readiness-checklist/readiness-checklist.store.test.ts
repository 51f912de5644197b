/**
 * Issue 15, step 2: the element's side of docs/store-protocol.md, against a store written here from
 * the protocol (fetch answered in the page: per-item versions, If-Match, 412 with theirs, who and when
 * from the "session", 401 until a renewed header). The WordPress plugin's store is tested in WordPress.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/readiness-checklist/readiness-checklist.js';
import type { SharedReadinessChecklist } from '../../src/components/readiness-checklist/readiness-checklist.component.js';
import { answerProblems } from '../../src/components/readiness-checklist/readiness-checklist.store.js';
import type { ItemState } from '../../src/components/readiness-checklist/readiness-checklist.state.js';
import { part, parts, settled, text } from '../helpers/element.js';
import { wasteChecklist } from '../fixtures/datasets.js';
import { choose, fill, item } from './checklist-actions.js';

const custom = wasteChecklist;
const URL_ = 'https://store.example.gov.uk/answers/waste-partnership-2026';
const KEY = 'readiness-store-test';
const RENEW = 'https://store.example.gov.uk/renew';

interface Row {
  answer: ItemState;
  version: string;
  changedBy: string;
  changedAt: string;
}

/** A store as the protocol describes, with a signed-in user, that can be taken away. */
class FakeStore {
  rows = new Map<string, Row>();
  user = { id: '42', name: 'A. Patel' };
  away = false;
  token = 'good';
  puts: { item: string; ifMatch: string | null; body: unknown; user: string }[] = [];
  history = new Map<string, { from: string; to: string; changedBy: string; changedAt: string }[]>();
  /** Answers `GET {store}/history` (every item's history in one request); else only item by item. */
  allHistory = true;
  historyReads: string[] = [];
  /** Answers changes with 429 and `Retry-After` (seconds) while set. */
  busy?: string;
  statuses: number[] = [];
  /** How an expired token is answered: the protocol's 401 (naming where new headers are) or WordPress's 403. */
  expiredAs: '401' | '403' = '401';
  renewals = 0;
  private clock = Date.parse('2026-03-03T09:30:00Z');
  /** Another user's save, straight into the store. */
  save(item: string, answer: ItemState, who = 'B. Jones') {
    const version = String(Number(this.rows.get(item)?.version ?? '0') + 1);
    const from = this.rows.get(item)?.answer.status ?? 'not-started';
    this.rows.set(item, { answer, version, changedBy: who, changedAt: new Date((this.clock += 60_000)).toISOString() });
    this.history.set(item, [...(this.history.get(item) ?? []), { from, to: answer.status, changedBy: who, changedAt: this.rows.get(item)!.changedAt }]);
  }
  fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const response = await this.answer(input, init);
    this.statuses.push(response.status);
    return response;
  };
  private answer = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    if (this.away) throw new TypeError('Failed to fetch');
    const headers = new Headers(init.headers);
    const url = String(input);
    if (url === RENEW) {
      this.renewals++;
      return Response.json({ 'X-Token': this.token });
    }
    if (headers.get('X-Token') !== this.token) {
      return this.expiredAs === '401'
        ? Response.json({ code: 'expired', renew: RENEW }, { status: 401 })
        : Response.json({ code: 'rest_cookie_invalid_nonce', message: 'Cookie check failed', data: { status: 403 } }, { status: 403 });
    }
    if (url === URL_) return Response.json({ protocol: 1, checklist: custom.id, user: this.user, items: Object.fromEntries(this.rows) });
    if (url === `${URL_}/history`) {
      this.historyReads.push('all');
      return this.allHistory ? Response.json({ history: Object.fromEntries(this.history) }) : Response.json({ code: 'no_route' }, { status: 404 });
    }
    if (url.endsWith('/history')) {
      const id = decodeURIComponent(url.slice(`${URL_}/items/`.length, -'/history'.length));
      this.historyReads.push(id);
      return Response.json({ history: this.history.get(id) ?? [] });
    }
    const item = decodeURIComponent(url.slice(`${URL_}/items/`.length));
    const body = JSON.parse(String(init.body)) as { answer: ItemState };
    this.puts.push({ item, ifMatch: headers.get('If-Match'), body, user: this.user.id });
    if (this.busy) return Response.json({ code: 'too_many' }, { status: 429, headers: { 'Retry-After': this.busy } });
    const row = this.rows.get(item);
    if (headers.get('If-Match') !== `"${row?.version ?? '0'}"`) return Response.json({ item: row }, { status: 412 });
    this.save(item, body.answer, this.user.name);
    return Response.json({ item: this.rows.get(item) });
  };
}

let store: FakeStore;
const realFetch = window.fetch;
beforeEach(() => {
  store = new FakeStore();
  window.fetch = store.fetch as typeof fetch;
});
afterEach(() => {
  window.fetch = realFetch;
  for (const key of Object.keys(localStorage)) if (key.startsWith(KEY) || key.startsWith('shared-store-queue:')) localStorage.removeItem(key);
});

async function checklist(storageKey = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB">
    <shared-readiness-checklist .data=${custom} .storeHeaders=${{ 'X-Token': 'good' }} store=${URL_} storage-key=${storageKey}></shared-readiness-checklist>
  </div>`);
  const el = wrapper.querySelector('shared-readiness-checklist') as SharedReadinessChecklist;
  await settled(el);
  // Until the store's status is drawn at all, it has not been read either (waiting only for "not
  // loading" let a slower browser go on before the first read).
  await waitUntil(() => {
    const now = part(el, 'store-status')?.dataset['status'];
    return now !== undefined && now !== 'loading';
  }, 'store not read');
  return el;
}

const status = (el: Element) => text(part(el, 'store-status'));
const saved = (el: Element) => waitUntil(() => /All changes saved/.test(status(el)), `not saved: ${status(el)}`);

describe('<shared-readiness-checklist store>', function () {
  this.timeout(30_000);

  it('reads every answer with who changed it and when, as the store says, and sends each change with If-Match', async () => {
    store.save('board', { status: 'done' }, 'B. Jones');
    const el = await checklist();
    expect(text(item(el, 'board').querySelector('[part~="changed"]'))).to.equal('Done · changed by B. Jones, 3 March 2026 History');
    await choose(el, 'exit', 'in-progress');
    await saved(el);
    expect(store.puts).to.deep.equal([{ item: 'exit', ifMatch: '"0"', body: { answer: { status: 'in-progress' } }, user: '42' }]);
    await choose(el, 'exit', 'done');
    await saved(el);
    expect(store.puts[1]!.ifMatch).to.equal('"1"');
    expect(text(item(el, 'exit').querySelector('[part~="changed"]'))).to.match(/^Done · changed by A\. Patel, 3 March 2026 History$/);
    await expect(el).to.be.accessible();
  });

  it('shows an item’s history on request: status from → to, who and when, as the store says', async () => {
    store.save('board', { status: 'in-progress' }, 'B. Jones');
    store.save('board', { status: 'done' }, 'C. Evans');
    const el = await checklist();
    const toggle = item(el, 'board').querySelector<HTMLButtonElement>('[data-history]')!;
    expect(toggle.getAttribute('aria-label')).to.equal('History: Joint board set up');
    toggle.click();
    await waitUntil(() => item(el, 'board').querySelectorAll('.history li').length === 2, 'no history');
    expect([...item(el, 'board').querySelectorAll('.history li')].map(text)).to.deep.equal([
      'Not started → In progress · B. Jones, 3 March 2026',
      'In progress → Done · C. Evans, 3 March 2026'
    ]);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('keeps changes while the store is away, says how many, and sends them when it answers again', async () => {
    const el = await checklist();
    store.away = true;
    await choose(el, 'board', 'done');
    await fill(el, 'exit', 'note', 'Draft with legal');
    await choose(el, 'shares', 'in-progress');
    await waitUntil(() => /3 changes not yet saved/.test(status(el)), status(el));
    expect(status(el)).to.contain('cannot be reached');
    // Kept in the browser, under the store and the user the server named.
    expect(JSON.parse(localStorage.getItem(`shared-store-queue:${URL_}:42`)!)).to.have.length(3);
    store.away = false;
    window.dispatchEvent(new Event('online'));
    await saved(el);
    expect([...store.rows.keys()].sort()).to.deep.equal(['board', 'exit', 'shares']);
    expect(store.rows.get('exit')!.answer).to.deep.equal({ status: 'not-started', note: 'Draft with legal' });
    expect(localStorage.getItem(`shared-store-queue:${URL_}:42`)).to.equal(null);
  });

  it('412: merges another user’s change to another field, and shows a change to the same field on that item only', async () => {
    const el = await checklist();
    // B. Jones sets the owner after this page read the store; A. Patel, not knowing, sets the status.
    store.save('board', { status: 'not-started', owner: 'B. Jones' });
    await choose(el, 'board', 'done');
    await saved(el);
    expect(store.rows.get('board')!.answer).to.deep.equal({ status: 'done', owner: 'B. Jones' });
    expect(el.state!.items['board']).to.deep.equal({ status: 'done', owner: 'B. Jones' });

    store.save('exit', { status: 'not-started', note: 'Their wording' });
    await fill(el, 'exit', 'note', 'My wording');
    await waitUntil(() => parts(el, 'conflict').length === 1, 'no conflict');
    const conflict = item(el, 'exit').querySelector('[part~="conflict"]')!;
    expect(text(conflict)).to.contain('Their wording').and.to.contain('My wording');
    expect(store.rows.get('exit')!.answer.note).to.equal('Their wording');
    expect(status(el)).to.contain('1 change not yet saved');
    conflict.querySelector<HTMLButtonElement>('[data-pick="mine"]')!.click();
    await saved(el);
    expect(store.rows.get('exit')!.answer.note).to.equal('My wording');
    expect(parts(el, 'conflict')).to.have.length(0);
  });

  it('never sends one user’s queued changes as another’s', async () => {
    localStorage.setItem(
      `shared-store-queue:${URL_}:7`,
      JSON.stringify([{ item: 'board', answer: { status: 'done' }, base: '0', was: { status: 'not-started' }, queuedAt: '2026-03-03T09:00:00Z' }])
    );
    // The other user's answer is in the storage key too (the element keeps answers there as well).
    localStorage.setItem(KEY, JSON.stringify({ version: 1, checklist: custom.id, items: { board: { status: 'done' } } }));
    const el = await checklist(KEY);
    expect(status(el)).to.contain('1 change made in this browser by someone else signed in is waiting for them');
    // …and is not offered for saving as this user's.
    expect(status(el)).to.not.contain('This browser holds');
    expect(part(el, 'store-status')!.querySelector('[data-offer]')).to.equal(null);
    expect(store.puts).to.have.length(0);
    expect(localStorage.getItem(`shared-store-queue:${URL_}:7`)).to.not.equal(null);
  });

  it('renews an expired token through shared-readiness-store-renew and loses nothing', async () => {
    const el = await checklist();
    store.token = 'renewed';
    el.addEventListener('shared-readiness-store-renew', (e) => (e as CustomEvent).detail.respondWith(Promise.resolve({ 'X-Token': 'renewed' })));
    await choose(el, 'baseline', 'done');
    await saved(el);
    expect(store.rows.get('baseline')!.answer).to.deep.equal({ status: 'done' });
  });

  it('a 429 with Retry-After: changes stay queued and counted, and are all sent when the store said, none lost', async () => {
    const el = await checklist();
    await choose(el, 'board', 'done');
    await saved(el);
    store.busy = '1';
    await choose(el, 'exit', 'in-progress');
    await fill(el, 'baseline', 'owner', 'Finance');
    await choose(el, 'shares', 'done');
    await waitUntil(() => /3 changes not yet saved/.test(status(el)), status(el));
    expect(status(el)).to.contain('asked for a pause');
    expect(part(el, 'store-status')!.dataset['status']).to.equal('busy');
    // One change was refused; the others waited in the queue rather than being sent into the 429.
    expect(store.statuses.filter((s) => s === 429)).to.have.length(1);
    expect(JSON.parse(localStorage.getItem(`shared-store-queue:${URL_}:42`)!)).to.have.length(3);
    store.busy = undefined;
    await waitUntil(() => /All changes saved/.test(status(el)), `not sent after Retry-After: ${status(el)}`, { timeout: 15_000 });
    const kept = Object.fromEntries([...store.rows].map(([id, r]) => [id, r.answer]));
    expect(kept).to.deep.equal({
      board: { status: 'done' },
      exit: { status: 'in-progress' },
      baseline: { status: 'not-started', owner: 'Finance' },
      shares: { status: 'done' }
    });
  });

  it('renews headers from the address a 401 names, and after WordPress’s 403 for an expired nonce, losing nothing', async () => {
    // No token at first: the store's 401 names where new headers are; no page script answers the event.
    store.token = 'first';
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"><shared-readiness-checklist .data=${custom} store=${URL_}></shared-readiness-checklist></div>`);
    const el = wrapper.querySelector('shared-readiness-checklist') as SharedReadinessChecklist;
    await waitUntil(() => part(el, 'store-status')?.dataset['status'] === 'ready', `not read: ${part(el, 'store-status')?.dataset['status']}`, { timeout: 10_000 });
    expect(store.renewals).to.equal(1);
    expect(el.storeHeaders).to.deep.equal({ 'X-Token': 'first' });
    await choose(el, 'board', 'done');
    await saved(el);
    // The token expires and the store answers as WordPress does (403 rest_cookie_invalid_nonce).
    store.token = 'second';
    store.expiredAs = '403';
    await choose(el, 'exit', 'in-progress');
    await fill(el, 'shares', 'note', 'Agreed');
    await saved(el);
    expect(store.renewals).to.equal(2);
    expect(Object.fromEntries([...store.rows].map(([id, r]) => [id, r.answer]))).to.deep.equal({
      board: { status: 'done' },
      exit: { status: 'in-progress' },
      shares: { status: 'not-started', note: 'Agreed' }
    });
  });

  it('prints the board paper with every answered item’s history, not only histories opened', async () => {
    store.save('board', { status: 'in-progress' }, 'B. Jones');
    store.save('board', { status: 'done' }, 'C. Evans');
    store.save('exit', { status: 'cannot-start' }, 'D. Hughes');
    store.save('shares', { status: 'in-progress' }, 'B. Jones');
    for (const all of [true, false]) {
      store.allHistory = all;
      store.historyReads = [];
      const el = await checklist();
      expect(el.shadowRoot!.querySelectorAll('.history li')).to.have.length(0);
      let paper: Record<string, string[]> | undefined;
      const realPrint = window.print;
      // The browser's print: `beforeprint`, the page as printed, `afterprint`.
      window.print = () => {
        window.dispatchEvent(new Event('beforeprint'));
        paper = Object.fromEntries(parts(el, 'item').map((i) => [i.dataset['item']!, [...i.querySelectorAll('.history li')].map(text)]));
        window.dispatchEvent(new Event('afterprint'));
      };
      try {
        part(el, 'toolbar')!.querySelector<HTMLButtonElement>('[data-print]')!.click();
        await waitUntil(() => paper, 'not printed');
      } finally {
        window.print = realPrint;
      }
      expect(paper, all ? 'one request for every history' : 'item by item').to.deep.equal({
        board: ['Not started → In progress · B. Jones, 3 March 2026', 'In progress → Done · C. Evans, 3 March 2026'],
        exit: ['Not started → Cannot start yet · D. Hughes, 3 March 2026'],
        baseline: [],
        shares: ['Not started → In progress · B. Jones, 3 March 2026']
      });
      expect(store.historyReads.sort()).to.deep.equal(all ? ['all'] : ['all', 'board', 'exit', 'shares']);
      // Back on screen, histories nobody opened are closed again.
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.history li')).to.have.length(0);
    }
  });

  it('offers the answers already in the browser for saving, never dropping them', async () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 1, checklist: custom.id, items: { shares: { status: 'done', note: 'Agreed' } } }));
    store.save('board', { status: 'done' });
    const el = await checklist(KEY);
    expect(status(el)).to.contain('This browser holds an answer to 1 item that differs from the shared record.');
    expect(store.rows.has('shares')).to.equal(false);
    part(el, 'store-status')!.querySelector<HTMLButtonElement>('[data-offer]')!.click();
    await saved(el);
    expect(store.rows.get('shares')!.answer).to.deep.equal({ status: 'done', note: 'Agreed' });
    expect(el.state!.items['board']!.status).to.equal('done');
    // Offered once: afterwards the browser's copy is only older than the store's (a colleague changed it since).
    store.save('shares', { status: 'in-progress' });
    const again = await checklist(KEY);
    expect(again.state!.items['shares']!.status).to.equal('in-progress');
    expect(status(again)).to.not.contain('This browser holds');
  });

  it('checks answers as the store does, against the same good and bad bodies as the plugin', async () => {
    const fixtures = (await (await realFetch('/test/fixtures/store/answers.json')).json()) as { good: unknown[]; bad: { why: string; body: unknown }[] };
    const expand = (v: unknown): unknown => JSON.parse(JSON.stringify(v).replace(/"(NOTE|OWNER)(\d+)"/g, (_, __, n) => JSON.stringify('x'.repeat(Number(n)))));
    for (const good of fixtures.good) expect(answerProblems(expand(good)), JSON.stringify(good)).to.deep.equal([]);
    for (const bad of fixtures.bad) expect(answerProblems(expand(bad.body)), bad.why).to.not.deep.equal([]);
    expect(answerProblems({ answer: { status: 'done', note: 'x'.repeat(20_000) } })[0]).to.match(/more than 16384 bytes/);
  });
});
