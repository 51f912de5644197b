// Live data: the `refresh` attribute re-reads `src` from a file the test server changes
// (web-test-runner.config.mjs, /test-server/live/NAME).
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/savings-chart/savings-chart.js';
import '../../src/components/partner-roster/partner-roster.js';
import type { LitElement } from 'lit';
import { part, settled, text } from '../helpers/element.js';

interface Logged {
  at: number;
  status: number;
  conditional: boolean;
}

const name = () => `file-${Math.random().toString(36).slice(2)}`;
const set = (file: string, body: unknown) => fetch(`/test-server/live-set/${file}?body=${encodeURIComponent(JSON.stringify(body))}`);
const log = async (file: string): Promise<Logged[]> => (await fetch(`/test-server/live-log/${file}`)).json();
const series = (points: [string, number][]) => ({ series: [{ id: 's', name: 'Savings', points: points.map(([period, amount]) => ({ period, amount })) }] });

/** The polite live region and everything it said, in order. */
function listen(el: Element) {
  const region = el.shadowRoot!.querySelector('[part="refresh"] [role="status"]')!;
  const said: string[] = [];
  const observer = new MutationObserver(() => region.textContent && said.push(region.textContent));
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { region, said, stop: () => observer.disconnect() };
}

/** Makes the page report itself hidden (or shown) as a browser does when its tab is switched away. */
function setHidden(hidden: boolean) {
  if (hidden) Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  else delete (document as { visibilityState?: unknown }).visibilityState;
  document.dispatchEvent(new Event('visibilitychange'));
}

async function chart(file: string, refresh: string, lang = 'en') {
  const el = await fixture<LitElement>(html`<shared-savings-chart lang=${lang} src=${`/test-server/live/${file}`} refresh=${refresh}></shared-savings-chart>`);
  await settled(el);
  return el;
}

const periods = (el: Element) => [...part(el, 'table')!.querySelectorAll('tbody tr')].map((row) => row.getAttribute('data-period'));

describe('refresh: live data', function () {
  this.timeout(30_000);

  it('refresh="5": the chart updates in place, says what changed once, and keeps focus and the open table', async () => {
    const file = name();
    await set(file, series([['2017/18', 100000], ['2018/19', 200000]]));
    const el = await chart(file, '5');
    const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) => /table/i.test(b.textContent!))!;
    button.click();
    await settled(el);
    button.focus();
    expect(periods(el)).to.include('2018/19').and.not.include('2019/20');
    const live = listen(el);
    const started = Date.now();
    await set(file, series([['2017/18', 100000], ['2018/19', 200000], ['2019/20', 300000]]));
    await waitUntil(() => part(el, 'table') && periods(el).includes('2019/20'), 'the table gains 2019/20', { timeout: 12_000, interval: 100 });
    // The attribute is read as seconds: nothing changed before five of them had passed.
    expect(Date.now() - started).to.be.at.least(3_000);
    await waitUntil(() => live.said.length > 0, 'the change is announced', { timeout: 2_000 });
    expect(live.said).to.deep.equal(['Savings updated: 2019/20 added']);
    expect(live.region.getAttribute('aria-live') ?? live.region.getAttribute('role')).to.match(/polite|status/);
    // Focus is still on the table button, as a keyboard user left it (whatever node draws it now).
    const focused = el.shadowRoot!.activeElement as HTMLElement | null;
    expect([focused?.tagName, focused?.getAttribute('aria-expanded'), text(focused)]).to.deep.equal(['BUTTON', 'true', text(button)]);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    // The next ask, of an unchanged file, is answered 304 and says nothing.
    await aTimeout(5_500);
    expect(live.said).to.have.length(1);
    const requests = await log(file);
    expect(requests.at(-1)).to.include({ status: 304, conditional: true });
    live.stop();
    await expect(el).to.be.accessible();
  });

  it('makes no request while the tab is hidden, and asks again when it is shown', async () => {
    const file = name();
    await set(file, series([['2018/19', 200000]]));
    const el = await chart(file, '1');
    const live = listen(el);
    setHidden(true);
    try {
      const before = (await log(file)).length;
      await set(file, series([['2018/19', 250000]]));
      await aTimeout(3_000);
      expect((await log(file)).length).to.equal(before);
      expect(live.said).to.deep.equal([]);
    } finally {
      setHidden(false);
    }
    await waitUntil(() => live.said.length > 0, 'shown again, it asks and updates', { timeout: 3_000 });
    expect(live.said).to.deep.equal(['Savings updated: 2018/19 changed']);
    live.stop();
  });

  it('a failed refresh keeps the data with a note, and waits as long as Retry-After asks', async () => {
    const file = name();
    await set(file, series([['2018/19', 200000]]));
    const el = await chart(file, '1');
    await fetch(`/test-server/live-fail/${file}?status=503&retryAfter=4&times=1`);
    const note = () => el.shadowRoot!.querySelector('[part="refresh-note"]') as HTMLElement;
    await waitUntil(() => note() && !note().hidden, 'a note about the failed refresh', { timeout: 4_000 });
    expect(text(note())).to.match(/^The data could not be updated \(the server answered 503 .*\)\. Showing the data from \d\d:\d\d; trying again in 4 seconds\.$/);
    expect(el.shadowRoot!.querySelector('svg[part~="svg"]')).to.exist;
    await set(file, series([['2018/19', 200000], ['2019/20', 1]]));
    await waitUntil(() => note().hidden, 'the next refresh works and the note goes', { timeout: 8_000 });
    const requests = await log(file);
    const failed = requests.findIndex((r) => r.status === 503);
    expect(requests[failed + 1]!.at - requests[failed]!.at).to.be.at.least(3_900);
    expect(requests[failed + 1]!.status).to.equal(200);
    await expect(el).to.be.accessible();
  });

  it('a refreshed file with problems keeps the last good data, with the problem in the note', async () => {
    const file = name();
    await set(file, series([['2018/19', 200000]]));
    const el = await chart(file, '1');
    await fetch(`/test-server/live-set/${file}?body=${encodeURIComponent('{ "series": [ ')}`);
    const note = () => el.shadowRoot!.querySelector('[part="refresh-note"]') as HTMLElement;
    await waitUntil(() => note() && !note().hidden, 'a note', { timeout: 4_000 });
    expect(text(note())).to.contain('not valid JSON');
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('svg[part~="svg"]')).to.exist;
  });

  it('the roster, in Welsh: partners added, and the filter and its focus kept', async () => {
    const file = name();
    const partner = (council: string, name: string) => ({ council, name, role: 'partner' });
    await set(file, { partners: [partner('E08000026', 'Coventry'), partner('E08000029', 'Solihull')] });
    const el = await fixture<LitElement>(html`<shared-partner-roster lang="cy" src=${`/test-server/live/${file}`} refresh="1"></shared-partner-roster>`);
    await settled(el);
    const input = part(el, 'filter') as HTMLInputElement;
    input.focus();
    input.value = 'c';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settled(el);
    const live = listen(el);
    await set(file, {
      partners: [partner('E08000026', 'Coventry'), partner('E08000029', 'Solihull'), partner('E10000031', 'Warwickshire'), partner('E10000034', 'Worcestershire')]
    });
    await waitUntil(() => live.said.length > 0, 'the change is announced', { timeout: 4_000 });
    expect(live.said).to.deep.equal(['Partneriaid wedi’u hychwanegu: 2']);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'filter'));
    expect((part(el, 'filter') as HTMLInputElement).value).to.equal('c');
    live.stop();
  });

  it('an open tooltip stays on its point when a later period is added', async () => {
    const file = name();
    await set(file, series([['2017/18', 100000], ['2018/19', 200000]]));
    const el = await chart(file, '1');
    const plot = part(el, 'chart')!;
    plot.focus();
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await el.updateComplete;
    const shown = text(part(el, 'tooltip'));
    expect(shown).to.contain('2017/18');
    const live = listen(el);
    await set(file, series([['2017/18', 100000], ['2018/19', 200000], ['2019/20', 300000]]));
    await waitUntil(() => live.said.length > 0, 'the change is announced', { timeout: 4_000 });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-period="2019/20"]')).to.exist;
    expect(text(part(el, 'tooltip'))).to.equal(shown);
    expect(el.shadowRoot!.activeElement).to.equal(plot);
    live.stop();
  });

  it('a CSV file: what changed is said from the rows the chart read', async () => {
    const file = name();
    const setCsv = (text: string) => fetch(`/test-server/live-set/${file}?type=text/csv&body=${encodeURIComponent(text)}`);
    await setCsv('period,amount\n2018/19,100\n');
    const el = await chart(file, '1');
    expect(el.shadowRoot!.querySelector('[data-period="2018/19"]')).to.exist;
    const live = listen(el);
    await setCsv('period,amount\n2018/19,100\n2019/20,150\n');
    await waitUntil(() => live.said.length > 0, 'the change is announced', { timeout: 4_000 });
    expect(live.said).to.deep.equal(['Savings updated: 2019/20 added']);
    expect(el.shadowRoot!.querySelector('[data-period="2019/20"]')).to.exist;
    live.stop();
  });

  it('stops when refresh is removed, and when the element leaves the page', async () => {
    const file = name();
    await set(file, series([['2018/19', 1]]));
    const el = await chart(file, '1');
    el.removeAttribute('refresh');
    await settled(el);
    const before = (await log(file)).length;
    await aTimeout(2_500);
    expect((await log(file)).length).to.equal(before);
    el.setAttribute('refresh', '1');
    await waitUntil(async () => (await log(file)).length > before, 'set again, it asks again', { timeout: 3_000 });
    el.remove();
    await aTimeout(200);
    const after = (await log(file)).length;
    await aTimeout(2_500);
    expect((await log(file)).length).to.equal(after);
  });
});
