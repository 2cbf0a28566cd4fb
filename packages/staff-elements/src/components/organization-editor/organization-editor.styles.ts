import { editorStyles } from '../../internal/editor.styles.js';

export const organizationEditorStyles = editorStyles;
