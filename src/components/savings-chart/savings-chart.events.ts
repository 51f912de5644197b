/** The chart's own event, added to the map of events `SharedElement.emit` checks and to the page's. */

/** The point a user moved to on a chart, by pointer or keyboard. */
export interface PointFocusDetail {
  series: { id: string; name: string };
  period: string;
  amount: number;
  kind: 'in-year' | 'cumulative';
  status: 'actual' | 'estimated' | 'projected';
  /** True for a running total the chart worked out from in-year amounts. */
  derived: boolean;
  source?: unknown;
}

declare module '../../core/events.js' {
  interface SharedEventMap {
    'shared-point-focus': PointFocusDetail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'shared-point-focus': CustomEvent<PointFocusDetail>;
  }
}
