/** Figures to tiles: each value in short form for the eye and in words for a screen reader. */
import { formatCount, formatMoneyLong, formatMoneyShort, formatPercent } from '../../format/number.js';
import { sourceLink, type SourceLink } from '../../format/source.js';
import type { MoneyUnits } from '../../i18n/data-messages.js';
import type { Figure } from './key-figures.data.js';
import type { KeyFiguresMessages } from './key-figures.messages.js';

export interface Tile {
  label: string;
  /** What the eye sees: `£1.34bn`, `626`, `25%`, `2018/19`. */
  value: string;
  /** What a screen reader hears, when it differs: `£1.34 billion`. */
  spoken?: string;
  source?: SourceLink;
  note?: string;
  illustrative: boolean;
}

export interface TileOptions {
  /** Suffixes for amounts of money in the element's language. */
  units: MoneyUnits;
  /** The widget's own words, for the labels of figures derived from the dataset. */
  labels: KeyFiguresMessages;
  intlLocale: string;
  currency: string;
  /** The page address that relative source links resolve against. */
  base: string;
}

function formatValue(figure: Figure, { units, intlLocale, currency }: TileOptions): Pick<Tile, 'value' | 'spoken'> {
  if (typeof figure.value === 'string') return { value: figure.value };
  switch (figure.format) {
    case 'currency': {
      const money = { intlLocale, currency, units };
      const value = formatMoneyShort(figure.value, money);
      const spoken = formatMoneyLong(figure.value, money);
      return spoken === value ? { value } : { value, spoken };
    }
    case 'percent':
      return { value: formatPercent(figure.value, intlLocale) };
    case 'year':
      return { value: String(figure.value) };
    default:
      return { value: formatCount(figure.value, intlLocale) };
  }
}

export function layoutTiles(figures: readonly Figure[], options: TileOptions): Tile[] {
  return figures.map((figure) => {
    const source = sourceLink(figure.source, options.base);
    return {
      label: typeof figure.label === 'string' ? figure.label : options.labels[figure.label.builtIn],
      ...formatValue(figure, options),
      ...(source ? { source } : {}),
      ...(figure.note ? { note: figure.note } : {}),
      illustrative: figure.illustrative
    };
  });
}
