/**
 * Form fields as GOV.UK draws them: a 2px border in the text colour, 2.5rem high, a thick focus ring;
 * `.button`, a secondary button for a widget's own controls (downloads, print, show all); and
 * `.form-row`, a row of those controls and labelled fields, left off paper.
 */
import { css } from 'lit';

export const formStyles = css`
  input,
  select,
  textarea,
  button {
    font: inherit;
    color: var(--_color-text);
  }
  input:not([type='radio']),
  select,
  textarea {
    box-sizing: border-box;
    min-height: 2.5rem;
    max-width: 100%;
    padding: var(--_space-1) var(--_space-2);
    border: 2px solid var(--_color-text);
    background: var(--_color-background);
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_color-text);
  }
  .button {
    padding: var(--_space-2) var(--_space-3);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-bottom: 2px solid var(--_color-text-secondary);
    cursor: pointer;
  }
  .form-row {
    display: flex;
    flex-wrap: wrap;
    /* Buttons line up with the fields beside them, not with their labels. */
    align-items: end;
    gap: var(--_space-2) var(--_space-3);
    margin-bottom: var(--_space-3);
  }
  @media print {
    .form-row {
      display: none;
    }
  }
`;
