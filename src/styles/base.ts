/** Styles every widget shares: layout of the host, states, focus, screen-reader text, motion, forced colours. */
import { css } from 'lit';
import { tokens } from './tokens.js';

const host = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  /* The host contains its paint, so that content moving below it does not make the browser revisit
     all inside it; only where the clip can be pushed out past focus outlines at its edge (Chromium,
     Firefox: not Safari, which would cut them). */
  @supports (overflow-clip-margin: 1px) {
    :host {
      contain: paint;
      overflow-clip-margin: 0.5rem;
    }
  }
  :host([hidden]) {
    display: none;
  }
  [part~='base'] {
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_color-text);
  }
  [part~='heading'] {
    margin: 0 0 var(--_space-3);
    font-size: 1.5rem;
    line-height: 1.25;
    font-weight: 700;
  }
  a {
    color: var(--_color-link);
  }
  a:focus-visible,
  button:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 0;
    background-color: var(--_color-focus);
    color: var(--_color-focus-text);
    box-shadow: 0 -2px var(--_color-focus), 0 4px var(--_color-text);
    text-decoration: none;
  }
  /* A button that reads as a link: choosing a council, going to an item, showing fields. */
  .link-button {
    font: inherit;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_color-link);
    text-decoration: underline;
    text-align: left;
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
`;

const states = css`
  .state {
    font-family: var(--_font);
    color: var(--_color-text);
    padding: var(--_space-3);
    border-left: 5px solid var(--_color-border);
    background: var(--_color-surface);
  }
  .state--error {
    border-left-color: var(--_color-error);
  }
  .state--warnings {
    margin-top: var(--_space-3);
  }
  .state__title {
    margin: 0 0 var(--_space-2);
    font-weight: 700;
  }
  .problems {
    margin: 0;
    padding-left: var(--_space-4);
    overflow-wrap: anywhere;
  }
  .state--loading::after {
    content: '';
    display: block;
    height: 4px;
    margin-top: var(--_space-2);
    background: linear-gradient(90deg, transparent, var(--_color-accent), transparent) 0 0 / 50% 100% no-repeat;
    animation: shared-loading 1.2s linear infinite;
  }
  @keyframes shared-loading {
    from {
      background-position: -50% 0;
    }
    to {
      background-position: 150% 0;
    }
  }
`;

const preferences = css`
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .state {
      border: 1px solid CanvasText;
      border-left-width: 5px;
    }
    a:focus-visible,
    button:focus-visible,
    [tabindex]:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    .state--loading::after {
      display: none;
    }
  }
`;

export const baseStyles = [tokens, host, states, preferences];
