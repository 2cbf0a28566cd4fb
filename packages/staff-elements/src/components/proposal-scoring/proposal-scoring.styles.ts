import { css } from 'lit';
import { formStyles, loadStateStyles, tokens } from '@wushe/elements/foundation.js';
import { workListStyles } from '../../internal/work-list.styles.js';

/** What scoring adds to a work list: a call's section, a proposal's heading, the score fields. */
const own = css`
  [part='call'] {
    display: grid;
    gap: var(--_gap);
  }
  h4 {
    margin: 0;
    font-size: 1.05em;
  }
  .scores {
    grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
    align-items: start;
  }
  .scores .actions {
    grid-column: 1 / -1;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
`;

export const proposalScoringStyles = [tokens, formStyles, loadStateStyles, workListStyles, own];
