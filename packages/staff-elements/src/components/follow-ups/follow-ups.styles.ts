import { css } from 'lit';
import { formStyles, loadStateStyles, tokens } from '@wushe/elements/foundation.js';

import { workListStyles } from '../../internal/work-list.styles.js';

/** What the follow-ups add to a work list: the overdue mark and the due line. */
const own = css`
  article[data-overdue] {
    border-inline-start: 0.3em solid var(--_danger);
  }
  .due {
    font-weight: 600;
  }
  fieldset {
    display: grid;
  }
`;

export const followUpsStyles = [tokens, formStyles, loadStateStyles, workListStyles, own];
