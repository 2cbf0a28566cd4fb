import { css } from 'lit';
import { residentListStyles } from '../../internal/resident-list.styles.js';

/** The list of my donations: the amount large, the status as a badge. */
export const myDonationsStyles = [
  ...residentListStyles,
  css`
    .amount {
      font-size: 1.25em;
      font-weight: 600;
    }
    .status-succeeded {
      color: var(--_success);
    }
    .status-failed {
      color: var(--_danger);
    }
  `,
];
