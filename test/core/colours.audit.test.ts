// A-M10 (issue 16), in forced colours: each widget paints its own background, so its text stays
// readable whatever is behind it. Forced colours replace colours (the page's dark #111 becomes the
// system's Canvas) but keep a background image: on an intranet page whose banner or panel is a dark
// image, a widget that painted no background of its own (before the A-M10 fix) drew the system's
// CanvasText, black, straight onto the dark image. This test fails on that code; colours.test.ts
// measures the light and dark pages without forced colours.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { settled } from '../helpers/element.js';

const dataset = {
  title: 'Shared services',
  councils: [
    { code: 'E08000026', name: 'Coventry City Council', lat: 52.41, lon: -1.51 },
    { code: 'E10000031', name: 'Warwickshire County Council', lat: 52.3, lon: -1.6 }
  ],
  partnerships: [
    {
      id: 'adoption',
      name: 'Adoption Central England',
      category: 'front-line',
      partners: [{ council: 'E08000026', role: 'host', share: 0.6 }, { council: 'E10000031', role: 'partner', share: 0.4 }],
      savings: [{ period: '2017/18', amount: 1_000_000 }, { period: '2018/19', amount: 1_200_000 }]
    }
  ]
};

/** A solid dark image (#111111), as a page's banner or panel would be. */
const IMAGE_RGB: [number, number, number] = [17, 17, 17];
const image = `url("data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="#111111"/></svg>')}")`;

const parse = (c: string): [number, number, number, number] => {
  const m = /rgba?\(([^)]+)\)/.exec(c);
  if (!m) return [0, 0, 0, 0];
  const [r, g, b, a] = m[1]!.split(/[ ,/]+/).filter(Boolean).map(Number);
  return [r!, g!, b!, a ?? 1];
};
const luminance = ([r, g, b]: readonly number[]) => {
  const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
};
const contrast = (a: readonly number[], b: readonly number[]) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

/**
 * What is painted right behind `el`, up to the page's panel: the nearest opaque background colour
 * across shadow roots, or the panel's image when nothing in between paints one.
 */
function behind(el: Element, panel: Element): number[] {
  for (let node: Node | null = el; node && node !== panel; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element) {
      const bg = parse(getComputedStyle(node).backgroundColor);
      if (bg[3] === 1) return bg;
    }
  }
  return IMAGE_RGB;
}

/** Every drawn text in the widget whose contrast against what is behind it is under 4.5:1. */
function failures(host: Element, panel: Element): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const words = node.textContent!.trim();
    const el = node.parentElement;
    if (!words || !el || el.closest('style, option, .visually-hidden, [hidden]')) continue;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (!box.width || !box.height || style.visibility === 'hidden' || style.opacity === '0') continue;
    const ink = parse(el instanceof SVGElement ? style.fill : style.color);
    const ratio = contrast(ink, behind(el, panel));
    if (ratio < 4.5) out.push(`${words.slice(0, 40)} (${el.localName}.${el.getAttribute('class') ?? ''}): ${ratio.toFixed(2)}`);
  }
  return out;
}

const emulate = (features: { name: string; value: string }[]) => executeServerCommand('emulate-media-features', { media: '', features });

describe('A-M10 in forced colours: a widget on a dark image stays readable', function () {
  this.timeout(60_000);
  afterEach(() => emulate([]));

  it('A-M10: every widget paints its own background in forced colours, so its text reads on a page’s dark image', async () => {
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const panel = await fixture<HTMLDivElement>(html`<div style="background: #111111 ${image}; color: #eeeeee; width: 900px; padding: 8px">
      <shared-key-figures .data=${dataset}></shared-key-figures>
      <shared-partner-roster .data=${dataset}></shared-partner-roster>
      <shared-readiness-checklist></shared-readiness-checklist>
      <shared-savings-chart .data=${dataset}></shared-savings-chart>
      <shared-partnership-map .data=${dataset} view="network"></shared-partnership-map>
    </div>`);
    const widgets = [...panel.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
    for (const w of widgets) await settled(w as never, 8000);
    // Forced colours keep the page's image (only its colour is replaced), which is what makes this case.
    expect(getComputedStyle(panel).backgroundImage).to.contain('url(');
    const ink = parse(getComputedStyle(panel).color);
    expect(contrast(ink, IMAGE_RGB), 'the system text colour is dark, so the image needs a background under the text').to.be.below(4.5);
    expect(widgets.flatMap((w) => failures(w, panel).map((f) => `${w.localName}: ${f}`))).to.deep.equal([]);
  });
});
