import { css } from 'lit';
import { formStyles, loadStateStyles, tokens } from '@wushe/elements/foundation.js';
import { workListStyles } from '../../internal/work-list.styles.js';

/** What the desk adds to a work list: its four parts, their headings, the quiet mark. */
const own = css`
  .part {
    display: grid;
    gap: 0.5em;
  }
  h3 {
    margin: 0;
    font-size: 1.15em;
  }
  h4 {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin: 0;
    font-size: 1.05em;
  }
  article[data-quiet] {
    border-inline-start: 0.3em solid var(--_danger);
  }
  [part='claimed'],
  [part='progress'] {
    font-weight: 600;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
`;

export const organizationDeskStyles = [tokens, formStyles, loadStateStyles, workListStyles, own];
