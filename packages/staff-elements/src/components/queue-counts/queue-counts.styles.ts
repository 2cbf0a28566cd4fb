import { css } from 'lit';
import { loadStateStyles, tokens } from '@wushe/elements/foundation.js';

const own = css`
  .base {
    display: grid;
    gap: var(--_gap);
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: grid;
    gap: 0.25em;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .count {
    font-size: 1.5em;
    font-weight: 600;
  }
  a {
    color: var(--_primary);
  }
  a:focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: 2px;
  }
`;

export const queueCountsStyles = [tokens, loadStateStyles, own];
