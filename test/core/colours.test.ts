// A-M10 (issue 16): every widget readable by default on a light page (#fff, #0b0c0c) and on a dark
// one (#111, #eee) that set no tokens, and in forced colours: each piece of text that is drawn is
// measured against what is painted behind it. In forced colours the case that tells a widget with
// its own background from one without is a page whose panel is a dark image (the last test).
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { settled } from '../helpers/element.js';
import { contrast } from '../helpers/colour.js';

const dataset = {
  title: 'Shared services',
  source: { name: 'Example council', url: 'https://example.org/' },
  councils: [
    { code: 'E08000026', name: 'Coventry City Council', lat: 52.41, lon: -1.51 },
    { code: 'E10000031', name: 'Warwickshire County Council', lat: 52.3, lon: -1.6 }
  ],
  partnerships: [
    {
      id: 'adoption',
      name: 'Adoption Central England',
      category: 'front-line',
      partners: [
        { council: 'E08000026', role: 'host', share: 0.6, contact: { name: 'Enquiries', email: 'a@coventry.example.org' } },
        { council: 'E10000031', role: 'partner', share: 0.4 }
      ],
      savings: [
        { period: '2017/18', amount: 1_000_000, kind: 'in-year' },
        { period: '2018/19', amount: 1_200_000, kind: 'in-year' }
      ]
    }
  ]
};

type Rgba = [number, number, number, number];
/** A solid dark image (#111111), as a page's banner or panel would be. */
const IMAGE_RGB: Rgba = [17, 17, 17, 1];
const IMAGE = `url("data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="#111111"/></svg>')}")`;
const parse = (c: string): Rgba => {
  const m = /rgba?\(([^)]+)\)/.exec(c);
  if (!m) return [0, 0, 0, 0];
  const [r, g, b, a] = m[1]!.split(/[ ,/]+/).filter(Boolean).map(Number);
  return [r!, g!, b!, a ?? 1];
};
const over = (top: Rgba, bottom: Rgba): Rgba => {
  const a = top[3] + bottom[3] * (1 - top[3]);
  if (!a) return [0, 0, 0, 0];
  const mix = (i: number) => (top[i]! * top[3] + bottom[i]! * bottom[3] * (1 - top[3])) / a;
  return [mix(0), mix(1), mix(2), a];
};
const WHITE: Rgba = [255, 255, 255, 1];

/**
 * The colour painted behind `el`: backgrounds composited from the page down, across shadow roots;
 * from `panel` down over `base` when given (a panel whose background is an image of that colour).
 */
function behind(el: Element, panel?: Element, base: Rgba = WHITE): Rgba {
  const chain: Element[] = [];
  for (let node: Node | null = el; node && node !== panel; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element) chain.push(node);
  }
  return chain.reverse().reduce<Rgba>((below, e) => over(parse(getComputedStyle(e).backgroundColor), below), base);
}

/**
 * Every drawn text's contrast in the element's shadow root, for each that fails: 4.5:1 (3:1 for large
 * text), or `needed` for all text when given; measured over `panel`'s image colour when given.
 */
function failures(host: Element, o: { panel?: Element; base?: Rgba; needed?: number } = {}): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const words = node.textContent!.trim();
    const el = node.parentElement;
    if (!words || !el || el.closest('style, option, .visually-hidden, [hidden]')) continue;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (!box.width || !box.height || style.visibility === 'hidden' || style.opacity === '0') continue;
    const svg = el instanceof SVGElement;
    const ink = parse(svg ? style.fill : style.color);
    const back = behind(el, o.panel, o.base);
    const ratio = contrast(over(ink, back), back);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const needed = o.needed ?? (large ? 3 : 4.5);
    if (ratio < needed) out.push(`${words.slice(0, 40)} (${el.localName}.${el.getAttribute('class') ?? ''}): ${ratio.toFixed(2)} < ${needed}`);
  }
  return out;
}

async function page(background: string, color: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="background: ${background}; color: ${color}; width: 900px; padding: 8px">
    <shared-key-figures .data=${dataset}></shared-key-figures>
    <shared-partner-roster .data=${dataset}></shared-partner-roster>
    <shared-readiness-checklist></shared-readiness-checklist>
    <shared-savings-chart .data=${dataset}></shared-savings-chart>
    <shared-partnership-map .data=${dataset} view="network"></shared-partnership-map>
  </div>`);
  const widgets = [...wrapper.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
  for (const w of widgets) await settled(w as never, 8000);
  return widgets;
}

const emulate = (features: { name: string; value: string }[]) => executeServerCommand('emulate-media-features', { media: '', features });

describe('colours on any page (A-M10)', function () {
  this.timeout(60_000);
  afterEach(() => emulate([]));

  for (const [name, background, color] of [
    ['a light page (#fff, #0b0c0c)', '#ffffff', '#0b0c0c'],
    ['a dark page (#111, #eee) that sets no tokens', '#111111', '#eeeeee']
  ] as const) {
    it(`every widget's text is readable on ${name}`, async () => {
      const widgets = await page(background, color);
      expect(widgets.flatMap((w) => failures(w).map((f) => `${w.localName}: ${f}`))).to.deep.equal([]);
    });
  }

  it('every widget’s text is readable in forced colours, on a dark page', async () => {
    const widgets = await page('#111111', '#eeeeee');
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    expect(widgets.flatMap((w) => failures(w).map((f) => `${w.localName}: ${f}`))).to.deep.equal([]);
  });

  // Forced colours replace colours (the page's dark #111 becomes the system's Canvas) but keep a
  // background image: on an intranet page whose banner or panel is a dark image, a widget that painted
  // no background of its own (before the A-M10 fix) drew the system's CanvasText, black, straight onto
  // the dark image (1.11:1). This test fails on that code.
  it('A-M10: every widget paints its own background in forced colours, so its text reads on a page’s dark image', async () => {
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const widgets = await page(`#111111 ${IMAGE}`, '#eeeeee');
    const panel = widgets[0]!.parentElement!;
    // Forced colours keep the page's image (only its colour is replaced), which is what makes this case.
    expect(getComputedStyle(panel).backgroundImage).to.contain('url(');
    const ink = parse(getComputedStyle(panel).color);
    expect(contrast(ink, IMAGE_RGB), 'the system text colour is dark, so the image needs a background under the text').to.be.below(4.5);
    expect(widgets.flatMap((w) => failures(w, { panel, base: IMAGE_RGB, needed: 4.5 }).map((f) => `${w.localName}: ${f}`))).to.deep.equal([]);
  });
});
