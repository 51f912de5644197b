/**
 * The built bundle in real pages: a plain page that loads only dist/shared-services-widgets.js, the
 * classic-script build, two bundles on one page, and a page under a strict Content-Security-Policy.
 * Needs `npm run build` first (npm test does it).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { needBuild, openFrame } from '../helpers/frame.js';
import registry from '../../src/widgets.json';

interface Probe {
  errors: string[];
  violations: string[];
}

async function open(path: string): Promise<Window & { __probe: Probe }> {
  await needBuild();
  const win = await openFrame<Window & { __probe: Probe }>({ src: path });
  await waitUntil(() => {
    const els = [...win.document.querySelectorAll('shared-key-figures')];
    const chart = win.document.getElementById('chart');
    const chartDrawn = chart?.shadowRoot?.querySelector('svg[part~="svg"]') && !chart.hasAttribute('aria-busy');
    const map = win.document.getElementById('map');
    const mapDrawn = !win.customElements.get('shared-partnership-map') || (map?.shadowRoot?.querySelector('svg[part~="svg"]') && !map.hasAttribute('aria-busy'));
    return chartDrawn && mapDrawn && els.length === 3 && els.every((el) => el.shadowRoot && !el.hasAttribute('aria-busy') && el.shadowRoot.querySelector('[part~="figures"], [part~="error"]'));
  }, `widgets did not render in ${path}`, { timeout: 8000 });
  return win;
}

function values(win: Window, id: string): string[] {
  const el = win.document.getElementById(id)!;
  return [...el.shadowRoot!.querySelectorAll('[part~="value"]')].map((v) => (v.querySelector('[aria-hidden]') ?? v).textContent!.trim());
}

function checkWidgets(win: Window & { __probe: Probe }) {
  expect(values(win, 'from-src')).to.deep.equal(['626', '£1.34bn']);
  expect(values(win, 'inline')).to.deep.equal(['25%']);
  const error = win.document.getElementById('broken')!.shadowRoot!.querySelector('[part~="error"]')!;
  expect(error.getAttribute('role')).to.equal('alert');
  expect(error.textContent).to.contain('404');
  const marks = [...win.document.getElementById('chart')!.shadowRoot!.querySelectorAll('[data-kind="cumulative"]')];
  expect(marks.map((m) => m.getAttribute('data-period'))).to.deep.equal(['2011-12', '2013-03', '2014', '2015', '2018', '2018/19']);
  if (win.customElements.get('shared-partnership-map')) {
    // The map draws the built-in boundaries found beside the built script (dist/geo/), named by code alone.
    const map = win.document.getElementById('map')!.shadowRoot!;
    const marked = [...map.querySelectorAll('path[data-highlighted]')].map((p) => p.getAttribute('data-code')).sort();
    expect(marked).to.deep.equal(['E06000019', 'E08000026', 'E08000029', 'E10000031', 'E10000034']);
    expect(map.querySelector('[part~="attribution"]')!.textContent).to.contain('Office for National Statistics');
    expect(map.querySelector('[part~="notes"], [part~="warnings"]')).to.equal(null);
  }
  expect(win.__probe.errors).to.deep.equal([]);
}

describe('the built bundle in real pages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('works in a plain HTML page that loads only dist/shared-services-widgets.js', async () => {
    checkWidgets(await open('/test/pages/plain.html'));
  });

  it('works as a classic script (dist/shared-services-widgets.iife.js)', async () => {
    checkWidgets(await open('/test/pages/classic.html'));
  });

  it('fetches nothing when it loads: no fonts, no CDN, nothing but itself', async () => {
    const win = await openFrame({ src: '/test/pages/bare.html' });
    await waitUntil(() => win.customElements.get('shared-savings-chart'), 'bundle did not register');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const fetched = win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((path) => !path.startsWith('/__web-dev-server')); // the test server's own script
    expect(fetched).to.deep.equal(['/dist/shared-services-widgets.js']);
  });

  it('works with one file per widget (dist/key-figures.js, dist/savings-chart.js)', async () => {
    checkWidgets(await open('/test/pages/one-widget-each.html'));
  });

  it('does not throw when two bundles register the same elements', async () => {
    const win = await open('/test/pages/twice.html');
    checkWidgets(win);
  });

  it('the demo page shows every widget on the sample data, with no error, and switches language', async function () {
    // Eight widgets, the council boundaries among them, on a machine shared with other work.
    this.timeout(30000);
    const doc = (await openFrame({ src: '/demo/index.html' }, { width: 1000, height: 800 })).document;
    // Every widget in the registry (the page places eight; one it does not place yet gets its own section).
    const drawn = new Map(registry.widgets.map((w) => [w.tag, w.rendered]));
    const widgets = () => [...doc.querySelectorAll(registry.widgets.map((w) => w.tag).join(','))];
    await waitUntil(
      () =>
        registry.widgets.every((w) => doc.querySelector(w.tag)) &&
        widgets().length >= 8 &&
        widgets().every((el) => el.shadowRoot?.querySelector(drawn.get(el.localName)!) && !el.hasAttribute('aria-busy')),
      'demo widgets did not render',
      { timeout: 20000 }
    );
    const national = doc.getElementById('national')!.shadowRoot!;
    expect([...national.querySelectorAll('[part~="value"] [aria-hidden], [part~="value"]:not(:has([aria-hidden]))')].map((v) => v.textContent!.trim())).to.include.members(['626', '£1.34bn', '£200m']);
    expect(widgets().some((el) => el.shadowRoot!.querySelector('[part~="error"]'))).to.equal(false);
    doc.querySelector<HTMLButtonElement>('[data-lang="cy"]')!.click();
    await waitUntil(() => doc.getElementById('ours')!.shadowRoot!.textContent!.includes('Cynghorau'), 'did not switch to Welsh');
    expect(doc.documentElement.lang).to.equal('cy');
    // The map and the roster are linked through shared-select: a council chosen in one is marked in the other.
    const roster = doc.getElementById('roster')!;
    const map = doc.getElementById('map')! as HTMLElement & { council: string | null; updateComplete: Promise<boolean> };
    roster.shadowRoot!.querySelector<HTMLButtonElement>('tr[data-code="E06000019"] button.council')!.click();
    expect(map.council).to.equal('E06000019');
    await map.updateComplete;
    expect([...map.shadowRoot!.querySelectorAll('[data-highlighted][data-code]')].map((e) => e.getAttribute('data-code'))).to.deep.equal(['E06000019']);
    const option = map.shadowRoot!.querySelector<SVGGElement>('[data-key="c:E08000029"]')!;
    option.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await (roster as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(roster.shadowRoot!.querySelector('[data-highlighted]')!.getAttribute('data-code')).to.equal('E08000029');
  });

  it('works under a strict Content-Security-Policy with no violation', async () => {
    const response = await fetch('/test/pages/csp-strict.html');
    expect(response.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
    const win = await open('/test/pages/csp-strict.html');
    checkWidgets(win);
    // Interaction and export too: the tooltip is placed through the CSSOM, the PNG drawn from a blob.
    const chart = win.document.getElementById('chart') as HTMLElement & { exportAs(kind: string): Promise<Blob>; updateComplete: Promise<boolean> };
    const plot = chart.shadowRoot!.querySelector<HTMLElement>('[part~="chart"]')!;
    plot.focus();
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await chart.updateComplete;
    const tooltip = chart.shadowRoot!.querySelector<HTMLElement>('[part~="tooltip"]')!;
    expect(tooltip.style.getPropertyValue('left')).to.match(/px$/);
    expect((await chart.exportAs('png')).type).to.equal('image/png');
    expect(win.__probe.violations).to.deep.equal([]);
  });
});
