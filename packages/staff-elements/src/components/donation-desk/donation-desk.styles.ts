import { css } from 'lit';
import { formStyles, loadStateStyles, tokens } from '@wushe/elements/foundation.js';
import { workListStyles } from '../../internal/work-list.styles.js';

const own = css`
  .amount {
    font-size: 1.25em;
    font-weight: 600;
  }
  .reference {
    font-family: ui-monospace, monospace;
  }
`;

export const donationDeskStyles = [tokens, formStyles, loadStateStyles, workListStyles, own];
