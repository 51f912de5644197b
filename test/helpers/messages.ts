import { dataExpected } from '../../src/i18n/data-messages.js';
import { catalogues, withExpected, type Locale, type Messages } from '../../src/i18n/messages.js';

/** The core words with the words for data files, in `locale`: what the widgets that read data files show. */
export const dataMessages = (locale: Locale): Messages => withExpected(catalogues[locale], dataExpected[locale]);
