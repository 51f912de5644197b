/**
 * The host's width, from a ResizeObserver that is released when the host disconnects. A new width
 * is applied on the next animation frame: re-rendering inside the observer's callback would resize
 * the host in the same frame and make the browser report a "ResizeObserver loop" error to the page.
 * (@lit-labs/observers' ResizeController does the observing too, but costs 0.5 KB gzip more for
 * options this widget does not use, and updates the host inside the callback.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class WidthController implements ReactiveController {
  /** The content width in whole pixels; 0 until first measured. */
  width = 0;
  private frame = 0;
  private readonly observer = new ResizeObserver((entries) => {
    const next = Math.round(entries[entries.length - 1]?.contentRect.width ?? 0);
    if (next === this.width) return;
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      this.width = next;
      this.host.requestUpdate();
    });
  });

  /** The width to lay out at: as measured, else the host's own, else 640; never under 280. */
  get layoutWidth(): number {
    return Math.max(this.width || this.host.clientWidth || 640, 280);
  }

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    cancelAnimationFrame(this.frame);
  }
}
