/**
 * Places a tooltip beside the point (`x`, `y`, in pixels within a frame `width` × `height`): to its
 * right, or to its left when it would overflow, and vertically centred on it but kept inside. Set
 * through the CSSOM, which a strict Content-Security-Policy allows (a `style` attribute it would not).
 */
export function placeTooltip(tip: HTMLElement, x: number, y: number, width: number, height: number, gap = 12): void {
  const left = x + gap + tip.offsetWidth > width ? Math.max(x - gap - tip.offsetWidth, 0) : x + gap;
  const top = Math.min(Math.max(y - tip.offsetHeight / 2, 0), Math.max(height - tip.offsetHeight, 0));
  tip.style.setProperty('left', `${left}px`);
  tip.style.setProperty('top', `${top}px`);
}

const placed = new WeakMap<HTMLElement, string>();

/**
 * Whether a tooltip needs placing (again): the first time, and when what it shows or where it points
 * (`inputs`: its point, the frame's width, a map's view box) changed since it was last placed. Placing
 * measures the page, which forces a layout in the middle of the task; an update that changes none of
 * those (a table or list opened below the chart or map, while a point is chosen) is spared it: 15-20
 * ms of a 40-55 ms task at ten times the demo's data (`npm run bench -- interactions`).
 */
export function tooltipMoved(tip: HTMLElement, ...inputs: unknown[]): boolean {
  const key = `${inputs.join(' ')} ${tip.textContent}`;
  if (placed.get(tip) === key) return false;
  placed.set(tip, key);
  return true;
}
