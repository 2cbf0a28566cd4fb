import { editorStyles } from '../../internal/editor.styles.js';

export const socialWorkerEditorStyles = editorStyles;
