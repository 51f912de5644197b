/**
 * `DataController` on its own, with a tiny host element and a reader written here (a list of
 * numbers): which source wins, loading and `aria-busy`, errors and their events, a slow server's
 * timeout, the download stopped when the element leaves the page (and started again when it comes
 * back), and `refresh`. The widgets' own tests cover their readers; these cover the loading they share.
 */
import { aTimeout, expect, fixture, html as fhtml, oneEvent, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { DataController, type DataReader } from '../../src/controllers/data-controller.js';
import { SharedElement } from '../../src/core/shared-element.js';
import type { DataErrorDetail } from '../../src/core/events.js';
import { settled } from '../helpers/element.js';

/** The reader: a JSON list of numbers, or CSV with a `value` column; anything else is a located problem. */
const numbers: DataReader<number[]> = {
  fromJson: (input) =>
    Array.isArray(input) && input.every((n) => typeof n === 'number')
      ? { value: input as number[], problems: [] }
      : { problems: [{ path: '', expected: 'number', received: input }] },
  fromCsv: (text) => ({ value: text.trim().split('\n').slice(1).map(Number), problems: [] }),
  isEmpty: (value) => value.length === 0
};

class DataProbe extends SharedElement {
  readonly data$ = new DataController<number[]>(this, numbers);
  protected override render() {
    return html`<p part="status">${this.data$.status}</p>
      <p part="values">${this.data$.value?.join(' ') ?? ''}</p>`;
  }
}
DataProbe.define('test-data-probe');

const echo = (body: string, type = 'application/json') => `/test-server/echo/x?type=${encodeURIComponent(type)}&body=${encodeURIComponent(body)}`;
const slow = (ms: number, body = '[1,2]') => `/test-server/slow?ms=${ms}&body=${encodeURIComponent(body)}`;

async function probe(attrs: { src?: string; data?: unknown; timeout?: number; refresh?: number; inline?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(fhtml`<div></div>`);
  const el = document.createElement('test-data-probe') as DataProbe;
  if (attrs.src) el.setAttribute('src', attrs.src);
  if (attrs.timeout !== undefined) el.setAttribute('timeout', String(attrs.timeout));
  if (attrs.refresh !== undefined) el.setAttribute('refresh', String(attrs.refresh));
  if (attrs.data !== undefined) el.data = attrs.data;
  if (attrs.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = attrs.inline;
    el.append(script);
  }
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

const shown = (el: DataProbe) => el.shadowRoot!.querySelector('[part="values"]')!.textContent;

/** Records every fetch the page makes, with its signal, until `restore()`. */
function watchFetch() {
  const real = window.fetch;
  const calls: { url: string; signal?: AbortSignal | null }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), signal: init?.signal ?? null });
    return real(input, init);
  };
  return { calls, restore: () => void (window.fetch = real) };
}

describe('DataController on its own', function () {
  // The slow server and refresh wait real seconds; room for a busy machine.
  this.timeout(20_000);

  it('reads `data` first, then `src`, then the JSON inside the element, and says where a problem is', async () => {
    const inline = await probe({ inline: '[7, 8]' });
    await settled(inline);
    expect(inline.data$.status).to.equal('ready');
    expect(shown(inline)).to.equal('7 8');
    expect(inline.data$.where).to.equal('the JSON inside the element');

    const both = await probe({ src: echo('[1, 2]'), inline: '[7, 8]' });
    await settled(both);
    expect(shown(both)).to.equal('1 2');

    const all = await probe({ data: [3], src: echo('[1, 2]'), inline: '[7, 8]' });
    await settled(all);
    expect(shown(all)).to.equal('3');
    expect(all.data$.where).to.equal('the data property');

    const bad = await probe({ src: echo('{"not":"numbers"}') });
    await settled(bad);
    expect(bad.data$.status).to.equal('error');
    expect(bad.data$.messages()[0]).to.match(/^\/test-server\/echo\/x\?.*: expected a number, got an object$/);
  });

  it('is `loading` and aria-busy while the file is on its way, then `ready`, and fires shared-data-load with the model', async () => {
    const el = await probe({ src: slow(400, '[4,5,6]') });
    expect(el.data$.status).to.equal('loading');
    expect(el.getAttribute('aria-busy')).to.equal('true');
    const { detail } = await oneEvent(el, 'shared-data-load');
    expect(detail).to.deep.equal([4, 5, 6]);
    await settled(el);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(el.data$.status).to.equal('ready');
  });

  it('calls nothing at all `empty`, and an empty model `empty`, not an error', async () => {
    const none = await probe();
    await settled(none);
    expect(none.data$.status).to.equal('empty');
    const nothing = await probe({ data: [] });
    await settled(nothing);
    expect(nothing.data$.status).to.equal('empty');
    expect(nothing.data$.problems).to.deep.equal([]);
  });

  it('fires shared-data-error with the message, where it is, and every problem, for an HTTP error and for bad CSV', async () => {
    const el = await fixture<DataProbe>(fhtml`<test-data-probe></test-data-probe>`);
    const failed = oneEvent(el, 'shared-data-error');
    el.src = '/test-server/status/404';
    const { detail } = (await failed) as CustomEvent<DataErrorDetail>;
    expect(detail.message).to.equal('the server answered 404 Not Found for /test-server/status/404');
    expect(detail.problems).to.deep.equal([detail.message]);
    await settled(el);
    expect(el.data$.status).to.equal('error');
    expect(el.data$.value).to.equal(undefined);
  });

  it('keeps the last data on screen while a new `src` loads, then shows the new one', async () => {
    const el = await probe({ src: echo('[1]') });
    await settled(el);
    el.src = slow(400, '[2]');
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(el.data$.status, 'still showing the last data').to.equal('ready');
    expect(shown(el)).to.equal('1');
    await waitUntil(() => shown(el) === '2', 'the new file is shown', { timeout: 5000 });
  });

  it('stops waiting for a slow server after `timeout` seconds, with a message naming the file and the wait', async () => {
    const el = await fixture<DataProbe>(fhtml`<test-data-probe timeout="0.3"></test-data-probe>`);
    const failed = oneEvent(el, 'shared-data-error');
    el.src = slow(5000);
    const { detail } = (await failed) as CustomEvent<DataErrorDetail>;
    expect(detail.message).to.equal(`${slow(5000)} took longer than 0.3 seconds to answer`);
    await el.updateComplete;
    expect(el.data$.status).to.equal('error');
    expect(el.hasAttribute('aria-busy')).to.equal(false);
  });

  it('aborts the download when `src` changes: only the last file is shown', async () => {
    const watch = watchFetch();
    try {
      const el = await probe({ src: slow(1500, '[1]') });
      el.src = echo('[2]');
      await settled(el, 5000);
      expect(watch.calls[0]!.signal!.aborted, 'the first request was stopped').to.equal(true);
      await aTimeout(1700);
      expect(shown(el)).to.equal('2');
    } finally {
      watch.restore();
    }
  });

  it('stops the download when the element leaves the page, says nothing, and loads again when it comes back', async () => {
    const watch = watchFetch();
    try {
      const el = await probe({ src: slow(1500, '[9]') });
      const events: string[] = [];
      el.addEventListener('shared-data-error', () => events.push('error'));
      el.addEventListener('shared-data-load', () => events.push('load'));
      const parent = el.parentElement!;
      el.remove();
      expect(watch.calls).to.have.length(1);
      expect(watch.calls[0]!.signal!.aborted, 'the request was stopped').to.equal(true);
      await aTimeout(200);
      expect(events, 'no error for a stop the page asked for').to.deep.equal([]);
      parent.append(el);
      await settled(el, 5000);
      expect(watch.calls).to.have.length(2);
      expect(shown(el)).to.equal('9');
      expect(events).to.deep.equal(['load']);
    } finally {
      watch.restore();
    }
  });

  it('reads a newer version of `src` in place with `refresh`, and keeps the last good data when the file turns bad', async () => {
    const name = `controller-${Date.now()}`;
    await fetch(`/test-server/live-set/${name}?body=${encodeURIComponent('[1]')}`);
    const el = await probe({ src: `/test-server/live/${name}`, refresh: 1 });
    await settled(el);
    expect(shown(el)).to.equal('1');
    await fetch(`/test-server/live-set/${name}?body=${encodeURIComponent('[1, 2]')}`);
    await waitUntil(() => shown(el) === '1 2', 'the newer version is shown', { timeout: 8000 });
    expect(el.hasAttribute('aria-busy'), 'no loading state for a refresh').to.equal(false);
    await fetch(`/test-server/live-set/${name}?body=${encodeURIComponent('"broken"')}`);
    const log = async () => (await (await fetch(`/test-server/live-log/${name}`)).json()) as unknown[];
    const before = (await log()).length;
    await waitUntil(async () => (await log()).length > before, 'asked again', { timeout: 8000 });
    await aTimeout(100);
    expect(el.data$.status).to.equal('ready');
    expect(shown(el), 'the last good data stays').to.equal('1 2');
  });
});
