import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { DataController } from '../../controllers/data-controller.js';
import { SharedElement } from '../../core/shared-element.js';
import { renderError, renderHeading, renderSkipped, renderState } from '../../core/states.js';
import { problemMessage } from '../../data/problem.js';
import { currencyProblem } from '../../format/number.js';
import { keyFiguresReader, type KeyFiguresModel } from './key-figures.data.js';
import { layoutTiles, type Tile } from './key-figures.layout.js';
import { keyFiguresMessages } from './key-figures.messages.js';
import { keyFiguresStyles } from './key-figures.styles.js';
import { dataExpected, moneyUnits } from '../../i18n/data-messages.js';

/**
 * Headline figures as tiles: `626` arrangements, `£1.34bn` saved. Give it a list of figures, or the
 * shared dataset and it works out the number of partnerships, councils involved and savings to date.
 * A screen reader reads each tile as its label, then its value in words.
 *
 * @tagname shared-key-figures
 * @summary Headline figures (e.g. 626 arrangements, £1.34bn saved) as tiles.
 *
 * @attr src - URL of a JSON file (`{ "figures": [...] }`, a list, or the shared dataset) or a CSV file (`value,label[,format][,source][,note]`).
 * @attr format - `json` or `csv`: overrides the response's content type and the URL's extension.
 * @attr timeout - Seconds to wait for `src` before showing a message (default 15).
 * @attr refresh - Seconds between re-reading `src` for live data (off by default; a minute or more on busy pages). Unchanged files cost a 304; changes are announced politely; a hidden tab does not ask.
 * @attr heading - A heading above the tiles.
 * @attr heading-level - The heading's level, 2 to 6, to fit the page's outline (default 2).
 * @attr currency - ISO 4217 code for `currency` figures (default `GBP`).
 * @attr lang - `en-GB` (default) or `cy` for Welsh; otherwise the nearest `lang` on the page.
 *
 * @prop {unknown} data - The same data, set from script. Wins over `src`.
 *
 * @event shared-data-load - The data was read. `detail`: `{ title?, figures: [...] }`.
 * @event shared-data-error - The data could not be read. `detail`: `{ message, path?, problems }`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The heading.
 * @csspart figures - The list of tiles.
 * @csspart figure - One tile.
 * @csspart label - A tile's label.
 * @csspart value - A tile's value.
 * @csspart source - A tile's source line.
 * @csspart note - A tile's note.
 * @csspart illustrative - The tag on an illustrative figure.
 * @csspart loading - Shown while the data loads.
 * @csspart error - Shown when the data cannot be read (`role="alert"`).
 * @csspart empty - Shown when there is nothing to show.
 * @csspart warnings - Lists parts of the data that were left out.
 * @csspart refresh - Holds the live-data note and announcements (with `refresh`).
 * @csspart refresh-note - Says why the data could not be updated, when a refresh fails.
 *
 * @cssproperty --shared-key-figures-tile-min-width - Narrowest a tile gets before the grid wraps (default `12rem`).
 * @cssproperty --shared-key-figures-tile-background - Tile background (default `--shared-color-surface`).
 * @cssproperty --shared-key-figures-accent - The bar above each tile (default `--shared-color-accent`).
 * @cssproperty --shared-key-figures-value-color - Colour of the values (default `--shared-color-text`).
 * @cssproperty --shared-key-figures-value-size - Size of the values (default `2.5rem`).
 */
export class SharedKeyFigures extends SharedElement {
  static override expectedWords = dataExpected;
  static override styles = keyFiguresStyles;
  static override properties: PropertyDeclarations = {
    ...SharedElement.properties,
    currency: { type: String }
  };

  /** ISO 4217 currency code for `currency` figures. */
  declare currency: string;

  private readonly data$ = new DataController<KeyFiguresModel>(this, keyFiguresReader);
  private tiles: Tile[] = [];

  constructor() {
    super();
    this.currency = 'GBP';
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const model = this.data$.value;
    this.tiles = model
      ? layoutTiles(model.figures, {
          units: moneyUnits[this.lang$.locale],
          labels: keyFiguresMessages[this.lang$.locale],
          intlLocale: this.lang$.intl,
          currency: this.currency || 'GBP',
          base: document.baseURI
        })
      : [];
  }

  protected override render() {
    const t = this.t;
    const own = keyFiguresMessages[this.lang$.locale];
    // A currency `Intl` cannot take is said where it is (the attribute), rather than thrown.
    const currency = this.data$.value?.figures.some((f) => f.format === 'currency') && currencyProblem(this.currency);
    const state = renderState(this.data$, t, this.lang$.locale, own.empty) ?? (currency ? renderError([problemMessage(currency, t)], t, this.lang$.locale) : undefined);
    const heading = this.heading || this.data$.value?.title;
    return html`<section part="base" aria-label=${heading ? nothing : own.label}>
      ${renderHeading(heading, this.headingLevel)}
      ${state ?? html`<dl part="figures" class="figures">${this.tiles.map((tile) => this.renderTile(tile))}</dl>`}
      ${renderSkipped(this.data$, t, this.lang$.locale)}
    </section>`;
  }

  private renderTile(tile: Tile) {
    const own = keyFiguresMessages[this.lang$.locale];
    return html`<div part="figure" class="figure">
      <dt part="label" class="label">${tile.label}</dt>
      <dd part="value" class="value">
        ${tile.spoken
          ? html`<span aria-hidden="true">${tile.value}</span><span class="visually-hidden">${tile.spoken}</span>`
          : tile.value}
      </dd>
      ${tile.illustrative ? html`<dd part="illustrative" class="tag">${own.illustrative}</dd>` : nothing}
      ${tile.note ? html`<dd part="note" class="note">${tile.note}</dd>` : nothing}
      ${tile.source
        ? html`<dd part="source" class="source">
            ${own.source}:
            ${tile.source.href ? html`<a href=${tile.source.href}>${tile.source.text}</a>` : tile.source.text}
          </dd>`
        : nothing}
    </div>`;
  }
}
