/**
 * The drawing: unmarked areas behind, then network links, then the councils and partnerships a user
 * can move between (a listbox of options; a highlighted one is `aria-selected`), then labels.
 * Every area, hex and dot carries `data-code`, and `data-highlighted` when marked.
 */
import { html, nothing, svg } from 'lit';
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
  /** Labels placed apart (the built-in map's council names); otherwise marked network nodes' labels above them. */
  labels?: PlacedLabel[];
}

const mark = (on: boolean) => (on ? '' : nothing);
/** Dots, node sizes and labels in screen pixels (at 1:1). */
const DOT = 6;
const BOX = 6;
export const LABEL = 13;

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

function drawItem(item: MapItem, o: DrawOptions, k: number) {
  const classes = `item ${item.kind} cat-${item.category}${item.highlighted ? ' marked' : ''}${item.key === o.selectedKey ? ' selected' : ''}`;
  return svg`<g role="option" class=${classes} data-key=${item.key} tabindex=${item.key === o.tabKey ? 0 : -1}
      aria-selected=${String(item.highlighted)} aria-label=${o.itemLabel(item)}
      data-partnership=${item.kind === 'partnership' ? item.id : nothing} data-highlighted=${mark(item.kind === 'partnership' && item.highlighted)}>
    ${item.shapes.map((s) => drawShape(s, item.highlighted, k))}
  </g>`;
}

export function drawMap(r: MapRender, o: DrawOptions) {
  const labelled = r.items.filter((i) => i.label);
  const k = r.width / (o.box[2] || r.width);
  return html`<svg part="svg" class="map ${r.view}${r.dots ? ' dots' : ''}" viewBox=${o.box.join(' ')} width=${r.width} height=${r.height} role="group" aria-label=${o.label}>
    <g class="background" aria-hidden="true">
      ${r.background.map((s) => svg`<path class=${s.code ? 'area' : 'outline'} d=${s.d ?? ''} data-code=${s.code || nothing}></path>`)}
    </g>
    ${r.links.length
      ? svg`<g class="links" aria-hidden="true">${r.links.map((l) => svg`<path class=${l.highlighted ? 'link marked' : 'link'} d=${l.d}></path>`)}</g>`
      : nothing}
    <g role="listbox" aria-label=${o.listLabel} aria-multiselectable="true" class="items" tabindex="-1"
      @keydown=${o.onKey} @focusin=${o.onItem} @pointerover=${o.onItem} @pointerleave=${o.onLeave} @click=${o.onItem}>
      ${r.items.map((i) => drawItem(i, o, k))}
    </g>
    <g class="labels" aria-hidden="true" font-size=${LABEL / k} stroke-width=${3 / k}>
      ${o.labels
        ? o.labels.map((l) => svg`<text x=${l.x} y=${l.y} text-anchor=${l.anchor}>${l.text}</text>`)
        : labelled.map((i) => svg`<text x=${i.x} y=${i.y - 10 / k} text-anchor="middle">${i.label}</text>`)}
    </g>
  </svg>`;
}
