import { css } from 'lit';
import { residentSignInStyles } from '../../internal/resident-sign-in.styles.js';
import { formStyles } from '../../styles/form.js';
import { loadStateStyles } from '../../styles/load-state.js';
import { tokens } from '../../styles/tokens.js';

/** The widget's first rules: the frame, the sign-in, notices; the view brings its own (view.styles.ts). */
export const myVolunteeringStyles = [
  tokens,
  loadStateStyles,
  formStyles,
  residentSignInStyles,
  css`
    .base {
      display: grid;
      gap: var(--_gap);
      padding: 1em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    h2,
    h3,
    h4 {
      margin: 0 0 0.5em;
      line-height: 1.3;
    }
    h2 {
      font-size: 1.25em;
    }
    h3 {
      font-size: 1.1em;
    }
    h4 {
      font-size: 1em;
    }
    p {
      margin: 0 0 var(--_gap);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }
    .alert,
    .notice {
      margin: 0;
      padding: 0.75em;
      border-radius: var(--_radius);
      background: var(--_surface-alt);
    }
    .alert {
      border-left: 4px solid var(--_danger);
    }
    .notice {
      border-left: 4px solid var(--_success);
    }
    .alert:focus,
    .notice:focus {
      outline: none;
    }
    .alert:focus-visible,
    .notice:focus-visible {
      outline: 3px solid var(--_focus);
    }
    @media print {
      .no-print {
        display: none;
      }
      .base {
        padding: 0;
        border: 0;
      }
    }
  `,
];
