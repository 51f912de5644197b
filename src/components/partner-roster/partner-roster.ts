/** Registers `<shared-partner-roster>`. Import this module (or the bundle) to use the element. */
import { SharedPartnerRoster } from './partner-roster.component.js';

SharedPartnerRoster.define('shared-partner-roster');

declare global {
  interface HTMLElementTagNameMap {
    'shared-partner-roster': SharedPartnerRoster;
  }
}

export { SharedPartnerRoster };
