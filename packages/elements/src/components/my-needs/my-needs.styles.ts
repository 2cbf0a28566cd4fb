import { css } from 'lit';
import { residentListStyles } from '../../internal/resident-list.styles.js';

/** The list of my needs, and each need's timeline: steps reached in the primary colour, those ahead greyed. */
export const myNeedsStyles = [
  ...residentListStyles,
  css`
    .status-fulfilled {
      color: var(--_success);
    }
    .status-rejected,
    .reason {
      color: var(--_danger);
    }
    .timeline {
      display: grid;
      gap: 0.5em;
      margin: 0;
      padding: 0 0 0 1.25em;
      border-left: 3px solid var(--_border);
      list-style: none;
    }
    .step {
      display: grid;
      gap: 0.1em;
      position: relative;
    }
    .step::before {
      content: '';
      position: absolute;
      left: -1.75em;
      top: 0.35em;
      width: 0.75em;
      height: 0.75em;
      border-radius: 50%;
      background: var(--_primary);
    }
    .step.ahead {
      color: var(--_muted);
    }
    .step.ahead::before {
      background: var(--_surface);
      border: 2px solid var(--_border);
      box-sizing: border-box;
    }
    .step-name {
      font-weight: 600;
    }
    .step time,
    .step-detail {
      font-size: 0.9em;
    }
  `,
];
