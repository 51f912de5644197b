import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/key-figures/key-figures.js';
import type { SharedKeyFigures } from '../../src/components/key-figures/key-figures.component.js';
import { part, parts, settled } from '../helpers/element.js';

const figures = {
  figures: [
    { value: 1_340_000_000, format: 'currency', label: 'Saved since 2011' },
    { value: '2018/19', format: 'year', label: 'As at the end of' },
    { value: 626, label: 'Shared-service arrangements' }
  ]
};

/** The distinct line boxes that a value's visible text is laid out on. */
function lines(value: Element): number {
  const shown = value.querySelector('[aria-hidden]') ?? value;
  const range = document.createRange();
  range.selectNodeContents(shown);
  const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
  return tops.size;
}

describe('<shared-key-figures> values and fonts', () => {
  it('never breaks a value inside a number, even in tiles narrower than the number', async () => {
    // A wide font and tiles far narrower than "£1.34bn" at the value size: the old
    // `overflow-wrap: anywhere` broke it as "£1.34b / n" and "2018/1 / 9".
    const wrapper = await fixture<HTMLDivElement>(html`
      <div style="width: 5rem; font-family: 'DejaVu Serif', Georgia, serif">
        <shared-key-figures .data=${figures}></shared-key-figures>
      </div>
    `);
    const el = wrapper.querySelector<SharedKeyFigures>('shared-key-figures')!;
    await settled(el);
    const values = parts(el, 'value');
    expect(values.length).to.equal(3);
    for (const value of values) {
      expect(lines(value), value.textContent ?? '').to.equal(1);
    }
  });

  it('takes the font of the page around it when no font token is set', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div style="font-family: 'Courier New', monospace">
        <shared-key-figures .data=${figures}></shared-key-figures>
      </div>
    `);
    const el = wrapper.querySelector<SharedKeyFigures>('shared-key-figures')!;
    await settled(el);
    expect(getComputedStyle(part(el, 'base')!).fontFamily).to.equal(getComputedStyle(wrapper).fontFamily);
  });

  it('uses --shared-font-family where the page sets it, over the page font', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div style="font-family: 'Courier New', monospace; --shared-font-family: arial, sans-serif">
        <shared-key-figures .data=${figures}></shared-key-figures>
      </div>
    `);
    const el = wrapper.querySelector<SharedKeyFigures>('shared-key-figures')!;
    await settled(el);
    expect(getComputedStyle(part(el, 'base')!).fontFamily).to.equal('arial, sans-serif');
  });
});
