/**
 * The keys shared by the map and the chart (issue 17 item 4): the chart's key rules as data in, data
 * out, and the controller on a tiny host: it keeps a key it acts on from the page, leaves the rest,
 * hands back what the key did, and with a roving tabindex focuses the item once it is drawn.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { KeyboardController, type KeyAction } from '../../src/controllers/keyboard-controller.js';
import { keyAction } from '../../src/components/savings-chart/savings-chart.navigation.js';
import type { Mark } from '../../src/components/savings-chart/savings-chart.layout.js';
import { Memo } from '../../src/core/memo.js';

/** Rows of marks at these x positions (all the key rules read of a mark). */
const rows = (...xs: number[][]) => xs.map((row) => row.map((x) => ({ x }) as Mark));

describe("the chart's keys as data", () => {
  const chart = rows([10, 20, 30], [], [12, 29]);

  it('starts at the first point of the first series that has points', () => {
    expect(keyAction('Home', chart, undefined)).to.deep.equal({ move: { series: 0, index: 0 } });
    expect(keyAction('End', rows([], [5, 6]), undefined)).to.deep.equal({ move: { series: 1, index: 1 } });
  });

  it('moves along a series and says so past either end', () => {
    expect(keyAction('ArrowRight', chart, { series: 0, index: 1 })).to.deep.equal({ move: { series: 0, index: 2 } });
    expect(keyAction('ArrowLeft', chart, { series: 0, index: 1 })).to.deep.equal({ move: { series: 0, index: 0 } });
    expect(keyAction('ArrowRight', chart, { series: 0, index: 2 })).to.deep.equal({ edge: 'last' });
    expect(keyAction('ArrowLeft', chart, { series: 0, index: 0 })).to.deep.equal({ edge: 'first' });
  });

  it('goes up and down to the nearest point in time of the next series with points, and keeps the key at the last', () => {
    expect(keyAction('ArrowDown', chart, { series: 0, index: 2 })).to.deep.equal({ move: { series: 2, index: 1 } });
    expect(keyAction('ArrowUp', chart, { series: 2, index: 0 })).to.deep.equal({ move: { series: 0, index: 0 } });
    expect(keyAction('ArrowDown', chart, { series: 2, index: 0 })).to.deep.equal({ stay: true });
  });

  it('closes on Escape and leaves other keys to the page', () => {
    expect(keyAction('Escape', chart, { series: 0, index: 0 })).to.deep.equal({ clear: true });
    expect(keyAction('Tab', chart, { series: 0, index: 0 })).to.equal(undefined);
    expect(keyAction('a', chart, undefined)).to.equal(undefined);
  });
});

class KeyHost extends LitElement {
  said: string[] = [];
  actions = new Map<string, KeyAction<string>>();
  roving = true;
  readonly keys = new KeyboardController<string>(this, {
    action: (event) => this.actions.get(event.key),
    move: (to) => this.said.push(`move ${to}`),
    select: (item) => this.said.push(`select ${item}`),
    edge: (edge) => this.said.push(`edge ${edge}`),
    clear: () => this.said.push('clear'),
    focus: (item) => (this.roving ? this.renderRoot.querySelector<HTMLElement>(`#${item}`) : null)
  });

  override render() {
    return html`<div @keydown=${this.keys.onKey}><button id="a">a</button><button id="b">b</button></div>`;
  }
}
customElements.define('h17b-key-host', KeyHost);

describe('KeyboardController', () => {
  const press = (host: KeyHost, key: string) => {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
    host.renderRoot.querySelector('#a')!.dispatchEvent(event);
    return event;
  };

  it('stops the default only for keys that do something, and hands back what they did', async () => {
    const host = await fixture<KeyHost>(html`<h17b-key-host></h17b-key-host>`);
    host.actions = new Map<string, KeyAction<string>>([
      ['Enter', { select: 'a' }],
      ['ArrowRight', { edge: 'last' }],
      ['Escape', { clear: true }],
      ['ArrowDown', { stay: true }]
    ]);
    expect(press(host, 'Enter').defaultPrevented).to.equal(true);
    expect(press(host, 'ArrowRight').defaultPrevented).to.equal(true);
    expect(press(host, 'Escape').defaultPrevented).to.equal(true);
    expect(press(host, 'ArrowDown').defaultPrevented).to.equal(true);
    expect(press(host, 'Tab').defaultPrevented).to.equal(false);
    expect(host.said).to.deep.equal(['select a', 'edge last', 'clear']);
  });

  it('with a roving tabindex, moves the focus to the item once it is drawn', async () => {
    const host = await fixture<KeyHost>(html`<h17b-key-host></h17b-key-host>`);
    host.actions = new Map<string, KeyAction<string>>([['ArrowRight', { move: 'b' }]]);
    (host.renderRoot.querySelector('#a') as HTMLElement).focus();
    press(host, 'ArrowRight');
    await host.updateComplete;
    expect(host.said).to.deep.equal(['move b']);
    expect(host.shadowRoot!.activeElement?.id).to.equal('b');
  });
});

describe('Memo', () => {
  it('says which inputs changed since the last layout, and nothing when none did', () => {
    const memo = new Memo();
    const data = {};
    expect(memo.changes([data, 640])).to.deep.equal([0, 1]);
    expect(memo.changes([data, 640])).to.equal(undefined);
    expect(memo.changes([{}, 640])).to.deep.equal([0]);
    expect(memo.changes([data, 320])).to.deep.equal([0, 1]);
  });
});
