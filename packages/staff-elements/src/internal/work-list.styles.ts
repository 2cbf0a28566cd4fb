import { css } from 'lit';

/**
 * The look every staff work list shares (review queue, donation desk, hours recorder): a heading,
 * a count, a list of cards each with its actions and an inline form, a badge in a card's heading
 * (e.g. overdue, quiet), and an error line.
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
