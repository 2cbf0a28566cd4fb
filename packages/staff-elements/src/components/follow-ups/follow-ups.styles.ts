import { css } from 'lit';
import { formStyles, loadStateStyles, tokens } from '@wushe/elements/foundation.js';

import { workListStyles } from '../../internal/work-list.styles.js';

/** What the follow-ups add to a work list: the overdue mark, a badge in the heading, the due line. */
const own = css`
  article[data-overdue] {
    border-inline-start: 0.3em solid var(--_danger);
  }
  h3 {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .badge {
    padding: 0.1em 0.5em;
    border-radius: var(--_radius);
    border: 1px solid var(--_danger);
    color: var(--_danger);
    font-size: 0.85em;
    font-weight: 600;
  }
  .due {
    font-weight: 600;
  }
  fieldset {
    display: grid;
  }
`;

export const followUpsStyles = [tokens, formStyles, loadStateStyles, workListStyles, own];
