import { css } from 'lit';
import { formStyles } from '../styles/form.js';
import { listStyles } from '../styles/list.js';
import { loadStateStyles } from '../styles/load-state.js';
import { tokens } from '../styles/tokens.js';
import { residentSignInStyles } from './resident-sign-in.styles.js';

/** The frame of a resident's own list (`ResidentListElement`): the sign-in, cards, badges, actions. */
export const residentListStyles = [
  tokens,
  loadStateStyles,
  formStyles,
  residentSignInStyles,
  listStyles,
  css`
    .base {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .cards {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .card p {
      margin: 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin: 0;
    }
    .muted {
      color: var(--_muted);
    }
  `,
];
