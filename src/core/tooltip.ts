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
