/**
 * Nothing is sent anywhere the page did not ask for (docs/privacy.md): each widget, loaded from its
 * built file in a page of its own, fed a data file with contacts, source links and evidence, used
 * (answers given and stored, sorted, filtered, selected, focused), fetches only its own script, the
 * data file the page named and the council files beside the script (geo/), all from the page's own
 * server; it sends no beacon, opens no socket, event stream, worker or service worker. The same again
 * with the bundle holding every widget. Needs `npm run build` first.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { needBuild, openFrame } from '../helpers/frame.js';

interface Sent {
  kind: string;
  url: string;
}
type Page = Window & typeof globalThis & { __sent: Sent[] };

/** Runs before the widgets' script: records every way of sending that resource timing does not list. */
const RECORDER = `
window.__sent = [];
const note = (kind, url) => window.__sent.push({ kind, url: String(url) });
const beacon = navigator.sendBeacon?.bind(navigator);
navigator.sendBeacon = (url, body) => { note('beacon', url); return false; };
for (const name of ['WebSocket', 'EventSource', 'Worker', 'SharedWorker']) {
  window[name] = class { constructor(url) { note(name, url); throw new Error(name + ' is not allowed here'); } };
}
if (navigator.serviceWorker) navigator.serviceWorker.register = (url) => { note('serviceWorker', url); return Promise.reject(new Error('no')); };
window.RTCPeerConnection = class { constructor() { note('RTCPeerConnection', ''); throw new Error('no'); } };
`;

const DATASET = {
  title: 'Privacy test',
  source: { name: 'Somewhere else', url: 'https://example.com/source' },
  partnerships: [
    {
      id: 'ace',
      name: 'Adoption Central England',
      category: 'front-line',
      started: '2018-02',
      partners: [
        { council: 'E08000026', role: 'host', share: 0.5, contact: { name: 'A Person', email: 'person@example.com', phone: '024 7683 3333' } },
        { council: 'E10000031', role: 'partner', share: 0.5 }
      ],
      savings: [
        { period: '2018/19', amount: 1200000, kind: 'in-year', source: 'https://example.com/report.pdf' },
        { period: '2019/20', amount: 1300000, kind: 'in-year' }
      ]
    }
  ]
};
const DATA_URL = `/test-server/echo/dataset?type=application/json&body=${encodeURIComponent(JSON.stringify(DATASET))}`;

/** What each widget is given here, where it is more than the shared dataset (`src`). */
const ATTRIBUTES: Record<string, string> = {
  'savings-chart': `src="${DATA_URL}" partnership="ace"`,
  'partnership-map': `src="${DATA_URL}" partnership="ace"`,
  // The built-in checklist (no data file), its answers kept under this key.
  'readiness-checklist': 'storage-key="privacy-test"'
};
interface Entry {
  name: string;
  tag: string;
  demo?: { attributes?: Record<string, string> };
}
/**
 * Every widget in the registry (src/widgets.json). One this file does not know (a new widget) gets
 * the attributes the registry gives the demo page, its sample data read from demo/data/.
 */
const REGISTRY = (await (await fetch('/src/widgets.json')).json()) as { widgets: Entry[] };
const escape = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const WIDGETS = REGISTRY.widgets.map((w) => ({
  file: w.name,
  tag: w.tag,
  attrs:
    ATTRIBUTES[w.name] ??
    (w.demo?.attributes
      ? Object.entries(w.demo.attributes)
          .map(([k, v]) => `${k}="${escape(k === 'src' ? v.replace(/^\.\/data\//, '/demo/data/') : v)}"`)
          .join(' ')
      : `src="${DATA_URL}"`)
}));
/** The data file a widget's attributes name (the page asked for it), if any. */
const dataOf = (attrs: string) => {
  const src = /(?:^|\s)src="([^"]*)"/.exec(attrs)?.[1];
  return src ? [src.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<')] : [];
};

async function open(script: string, body: string): Promise<Page> {
  await needBuild(script);
  return openFrame<Page>({
    srcdoc: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Privacy</title>
    <script>${RECORDER}</script><script type="module" src="${script}"></script></head><body><main>${body}</main></body></html>`
  });
}

const drawn = (el: Element | null) => !!el?.shadowRoot && !el.hasAttribute('aria-busy') && !!el.shadowRoot.querySelector('[part~="base"]');

/** Uses each widget as a reader would, so that anything a click or a change might send is sent. */
async function use(win: Page) {
  const root = (tag: string) => win.document.querySelector(tag)?.shadowRoot;
  const checklist = root('shared-readiness-checklist');
  if (checklist) {
    const radio = checklist.querySelector<HTMLInputElement>('input[type="radio"][value="done"]')!;
    radio.click();
    const note = checklist.querySelector<HTMLTextAreaElement>('textarea');
    if (note) {
      note.value = 'A note with a name in it';
      note.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
      note.dispatchEvent(new win.Event('change', { bubbles: true, composed: true }));
    }
  }
  const roster = root('shared-partner-roster');
  if (roster) {
    roster.querySelector<HTMLButtonElement>('thead button')?.click();
    roster.querySelector<HTMLButtonElement>('tbody button')?.click();
  }
  const map = root('shared-partnership-map');
  map?.querySelector<SVGElement>('[data-code][data-highlighted]')?.dispatchEvent(new win.MouseEvent('click', { bubbles: true, composed: true }));
  const chart = root('shared-savings-chart');
  chart?.querySelector<HTMLElement>('[part~="chart"]')?.focus();
  await new Promise((resolve) => setTimeout(resolve, 500));
}

/** Every request the page made (resource timing) and every other way of sending it tried. */
function requests(win: Page): Sent[] {
  const fetched = win.performance.getEntriesByType('resource').map((e) => ({ kind: (e as PerformanceResourceTiming).initiatorType, url: e.name }));
  return [...fetched, ...win.__sent];
}

function check(win: Page, script: string, expected: string[], allowed: string[]) {
  const sent = requests(win);
  const mine = (url: string) => {
    const u = new URL(url, location.href);
    return u.origin === location.origin ? `${u.pathname}${u.search}` : u.href;
  };
  const unexpected = sent.filter((s) => !allowed.includes(mine(s.url)));
  expect(unexpected, 'requests the page did not ask for').to.deep.equal([]);
  // The check sees requests at all: the script and the data file are in it.
  const seen = sent.map((s) => mine(s.url));
  for (const url of [script, ...expected]) expect(seen, `${url} was not seen`).to.include(url);
  expect(win.__sent).to.deep.equal([]);
}

describe('nothing is sent anywhere the page did not ask for (docs/privacy.md)', () => {
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    localStorage.removeItem('privacy-test');
  });

  const GEO = ['/dist/geo/councils.json', '/dist/geo/boundaries.json'];

  for (const w of WIDGETS) {
    it(`${w.tag}, from dist/${w.file}.js`, async () => {
      const script = `/dist/${w.file}.js`;
      const win = await open(script, `<${w.tag} ${w.attrs}></${w.tag}>`);
      await waitUntil(() => drawn(win.document.querySelector(w.tag)), `${w.tag} did not draw`, { timeout: 8000 });
      await use(win);
      const data = dataOf(w.attrs);
      check(win, script, data, [script, ...data, ...GEO]);
    });
  }

  it('every widget on one page, from the bundle (dist/shared-services-widgets.js)', async () => {
    const script = '/dist/shared-services-widgets.js';
    const win = await open(script, WIDGETS.map((w) => `<${w.tag} ${w.attrs}></${w.tag}>`).join('\n'));
    await waitUntil(() => WIDGETS.every((w) => drawn(win.document.querySelector(w.tag))), 'the widgets did not draw', { timeout: 10000 });
    await use(win);
    // The map always needs the boundaries: the check can fail on the geo files too.
    const data = [...new Set(WIDGETS.flatMap((w) => dataOf(w.attrs)))];
    check(win, script, [...data, ...GEO], [script, ...data, ...GEO]);
    // The checklist's answers stayed in this browser: stored under the page's key, nowhere else.
    expect(win.localStorage.getItem('privacy-test')).to.contain('"done"');
  });
});
