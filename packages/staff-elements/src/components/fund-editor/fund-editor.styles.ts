import { css } from 'lit';
import { editorStyles } from '../../internal/editor.styles.js';

/** The checklist: each item marked, what is missing in the danger colour as well as in words. */
const checklistStyles = css`
  .checklist {
    display: grid;
    gap: 0.25em;
  }
  .checklist ul {
    gap: 0.25em;
  }
  .checklist-title {
    font-weight: 600;
  }
  [part='check-missing'] {
    color: var(--_danger);
  }
  .mark {
    display: inline-block;
    width: 1.25em;
    font-weight: 700;
  }
  .ready {
    font-weight: 600;
  }
  fieldset {
    display: grid;
    gap: 0.5em;
  }
`;

export const fundEditorStyles = [...editorStyles, checklistStyles];
