import { css } from 'lit';
import { formStyles, loadStateStyles, tokens } from '@wushe/elements/foundation.js';

/** The layout every staff editor shares: a heading with its "new" button, a list, inline forms. */
const editorLayout = css`
  .base {
    display: grid;
    gap: var(--_gap);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  h3 {
    margin: 0;
    font-size: 1.1em;
  }
  ul {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='item'],
  .editor-form,
  .notice {
    display: grid;
    gap: 0.5em;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  .confirm {
    display: grid;
    gap: 0.5em;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
`;

export const editorStyles = [tokens, formStyles, loadStateStyles, editorLayout];
