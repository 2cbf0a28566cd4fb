import { css } from 'lit';

/** The load-state panel's look (see internal/load-state.ts), the same in every widget. */
export const loadStateStyles = css`
  .state {
    display: grid;
    justify-items: start;
    gap: 0.5em;
    margin: 0 0 var(--_gap);
  }
  .state p {
    margin: 0;
  }
  .muted {
    color: var(--_muted);
  }
  .failed {
    padding: 0.75em;
    border-left: 4px solid var(--_danger);
    background: var(--_surface-alt);
  }
`;
