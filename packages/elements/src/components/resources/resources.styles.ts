import { css } from 'lit';
import { listStyles } from '../../styles/list.js';
import { loadStateStyles } from '../../styles/load-state.js';
import { tokens } from '../../styles/tokens.js';

export const resourcesStyles = [
  tokens,
  loadStateStyles,
  listStyles,
  css`
    a {
      color: var(--_primary);
      display: inline-flex;
      align-items: center;
      min-height: var(--_target);
      padding: 0 0.25em;
    }
  `,
];
