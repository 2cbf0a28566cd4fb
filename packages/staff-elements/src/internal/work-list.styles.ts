import { css } from 'lit';

/**
 * The look every staff work list shares (review queue, donation desk, hours recorder): a heading,
 * a count, a list of cards each with its actions and an inline form, and an error line.
 */
export const workListStyles = css`
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
  h3 {
    margin: 0;
    font-size: 1.1em;
  }
  article p {
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
  .inline-form {
    display: grid;
    gap: 0.5em;
  }
  .error {
    color: var(--_danger);
  }
`;
