import { css } from 'lit';
import { formStyles, loadStateStyles, tokens } from '@wushe/elements/foundation.js';
import { workListStyles } from '../../internal/work-list.styles.js';

/** What the matcher adds to a work list: the unmatched badge, the resources to pick, the taken. */
const own = css`
  article[data-matched] {
    border-inline-start: 0.3em solid var(--_primary);
  }
  .badge {
    padding: 0.1em 0.5em;
    border-radius: var(--_radius);
    border: 1px solid var(--_muted);
    font-size: 0.85em;
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
