import { css } from 'lit';
import { editorStyles } from '../../internal/editor.styles.js';

const own = css`
  [part='secret'] {
    font-family: ui-monospace, monospace;
  }
  .warning {
    font-weight: 600;
  }
`;

export const keyEditorStyles = [...editorStyles, own];
