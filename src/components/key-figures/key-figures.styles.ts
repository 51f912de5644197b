import { css } from 'lit';
import { baseStyles } from '../../styles/base.js';

export const keyFiguresStyles = [
  ...baseStyles,
  css`
    :host {
      --_tile-min: var(--shared-key-figures-tile-min-width, 12rem);
      --_tile-bg: var(--shared-key-figures-tile-background, var(--_color-surface));
      --_tile-accent: var(--shared-key-figures-accent, var(--_color-accent));
      --_value-color: var(--shared-key-figures-value-color, var(--_color-text));
      --_value-size: var(--shared-key-figures-value-size, 2.5rem);
    }
    .figures {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_tile-min)), 1fr));
      gap: var(--_space-3);
      margin: 0;
      padding: 0;
    }
    .figure {
      display: flex;
      flex-direction: column;
      gap: var(--_space-1);
      padding: var(--_space-3);
      border-top: 5px solid var(--_tile-accent);
      background: var(--_tile-bg);
      border-radius: var(--_radius);
      break-inside: avoid;
    }
    dt,
    dd {
      margin: 0;
    }
    /* A label, note or source of thousands of letters without a space wraps inside its tile. */
    .figure {
      min-width: 0;
    }
    .label,
    .note,
    .source {
      overflow-wrap: anywhere;
    }
    .label {
      order: 2;
      font-weight: 700;
    }
    .value {
      order: 1;
      color: var(--_value-color);
      font-size: var(--_value-size);
      font-weight: 700;
      line-height: 1.1;
      font-variant-numeric: tabular-nums;
    }
    .note,
    .source,
    .tag {
      order: 3;
      font-size: 0.875rem;
      color: var(--_color-text-secondary);
    }
    .tag {
      align-self: flex-start;
      padding: 0 var(--_space-1);
      border: 1px solid currentColor;
      font-weight: 700;
    }
    @container (max-width: 20rem) {
      .value {
        font-size: calc(var(--_value-size) * 0.8);
      }
    }
    @media (forced-colors: active) {
      .figure {
        border: 1px solid CanvasText;
        border-top-width: 5px;
      }
      .value,
      .note,
      .source,
      .tag {
        color: CanvasText;
      }
    }
    @media print {
      .figure {
        background: none;
        border: 1px solid #000;
        border-top-width: 5px;
      }
    }
  `
];
