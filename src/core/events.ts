/** The events the widgets fire: bubbling, composed, prefixed `shared-`, each with a typed detail. */
import type { ChecklistProgress } from '../components/readiness-checklist/readiness-checklist.layout.js';
import type { ChecklistState } from '../components/readiness-checklist/readiness-checklist.state.js';

export interface DataErrorDetail {
  /** The first problem in words, e.g. `partnerships[2].partners[0].share: expected a number from 0 to 1, got 1.4`. */
  message: string;
  /** Where the first problem is, when it is inside the data. */
  path?: string;
  /** Every problem in words. */
  problems: string[];
}

export interface SelectDetail {
  kind: 'council' | 'partnership';
  id: string;
}

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

/** A user changed the readiness checklist: every answer, and the progress they make. */
export interface ReadinessChangeDetail {
  state: ChecklistState;
  progress: ChecklistProgress;
}

export interface SharedEventMap {
  'shared-point-focus': PointFocusDetail;
  'shared-data-load': unknown;
  'shared-data-error': DataErrorDetail;
  'shared-select': SelectDetail;
  'shared-readiness-change': ReadinessChangeDetail;
}

declare global {
  interface HTMLElementEventMap {
    'shared-data-load': CustomEvent<unknown>;
    'shared-data-error': CustomEvent<DataErrorDetail>;
    'shared-select': CustomEvent<SelectDetail>;
    'shared-point-focus': CustomEvent<PointFocusDetail>;
    'shared-readiness-change': CustomEvent<ReadinessChangeDetail>;
  }
}
