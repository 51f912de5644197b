/**
 * R-H1, R-H2, R-L2 (issue 16): the built files under Trusted Types as docs/embedding/csp.md writes
 * them, in every file combination it names (pages in web-test-runner.config.mjs, `tt-*`), and under
 * `trusted-types 'none'`, where each widget says what to allow instead of staying blank.
 * Needs `npm run build` first (npm test does it).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { needBuild, openFrame } from '../helpers/frame.js';

interface Probe {
  errors: string[];
  violations: string[];
}
type Win = Window & { __probe: Probe };

/** Every widget in the registry (src/widgets.json), and what it draws when it works. */
const REGISTRY = (await (await fetch('/src/widgets.json')).json()) as { widgets: { tag: string; rendered: string }[] };
const TAGS = REGISTRY.widgets.map((w) => w.tag);
const DRAWN: Record<string, string> = Object.fromEntries(REGISTRY.widgets.map((w) => [w.tag, w.rendered]));

async function open(path: string): Promise<Win> {
  await needBuild();
  return openFrame<Win>({ src: path });
}

/** Each widget on the page; a widget missing from the page fails the test here, by name. */
const widgets = (win: Win) =>
  TAGS.map((tag) => {
    const el = win.document.querySelector(tag);
    expect(el, `<${tag}> is on the page`).to.exist;
    return el!;
  });

async function drawn(path: string): Promise<Win> {
  const win = await open(path);
  await waitUntil(
    () => widgets(win).every((el) => el.shadowRoot?.querySelector(DRAWN[el.localName]!) && !el.hasAttribute('aria-busy')),
    `every widget draws in ${path}`,
    { timeout: 10_000 }
  );
  expect(win.__probe.errors, 'errors').to.deep.equal([]);
  expect(win.__probe.violations, 'CSP violations').to.deep.equal([]);
  return win;
}

describe('Trusted Types as docs/embedding/csp.md writes them', function () {
  this.timeout(30_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('the bundle under trusted-types shared-services-widgets', async () => {
    await drawn('/test/pages/tt-bundle.html');
  });

  it('the classic script under the same policy', async () => {
    await drawn('/test/pages/tt-classic.html');
  });

  it('R-L2: the ES bundle and the classic script together, without an uncaught error', async () => {
    await drawn('/test/pages/tt-bundle-and-classic.html');
  });

  it('R-H2: one file per widget, all five on one page, each under its own policy name', async () => {
    await drawn('/test/pages/tt-per-widget.html');
  });

  it('R-H2: the bundle and a widget file on one page', async () => {
    await drawn('/test/pages/tt-bundle-and-widget.html');
  });

  it('the same file loaded twice', async () => {
    await drawn('/test/pages/tt-twice.html');
  });

  it("R-H1: under trusted-types 'none' each widget says what to allow, rather than staying blank", async () => {
    const win = await open('/test/pages/tt-none.html');
    await waitUntil(() => widgets(win).every((el) => el.shadowRoot?.querySelector('[part~="error"]')), 'every widget shows a message', { timeout: 10_000 });
    for (const el of widgets(win)) {
      const error = el.shadowRoot!.querySelector('[part~="error"]')!;
      expect(error.getAttribute('role'), el.localName).to.equal('alert');
      expect(error.textContent, el.localName).to.contain('trusted-types');
      expect(error.textContent, el.localName).to.contain('shared-services-widgets');
    }
    expect(win.__probe.errors).to.deep.equal([]);
  });
});
