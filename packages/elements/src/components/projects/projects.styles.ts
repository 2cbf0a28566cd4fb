import { css } from 'lit';
import { listStyles } from '../../styles/list.js';
import { loadStateStyles } from '../../styles/load-state.js';
import { tokens } from '../../styles/tokens.js';

export const projectsStyles = [
  tokens,
  loadStateStyles,
  listStyles,
  css`
    h4 {
      margin: 0;
      font-size: 1em;
    }
    .card p {
      margin: 0;
    }
    .badge.in_progress,
    .badge.approved {
      color: var(--_primary);
    }
    .badge.completed {
      color: var(--_success);
    }
    .badge.quiet {
      color: var(--_danger);
    }
    .call {
      display: grid;
      gap: 0.5em;
      padding: var(--_gap);
      border: 2px solid var(--_primary);
      border-radius: var(--_radius);
    }
    ol.cards {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .detail,
    .detail section {
      display: grid;
      gap: 0.5em;
    }
    .updates {
      display: grid;
      gap: 0.5em;
      margin: 0;
      padding-inline-start: 1.25em;
    }
    .updates p {
      margin: 0;
    }
    .result {
      font-variant-numeric: tabular-nums;
    }
    [part='back-button'] {
      justify-self: start;
    }
  `,
];
