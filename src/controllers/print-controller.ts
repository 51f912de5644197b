/**
 * True between the page's `beforeprint` and `afterprint`, so a widget can put on paper what it keeps
 * behind a button on screen (a table, a list). The host is updated at once on `beforeprint`, before
 * the browser lays out the page for printing.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

export class PrintController implements ReactiveController {
  printing = false;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  private readonly onPrint = (event: Event) => {
    this.printing = event.type === 'beforeprint';
    this.host.requestUpdate();
    // performUpdate is protected API; calling it here flushes the update synchronously.
    if (this.printing) (this.host as unknown as { performUpdate(): void }).performUpdate();
  };

  hostConnected(): void {
    addEventListener('beforeprint', this.onPrint);
    addEventListener('afterprint', this.onPrint);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.onPrint);
    removeEventListener('afterprint', this.onPrint);
  }
}
