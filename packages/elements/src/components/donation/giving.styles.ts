import { css } from 'lit';
import { formStyles } from '../../styles/form.js';

/**
 * The donation form's, the payment step's and the outcome's styles, loaded with them (the follow
 * offer's arrive with the payment step: see `Giving.loadPaymentViews`).
 */
export const givingStyles = css`
  ${formStyles}
  .form {
    display: grid;
    gap: var(--_gap);
  }
  .group {
    display: grid;
    gap: var(--_gap);
  }
  label {
    font-weight: 600;
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  fieldset {
    display: grid;
    gap: 0.5em;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0 0.8em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-variant-numeric: tabular-nums;
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border: 2px solid var(--_primary);
  }
  .choice:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .check-field {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.4em;
  }
  .check-field .hint,
  .check-field .field-error {
    flex-basis: 100%;
  }
  .amount,
  .reference {
    font-variant-numeric: tabular-nums;
  }
  .payment .amount,
  .success .amount {
    font-size: 1.4em;
    font-weight: 700;
  }
  .reference {
    font-size: 1.2em;
    font-weight: 700;
    letter-spacing: 0.04em;
  }
  .success {
    border-left: 4px solid var(--_success);
  }
  .failure {
    border-left: 4px solid var(--_danger);
  }
  section h3:focus {
    outline: none;
  }
  section h3:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .next {
    margin: 0 0 var(--_gap);
    padding-inline-start: 1.25em;
  }
`;
