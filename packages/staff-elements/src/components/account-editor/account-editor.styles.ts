import { css } from 'lit';
import { editorStyles } from '../../internal/editor.styles.js';

const own = css`
  .grant {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    align-items: end;
    gap: 0.5em;
  }
  .roles {
    gap: 0.25em;
  }
`;

export const accountEditorStyles = [...editorStyles, own];
