/** Registers `<shared-key-figures>`. Import this module (or the bundle) to use the element. */
import { SharedKeyFigures } from './key-figures.component.js';

SharedKeyFigures.define('shared-key-figures');

declare global {
  interface HTMLElementTagNameMap {
    'shared-key-figures': SharedKeyFigures;
  }
}

export { SharedKeyFigures };
