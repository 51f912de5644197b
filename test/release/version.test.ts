/**
 * The version a page script reads for a support call (issue 20): `SharedServicesWidgets.version`, the
 * `version` static of each element class and the bundle's `version` export, in each way a page loads
 * the built files (ES bundle, classic script, one file per widget). Needs `npm run build` first.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { version as sourceVersion } from '../../src/version.js';
import { SharedKeyFigures } from '../../src/components/key-figures/key-figures.js';
import registry from '../../src/widgets.json';
import { openFrame } from '../helpers/frame.js';

/** Every widget in the registry: the bundle registers them all. */
const ALL = registry.widgets.map((w) => w.tag);

type Page = Window & { SharedServicesWidgets?: { version: string } };

async function packageVersion(): Promise<string> {
  return ((await (await fetch('/package.json')).json()) as { version: string }).version;
}

async function open(path: string, tags: string[]): Promise<Page> {
  const win = await openFrame<Page>({ src: path });
  await waitUntil(() => tags.every((tag) => win.customElements.get(tag)), `elements not registered in ${path}`, { timeout: 8000 });
  return win;
}

describe('the version for support calls', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('is package.json\'s version, in the source and on every element class', async () => {
    expect(sourceVersion).to.equal(await packageVersion());
    expect(SharedKeyFigures.version).to.equal(sourceVersion);
  });

  for (const [page, tags] of [
    ['plain', ALL],
    ['classic', ALL],
    ['one-widget-each', ['shared-key-figures', 'shared-savings-chart']]
  ] as const) {
    it(`is SharedServicesWidgets.version and each element class's version on a page loading the built files (${page})`, async () => {
      const win = await open(`/test/pages/${page}.html`, [...tags]);
      const expected = await packageVersion();
      expect(win.SharedServicesWidgets?.version).to.equal(expected);
      for (const tag of tags) expect((win.customElements.get(tag) as unknown as { version?: string }).version, tag).to.equal(expected);
      // Frozen, so a page script cannot change what a later support call reads; the classic script
      // sets the global to its own exports instead (its element classes and `version`).
      if (page === 'classic') expect(win.SharedServicesWidgets).to.have.property('SharedKeyFigures');
      else expect(Object.isFrozen(win.SharedServicesWidgets)).to.equal(true);
    });
  }

  it('is the built bundle\'s `version` export', async () => {
    const url = new URL('/dist/shared-services-widgets.js', location.href).href;
    const bundle = (await import(/* @vite-ignore */ url)) as { version?: string };
    expect(bundle.version).to.equal(await packageVersion());
  });
});
