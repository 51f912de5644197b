/**
 * Arrow keys between a widget's items, the same way in the map and the chart. The widget says what a
 * key does from where the user is, as a pure function of its render model (tested as data); this
 * controller does the rest: the key's default action is stopped only when the key does something,
 * the outcome is handed back, and with a roving tabindex (the map: each item takes the focus in turn)
 * the focus follows to the item once it is drawn. A widget that keeps the focus on one element (the
 * chart draws its active point) gives no `focus`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a key does: move to an item, select it, say that there is nothing further, clear, or nothing but keep the key. */
export type KeyAction<T> = { move: T } | { select: T } | { edge: 'first' | 'last' } | { clear: true } | { stay: true };

export interface KeyboardOptions<T> {
  /** What the key does, or undefined when it does nothing here (the page keeps it). */
  action(event: KeyboardEvent): KeyAction<T> | undefined;
  move(to: T): void;
  select?(item: T): void;
  edge?(edge: 'first' | 'last'): void;
  clear(): void;
  /** A roving tabindex: the element that stands for `item`, focused once the move is drawn. */
  focus?(item: T): HTMLElement | SVGElement | null | undefined;
}

export class KeyboardController<T> implements ReactiveController {
  /** An item moved to by key, to focus once it is drawn. */
  private pending?: { item: T };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: KeyboardOptions<T>
  ) {
    host.addController(this);
  }

  readonly onKey = (event: KeyboardEvent): void => {
    const action = this.options.action(event);
    if (!action) return;
    event.preventDefault();
    if ('move' in action) {
      this.options.move(action.move);
      if (this.options.focus) {
        this.pending = { item: action.move };
        this.host.requestUpdate();
      }
    } else if ('select' in action) this.options.select?.(action.select);
    else if ('edge' in action) this.options.edge?.(action.edge);
    else if ('clear' in action) this.options.clear();
  };

  hostUpdated(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    this.options.focus?.(pending.item)?.focus();
  }
}
