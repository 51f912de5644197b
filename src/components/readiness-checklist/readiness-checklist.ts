/** Registers `<shared-readiness-checklist>`. Import this module (or the bundle) to use the element.
 * It also exports the widget's public types; src/index.ts (the bundle) re-exports every widget's entry file. */
import { SharedReadinessChecklist } from './readiness-checklist.component.js';

SharedReadinessChecklist.define('shared-readiness-checklist');

declare global {
  interface HTMLElementTagNameMap {
    'shared-readiness-checklist': SharedReadinessChecklist;
  }
}

export { SharedReadinessChecklist };
/** The shapes of its data, for scripts that set `data` or read events. */
export type { Checklist, ChecklistSection, ChecklistItem } from './readiness-checklist.data.js';
export type { ChecklistState, ItemState, Status as ChecklistStatus } from './readiness-checklist.state.js';
export type { ChecklistProgress } from './readiness-checklist.layout.js';
export type { ReadinessChangeDetail } from './readiness-checklist.events.js';
