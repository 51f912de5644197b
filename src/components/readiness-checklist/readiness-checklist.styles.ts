import { css } from 'lit';
import { baseStyles } from '../../styles/base.js';
import { formStyles } from '../../styles/forms.js';

export const readinessChecklistStyles = [
  ...baseStyles,
  formStyles,
  css`
    :host {
      --_accent: var(--shared-readiness-checklist-accent, var(--_color-accent));
      --_item-border: var(--shared-readiness-checklist-item-border, var(--_color-border));
      --_blocked: var(--shared-readiness-checklist-blocked-color, var(--_color-error));
    }
    .import label,
    .fields label {
      display: block;
      font-weight: 700;
    }
    .import input {
      border: 0;
      padding: var(--_space-1) 0;
    }
    .print-date {
      display: none;
    }
    .notice {
      margin: 0 0 var(--_space-3);
      padding: var(--_space-2) var(--_space-3);
      border-left: 5px solid var(--_accent);
      background: var(--_color-surface);
    }
    .notice--error {
      border-left-color: var(--_color-error);
    }
    .notice .problems {
      margin-top: var(--_space-1);
    }
    .summary {
      margin-bottom: var(--_space-4);
      padding: var(--_space-3);
      border: 1px solid var(--_color-border);
    }
    .progress-text {
      margin: 0 0 var(--_space-2);
      font-size: 1.1875rem;
      font-weight: 700;
    }
    .progress {
      display: block;
      /* Chromium's own style for <progress> is border-box, Firefox's content-box (2 px too wide at 320 px). */
      box-sizing: border-box;
      width: 100%;
      height: 0.75rem;
      appearance: none;
      border: 1px solid var(--_color-text);
      background: var(--_color-background);
      color: var(--_accent);
    }
    .progress::-webkit-progress-bar {
      background: var(--_color-background);
    }
    .progress::-webkit-progress-value {
      background: var(--_accent);
    }
    .progress::-moz-progress-bar {
      background: var(--_accent);
    }
    .blockers {
      margin-top: var(--_space-3);
      padding-left: var(--_space-3);
      border-left: 5px solid var(--_blocked);
    }
    .blockers[data-ready='true'] {
      border-left-color: var(--_accent);
    }
    .notice p,
    .blockers p {
      margin: 0;
    }
    .blockers__title {
      font-weight: 700;
    }
    .blocked {
      margin: var(--_space-1) 0 0;
      padding-left: var(--_space-4);
    }
    .section {
      margin-bottom: var(--_space-4);
    }
    /* Off-screen items are skipped at first (fast first render), then each section is laid out in
       full a frame apart (data-shown, set by the element), so that assistive technology gets every item. */
    .section:not([data-shown]) {
      content-visibility: auto;
      contain-intrinsic-size: auto 40rem;
    }
    .section:not([data-shown]) .item {
      content-visibility: auto;
      contain-intrinsic-size: auto 7rem;
    }
    .section__title {
      margin: 0 0 var(--_space-1);
      font-size: 1.1875rem;
    }
    .section__progress {
      margin: 0 0 var(--_space-1);
      color: var(--_color-text-secondary);
    }
    .section__head .progress {
      height: 0.5rem;
      max-width: 20rem;
    }
    .items {
      list-style: none;
      margin: var(--_space-2) 0 0;
      padding: 0;
      border-top: 1px solid var(--_item-border);
    }
    .item {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      gap: var(--_space-1) var(--_space-3);
      /* Room inside the item's paint containment (while skipped) for focus outlines. */
      padding: var(--_space-2) 4px;
      border-bottom: 1px solid var(--_item-border);
    }
    .item__label {
      grid-column: 1;
      overflow-wrap: anywhere;
      font-weight: 700;
    }
    .item__hint,
    .field-hint {
      display: block;
      color: var(--_color-text-secondary);
    }
    .item__hint:empty {
      display: none;
    }
    .tag {
      grid-column: 2;
      grid-row: 1 / span 2;
      align-self: start;
      justify-self: end;
      padding: 0.125rem var(--_space-2);
      font-size: 0.9375rem;
      border: 1px solid transparent;
      white-space: nowrap;
      color: #282d30;
      background: #e5e6e7;
    }
    [data-status='in-progress'] > .tag {
      color: #0c2d4a;
      background: #bbd4ea;
    }
    [data-status='done'] > .tag {
      color: #005a30;
      background: #cce2d8;
    }
    [data-status='not-applicable'] > .tag {
      color: var(--_color-text);
      background: var(--_color-background);
      border-color: var(--_color-border);
    }
    [data-status='cannot-start'] > .tag {
      color: #2a0b06;
      background: #f4cdc6;
    }
    .item__hint,
    .recorded {
      grid-column: 1;
      overflow-wrap: anywhere;
    }
    .item__control,
    .fields {
      grid-column: 1 / -1;
    }
    .statuses {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-1) var(--_space-3);
      margin: 0;
      padding: 0;
      border: 0;
    }
    .statuses label {
      display: inline-flex;
      align-items: center;
      gap: var(--_space-1);
      cursor: pointer;
    }
    .statuses input {
      width: 1.25rem;
      height: 1.25rem;
      margin: 0;
      accent-color: var(--_color-text);
    }
    .toggle {
      min-height: 2.5rem;
    }
    .toggle::before {
      content: '▸ ';
    }
    .toggle[aria-expanded='true']::before {
      content: '▾ ';
    }
    .fields {
      display: grid;
      gap: var(--_space-1);
      padding: var(--_space-2) 0 var(--_space-2) var(--_space-3);
      border-left: 4px solid var(--_color-border);
    }
    .fields input,
    .fields textarea {
      width: 100%;
      margin-bottom: var(--_space-2);
    }
    .recorded {
      margin: var(--_space-1) 0 0;
    }
    .recorded div {
      display: flex;
      gap: var(--_space-2);
    }
    .recorded dt {
      font-weight: 700;
    }
    .recorded dt::after {
      content: ':';
    }
    .recorded dd {
      margin: 0;
    }
    .changed {
      grid-column: 1 / -1;
      font-size: 0.9em;
    }
    .history {
      margin: var(--_space-1) 0 0;
    }
    .conflict {
      grid-column: 1 / -1;
      padding: var(--_space-2) var(--_space-3);
      border-left: 5px solid var(--_color-error);
      background: var(--_color-surface);
      overflow-wrap: anywhere;
    }
    .conflict p {
      margin: 0 0 var(--_space-1);
    }
    .conflict__title {
      font-weight: 700;
    }
    .conflict dl {
      margin: 0 0 var(--_space-2);
    }
    .conflict dd {
      display: inline;
      margin: 0 0 0 var(--_space-1);
    }
    .conflict dt {
      display: inline;
    }
    .note {
      white-space: pre-wrap;
    }
    @media (forced-colors: active) {
      .tag,
      .notice,
      .summary {
        border: 1px solid CanvasText;
      }
      .notice,
      .blockers {
        border-left: 5px solid CanvasText;
      }
      .progress::-webkit-progress-value {
        background: Highlight;
      }
      .fields {
        border-left-color: CanvasText;
      }
    }
    @media print {
      .notice,
      .item__control,
      .history-toggle,
      .fields {
        display: none;
      }
      .print-date {
        display: block;
        margin: 0 0 var(--_space-3);
      }
      .summary {
        border: 0;
        padding: 0;
      }
      .link-button {
        color: inherit;
        text-decoration: none;
      }
      .section,
      .item {
        /* Every item on paper, however far down the page. */
        content-visibility: visible !important;
      }
      .item {
        break-inside: avoid;
      }
      .tag {
        border-color: currentColor;
      }
      .recorded a::after {
        content: ' (' attr(href) ')';
      }
    }
  `
];
