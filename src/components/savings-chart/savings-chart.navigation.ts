/**
 * Moving through a chart's points: arrow keys within a series, up and down between series, Home and
 * End, Escape to close; the pointer picks the nearest point and a click pins its details. Each move
 * is reported through `onMove` (to announce it and fire `shared-point-focus`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Mark, RenderModel } from './savings-chart.layout.js';

export interface Position {
  series: number;
  index: number;
}

export class ChartNavigation implements ReactiveController {
  active?: Position;
  /** True when a click has pinned the details open, so their links can be followed. */
  pinned = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly model: () => RenderModel | undefined,
    private readonly onMove: (mark: Mark, byKeyboard: boolean) => void
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get mark(): Mark | undefined {
    const a = this.active;
    return a && this.model()?.nav[a.series]?.[a.index];
  }

  /** Forgets the position, e.g. when the chart is laid out anew. */
  reset(): void {
    this.active = undefined;
    this.pinned = false;
  }

  private moveTo(series: number, index: number, byKeyboard: boolean): void {
    const mark = this.model()?.nav[series]?.[index];
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
    if (!this.active) this.moveTo(this.model()?.nav.findIndex((n) => n.length) ?? 0, 0, true);
  };

  readonly onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (!next || !(event.currentTarget as Element).contains(next)) this.close();
  };

  readonly onKey = (event: KeyboardEvent) => {
    const nav = this.model()?.nav ?? [];
    const a = this.active ?? { series: nav.findIndex((n) => n.length), index: 0 };
    const row = nav[a.series] ?? [];
    let target: [number, number] | undefined;
    switch (event.key) {
      case 'ArrowRight':
        target = [a.series, Math.min(a.index + 1, row.length - 1)];
        break;
      case 'ArrowLeft':
        target = [a.series, Math.max(a.index - 1, 0)];
        break;
      case 'Home':
        target = [a.series, 0];
        break;
      case 'End':
        target = [a.series, row.length - 1];
        break;
      case 'ArrowUp':
      case 'ArrowDown': {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        let s = a.series + step;
        while (nav[s] && !nav[s]!.length) s += step;
        const other = nav[s];
        if (!other) break;
        const x = row[a.index]?.x ?? 0;
        const nearest = other.reduce((best, mark, i) => (Math.abs(mark.x - x) < Math.abs(other[best]!.x - x) ? i : best), 0);
        target = [s, nearest];
        break;
      }
      case 'Escape':
        this.close();
        break;
      default:
        return;
    }
    event.preventDefault();
    if (target) this.moveTo(target[0], target[1], true);
  };

  /** The mark nearest the pointer, weighing horizontal distance most. */
  private nearest(event: PointerEvent): [number, number] | undefined {
    const box = (event.currentTarget as Element).getBoundingClientRect();
    const px = event.clientX - box.left;
    const py = event.clientY - box.top;
    let best: [number, number] | undefined;
    let distance = Infinity;
    this.model()?.nav.forEach((row, s) =>
      row.forEach((mark, i) => {
        const d = Math.abs(mark.x - px) * 4 + Math.abs(mark.y - py) / 4;
        if (d < distance) (distance = d), (best = [s, i]);
      })
    );
    return best;
  }

  readonly onPointer = (event: PointerEvent) => {
    if (this.pinned) return;
    const hit = this.nearest(event);
    if (hit) this.moveTo(hit[0], hit[1], false);
  };

  readonly onLeave = (event: PointerEvent) => {
    const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
    if (!this.pinned && !root.activeElement) this.close();
  };

  readonly onClick = (event: PointerEvent) => {
    const hit = this.nearest(event);
    if (!hit) return;
    this.pinned = true;
    this.moveTo(hit[0], hit[1], false);
  };
}
