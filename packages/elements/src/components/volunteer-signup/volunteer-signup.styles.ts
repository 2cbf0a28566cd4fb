import { css } from 'lit';
import { formStyles } from '../../styles/form.js';
import { loadStateStyles } from '../../styles/load-state.js';
import { tokens } from '../../styles/tokens.js';

export const volunteerSignupStyles = [
  tokens,
  loadStateStyles,
  formStyles,
  css`
    .base {
      padding: 1em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    h2,
    h3 {
      margin: 0 0 0.5em;
      font-size: 1.25em;
      line-height: 1.3;
    }
    h3 {
      font-size: 1.1em;
    }
    p {
      margin: 0 0 var(--_gap);
    }
    form {
      display: grid;
      gap: var(--_gap);
    }
    label {
      font-weight: 600;
    }
    input[aria-invalid='true'],
    select[aria-invalid='true'] {
      border: 2px solid var(--_danger);
    }
    .optional,
    .hint {
      color: var(--_muted);
      font-weight: 400;
      font-size: 0.9em;
    }
    .hint {
      margin: 0;
    }
    .checks {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1em;
    }
    .consent {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 0.4em;
    }
    a {
      color: var(--_primary);
    }
    .alert {
      margin: 0;
      padding: 0.75em;
      border-left: 4px solid var(--_danger);
      background: var(--_surface-alt);
    }
    .notice {
      margin: 0;
      padding: 0.5em 0.75em;
      background: var(--_surface-alt);
      border-radius: var(--_radius);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }
    .activity dl {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.25em 1em;
      margin: 0 0 var(--_gap);
    }
    .activity dt {
      font-weight: 600;
    }
    .activity dd {
      margin: 0;
    }
    .places {
      font-weight: 600;
    }
    .success {
      display: grid;
      gap: var(--_gap);
    }
    .success h3:focus {
      outline: none;
    }
    .success h3:focus-visible {
      outline: 3px solid var(--_focus);
    }
    .code {
      margin: 0;
      font-size: 2em;
      font-weight: 700;
      letter-spacing: 0.08em;
      font-variant-numeric: tabular-nums;
      color: var(--_success);
      overflow-wrap: anywhere;
    }
    .status {
      color: var(--_muted);
    }
  `,
];
