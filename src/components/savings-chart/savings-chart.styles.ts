import { css } from 'lit';
import { baseStyles } from '../../styles/base.js';
import { partStyles } from '../../styles/parts.js';

export const savingsChartStyles = [
  ...baseStyles,
  partStyles,
  css`
    :host {
      --_bar-opacity: var(--shared-savings-chart-bar-opacity, 0.85);
      --_line-width: var(--shared-savings-chart-line-width, 3px);
      --_grid: var(--shared-savings-chart-grid-color, #dddcdb);
      --_axis: var(--shared-savings-chart-axis-color, var(--_color-text));
      --_tooltip-bg: var(--shared-savings-chart-tooltip-background, var(--_color-background));
    }
    .s0 { --_c: var(--_series-1); }
    .s1 { --_c: var(--_series-2); }
    .s2 { --_c: var(--_series-3); }
    .s3 { --_c: var(--_series-4); }
    .s4 { --_c: var(--_series-5); }
    .s5 { --_c: var(--_series-6); }
    .s6 { --_c: var(--_series-7); }
    .s7 { --_c: var(--_series-8); }
    .frame {
      position: relative;
    }
    .plot {
      display: block;
      outline: none;
    }
    .plot:focus-visible {
      outline: 3px solid var(--_color-focus);
      outline-offset: 2px;
      box-shadow: none;
      background: none;
    }
    svg {
      display: block;
      max-width: 100%;
      height: auto;
      overflow: visible;
      font-size: 0.875rem;
    }
    .tick,
    .annotation text,
    .direct-label {
      fill: var(--_axis);
      font-size: 0.8125rem;
    }
    .direct-label {
      fill: var(--_c);
      font-weight: 700;
    }
    .grid {
      stroke: var(--_grid);
      stroke-width: 1px;
    }
    .axis,
    .tick-mark {
      stroke: var(--_axis);
      stroke-width: 1px;
    }
    .annotation line {
      stroke: var(--_color-text-secondary);
      stroke-dasharray: 2 3;
    }
    .bar {
      fill: var(--_c);
      fill-opacity: var(--_bar-opacity);
    }
    .bar.estimated {
      fill-opacity: 0.45;
      stroke: var(--_c);
      stroke-width: 1.5px;
      stroke-dasharray: 4 2;
    }
    .bar.projected {
      fill: var(--_color-background);
      fill-opacity: 1;
      stroke: var(--_c);
      stroke-width: 1.5px;
      stroke-dasharray: 4 2;
    }
    .line {
      fill: none;
      stroke: var(--_c);
      stroke-width: var(--_line-width);
      stroke-linejoin: round;
      stroke-linecap: round;
    }
    .line.dashed {
      stroke-dasharray: 6 5;
      stroke-linecap: butt;
    }
    .dot {
      fill: var(--_c);
      stroke: var(--_color-background);
      stroke-width: 1.5px;
    }
    .dot.estimated {
      fill: var(--_color-background);
      stroke: var(--_c);
      stroke-width: 2px;
      stroke-dasharray: 2 1.5;
    }
    .dot.projected {
      fill: var(--_color-background);
      stroke: var(--_c);
      stroke-width: 2px;
    }
    .focus-ring {
      fill: none;
      stroke: var(--_color-text);
      stroke-width: 3px;
    }
    button:hover {
      background: var(--_grid);
    }
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    @media (forced-colors: active) {
      .bar,
      .dot {
        fill: CanvasText;
        stroke: Canvas;
      }
      .bar.projected,
      .bar.estimated,
      .dot.projected,
      .dot.estimated {
        fill: Canvas;
        stroke: CanvasText;
      }
      .line,
      .axis,
      .tick-mark,
      .annotation line {
        stroke: CanvasText;
      }
      .grid {
        stroke: GrayText;
      }
      .tick,
      .direct-label,
      .annotation text {
        fill: CanvasText;
      }
      .focus-ring {
        stroke: Highlight;
      }
      .tooltip {
        border-color: CanvasText;
      }
    }
    @media print {
      .controls,
      .tooltip,
      .focus-ring {
        display: none;
      }
      .table-wrap {
        overflow: visible;
      }
      svg {
        max-width: 100%;
      }
      section {
        break-inside: avoid-page;
      }
    }
  `
];
