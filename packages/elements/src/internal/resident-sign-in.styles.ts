import { css } from 'lit';

/**
 * The resident sign-in form's rules, after `tokens` and `formStyles` in a resident widget's
 * styles: big, evenly spaced digits in the code field (elder mode raises them with the base size),
 * the refusal alert, and the "signed in as" line with its sign-out button.
 */
export const residentSignInStyles = css`
  .sign-in form {
    display: grid;
    gap: var(--_gap);
  }
  .sign-in h3 {
    margin: 0 0 0.5em;
    font-size: 1.1em;
  }
  .sign-in p {
    margin: 0;
  }
  .sign-in .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .sign-in label {
    font-weight: 600;
  }
  .sign-in input[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .sign-in input.code-input {
    max-width: 8em;
    font-size: 1.75em;
    font-weight: 700;
    letter-spacing: 0.3em;
    font-variant-numeric: tabular-nums;
    text-align: center;
  }
  .sign-in .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .sign-in .alert {
    padding: 0.75em;
    border-left: 4px solid var(--_danger);
    background: var(--_surface-alt);
  }
  .signed-in {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    margin: 0 0 var(--_gap);
  }
`;
