// R-H6 (issue 16): an invalid currency on the chart is a located message, never a throw or a wrong one.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/savings-chart/savings-chart.js';
import { part, settled, text } from '../helpers/element.js';

const points = [{ period: '2017/18', amount: 1_000_000 }, { period: '2018/19', amount: 1_200_000 }];

describe('<shared-savings-chart> currency', function () {
  this.timeout(30_000);
  it('says where a bad currency is, and draws with a good one written loosely', async () => {
    for (const currency of ['£', 'bogus', 'GBP£']) {
      const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<shared-savings-chart .data=${points} currency=${currency}></shared-savings-chart>`);
      await settled(el as never);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(text(part(el, 'error'))).to.contain(`currency: expected a three-letter currency code such as GBP or EUR, got ${JSON.stringify(currency)}`);
      await expect(el).to.be.accessible();
    }
    const loose = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<shared-savings-chart .data=${points} currency="GBP "></shared-savings-chart>`);
    await settled(loose as never);
    expect(part(loose, 'error')).to.equal(null);
    expect(loose.shadowRoot!.querySelector('svg[part~="svg"]')).to.not.equal(null);
  });
});
