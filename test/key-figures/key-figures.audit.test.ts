// Key figures' defects from the hostile-input audit (issue 16): each test fails on the code before the fix.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/key-figures/key-figures.js';
import type { SharedKeyFigures } from '../../src/components/key-figures/key-figures.component.js';
import { MAX_FIGURES, readKeyFigures } from '../../src/components/key-figures/key-figures.data.js';
import { part, parts, settled, text } from '../helpers/element.js';

async function render(data: unknown, currency?: string, width = 800) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><shared-key-figures .data=${data} currency=${currency ?? 'GBP'}></shared-key-figures></div>`);
  const el = wrapper.querySelector('shared-key-figures') as SharedKeyFigures;
  await settled(el);
  return el;
}

const money = { figures: [{ value: 1_340_000_000, format: 'currency', label: 'Saved since 2011' }, { value: 626, label: 'Arrangements' }] };

describe('<shared-key-figures> audit fixes', function () {
  // Generous: these run with axe and large rosters on a shared two-core machine.
  this.timeout(30_000);
  it('R-H6: an invalid currency is a located message, never a throw or an endless "Loading…"', async () => {
    for (const currency of ['£', 'bogus', 'GB']) {
      const el = await render(money, currency);
      expect(el.hasAttribute('aria-busy'), currency).to.equal(false);
      expect(part(el, 'loading'), currency).to.equal(null);
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(text(part(el, 'error'))).to.contain(`currency: expected a three-letter currency code such as GBP or EUR, got ${JSON.stringify(currency)}`);
      await expect(el).to.be.accessible();
    }
  });

  it('R-H6: a currency code with spaces or in lower case is read as meant; no currency figure, no complaint', async () => {
    const spaced = await render(money, 'GBP ');
    expect(text(parts(spaced, 'value')[0]!.querySelector('[aria-hidden]'))).to.equal('£1.34bn');
    const euros = await render(money, 'eur');
    expect(text(parts(euros, 'value')[0]!.querySelector('[aria-hidden]'))).to.equal('€1.34bn');
    const counts = await render({ figures: [{ value: 626, label: 'Arrangements' }] }, 'bogus');
    expect(part(counts, 'error')).to.equal(null);
    expect(text(part(counts, 'value'))).to.equal('626');
  });

  it('R-H9: reads at most 1,000 figures and says how many were left out', async () => {
    const figures = Array.from({ length: 50_000 }, (_, i) => ({ value: i, label: `Figure ${i}` }));
    const read = readKeyFigures({ figures });
    expect(read.value!.figures).to.have.length(MAX_FIGURES);
    expect(read.problems).to.deep.equal([{ path: 'figures[1000]', expected: 'limit', params: { max: '1,000', left: '49,000' } }]);
    const el = await render({ figures });
    expect(parts(el, 'figure')).to.have.length(1000);
    expect(text(part(el, 'warnings'))).to.contain('figures[1000]: expected at most 1,000 here: the 49,000 after it were left out');
  });

  it('R-M5: a label, note or source of 10,000 letters without a space stays inside its tile', async () => {
    const long = 'x'.repeat(10_000);
    const el = await render({ figures: [{ value: 1, label: long, note: long, source: long }, { value: 2, label: 'Next' }] }, 'GBP', 600);
    const [first, second] = parts(el, 'figure');
    expect(first!.getBoundingClientRect().right).to.be.at.most(second!.getBoundingClientRect().left + 1);
    expect(part(el, 'base')!.scrollWidth).to.be.at.most(600);
  });
});
