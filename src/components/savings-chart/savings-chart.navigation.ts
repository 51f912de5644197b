/**
 * Moving through a chart's points: arrow keys within a series, up and down between series, Home and
 * End, Escape to close; the pointer picks the nearest point and a click pins its details. Each move
 * is reported through `onMove` (to announce it and fire `shared-point-focus`), and a move past the
 * first or last point through `onEdge`.
 *
 * The details on hover follow WCAG 1.4.13: Escape closes them wherever focus is; the pointer can
 * move onto them, and towards them, without another point's details taking their place.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { KeyboardController, type KeyAction } from '../../controllers/keyboard-controller.js';
import { visitOrder, type Mark, type RenderModel } from './savings-chart.layout.js';

export interface Position {
  series: number;
  index: number;
}

type XY = [number, number];

/** True when `p` is inside the triangle `a`, `b`, `c`. */
function inTriangle(p: XY, a: XY, b: XY, c: XY): boolean {
  const side = (u: XY, v: XY) => (p[0] - v[0]) * (u[1] - v[1]) - (u[0] - v[0]) * (p[1] - v[1]);
  const d1 = side(a, b);
  const d2 = side(b, c);
  const d3 = side(c, a);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

/**
 * What a key does from the active point (none yet: the first point of the first series with any):
 * left and right along its series (saying so past either end), Home and End, up and down to the
 * nearest point in time of the next series that has points, Escape to close.
 */
export function keyAction(key: string, rows: readonly (readonly Mark[])[], active: Position | undefined): KeyAction<Position> | undefined {
  const a = active ?? { series: rows.findIndex((n) => n.length), index: 0 };
  const row = rows[a.series] ?? [];
  switch (key) {
    case 'ArrowRight':
    case 'ArrowLeft': {
      const step = key === 'ArrowRight' ? 1 : -1;
      const index = a.index + step;
      if (active && (index < 0 || index >= row.length)) return { edge: step > 0 ? 'last' : 'first' };
      return { move: { series: a.series, index: Math.min(Math.max(index, 0), row.length - 1) } };
    }
    case 'Home':
      return { move: { series: a.series, index: 0 } };
    case 'End':
      return { move: { series: a.series, index: row.length - 1 } };
    case 'ArrowUp':
    case 'ArrowDown': {
      const step = key === 'ArrowDown' ? 1 : -1;
      let s = a.series + step;
      while (rows[s] && !rows[s]!.length) s += step;
      const other = rows[s];
      return other ? { move: { series: s, index: nearestIndex(other, row[a.index]?.x ?? 0) } } : { stay: true };
    }
    case 'Escape':
      return { clear: true };
    default:
      return undefined;
  }
}

export class ChartNavigation implements ReactiveController {
  active?: Position;
  /** True when a click has pinned the details open, so their links can be followed. */
  pinned = false;
  private last?: XY;
  /** The keys (the focus stays on the plot, which draws the active point). */
  private readonly keys: KeyboardController<Position>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly model: () => RenderModel | undefined,
    private readonly onMove: (mark: Mark, byKeyboard: boolean) => void,
    private readonly onEdge: (edge: 'first' | 'last') => void
  ) {
    host.addController(this);
    this.keys = new KeyboardController<Position>(host, {
      action: (event) => keyAction(event.key, this.rows(), this.active),
      move: (to) => this.moveTo(to.series, to.index, true),
      edge: (edge) => this.onEdge(edge),
      clear: () => this.close()
    });
    this.onKey = this.keys.onKey;
  }

  private readonly onDocumentKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.active) this.close();
  };

  hostConnected(): void {
    document.addEventListener('keydown', this.onDocumentKey);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onDocumentKey);
  }

  /** Per series, every bar and point in time order. */
  rows(): Mark[][] {
    return this.model()?.series.map(visitOrder) ?? [];
  }

  get mark(): Mark | undefined {
    const a = this.active;
    return a && this.rows()[a.series]?.[a.index];
  }

  /** The open point as data (its series, period and whether a bar), to find it again in new data. */
  remember(): { series: number; period: string; bar: boolean; pinned: boolean } | undefined {
    const mark = this.mark;
    return mark && { series: mark.seriesIndex, period: mark.point.period.label, bar: mark.bar, pinned: this.pinned };
  }

  /** Opens again the point `remember()` named, when the new data still has it: no event, nothing announced. */
  restore(open: ReturnType<ChartNavigation['remember']>): void {
    const index = open ? (this.rows()[open.series]?.findIndex((m) => m.point.period.label === open.period && m.bar === open.bar) ?? -1) : -1;
    if (!open || index < 0) return;
    this.active = { series: open.series, index };
    this.pinned = open.pinned;
  }

  /** Forgets the position, e.g. when the chart is laid out anew. */
  reset(): void {
    this.active = undefined;
    this.pinned = false;
  }

  private moveTo(series: number, index: number, byKeyboard: boolean): void {
    const mark = this.rows()[series]?.[index];
    if (!mark) return;
    const previous = this.mark;
    this.active = { series, index };
    this.host.requestUpdate();
    if (previous !== mark) this.onMove(mark, byKeyboard);
  }

  private close(): void {
    this.reset();
    this.host.requestUpdate();
  }

  readonly onFocus = () => {
    if (!this.active) this.moveTo(Math.max(0, this.rows().findIndex((n) => n.length)), 0, true);
  };

  readonly onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (!next || !(event.currentTarget as Element).contains(next)) this.close();
  };

  readonly onKey: (event: KeyboardEvent) => void;

  /** The mark nearest the pointer, weighing horizontal distance most. */
  private nearest(event: PointerEvent, plot: Element): [number, number] | undefined {
    const box = plot.getBoundingClientRect();
    const px = event.clientX - box.left;
    const py = event.clientY - box.top;
    let best: [number, number] | undefined;
    let distance = Infinity;
    this.rows().forEach((row, s) => {
      // Rows are in x order: look outwards from the pointer until x alone is too far.
      const from = nearestIndex(row, px);
      for (const step of [-1, 1]) {
        for (let i = step < 0 ? from : from + 1; i >= 0 && i < row.length; i += step) {
          const mark = row[i]!;
          const dx = Math.abs(mark.x - px) * 4;
          if (dx > distance) break;
          const d = dx + Math.abs(mark.y - py) / 4;
          if (d < distance) (distance = d), (best = [s, i]);
        }
      }
    });
    return best;
  }

  /** True while the pointer is on the details, or moving from where it was towards them. */
  private keepsDetails(event: PointerEvent, frame: Element): boolean {
    const tip = frame.querySelector('.tooltip');
    const from = this.last;
    const at: XY = [event.clientX, event.clientY];
    this.last = at;
    if (!tip || !this.active) return false;
    if (event.composedPath().includes(tip)) return true;
    const r = tip.getBoundingClientRect();
    if (at[0] >= r.left && at[0] <= r.right && at[1] >= r.top && at[1] <= r.bottom) return true;
    if (!from) return false;
    const near = from[0] <= r.left ? r.left : r.right;
    return inTriangle(at, from, [near, r.top], [near, r.bottom]);
  }

  readonly onPointer = (event: PointerEvent) => {
    const frame = event.currentTarget as Element;
    if (this.keepsDetails(event, frame) || this.pinned) return;
    const hit = this.nearest(event, frame.querySelector('.plot')!);
    if (hit) this.moveTo(hit[0], hit[1], false);
  };

  readonly onLeave = (event: PointerEvent) => {
    this.last = undefined;
    const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
    if (!this.pinned && !root.activeElement) this.close();
  };

  readonly onClick = (event: PointerEvent) => {
    const hit = this.nearest(event, event.currentTarget as Element);
    if (!hit) return;
    this.pinned = true;
    this.moveTo(hit[0], hit[1], false);
  };
}

/** The index of the mark in `row` (in x order) nearest `x`, by binary search. */
function nearestIndex(row: readonly Mark[], x: number): number {
  let lo = 0;
  let hi = row.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (row[mid]!.x < x) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && Math.abs(row[lo - 1]!.x - x) <= Math.abs(row[lo]!.x - x)) return lo - 1;
  return lo;
}
