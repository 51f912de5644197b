/** The key figures' own words, in English and Welsh. */
import type { Locale } from '../../i18n/messages.js';

export interface KeyFiguresMessages {
  label: string;
  partnerships: string;
  councils: string;
  savings: string;
  empty: string;
  /** Before a figure's source. */
  source: string;
  /** The tag on a made-up figure. */
  illustrative: string;
}

export const keyFiguresMessages: Record<Locale, KeyFiguresMessages> = {
  en: {
    label: 'Key figures',
    partnerships: 'Shared-service partnerships',
    councils: 'Councils involved',
    savings: 'Savings reported',
    empty: 'No figures to show. Give a list of figures, or the shared dataset.',
    source: 'Source',
    illustrative: 'Illustrative figure'
  },
  cy: {
    label: 'Ffigurau allweddol',
    partnerships: 'Partneriaethau gwasanaethau a rennir',
    councils: 'Cynghorau sy’n cymryd rhan',
    savings: 'Arbedion a adroddwyd',
    empty: 'Dim ffigurau i’w dangos. Rhowch restr o ffigurau, neu’r set ddata a rennir.',
    source: 'Ffynhonnell',
    illustrative: 'Ffigur enghreifftiol'
  }
};
