/** Registers `<shared-key-figures>`. Import this module (or the bundle) to use the element.
 * It also exports the widget's public types; src/index.ts (the bundle) re-exports every widget's entry file. */
import { SharedKeyFigures } from './key-figures.component.js';

SharedKeyFigures.define('shared-key-figures');

declare global {
  interface HTMLElementTagNameMap {
    'shared-key-figures': SharedKeyFigures;
  }
}

export { SharedKeyFigures };
/** The shapes of its data, for scripts that set `data` or read events. */
export type { Figure, KeyFiguresModel } from './key-figures.data.js';
