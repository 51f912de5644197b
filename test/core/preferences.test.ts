/** Windows high-contrast mode, reduced motion and print, emulated in Chromium. */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/key-figures/key-figures.js';
import '../../src/components/savings-chart/savings-chart.js';
import { part, settled } from '../helpers/element.js';

const emulate = (media: string, features: { name: string; value: string }[]) =>
  executeServerCommand('emulate-media-features', { media, features });

const series = {
  series: [{ name: 'S', points: [{ period: '2016/17', amount: 10 }, { period: '2017/18', amount: 20, status: 'projected' }] }]
};

async function chart() {
  const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<shared-savings-chart .data=${series}></shared-savings-chart>`);
  await settled(el as never);
  return el;
}

describe('user preferences', () => {
  afterEach(() => emulate('', []));

  it('draws marks and text in system colours when forced colours are on', async () => {
    const el = await chart();
    const bar = el.shadowRoot!.querySelector('path.bar.actual')!;
    const normal = getComputedStyle(bar).fill;
    expect(normal).to.equal('rgb(18, 67, 109)');
    await emulate('', [{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const text = getComputedStyle(el.shadowRoot!.querySelector('.tick')!).fill;
    const ink = getComputedStyle(bar).fill;
    expect(ink).to.not.equal(normal);
    expect(ink).to.equal(text);
    expect(getComputedStyle(el.shadowRoot!.querySelector('path.bar.projected')!).stroke).to.equal(text);
    await expect(el).to.be.accessible();
  });

  it('stops the loading animation when reduced motion is asked for', async () => {
    const el = await fixture(html`<shared-key-figures timeout="5" src="/test-server/slow?ms=1500"></shared-key-figures>`);
    const loading = part(el, 'loading')!;
    expect(getComputedStyle(loading, '::after').animationName).to.equal('shared-loading');
    await emulate('', [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(getComputedStyle(loading, '::after').animationName).to.equal('none');
  });

  it('prints the chart without its buttons or tooltip', async () => {
    const el = await chart();
    const controls = part(el, 'controls')!;
    expect(getComputedStyle(controls).display).to.equal('flex');
    await emulate('print', []);
    expect(getComputedStyle(controls).display).to.equal('none');
    expect(getComputedStyle(el.shadowRoot!.querySelector('svg[part~="svg"]')!).display).to.equal('block');
  });
});
