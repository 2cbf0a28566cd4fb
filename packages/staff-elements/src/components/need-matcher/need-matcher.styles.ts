import { css } from 'lit';
import { formStyles, loadStateStyles, tokens } from '@wushe/elements/foundation.js';
import { workListStyles } from '../../internal/work-list.styles.js';

/** What the matcher adds to a work list: a quieter badge, the resources to pick, the taken. */
const own = css`
  article[data-matched] {
    border-inline-start: 0.3em solid var(--_primary);
  }
  .badge {
    border-color: var(--_muted);
    color: inherit;
    font-weight: 400;
  }
  fieldset {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  fieldset[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .resource {
    align-items: start;
  }
  .resource > span {
    display: grid;
    gap: 0.2em;
  }
  [part='taken'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
`;

export const needMatcherStyles = [tokens, formStyles, loadStateStyles, workListStyles, own];
