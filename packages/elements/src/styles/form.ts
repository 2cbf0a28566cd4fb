import { css } from 'lit';

/**
 * The form rules the widgets' forms share (survey, volunteer sign-up, donation): fields, fieldsets,
 * text inputs, checkboxes and radios at a tappable size, and field errors. Used in a widget's
 * `static styles` after `tokens` (whose custom properties it reads), before the widget's own rules,
 * which may refine these. Only what every one of those forms has belongs here, so sharing it adds
 * nothing to a widget's bundle.
 */
export const formStyles = css`
  .field {
    display: grid;
    gap: 0.25em;
  }
  fieldset {
    margin: 0;
    padding: 0.5em 0.75em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  textarea,
  select,
  input:not([type='checkbox'], [type='radio']) {
    width: 100%;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  input[type='checkbox'],
  input[type='radio'] {
    min-height: 0;
    min-width: 0;
    width: 1.2em;
    height: 1.2em;
    margin: 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: var(--_target);
    font-weight: 400;
    cursor: pointer;
  }
  .field-error {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
`;
