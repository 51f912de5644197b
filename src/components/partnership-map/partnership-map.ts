/** Registers `<shared-partnership-map>`. Import this module (or the bundle) to use the element. */
import { SharedPartnershipMap } from './partnership-map.component.js';

SharedPartnershipMap.define('shared-partnership-map');

declare global {
  interface HTMLElementTagNameMap {
    'shared-partnership-map': SharedPartnershipMap;
  }
}

export { SharedPartnershipMap };
