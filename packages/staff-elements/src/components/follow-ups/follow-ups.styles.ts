import { css } from 'lit';
import { formStyles, loadStateStyles, tokens } from '@wushe/elements/foundation.js';

const own = css`
  .base {
    display: grid;
    gap: var(--_gap);
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  .count {
    margin: 0;
    color: var(--_muted);
  }
  ul {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  article {
    display: grid;
    gap: 0.5em;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  article[data-overdue] {
    border-inline-start: 0.3em solid var(--_danger);
  }
  h3 {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin: 0;
    font-size: 1.1em;
  }
  .badge {
    padding: 0.1em 0.5em;
    border-radius: var(--_radius);
    border: 1px solid var(--_danger);
    color: var(--_danger);
    font-size: 0.85em;
    font-weight: 600;
  }
  article p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .due {
    font-weight: 600;
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
  .record-form {
    display: grid;
    gap: 0.5em;
  }
  fieldset {
    display: grid;
  }
  .error {
    color: var(--_danger);
  }
`;

export const followUpsStyles = [tokens, formStyles, loadStateStyles, own];
