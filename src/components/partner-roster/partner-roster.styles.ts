import { css } from 'lit';
import { baseStyles } from '../../styles/base.js';
import { formStyles } from '../../styles/forms.js';

export const partnerRosterStyles = [
  ...baseStyles,
  formStyles,
  css`
    :host {
      --_bar: var(--shared-partner-roster-bar-color, var(--_color-accent));
      --_row-flag: var(--shared-partner-roster-flag-color, var(--_color-error));
    }
    label {
      display: block;
      font-weight: 700;
      margin-bottom: var(--_space-1);
    }
    .count,
    .notes {
      margin: 0 0 var(--_space-2);
    }
    .notes {
      padding-left: var(--_space-4);
    }
    .wrap {
      overflow-x: auto;
    }
    /* Column widths are given (the views' WIDTHS), not worked out from every cell. */
    table {
      width: 100%;
      border-collapse: collapse;
      table-layout: fixed;
    }
    caption {
      text-align: left;
      font-weight: 700;
      font-size: 1.125rem;
      padding-bottom: var(--_space-2);
    }
    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: var(--_space-2) var(--_space-3) var(--_space-2) 0;
      border-bottom: 1px solid var(--_color-border);
      /* A name or service of thousands of letters without a space wraps instead of widening the page. */
      overflow-wrap: anywhere;
    }
    /* The space kept for rows of a long roster that are not drawn (scrolled away). */
    .spacer td {
      padding: 0;
      border: 0;
    }
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .group th {
      padding-top: var(--_space-3);
      font-size: 1.0625rem;
    }
    /* Sorting headers and council names are link-like buttons (.link-button). */
    .sort,
    .council {
      font-weight: 700;
    }
    /* The arrows are drawn, not read: aria-sort says the order (empty alternative text after the slash). */
    .sort::after {
      content: ' ↕' / '';
      color: var(--_color-text-secondary);
    }
    [aria-sort='ascending'] .sort::after {
      content: ' ▲' / '';
    }
    [aria-sort='descending'] .sort::after {
      content: ' ▼' / '';
    }
    .code {
      display: block;
      font-weight: 400;
      font-size: 0.875rem;
      color: var(--_color-text-secondary);
    }
    .tag {
      display: inline-block;
      padding: 0 var(--_space-2);
      border: 1px solid currentColor;
      font-size: 0.875rem;
      font-weight: 700;
    }
    /* Tinted from the series colours and the background, so that a theme (a dark one too) restyles them. */
    .role-lead {
      color: var(--_color-text);
      background: color-mix(in srgb, var(--_series-1) 25%, var(--_color-background));
    }
    .role-host {
      color: var(--_color-text);
      background: color-mix(in srgb, var(--_series-2) 30%, var(--_color-background));
    }
    .role-partner {
      color: var(--_color-text);
      background: var(--_color-surface);
    }
    .bar {
      display: block;
      margin-left: auto;
    }
    .bar rect:first-child {
      fill: var(--_color-surface);
    }
    .bar rect + rect {
      fill: var(--_bar);
    }
    .flag {
      color: var(--_row-flag);
      font-weight: 700;
      font-size: 0.875rem;
    }
    .flag ul {
      margin: 0;
      padding-left: var(--_space-3);
      font-weight: 400;
      color: var(--_color-text);
    }
    tr[data-flagged] > * {
      border-left: 0;
    }
    tr[data-flagged] > :first-child {
      box-shadow: inset 4px 0 0 var(--_row-flag);
      padding-left: var(--_space-2);
    }
    tr[data-highlighted] > * {
      background: var(--_color-surface);
    }
    tr[data-highlighted] .council,
    .card[data-highlighted] .council {
      font-weight: 700;
    }
    .card[data-highlighted] {
      border-top-color: var(--_color-text);
      background: var(--_color-surface);
    }
    .contact span,
    .contact a {
      display: block;
      overflow-wrap: anywhere;
    }
    .cards {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--_space-3);
    }
    .card {
      overflow-wrap: anywhere;
      padding: var(--_space-3);
      border: 1px solid var(--_color-border);
      border-top: 4px solid var(--_color-accent);
    }
    .card[data-flagged] {
      border-top-color: var(--_row-flag);
    }
    .card dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: var(--_space-1) var(--_space-3);
      margin: var(--_space-2) 0 0;
    }
    .card dt {
      font-weight: 700;
    }
    .card dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .card .bar {
      display: inline-block;
      margin-left: var(--_space-2);
    }
    .group-title {
      margin: var(--_space-3) 0 var(--_space-2);
      font-size: 1.0625rem;
    }
    @media (forced-colors: active) {
      .tag,
      .card {
        border-color: CanvasText;
      }
      .bar rect + rect {
        fill: CanvasText;
      }
      .bar rect:first-child {
        fill: Canvas;
        stroke: CanvasText;
      }
      tr[data-flagged] > :first-child {
        border-left: 4px solid CanvasText;
      }
    }
    @media print {
      .sort::after {
        display: none;
      }
      .sort,
      .council {
        color: inherit;
        text-decoration: none;
      }
      .wrap {
        overflow: visible;
      }
      tr,
      .card {
        break-inside: avoid;
      }
    }
  `
];
