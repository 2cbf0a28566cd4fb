import { defineElement } from '@wushe/elements/foundation.js';
import { WusheAccountEditor } from './account-editor.component.js';

export { WusheAccountEditor };
export type { AccountEditorStrings } from './strings/zh-CN.js';
export type * from '../../events/wushe-editor-saved.js';

defineElement('wushe-account-editor', WusheAccountEditor);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-account-editor': WusheAccountEditor;
  }
}
