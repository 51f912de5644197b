/**
 * Moving around the map by keyboard. One item at a time is in the page's Tab order (a roving
 * tabindex); arrow keys move to the nearest item in that direction, among the highlighted items
 * when there are any; Home and End go to the first and last in reading order; Enter or Space selects
 * the item; Escape clears the selection.
 */
import type { KeyAction as Keys } from '../../controllers/keyboard-controller.js';
import type { MapItem } from './partnership-map.layout.js';

export type Direction = 'left' | 'right' | 'up' | 'down';

const DIRECTIONS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** The items arrow keys move between: the highlighted ones, or all when none is. */
export function stops(items: readonly MapItem[]): MapItem[] {
  const marked = items.filter((i) => i.highlighted);
  return marked.length ? marked : [...items];
}

/**
 * The nearest item in `direction` from `from`: among items within 45° of that direction if there are
 * any (else anywhere on that side), the one with the least distance along the direction plus twice
 * the distance across it. None on that side: stay.
 */
export function nearest(items: readonly MapItem[], from: MapItem, direction: Direction): MapItem {
  let best = from;
  let score = Infinity;
  for (const item of items) {
    if (item === from) continue;
    const dx = item.x - from.x;
    const dy = item.y - from.y;
    const [along, across] = direction === 'left' ? [-dx, dy] : direction === 'right' ? [dx, dy] : direction === 'up' ? [-dy, dx] : [dy, dx];
    if (along <= 0) continue;
    // Items in the cone score below any outside it.
    const s = along + 2 * Math.abs(across) + (Math.abs(across) > along ? 1e9 : 0);
    if (s < score) {
      score = s;
      best = item;
    }
  }
  return best;
}

/** What a key does, as the keyboard controller (shared with the chart) takes it: here move, select or clear. */
export type KeyAction = Keys<MapItem> | undefined;

/** What a key does from `current`, among `items` (in reading order). */
export function keyAction(key: string, items: readonly MapItem[], current: MapItem | undefined): KeyAction {
  const among = stops(items);
  if (!among.length) return undefined;
  const here = current && among.includes(current) ? current : undefined;
  if (key === 'Escape') return { clear: true };
  if (key === 'Home') return { move: among[0]! };
  if (key === 'End') return { move: among[among.length - 1]! };
  if ((key === 'Enter' || key === ' ') && current) return { select: current };
  const direction = DIRECTIONS[key];
  if (!direction) return undefined;
  return { move: here ? nearest(among, here, direction) : among[0]! };
}
