/** The checklist's own event, added to the map of events `SharedElement.emit` checks and to the page's. */
import type { ChecklistProgress } from './readiness-checklist.layout.js';
import type { ChecklistState } from './readiness-checklist.state.js';

/** A user changed the readiness checklist: every answer, and the progress they make. */
export interface ReadinessChangeDetail {
  state: ChecklistState;
  progress: ChecklistProgress;
}

declare module '../../core/events.js' {
  interface SharedEventMap {
    'shared-readiness-change': ReadinessChangeDetail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'shared-readiness-change': CustomEvent<ReadinessChangeDetail>;
  }
}
