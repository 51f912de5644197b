// Loading defects from the hostile-input audit (issue 16): each test fails on the code before the fix.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/key-figures/key-figures.js';
import type { SharedKeyFigures } from '../../src/components/key-figures/key-figures.component.js';
import { fetchText, sniff } from '../../src/data/load.js';
import { part, settled, text } from '../helpers/element.js';

const echo = (type: string, body: string) => `/test-server/echo?type=${encodeURIComponent(type)}&body=${encodeURIComponent(body)}`;
const figures = '{"figures":[{"value":626,"label":"Arrangements"}]}';

describe('loading: timeouts, removal and formats (issue 16)', () => {
  it('R-M2: a timeout of 2,147,484 seconds or more waits, rather than overflowing and failing at once', async () => {
    const fetched = await fetchText('/test-server/slow?ms=300', { signal: new AbortController().signal, timeoutMs: 2_147_484_000 });
    expect(fetched.text).to.contain('Slow');
    const el = await fixture<SharedKeyFigures>(html`<shared-key-figures timeout="99999999" src="/test-server/slow?ms=300"></shared-key-figures>`);
    await settled(el);
    expect(part(el, 'error')).to.equal(null);
    expect(text(part(el, 'value'))).to.equal('1');
  });

  it('an element taken off the page stops its download, and loads again when put back', async () => {
    const signals: AbortSignal[] = [];
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.signal) signals.push(init.signal);
      return original(input, init);
    };
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div><shared-key-figures src="/test-server/slow?ms=1500"></shared-key-figures></div>`);
      const el = wrapper.querySelector('shared-key-figures') as SharedKeyFigures;
      await waitUntil(() => signals.length === 1, 'the download started');
      el.remove();
      await el.updateComplete;
      expect(signals[0]!.aborted).to.equal(true);
      const events: string[] = [];
      el.addEventListener('shared-data-error', () => events.push('error'));
      wrapper.append(el);
      await settled(el, 6000);
      expect(text(part(el, 'value'))).to.equal('1');
      expect(events).to.deep.equal([]);
    } finally {
      window.fetch = original;
    }
  });

  it('JSON served as text/csv is read as JSON; format="csv" is obeyed as given', async () => {
    expect(sniff('csv', null, '  {"figures": []}')).to.equal('json');
    expect(sniff('csv', null, '\uFEFF[1]')).to.equal('json');
    expect(sniff('csv', 'csv', '{"figures": []}')).to.equal('csv');
    expect(sniff('csv', null, 'value,label\n1,A')).to.equal('csv');
    const el = await fixture<SharedKeyFigures>(html`<shared-key-figures src=${echo('text/csv', figures)}></shared-key-figures>`);
    await settled(el);
    expect(text(part(el, 'value'))).to.equal('626');
    const forced = await fixture<SharedKeyFigures>(html`<shared-key-figures format="csv" src=${echo('text/csv', figures)}></shared-key-figures>`);
    await settled(forced);
    expect(part(forced, 'error')).to.not.equal(null);
  });
});
