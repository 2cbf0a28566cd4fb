import { defineElement } from '@wushe/elements/foundation.js';
import { WusheFundEditor } from './fund-editor.component.js';

export { WusheFundEditor };
export type { FundEditorStrings } from './strings/zh-CN.js';
export type * from '../../events/wushe-editor-saved.js';

defineElement('wushe-fund-editor', WusheFundEditor);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-fund-editor': WusheFundEditor;
  }
}
