import { css } from 'lit';
import { editorStyles } from '../../internal/editor.styles.js';

export const surveyEditorStyles = [
  ...editorStyles,
  css`
    .question {
      display: grid;
      gap: 0.5em;
      margin: 0;
      padding: 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
  `,
];
