import { defineElement } from '@wushe/elements/foundation.js';
import { WusheKeyEditor } from './key-editor.component.js';

export { WusheKeyEditor };
export type { KeyEditorStrings } from './strings/zh-CN.js';
export type * from '../../events/wushe-editor-saved.js';

defineElement('wushe-key-editor', WusheKeyEditor);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-key-editor': WusheKeyEditor;
  }
}
