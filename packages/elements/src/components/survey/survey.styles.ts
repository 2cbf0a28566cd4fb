import { css } from 'lit';
import { formStyles } from '../../styles/form.js';
import { loadStateStyles } from '../../styles/load-state.js';
import { tokens } from '../../styles/tokens.js';

/** What both survey widgets share: the frame, headings, notices, alerts and actions. */
export const surveyFrame = css`
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
  .hint,
  .optional {
    color: var(--_muted);
    font-weight: 400;
    font-size: 0.9em;
  }
  .alert {
    margin: 0 0 var(--_gap);
    padding: 0.75em;
    border-left: 4px solid var(--_danger);
    background: var(--_surface-alt);
  }
  .alert p:last-child {
    margin-bottom: 0;
  }
  .notice {
    padding: 0.5em 0.75em;
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
  }
`;

/*
 * Comments stay out of the CSS (a css`` template ships as written):
 * - `.choice:has(input:checked)`: the chosen answer, a thicker border and bold words besides the checked control.
 * - `.scale`: the 0–10 scale in one row when it fits, else in as many even columns as fit.
 * - `.rating` (container query): the five 好差评 levels side by side only where all five fit.
 */
export const surveyStyles = [
  tokens,
  surveyFrame,
  loadStateStyles,
  formStyles,
  css`
    form {
      container-type: inline-size;
      display: grid;
      gap: calc(var(--_gap) * 1.5);
    }
    fieldset:has(> .field-error) {
      border: 2px solid var(--_danger);
    }
    .question > label {
      font-weight: 600;
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin-top: 0.25em;
    }
    .choice {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      min-height: var(--_target);
      min-width: var(--_target);
      padding: 0.25em 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      cursor: pointer;
    }
    .choice:has(input:checked) {
      border: 2px solid var(--_primary);
      font-weight: 700;
    }
    .choice:has(input:disabled) {
      cursor: not-allowed;
      color: var(--_muted);
    }
    .choice:has(input:focus-visible) {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .rating .choices,
    .single .choices,
    .multi .choices {
      flex-direction: column;
      align-items: stretch;
    }
    .scale .choices {
      display: grid;
      grid-template-columns: repeat(11, minmax(var(--_target), 1fr));
      gap: 0.4em;
    }
    .scale .choice {
      flex-direction: column;
      justify-content: center;
      gap: 0.1em;
      padding: 0.25em;
      font-variant-numeric: tabular-nums;
    }
    @container (max-width: 46em) {
      .scale .choices {
        grid-template-columns: repeat(auto-fill, minmax(var(--_target), 1fr));
      }
    }
    @container (min-width: 48em) {
      .rating .choices {
        flex-direction: row;
      }
    }
    .choice input:focus-visible {
      outline: none;
    }
    .face {
      width: 1.5em;
      height: 1.5em;
      flex: none;
      fill: none;
      stroke: currentColor;
      stroke-width: 1.6;
      stroke-linecap: round;
    }
    .face .eye {
      fill: currentColor;
      stroke: none;
    }
    .ends {
      display: flex;
      justify-content: space-between;
      gap: 1em;
      margin: 0.4em 0 0;
      color: var(--_muted);
      font-size: 0.9em;
    }
    .question .hint {
      margin: 0;
    }
    textarea {
      resize: vertical;
    }
    [aria-invalid='true']:is(textarea, input:not([type='checkbox'], [type='radio'])) {
      border: 2px solid var(--_danger);
    }
    .counter {
      margin: 0;
      justify-self: end;
      color: var(--_muted);
      font-size: 0.9em;
      font-variant-numeric: tabular-nums;
    }
    .counter.near {
      color: var(--_text);
      font-weight: 700;
    }
    .field-error {
      margin: 0.25em 0 0;
    }
    .follow-up {
      display: grid;
      gap: var(--_gap);
    }
    .follow-up .hint {
      margin: 0;
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
    .thanks {
      display: grid;
      gap: var(--_gap);
    }
    .thanks p {
      margin: 0;
    }
  `,
];
