import { css } from 'lit';
import { baseStyles } from '../../styles/base.js';
import { partStyles } from '../../styles/parts.js';

export const savingsChartStyles = [
  ...baseStyles,
  partStyles,
  css`
    :host {
      --_bar-opacity: var(--shared-savings-chart-bar-opacity, 1);
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
    /* The palette's eighth colour (#6bace6) is 2.4:1 on white: the chart's marks need 3:1. */
    .s7 { --_c: var(--shared-series-8, #4a8fd1); }
    .frame {
      position: relative;
    }
    .plot {
      display: block;
      outline: none;
    }
    /* GOV.UK's focus: yellow against the page, with a dark ring that keeps 3:1 on any light page. */
    .plot:focus-visible {
      outline: 3px solid var(--_color-focus-text);
      outline-offset: 3px;
      box-shadow: 0 0 0 3px var(--_color-focus);
      background: none;
    }
    .ruler {
      font-family: var(--_font);
      position: absolute;
      left: 0;
      top: 0;
      visibility: hidden;
      pointer-events: none;
    }
    .hint {
      margin: var(--_space-2) 0 0;
      font-size: 0.875rem;
      color: var(--_color-text-secondary);
    }
    .tooltip {
      pointer-events: auto;
    }
    .pages {
      margin-top: var(--_space-2);
    }
    button[aria-disabled='true'] {
      opacity: 0.6;
      cursor: default;
    }
    .export-error {
      color: var(--_color-error);
      font-weight: 700;
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
    .direct-label text {
      fill: var(--_axis);
      font-size: 0.8125rem;
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
    /* Bars at full strength; a series' texture, or an estimate's hatch, comes in through fill=url(…). */
    .bar {
      fill-opacity: var(--_bar-opacity);
      stroke: var(--_c);
      stroke-width: 1px;
    }
    .bar:not([fill]) {
      fill: var(--_c);
    }
    .bar.joined {
      stroke: none;
    }
    .tex-bg {
      fill: var(--_c);
    }
    .tex-fg {
      fill: var(--_color-background);
    }
    .tex-line {
      stroke: var(--_color-background);
      stroke-width: 1.2px;
    }
    .hatch-bg {
      fill: var(--_color-background);
    }
    .hatch {
      stroke: var(--_c);
      stroke-width: 2.5px;
    }
    .bar.estimated {
      stroke-width: 1.5px;
    }
    .bar.projected {
      fill: var(--_color-background);
      fill-opacity: 1;
      stroke-width: 2px;
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
      .bar:not([fill]),
      .dot,
      .tex-bg {
        fill: CanvasText;
        stroke: Canvas;
      }
      .hatch-bg {
        fill: Canvas;
      }
      .tex-fg {
        fill: Canvas;
      }
      .tex-line {
        stroke: Canvas;
      }
      .bar,
      .hatch {
        stroke: CanvasText;
      }
      .bar.projected,
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
      .direct-label text,
      .annotation text {
        fill: CanvasText;
      }
      .focus-ring {
        stroke: Highlight;
      }
      .plot:focus-visible {
        outline-color: Highlight;
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
