/**
 * The drawing: unmarked areas behind, then network links, then the councils and partnerships a user
 * can move between (a listbox of options; the one a user selected is `aria-selected`, a highlighted
 * one says so in its name), then labels, then the keyboard focus ring above everything. A marked
 * area or hex carries a pattern as well as a colour for its kind of service, so kinds differ without
 * colour too. Every area, hex and dot carries `data-code`, and `data-highlighted` when marked.
 */
import { html, noChange, nothing, svg } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import { BOX, DOT, LABEL } from './partnership-map.constants.js';
import type { Box, MapItem, MapRender, Shape } from './partnership-map.layout.js';
import type { PlacedLabel } from './partnership-map.labels.js';

export interface DrawOptions {
  box: Box;
  label: string;
  listLabel: string;
  tabKey: string | undefined;
  selectedKey: string | undefined;
  itemLabel: (item: MapItem) => string;
  onKey: (event: KeyboardEvent) => void;
  onItem: (event: Event) => void;
  onLeave: () => void;
  /** Labels placed apart (the built-in map's council names, the network's marked nodes). */
  labels?: PlacedLabel[];
  /** The item with keyboard focus: its ring is drawn above everything, so no neighbour hides it. */
  focusKey?: string | undefined;
}

/** The kinds of service with a pattern (front line is solid), and the pattern's marks in a 6-unit tile. */
const CUES: Record<string, string> = {
  'back-office': 'M0 6L6 0M-1 1L1 -1M5 7L7 5',
  'shared-management': 'M2 2h0.01M5 5h0.01',
  mixed: 'M0 3H6M3 0V6',
  none: 'M0 1.5H6M0 4.5H6'
};

/** Pattern tiles sized for the zoom `k`, so the texture looks the same however far the map is zoomed. */
export function cuePatterns(prefix: string, k: number) {
  const size = 6 / k;
  return svg`<defs>${Object.entries(CUES).map(
    ([kind, d]) => svg`<pattern id=${`${prefix}${kind}`} patternUnits="userSpaceOnUse" width=${size} height=${size}>
      <path class="cue-mark" d=${d} transform=${`scale(${1 / k})`} stroke-width=${1.5}></path>
    </pattern>`
  )}</defs>`;
}

const SVG = 'http://www.w3.org/2000/svg';

function element<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string>): SVGElementTagNameMap[K] {
  const made = document.createElementNS(SVG, name);
  for (const key in attributes) made.setAttribute(key, attributes[key]!);
  return made;
}

/** What an item's element was last given, so that a new render sets only what changed. */
interface DrawnItem {
  item: MapItem;
  g: SVGGElement;
  /** Dots and nodes, sized by the zoom. */
  dots: [SVGElement, NonNullable<Shape['at']>][];
  shown: Record<string, string>;
}

/** An item's shapes and, when it is marked, its pattern: an area or hex as its path, a dot or node as a circle or square. */
function shapesOf(item: MapItem, drawn: DrawnItem): SVGElement[] {
  const out: SVGElement[] = [];
  drawn.dots = [];
  for (const s of item.shapes) {
    const marked: Record<string, string> = s.code ? { 'data-code': s.code, ...(item.highlighted ? { 'data-highlighted': '' } : {}) } : {};
    if (!s.at) out.push(element('path', { d: s.d ?? '', ...marked }));
    else {
      const shape = s.at.square ? element('rect', {}) : element('circle', { cx: String(s.at.x), cy: String(s.at.y), ...marked });
      drawn.dots.push([shape, s.at]);
      out.push(shape);
    }
  }
  if (item.highlighted && item.category in CUES) {
    for (const s of item.shapes) if (s.d) out.push(element('path', { class: 'cue', d: s.d, fill: `url(#cue-${item.category})` }));
  }
  return out;
}

/** Gives `g` the item's own attributes (its key, and for a partnership its id and whether it is marked) and its shapes. */
function fill(drawn: DrawnItem, item: MapItem): void {
  const { g } = drawn;
  drawn.item = item;
  drawn.shown = {};
  g.setAttribute('data-key', item.key);
  if (item.kind === 'partnership') g.setAttribute('data-partnership', item.id);
  else g.removeAttribute('data-partnership');
  if (item.kind === 'partnership' && item.highlighted) g.setAttribute('data-highlighted', '');
  else g.removeAttribute('data-highlighted');
  g.replaceChildren(...shapesOf(item, drawn));
}

/** What changes with the selection, the roving tab stop and the language: set only where it did. */
function refresh(drawn: DrawnItem, o: DrawOptions): void {
  const { item, g, shown } = drawn;
  const selected = item.key === o.selectedKey;
  const now: Record<string, string> = {
    class: `item ${item.kind} cat-${item.category}${item.highlighted ? ' marked' : ''}${selected ? ' selected' : ''}`,
    tabindex: item.key === o.tabKey ? '0' : '-1',
    'aria-selected': String(selected),
    'aria-label': o.itemLabel(item)
  };
  for (const key in now) {
    if (shown[key] === now[key]) continue;
    g.setAttribute(key, now[key]!);
    shown[key] = now[key]!;
  }
}

/** A dot or node the same size on screen however far the map is zoomed (`k`). */
function size([shape, { x, y, square }]: [SVGElement, NonNullable<Shape['at']>], k: number): void {
  if (!square) {
    shape.setAttribute('r', String(DOT / k));
    return;
  }
  shape.setAttribute('x', String(x - BOX / k));
  shape.setAttribute('y', String(y - BOX / k));
  shape.setAttribute('width', String((2 * BOX) / k));
  shape.setAttribute('height', String((2 * BOX) / k));
}

/**
 * The councils and partnerships a user moves between, as options of the listbox: made with DOM calls
 * (thousands of them in a large network or the whole UK, where a template each cost several times
 * more), and kept. A new render sets only what changed: the selection, the tab stop, the names, the
 * dots' size for the zoom. New items with the same keys in the same order (a new width or highlight)
 * are drawn into the same elements, so focus stays where it was.
 */
class Items extends Directive {
  private items?: readonly MapItem[];
  private drawn: DrawnItem[] = [];
  private k = NaN;

  render(items: readonly MapItem[], o: DrawOptions, k: number): DocumentFragment | typeof noChange {
    let fragment: DocumentFragment | undefined;
    if (items !== this.items) {
      this.items = items;
      this.k = NaN;
      const same = items.length === this.drawn.length && items.every((item, i) => item.key === this.drawn[i]!.item.key);
      if (same) items.forEach((item, i) => fill(this.drawn[i]!, item));
      else {
        fragment = document.createDocumentFragment();
        this.drawn = items.map((item) => {
          const drawn: DrawnItem = { item, g: element('g', { role: 'option' }), dots: [], shown: {} };
          fill(drawn, item);
          fragment!.append(drawn.g);
          return drawn;
        });
      }
    }
    for (const drawn of this.drawn) refresh(drawn, o);
    if (k !== this.k) {
      this.k = k;
      for (const drawn of this.drawn) for (const dot of drawn.dots) size(dot, k);
    }
    return fragment ?? noChange;
  }
}
const drawItems = directive(Items);

/** The focus ring: a halo in the background colour under a ring in the focus colour, drawn last. */
function drawRing(item: MapItem | undefined, k: number) {
  if (!item) return nothing;
  return svg`<g class="focus-ring" aria-hidden="true">${item.shapes.map((s) => {
    if (s.d) return svg`<path class="halo" d=${s.d}></path><path class="ring" d=${s.d}></path>`;
    const { x, y, square } = s.at!;
    const r = (square ? BOX + 3 : DOT + 3) / k;
    return square
      ? svg`<rect class="halo" x=${x - r} y=${y - r} width=${2 * r} height=${2 * r}></rect><rect class="ring" x=${x - r} y=${y - r} width=${2 * r} height=${2 * r}></rect>`
      : svg`<circle class="halo" cx=${x} cy=${y} r=${r}></circle><circle class="ring" cx=${x} cy=${y} r=${r}></circle>`;
  })}</g>`;
}

/**
 * The unmarked areas behind everything (hidden from assistive technology, nothing to update): made
 * with DOM calls once per drawing and kept while the drawing is, rather than a template for each of
 * hundreds of paths, which costs several times more on a page's first render.
 */
class Background extends Directive {
  private shapes?: readonly Shape[];
  private group?: SVGGElement;

  render(shapes: readonly Shape[]): SVGGElement {
    if (shapes !== this.shapes || !this.group) {
      this.shapes = shapes;
      this.group = element('g', { class: 'background', 'aria-hidden': 'true' });
      this.group.append(...shapes.map((s) => element('path', { class: s.code ? 'area' : 'outline', d: s.d ?? '', ...(s.code ? { 'data-code': s.code } : {}) })));
    }
    return this.group;
  }
}
const background = directive(Background);

export function drawMap(r: MapRender, o: DrawOptions) {
  const k = r.width / (o.box[2] || r.width);
  return html`<svg part="svg" class="map ${r.view}${r.dots ? ' dots' : ''}" viewBox=${o.box.join(' ')} width=${r.width} height=${r.height} role="group" aria-label=${o.label}>
    ${background(r.background)}
    ${r.links.length
      ? // Two paths, not one a link: 25,000 links of a large network drawn as two elements.
        svg`<g class="links" aria-hidden="true">
          <path class="link" d=${r.links.filter((l) => !l.highlighted).map((l) => l.d).join('')}></path>
          <path class="link marked" d=${r.links.filter((l) => l.highlighted).map((l) => l.d).join('')}></path>
        </g>`
      : nothing}
    ${cuePatterns('cue-', k)}
    <g role="listbox" aria-label=${o.listLabel} aria-describedby="hint" class="items" tabindex="-1"
      @keydown=${o.onKey} @focusin=${o.onItem} @focusout=${o.onItem} @pointerover=${o.onItem} @pointerleave=${o.onLeave} @click=${o.onItem}>
      ${drawItems(r.items, o, k)}
    </g>
    <g class="labels" aria-hidden="true" font-size=${LABEL / k} stroke-width=${3 / k}>
      ${(o.labels ?? []).map((l) => svg`<text x=${l.x} y=${l.y} text-anchor=${l.anchor}>${l.text}</text>`)}
    </g>
    ${drawRing(o.focusKey ? r.items.find((i) => i.key === o.focusKey) : undefined, k)}
  </svg>`;
}
