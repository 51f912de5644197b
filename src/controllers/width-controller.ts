/**
 * The host's width, from a ResizeObserver (via @lit-labs/observers). A new width is applied on the
 * next animation frame: re-rendering inside the observer's callback would resize the host in the
 * same frame and make the browser report a "ResizeObserver loop" error to the page.
 */
import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import type { ReactiveControllerHost } from 'lit';

export class WidthController {
  /** The content width in whole pixels; 0 until first measured. */
  width = 0;
  private frame = 0;

  constructor(host: ReactiveControllerHost & Element) {
    new ResizeController(host, {
      callback: (entries) => {
        const next = Math.round(entries[entries.length - 1]?.contentRect.width ?? 0);
        if (next !== this.width) {
          cancelAnimationFrame(this.frame);
          this.frame = requestAnimationFrame(() => {
            this.width = next;
            host.requestUpdate();
          });
        }
        return next;
      }
    });
  }
}
