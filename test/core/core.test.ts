import { expect, fixture, html as fhtml, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import { SharedElement } from '../../src/core/shared-element.js';
import { DataController } from '../../src/controllers/data-controller.js';
import { nearestLang } from '../../src/controllers/lang-controller.js';
import { renderState } from '../../src/core/states.js';
import { fuzzElement } from '../helpers/fuzz.js';
import { settled } from '../helpers/element.js';

/** A widget that throws on `{ "boom": true }` and draws nothing for `{ "blank": true }`: the fuzz helper must catch both. */
class BrokenWidget extends SharedElement {
  private readonly data$ = new DataController<{ boom?: boolean; blank?: boolean }>(this, {
    fromJson: (input) => ({ value: input as { boom?: boolean }, problems: [] }),
    isEmpty: () => false
  });
  protected override render() {
    const value = this.data$.value;
    if (value?.boom) throw new Error('boom');
    if (value?.blank) return html``;
    return renderState(this.data$, this.t, 'en') ?? html`<p part="content">ok</p>`;
  }
}
BrokenWidget.define('test-broken-widget');

describe('core', () => {
  it('define() is idempotent: a second registration of the same tag does nothing', () => {
    class Other extends SharedElement {}
    expect(() => Other.define('test-broken-widget')).to.not.throw();
    expect(customElements.get('test-broken-widget')).to.equal(BrokenWidget);
  });

  it('emit() fires a bubbling, composed event with the detail', async () => {
    const wrapper = await fixture(fhtml`<div><test-broken-widget></test-broken-widget></div>`);
    const el = wrapper.querySelector('test-broken-widget') as BrokenWidget;
    const event = oneEvent(wrapper, 'shared-select');
    el.emit('shared-select', { kind: 'council', id: 'E08000026' });
    const fired = await event;
    expect(fired.detail).to.deep.equal({ kind: 'council', id: 'E08000026' });
    expect(fired.composed).to.equal(true);
  });

  it('finds the nearest lang across shadow roots', async () => {
    const outer = await fixture(fhtml`<div lang="cy"><span></span></div>`);
    const host = outer.querySelector('span')!;
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('b');
    root.append(inner);
    expect(nearestLang(inner)).to.equal('cy');
    inner.setAttribute('lang', 'en-GB');
    expect(nearestLang(inner)).to.equal('en-GB');
  });

  it('the fuzz helper catches an element that throws or goes blank', async function () {
    // Many renders in one test: on a loaded machine (CI, Firefox) this takes longer than mocha's 10 s.
    this.timeout(60_000);
    let failure: unknown;
    try {
      await fuzzElement({ tag: 'test-broken-widget', seeds: [{ boom: false, blank: false }], content: '[part="content"]', runs: 200 });
    } catch (error) {
      failure = error;
    }
    expect(String(failure)).to.match(/threw|blank/);
  });

  it('shows the empty state when given nothing', async () => {
    const el = await fixture<BrokenWidget>(fhtml`<test-broken-widget></test-broken-widget>`);
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part~="empty"]')).to.not.equal(null);
  });
});
