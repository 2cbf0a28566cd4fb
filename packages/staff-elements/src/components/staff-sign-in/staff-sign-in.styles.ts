import { css } from 'lit';
import { formStyles, tokens } from '@wushe/elements/foundation.js';

const own = css`
  .base {
    max-width: 26em;
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  form {
    display: grid;
    gap: var(--_gap);
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .message {
    margin: 0;
    padding: 0.6em 0.75em;
    border-left: 4px solid var(--_danger);
    background: var(--_surface-alt);
  }
  .message:empty {
    display: none;
  }
  button[type='submit'] {
    justify-self: start;
  }
`;

export const staffSignInStyles = [tokens, formStyles, own];
