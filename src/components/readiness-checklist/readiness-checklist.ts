/** Registers `<shared-readiness-checklist>`. Import this module (or the bundle) to use the element. */
import { SharedReadinessChecklist } from './readiness-checklist.component.js';

SharedReadinessChecklist.define('shared-readiness-checklist');

declare global {
  interface HTMLElementTagNameMap {
    'shared-readiness-checklist': SharedReadinessChecklist;
  }
}

export { SharedReadinessChecklist };
