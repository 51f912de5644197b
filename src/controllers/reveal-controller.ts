/**
 * A long list shown a part a frame: the first `first` rows at once, then `step` more before each
 * frame until all are there. Laying out a table's new rows is most of what opening it costs (the
 * browser shapes every new word): at ten times the demo's data, the map's list of 170 councils and
 * the roster's "Show all" of 170 partners each took 45-60 ms in one task on the bench machine, over
 * the 50 ms a task may take (`npm run bench -- interactions`). Every row is still drawn (for finding
 * in the page and for assistive technology), a moment later; the widget draws all at once on paper.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class RevealController implements ReactiveController {
  /** How many rows to draw in this update. */
  upTo: number;
  private frame = 0;
  /** A part was due when the host left the page: it comes when the host is back. */
  private resume = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly first: number,
    private readonly step = first
  ) {
    this.upTo = first;
    host.addController(this);
  }

  /** Starts again from the first part (a list opened again, re-sorted or regrouped), or from `upTo` rows. */
  restart(upTo = this.first): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.upTo = upTo;
  }

  /** After an update that drew `upTo` of `total` rows: the next part before the next frame. */
  more(total: number): void {
    if (this.upTo >= total || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.upTo += this.step;
      this.host.requestUpdate();
    });
  }

  hostConnected(): void {
    if (this.resume) this.host.requestUpdate();
    this.resume = false;
  }

  hostDisconnected(): void {
    this.resume = this.frame !== 0;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
