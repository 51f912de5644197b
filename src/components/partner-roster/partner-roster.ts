/** Registers `<shared-partner-roster>`. Import this module (or the bundle) to use the element.
 * It also exports the widget's public types; src/index.ts (the bundle) re-exports every widget's entry file. */
import { SharedPartnerRoster } from './partner-roster.component.js';

SharedPartnerRoster.define('shared-partner-roster');

declare global {
  interface HTMLElementTagNameMap {
    'shared-partner-roster': SharedPartnerRoster;
  }
}

export { SharedPartnerRoster };
/** The shapes of its data, for scripts that set `data` or read events. */
export type { RosterModel, RosterRow } from './partner-roster.data.js';
