import { css } from 'lit';

/**
 * The look of a public list widget (资源清单, projects): a toolbar with the heading, a search and
 * filter form, and cards with a badge and a list of facts.
 */
export const listStyles = css`
  .base {
    display: grid;
    gap: var(--_gap);
    padding: var(--_gap);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: end;
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.3;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.1em;
  }
  .filters label {
    display: grid;
    gap: 0.25em;
  }
  input,
  select {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0.25em 0.5em;
  }
  .cards {
    display: grid;
    gap: var(--_gap);
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap);
    background: var(--_surface);
    display: grid;
    gap: 0.4em;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.875em;
  }
  .facts {
    display: grid;
    gap: 0.25em;
    margin: 0;
  }
  .facts div {
    display: grid;
    grid-template-columns: minmax(5em, max-content) 1fr;
    gap: 0.75em;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
  }
  .description {
    margin: 0;
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  .note {
    margin: 0;
    color: var(--_muted);
  }
  .error {
    color: var(--_danger);
    margin: 0;
  }
`;
