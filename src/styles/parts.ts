/**
 * Regions several widgets share: legends, notes, tags, tooltips, control buttons and tables.
 * A widget's own styles come after these and may refine them.
 */
import { css } from 'lit';

export const partStyles = css`
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-2) var(--_space-4);
      margin: 0 0 var(--_space-3);
      padding: 0;
      list-style: none;
      font-size: 0.875rem;
    }
    .legend li {
      display: flex;
      align-items: center;
      gap: var(--_space-2);
    }
    .notes {
      margin: 0 0 var(--_space-3);
      padding-left: var(--_space-4);
    }
    .tag {
      display: inline-block;
      margin: 0;
      padding: 0 var(--_space-1);
      border: 1px solid currentColor;
      font-size: 0.8125rem;
      font-weight: 700;
    }
    .tooltip {
      position: absolute;
      z-index: 1;
      left: 0;
      top: 0;
      min-width: 10rem;
      max-width: min(18rem, 90%);
      padding: var(--_space-2) var(--_space-3);
      background: var(--_tooltip-bg, var(--_color-background));
      color: var(--_color-text);
      border: 1px solid var(--_color-text);
      box-shadow: 0 2px 6px rgb(0 0 0 / 20%);
      font-size: 0.875rem;
      pointer-events: none;
    }
    .tooltip.pinned {
      pointer-events: auto;
    }
    .tooltip p {
      margin: 0;
    }
    .tooltip__series {
      font-weight: 700;
    }
    .tooltip__full {
      color: var(--_color-text-secondary);
      margin-left: var(--_space-1);
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-2);
      margin: var(--_space-3) 0;
    }
    button {
      font: inherit;
      font-size: 0.875rem;
      padding: var(--_space-1) var(--_space-3);
      color: var(--_color-text);
      background: var(--_color-surface);
      border: 1px solid var(--_color-border);
      border-bottom: 2px solid var(--_color-text-secondary);
      border-radius: var(--_radius);
      cursor: pointer;
    }
    button:hover {
      background: var(--_color-border);
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      font-size: 0.875rem;
    }
    caption {
      text-align: left;
      font-weight: 700;
      padding-bottom: var(--_space-2);
    }
    th,
    td {
      text-align: left;
      padding: var(--_space-2) var(--_space-3) var(--_space-2) 0;
      border-bottom: 1px solid var(--_color-border);
      vertical-align: top;
    }
  @media (forced-colors: active) {
    .tooltip {
      border-color: CanvasText;
    }
  }
  @media print {
    .controls,
    .tooltip {
      display: none;
    }
    .table-wrap {
      overflow: visible;
    }
  }
`;
