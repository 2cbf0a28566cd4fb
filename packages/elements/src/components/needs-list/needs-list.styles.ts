import { css } from 'lit';
import { loadStateStyles } from '../../styles/load-state.js';
import { tokens } from '../../styles/tokens.js';

/*
 * Comments stay out of the CSS (a css`` template ships as written):
 * - `.sentinel`: infinite scroll's trigger after the last card: seen by IntersectionObserver, not by people.
 * - `button.busy`: busy buttons (a dialog or a page loading) stay focusable and say so (aria-busy/-disabled).
 */
export const needsListStyles = [
  tokens,
  loadStateStyles,
  css`
    .base {
      display: grid;
      gap: var(--_gap);
      padding: var(--_gap);
    }
    .toolbar,
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      align-items: end;
    }
    .toolbar {
      justify-content: space-between;
      align-items: center;
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
    select,
    textarea {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      padding: 0.25em 0.5em;
    }
    .cards {
      display: grid;
      gap: var(--_gap);
    }
    lit-virtualizer.cards {
      display: block;
    }
    article {
      width: 100%;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_gap);
      background: var(--_surface);
      display: grid;
      gap: 0.4em;
    }
    lit-virtualizer article {
      margin-bottom: var(--_gap);
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      margin: 0;
      color: var(--_muted);
    }
    .meta dt {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    .meta dd {
      margin: 0;
    }
    .badge {
      display: inline-block;
      padding: 0 0.5em;
      border-radius: 999px;
      border: 1px solid currentColor;
      font-size: 0.875em;
    }
    .badge.open {
      color: var(--_primary);
    }
    .badge.claimed,
    .badge.fulfilled {
      color: var(--_success);
    }
    .description {
      margin: 0;
    }
    .sentinel {
      height: 1px;
    }
    button.busy,
    button[aria-disabled='true'] {
      cursor: progress;
      opacity: 0.7;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }
    .note {
      margin: 0;
      color: var(--_muted);
    }
    .error {
      color: var(--_danger);
      margin: 0;
    }
  `,
];
