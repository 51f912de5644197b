/**
 * Global tokens (`--shared-*`) resolved into private ones (`--_*`) with GOV.UK-like defaults and the
 * Government Analysis Function palette. Components read only the private tokens, so a page themes
 * every widget with the global ones or one widget with its `--shared-<widget>-*` tokens.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_font: var(--shared-font-family, inherit);
    --_font-size: var(--shared-font-size, 1rem);
    --_line-height: var(--shared-line-height, 1.5);
    --_color-text: var(--shared-color-text, #0b0c0c);
    --_color-text-secondary: var(--shared-color-text-secondary, #484949);
    --_color-background: var(--shared-color-background, #ffffff);
    --_color-surface: var(--shared-color-surface, #f3f2f1);
    --_color-border: var(--shared-color-border, #b1b4b6);
    --_color-link: var(--shared-color-link, #1d70b8);
    --_color-focus: var(--shared-color-focus, #ffdd00);
    --_color-focus-text: var(--shared-color-focus-text, #0b0c0c);
    --_color-error: var(--shared-color-error, #d4351c);
    --_color-accent: var(--shared-color-accent, #1d70b8);
    --_space-1: var(--shared-space-1, 0.25rem);
    --_space-2: var(--shared-space-2, 0.5rem);
    --_space-3: var(--shared-space-3, 1rem);
    --_space-4: var(--shared-space-4, 1.5rem);
    --_space-5: var(--shared-space-5, 2rem);
    --_radius: var(--shared-radius, 0);
    --_series-1: var(--shared-series-1, #12436d);
    --_series-2: var(--shared-series-2, #28a197);
    --_series-3: var(--shared-series-3, #801650);
    --_series-4: var(--shared-series-4, #f46a25);
    --_series-5: var(--shared-series-5, #3d3d3d);
    --_series-6: var(--shared-series-6, #a285d1);
    --_series-7: var(--shared-series-7, #2073bc);
    --_series-8: var(--shared-series-8, #6bace6);
  }
  /*
   * The widget paints its own background (white unless --shared-color-background says otherwise), so
   * that its colours, chosen against that background, hold on any page: on a dark page that sets no
   * tokens the text was 1.04:1. A page with a dark theme sets the colour tokens (docs/theming.md).
   * In forced colours the system's Canvas and CanvasText replace both.
   */
  [part~='base'] {
    background-color: var(--_color-background);
    color: var(--_color-text);
  }
`;
