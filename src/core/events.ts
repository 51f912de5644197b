/**
 * The events every widget fires (bubbling, composed, prefixed `shared-`, each with a typed detail),
 * and the map of them that `SharedElement.emit` checks. A widget's own events live in its folder
 * (`<widget>.events.ts`), which adds them to `SharedEventMap` and `HTMLElementEventMap`; this file
 * imports no widget.
 */

export interface DataErrorDetail {
  /** The first problem in words, e.g. `partnerships[2].partners[0].share: expected a number from 0 to 1, got 1.4`. */
  message: string;
  /** Where the first problem is, when it is inside the data. */
  path?: string;
  /** Every problem in words. */
  problems: string[];
}

/** A council or partnership a user chose: fired by the map and the roster alike (so it is shared). */
export interface SelectDetail {
  kind: 'council' | 'partnership';
  id: string;
}

/** Every event's `detail`, by event type. Widgets add their own with `declare module`. */
export interface SharedEventMap {
  'shared-data-load': unknown;
  'shared-data-error': DataErrorDetail;
  'shared-select': SelectDetail;
}

declare global {
  interface HTMLElementEventMap {
    'shared-data-load': CustomEvent<unknown>;
    'shared-data-error': CustomEvent<DataErrorDetail>;
    'shared-select': CustomEvent<SelectDetail>;
  }
}
