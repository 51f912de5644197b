/**
 * The drawing: unmarked areas behind, then network links, then the councils and partnerships a user
 * can move between (a listbox of options; the one a user selected is `aria-selected`, a highlighted
 * one says so in its name), then labels, then the keyboard focus ring above everything. A marked
 * area or hex carries a pattern as well as a colour for its kind of service, so kinds differ without
 * colour too. Every area, hex and dot carries `data-code`, and `data-highlighted` when marked.
 */
import { html, nothing, svg } from 'lit';
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

const mark = (on: boolean) => (on ? '' : nothing);

/** An area or hex as its path; a dot or node sized by `k` (the zoom), so it stays the same on screen. */
function drawShape(s: Shape, highlighted: boolean, k: number) {
  const code = s.code || nothing;
  const on = mark(highlighted && !!s.code);
  if (!s.at) return svg`<path d=${s.d ?? ''} data-code=${code} data-highlighted=${on}></path>`;
  const { x, y, square } = s.at;
  return square
    ? svg`<rect x=${x - BOX / k} y=${y - BOX / k} width=${(2 * BOX) / k} height=${(2 * BOX) / k}></rect>`
    : svg`<circle cx=${x} cy=${y} r=${DOT / k} data-code=${code} data-highlighted=${on}></circle>`;
}

/** A marked area's or hex's pattern, over its colour. */
function drawCue(item: MapItem) {
  if (!item.highlighted || !(item.category in CUES)) return nothing;
  return item.shapes.filter((s) => s.d).map((s) => svg`<path class="cue" d=${s.d!} fill=${`url(#cue-${item.category})`}></path>`);
}

function drawItem(item: MapItem, o: DrawOptions, k: number) {
  const classes = `item ${item.kind} cat-${item.category}${item.highlighted ? ' marked' : ''}${item.key === o.selectedKey ? ' selected' : ''}`;
  return svg`<g role="option" class=${classes} data-key=${item.key} tabindex=${item.key === o.tabKey ? 0 : -1}
      aria-selected=${String(item.key === o.selectedKey)} aria-label=${o.itemLabel(item)}
      data-partnership=${item.kind === 'partnership' ? item.id : nothing} data-highlighted=${mark(item.kind === 'partnership' && item.highlighted)}>
    ${item.shapes.map((s) => drawShape(s, item.highlighted, k))}${drawCue(item)}
  </g>`;
}

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

const SVG = 'http://www.w3.org/2000/svg';

/**
 * The unmarked areas behind everything (hidden from assistive technology, nothing to update): made
 * with DOM calls once per drawing and kept while the drawing is, rather than a template for each of
 * hundreds of paths, which costs several times more on a page's first render.
 */
class Background extends Directive {
  private shapes?: readonly Shape[];
  private group?: SVGGElement;

  render(shapes: readonly Shape[]): SVGGElement {
    if (shapes === this.shapes && this.group) return this.group;
    const group = document.createElementNS(SVG, 'g');
    group.setAttribute('class', 'background');
    group.setAttribute('aria-hidden', 'true');
    for (const s of shapes) {
      const path = document.createElementNS(SVG, 'path');
      path.setAttribute('class', s.code ? 'area' : 'outline');
      path.setAttribute('d', s.d ?? '');
      if (s.code) path.setAttribute('data-code', s.code);
      group.append(path);
    }
    this.shapes = shapes;
    return (this.group = group);
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
      ${r.items.map((i) => drawItem(i, o, k))}
    </g>
    <g class="labels" aria-hidden="true" font-size=${LABEL / k} stroke-width=${3 / k}>
      ${(o.labels ?? []).map((l) => svg`<text x=${l.x} y=${l.y} text-anchor=${l.anchor}>${l.text}</text>`)}
    </g>
    ${drawRing(o.focusKey ? r.items.find((i) => i.key === o.focusKey) : undefined, k)}
  </svg>`;
}
