/** Registers `<shared-partnership-map>`. Import this module (or the bundle) to use the element.
 * It also exports the widget's public types; src/index.ts (the bundle) re-exports every widget's entry file. */
import { SharedPartnershipMap } from './partnership-map.component.js';

SharedPartnershipMap.define('shared-partnership-map');

declare global {
  interface HTMLElementTagNameMap {
    'shared-partnership-map': SharedPartnershipMap;
  }
}

export { SharedPartnershipMap };
/** The shapes of its data, for scripts that set `data` or read events. */
export type { MapModel, MapCouncil, MapPartnership } from './partnership-map.data.js';
