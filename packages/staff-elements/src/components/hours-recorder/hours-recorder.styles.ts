import { css } from 'lit';
import { formStyles, loadStateStyles, tokens } from '@wushe/elements/foundation.js';
import { workListStyles } from '../../internal/work-list.styles.js';

const own = css`
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em 1em;
  }
  .row .field {
    flex: 0 1 12em;
  }
  .credited {
    font-weight: 600;
  }
`;

export const hoursRecorderStyles = [tokens, formStyles, loadStateStyles, workListStyles, own];
