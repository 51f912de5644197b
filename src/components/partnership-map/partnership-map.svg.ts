/**
 * The drawing: unmarked areas behind, then network links, then the councils and partnerships a user
 * can move between (a listbox of options; a highlighted one is `aria-selected`), then labels.
 * Every area, hex and dot carries `data-code`, and `data-highlighted` when marked.
 */
import { html, nothing, svg } from 'lit';
import type { Box, MapItem, MapRender } from './partnership-map.layout.js';

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
}

const mark = (on: boolean) => (on ? '' : nothing);

function drawItem(item: MapItem, o: DrawOptions) {
  const classes = `item ${item.kind} cat-${item.category}${item.highlighted ? ' marked' : ''}${item.key === o.selectedKey ? ' selected' : ''}`;
  return svg`<g role="option" class=${classes} data-key=${item.key} tabindex=${item.key === o.tabKey ? 0 : -1}
      aria-selected=${String(item.highlighted)} aria-label=${o.itemLabel(item)}
      data-partnership=${item.kind === 'partnership' ? item.id : nothing} data-highlighted=${mark(item.kind === 'partnership' && item.highlighted)}>
    ${item.shapes.map((s) => svg`<path d=${s.d} data-code=${s.code || nothing} data-highlighted=${mark(item.highlighted && !!s.code)}></path>`)}
  </g>`;
}

export function drawMap(r: MapRender, o: DrawOptions) {
  const labelled = r.items.filter((i) => i.label);
  return html`<svg part="svg" class="map ${r.view}${r.dots ? ' dots' : ''}" viewBox=${o.box.join(' ')} width=${r.width} height=${r.height} role="group" aria-label=${o.label}>
    <g class="background" aria-hidden="true">
      ${r.background.map((s) => svg`<path class=${s.code ? 'area' : 'outline'} d=${s.d} data-code=${s.code || nothing}></path>`)}
    </g>
    ${r.links.length
      ? svg`<g class="links" aria-hidden="true">${r.links.map((l) => svg`<path class=${l.highlighted ? 'link marked' : 'link'} d=${l.d}></path>`)}</g>`
      : nothing}
    <g role="listbox" aria-label=${o.listLabel} aria-multiselectable="true" class="items" tabindex="-1"
      @keydown=${o.onKey} @focusin=${o.onItem} @pointerover=${o.onItem} @pointerleave=${o.onLeave} @click=${o.onItem}>
      ${r.items.map((i) => drawItem(i, o))}
    </g>
    <g class="labels" aria-hidden="true">
      ${labelled.map((i) => svg`<text x=${i.x} y=${i.y - 10} text-anchor="middle">${i.label}</text>`)}
    </g>
  </svg>`;
}
