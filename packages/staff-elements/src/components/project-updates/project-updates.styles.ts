import { css } from 'lit';
import { formStyles, loadStateStyles, tokens } from '@wushe/elements/foundation.js';
import { workListStyles } from '../../internal/work-list.styles.js';

/** What the project updates add to a work list: the mark of a quiet project. */
const own = css`
  article[data-quiet] {
    border-inline-start: 0.3em solid var(--_danger);
  }
`;

export const projectUpdatesStyles = [tokens, formStyles, loadStateStyles, workListStyles, own];
