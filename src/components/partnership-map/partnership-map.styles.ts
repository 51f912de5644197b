import { css } from 'lit';
import { baseStyles } from '../../styles/base.js';
import { partStyles } from '../../styles/parts.js';

export const partnershipMapStyles = [
  ...baseStyles,
  partStyles,
  css`
    :host {
      --_area: var(--shared-partnership-map-area-color, var(--_color-surface));
      /* Mid grey: at least 3:1 against the area colour and against a light or a dark background. */
      --_border: var(--shared-partnership-map-border-color, #7f7f7f);
      --_outline: var(--shared-partnership-map-border-color, #7f7f7f);
    }
    .cat-back-office { --_c: var(--shared-partnership-map-back-office-color, var(--_series-1)); }
    .cat-shared-management { --_c: var(--shared-partnership-map-shared-management-color, var(--_series-2)); }
    .cat-front-line { --_c: var(--shared-partnership-map-front-line-color, var(--_series-3)); }
    .cat-mixed,
    .cat-none { --_c: var(--shared-partnership-map-mixed-color, var(--_series-5)); }
    .frame {
      position: relative;
    }
    svg {
      display: block;
      max-width: 100%;
      height: auto;
      font-size: 0.8125rem;
    }
    path,
    circle,
    rect {
      vector-effect: non-scaling-stroke;
    }
    .background .area,
    .item > :not(.cue) {
      fill: var(--_area);
      stroke: var(--_border);
      stroke-width: 0.75px;
    }
    .background .outline {
      fill: var(--_color-surface);
      stroke: var(--_outline);
      stroke-width: 1px;
    }
    .item {
      cursor: pointer;
      outline: none;
    }
    .item.marked > :not(.cue) {
      fill: var(--_c);
      stroke: var(--_color-text);
      stroke-width: 1.5px;
    }
    .network .item > :not(.cue),
    .dots .item > :not(.cue) {
      stroke: var(--_color-text);
      stroke-width: 1px;
    }
    .network .item:not(.marked) > :not(.cue) {
      fill: var(--_color-background);
      stroke: var(--_color-text-secondary);
    }
    .item:hover > :not(.cue) {
      stroke: var(--_color-text);
      stroke-width: 2.5px;
    }
    .item.selected > :not(.cue) {
      stroke: var(--_color-text);
      stroke-width: 3px;
    }
    .focus-ring > * {
      fill: none;
      pointer-events: none;
    }
    .focus-ring .halo {
      stroke: var(--_color-focus-text);
      stroke-width: 7px;
    }
    .focus-ring .ring {
      stroke: var(--_color-focus);
      stroke-width: 3px;
    }
    .cue {
      stroke: none;
      pointer-events: none;
    }
    .cue-mark {
      fill: none;
      stroke: var(--_color-background);
      stroke-linecap: round;
    }
    .link {
      fill: none;
      stroke: var(--_color-border);
      stroke-width: 1px;
    }
    .link.marked {
      stroke: var(--_color-text);
      stroke-width: 2px;
    }
    .labels text {
      font-size: inherit;
      fill: var(--_color-text);
      stroke: var(--_color-background);
      stroke-width: inherit;
      stroke-linejoin: round;
      paint-order: stroke;
      font-weight: 700;
      pointer-events: none;
    }
    .attribution {
      margin: var(--_space-1) 0 0;
      font-size: 0.8125rem;
      color: var(--_color-text-secondary);
    }
    .swatch {
      display: inline-block;
      width: 1rem;
      height: 1rem;
      background: var(--_c);
      border: 1px solid var(--_color-text);
    }
    .swatch-svg {
      display: inline-block;
      vertical-align: -0.15em;
      margin-right: var(--_space-1);
    }
    .swatch-fill {
      fill: var(--_c);
      stroke: var(--_color-text);
      stroke-width: 1px;
    }
    .hint {
      margin: var(--_space-1) 0 0;
      font-size: 0.8125rem;
      color: var(--_color-text-secondary);
    }
    .table-wrap {
      max-width: 100%;
      overflow-x: auto;
    }
    .swatch.shape-council,
    .swatch.shape-partnership {
      background: var(--_color-background);
    }
    .swatch.shape-council {
      border-radius: 50%;
    }
    .tooltip__title {
      font-weight: 700;
    }
    .tooltip__code {
      color: var(--_color-text-secondary);
    }
    .details[hidden] {
      display: none;
    }
    .details {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-2) var(--_space-3);
      margin-top: var(--_space-3);
      padding: var(--_space-2) var(--_space-3);
      border-left: 5px solid var(--_color-accent);
      background: var(--_color-surface);
    }
    .details p {
      margin: 0;
    }
    .list tr.marked th {
      font-weight: 700;
    }
    .list .tag {
      margin-left: var(--_space-1);
    }
    @media (forced-colors: active) {
      .background .area,
      .background .outline,
      .item > :not(.cue),
      .network .item:not(.marked) > :not(.cue) {
        fill: Canvas;
        stroke: CanvasText;
      }
      .item.marked > :not(.cue),
      .swatch,
      .swatch-fill {
        fill: Highlight;
        background: Highlight;
        stroke: CanvasText;
      }
      /* Focus stands apart from the marked areas (Highlight): a thick ring in the text colour on a halo of the background. */
      .focus-ring .halo {
        stroke: Canvas;
        stroke-width: 9px;
      }
      .focus-ring .ring {
        stroke: CanvasText;
        stroke-width: 4px;
        stroke-dasharray: 6 3;
      }
      .cue-mark {
        stroke: HighlightText;
      }
      .link,
      .link.marked {
        stroke: CanvasText;
      }
      .labels text {
        fill: CanvasText;
        stroke: Canvas;
      }
    }
    @media print {
      .details {
        display: none;
      }
      .frame {
        break-inside: avoid-page;
      }
    }
  `
];
